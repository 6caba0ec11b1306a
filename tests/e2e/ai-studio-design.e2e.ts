/**
 * The AI Studio card as a new user meets it: it never covers AI Studio's toast (a MatSnackBar,
 * bottom-centre, full width in narrow windows) at 360, 800 or 1,400 px wide, expanded or
 * minimised; long codes wrap instead of scrolling sideways; the top three causes come first with
 * "Show all"; axe-core finds nothing in light or dark.
 */
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { SERVICE_ACCOUNT_KEY_CONSTRAINT } from '@/utils/detection/cause-ids';
import { serveReplicas, trackPageErrors, watchContentScript } from './harness';
import { useExtensionBrowser } from './extension-browser';
import { insertMessage, waitForHint } from './page-helpers';
import { replicaFor } from './replicas';
import { axeViolations, intersects, type Box } from './design-checks';

const PROJECT = 'gen-lang-client-0123456789';
const PERMISSION_DENIED = 'Failed to generate API key: permission denied. Please try again.';

/**
 * Angular Material's snack bar geometry (bottom-centre, 24 px margin, 344–672 px wide; below
 * 600 px it spans the width less 8 px margins), for replicas that do not carry Material's sheet.
 */
const SNACK_BAR_CSS = `
.cdk-overlay-container { position: fixed; inset: 0; pointer-events: none; z-index: 1000; }
.cdk-overlay-pane { position: absolute; left: 0; right: 0; bottom: 0; display: flex; justify-content: center; pointer-events: auto; }
.mat-mdc-snack-bar-container { display: block; box-sizing: border-box; margin: 24px; min-width: 344px; max-width: 672px; padding: 14px 16px; background: #333; color: #fff; }
.mat-mdc-snack-bar-container .toast { display: flex; gap: 8px; align-items: center; justify-content: space-between; }
@media (max-width: 599px) { .mat-mdc-snack-bar-container { margin: 8px; min-width: 0; width: calc(100vw - 16px); } }
`;

const env = useExtensionBrowser();

async function openCard(width: number, scheme: 'light' | 'dark' = 'light'): Promise<{ page: Page; errors: Error[] }> {
  const page = await env.launched.browser.newPage();
  await page.setViewport({ width, height: 700 });
  await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
  const errors = trackPageErrors(page);
  await serveReplicas(page, replicaFor);
  const content = await watchContentScript(page, env.launched.extensionId);
  await page.goto(`https://aistudio.google.com/apikey?project=${PROJECT}`, { waitUntil: 'load' });
  await content.injected;
  await page.evaluate((css: string) => {
    const style = document.createElement('style');
    style.textContent = css;
    document.head.append(style);
  }, SNACK_BAR_CSS);
  await insertMessage(page, PERMISSION_DENIED);
  await waitForHint(page, 'key-creation-denied');
  await page.waitForFunction(() => Boolean(document.querySelector('key-doctor-hint')?.shadowRoot?.querySelector('.kd-card')), { timeout: 10_000 });
  return { page, errors };
}


/** The card's box (inside the shadow root) and the snack bar container's, as the page lays them out. */
function boxes(page: Page): Promise<{ card: Box; toast: Box }> {
  return page.evaluate(() => {
    const box = (element: Element | null | undefined) => {
      if (!element) throw new Error('missing element');
      const { left, top, right, bottom } = element.getBoundingClientRect();
      return { left, top, right, bottom };
    };
    return {
      card: box(document.querySelector('key-doctor-hint')?.shadowRoot?.querySelector('.kd-card')),
      toast: box(document.querySelector('.cdk-overlay-container .mat-mdc-snack-bar-container')),
    };
  });
}

/** Clicks a control inside the card's shadow root. */
async function clickInCard(page: Page, selector: string): Promise<void> {
  const handle = await page.evaluateHandle((wanted: string) => document.querySelector('key-doctor-hint')?.shadowRoot?.querySelector(wanted) ?? null, selector);
  const element = handle.asElement();
  if (!element) throw new Error(`no ${selector} in the card`);
  await (element as import('puppeteer-core').ElementHandle<Element>).click();
}

function shownCauses(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...(document.querySelector('key-doctor-hint')?.shadowRoot?.querySelectorAll<HTMLElement>('.kd-card [data-cause]') ?? [])]
      .filter((item) => item.getClientRects().length > 0)
      .map((item) => item.dataset.cause ?? ''),
  );
}


describe('AI Studio card design', () => {
  it.each([360, 800, 1400])('at %i px wide the card, expanded and minimised, never covers the toast', async (width) => {
    const { page, errors } = await openCard(width);
    const expanded = await boxes(page);
    expect(intersects(expanded.card, expanded.toast), JSON.stringify(expanded)).toBe(false);
    // The card is in the window, not pushed off it.
    expect(expanded.card.left).toBeGreaterThanOrEqual(0);
    expect(expanded.card.right).toBeLessThanOrEqual(width);
    // Even with every cause shown.
    await clickInCard(page, '.kd-show-all');
    const all = await boxes(page);
    expect(intersects(all.card, all.toast), JSON.stringify(all)).toBe(false);

    await clickInCard(page, '.kd-header button[aria-controls="kd-body"]');
    const minimised = await boxes(page);
    expect(intersects(minimised.card, minimised.toast), JSON.stringify(minimised)).toBe(false);
    // Minimised it is a small pill, where the expanded card began.
    expect(minimised.card.bottom - minimised.card.top).toBeLessThan(80);
    expect(minimised.card.top).toBe(expanded.card.top);
    // …and covers none of the page's controls.
    const covered = await page.evaluate((card: Box) => {
      const controls = document.querySelectorAll<HTMLElement>('button, a[href], input, select, textarea, [role="button"], [role="tab"]');
      return [...controls]
        .filter((control) => !control.closest('key-doctor-hint'))
        .filter((control) => {
          const box = control.getBoundingClientRect();
          return box.width > 0 && box.height > 0 && box.left < card.right && card.left < box.right && box.top < card.bottom && card.top < box.bottom;
        })
        .map((control) => control.outerHTML.slice(0, 80));
    }, minimised.card);
    expect(covered).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('at 360 px the long constraint wraps: no horizontal scroll in the card or the page', async () => {
    const { page } = await openCard(360);
    await clickInCard(page, '.kd-show-all');
    const measured = await page.evaluate((constraint: string) => {
      const card = document.querySelector('key-doctor-hint')!.shadowRoot!.querySelector<HTMLElement>('.kd-card')!;
      return {
        hasConstraint: card.textContent?.includes(constraint) ?? false,
        card: { scroll: card.scrollWidth, client: card.clientWidth },
        page: { scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth },
      };
    }, SERVICE_ACCOUNT_KEY_CONSTRAINT);
    expect(measured.hasConstraint).toBe(true);
    expect(measured.card.scroll).toBeLessThanOrEqual(measured.card.client);
    expect(measured.page.scroll).toBeLessThanOrEqual(measured.page.client);
    await page.close();
  });

  it('shows the top three causes, then all of them behind "Show all" (aria-expanded), with one filled primary action', async () => {
    const { page } = await openCard(1400);
    const top = await shownCauses(page);
    expect(top).toHaveLength(3);
    const state = () =>
      page.evaluate(() => {
        const root = document.querySelector('key-doctor-hint')!.shadowRoot!;
        const button = root.querySelector<HTMLButtonElement>('.kd-show-all')!;
        return {
          expanded: button.getAttribute('aria-expanded'),
          controls: root.getElementById(button.getAttribute('aria-controls') ?? '')?.tagName,
          primaries: root.querySelectorAll('.kd-card .kd-button.kd-primary').length,
          lang: root.querySelector('.kd-card')!.getAttribute('lang'),
          bodySize: parseFloat(getComputedStyle(root.querySelector('.kd-cause-detail')!).fontSize),
        };
      });
    expect(await state()).toEqual({ expanded: 'false', controls: 'OL', primaries: 1, lang: 'en', bodySize: expect.any(Number) });
    expect((await state()).bodySize).toBeGreaterThanOrEqual(13);
    await clickInCard(page, '.kd-show-all');
    const all = await shownCauses(page);
    expect(all.length).toBeGreaterThan(3);
    expect(all.slice(0, 3)).toEqual(top);
    expect((await state()).expanded).toBe('true');
    expect((await state()).primaries).toBe(1);
    await clickInCard(page, '.kd-show-all');
    expect(await shownCauses(page)).toEqual(top);
    await page.close();
  });

  it.each(['light', 'dark'] as const)('axe-core finds no violations on the card (%s), top three, all causes and minimised', async (scheme) => {
    const { page } = await openCard(800, scheme);
    expect(await axeViolations(page, { host: 'key-doctor-hint', card: '.kd-card' })).toEqual([]);
    await clickInCard(page, '.kd-show-all');
    expect(await axeViolations(page, { host: 'key-doctor-hint', card: '.kd-card' })).toEqual([]);
    await clickInCard(page, '.kd-header button[aria-controls="kd-body"]');
    expect(await axeViolations(page, { host: 'key-doctor-hint', card: '.kd-card' })).toEqual([]);
    await page.close();
  });
});
