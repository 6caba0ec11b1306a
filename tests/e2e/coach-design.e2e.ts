/**
 * The Cloud Console coach's card as a user meets it: it never covers the outlined control (the
 * ring) at 360, 800, 1,000 and 1,400 px wide and on a 1,366 × 620 laptop, keeping the finish card's
 * actions in view when it scrolls inside, and moves when the control moves; it uses the shared design
 * (one filled primary action); axe-core finds nothing on a step card, the "I did it / Skip"
 * fallback, the finish card and the offer card, light and dark.
 */
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { guideUrl } from '@/utils/guide/url';
import { useExtensionBrowser } from './extension-browser';
import { MISSING_TIMEOUT, PROJECT, cardText, clickOutlined, openConsole, type Opened } from './console-coach';
import { waitForStep } from './page-helpers';
import { axeViolations, intersects, type Box } from './design-checks';


const env = useExtensionBrowser();


/** Two frames: the rings' measure and the card's ResizeObserver have run. */
function settled(page: Page): Promise<void> {
  return page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
}

/** The card's box and every ring's, as the page lays them out. */
async function boxes(page: Page): Promise<{ card: Box; rings: Box[]; slot: string | undefined }> {
  await settled(page);
  return page.evaluate(() => {
    const root = document.querySelector('key-doctor-guide')!.shadowRoot!;
    const box = (element: Element) => {
      const { left, top, right, bottom } = element.getBoundingClientRect();
      return { left, top, right, bottom };
    };
    const card = root.querySelector<HTMLElement>('.kd-card')!;
    return { card: box(card), rings: [...root.querySelectorAll('.kd-ring')].map(box), slot: card.dataset.slot };
  });
}

async function expectClear(page: Page, width: number): Promise<void> {
  const measured = await boxes(page);
  expect(measured.rings.length, 'a ring is drawn').toBeGreaterThan(0);
  for (const ring of measured.rings) expect(intersects(measured.card, ring), `${width} px: ${JSON.stringify(measured)}`).toBe(false);
  expect(measured.card.left).toBeGreaterThanOrEqual(0);
  expect(measured.card.right).toBeLessThanOrEqual(width);
}

/** Whether every action of the finish card lies whole inside the card's visible box. */
async function finishActionsInView(page: Page): Promise<boolean> {
  await settled(page);
  return page.evaluate(() => {
    const root = document.querySelector('key-doctor-guide')!.shadowRoot!;
    const card = root.querySelector('.kd-card')!.getBoundingClientRect();
    const actions = [...root.querySelectorAll('.kd-finish-actions .kd-button')].map((action) => action.getBoundingClientRect());
    return actions.length > 0 && actions.every((action) => action.top >= card.top && action.bottom <= card.bottom);
  });
}

async function open(width: number, served: Opened['served'], scheme: 'light' | 'dark' = 'light', height = 700): Promise<Opened> {
  const opened = await openConsole(env, served);
  await opened.page.setViewport({ width, height });
  // Reduced motion: the coach scrolls an off-screen control into view at once, so the boxes
  // measured are the ones the user clicks (a smooth scroll would still be moving at 360 px).
  await opened.page.emulateMediaFeatures([
    { name: 'prefers-color-scheme', value: scheme },
    { name: 'prefers-reduced-motion', value: 'reduce' },
  ]);
  return opened;
}


/** axe in light, then dark (the same card, the colour scheme switched), and the button system. */
async function checkDesign(page: Page, host: 'key-doctor-guide' | 'key-doctor-offer' = 'key-doctor-guide'): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }, { name: 'prefers-reduced-motion', value: 'reduce' }]);
    await settled(page);
    expect(await axeViolations(page, { host, card: '.kd-card' }), scheme).toEqual([]);
  }
  const design = await page.evaluate((hostName) => {
    const card = document.querySelector(hostName)!.shadowRoot!.querySelector<HTMLElement>('.kd-card')!;
    return {
      primaries: card.querySelectorAll('.kd-primary').length,
      // Body text on the shared type scale (design.css: never below 13 px).
      smallest: Math.min(...[...card.querySelectorAll('p, li, button, a, summary')].map((element) => parseFloat(getComputedStyle(element).fontSize))),
      lang: card.getAttribute('lang'),
    };
  }, host);
  expect(design.primaries).toBeLessThanOrEqual(1);
  expect(design.smallest).toBeGreaterThanOrEqual(13);
  expect(design.lang).toBe('en');
}

describe('Cloud Console coach card design', () => {
  it.each([
    [360, 700],
    [800, 700],
    [1000, 700],
    [1366, 620],
    [1400, 700],
  ])('at %i × %i px the card never covers the ring, through the restore walk', async (width, height) => {
    const { page, served, errors } = await open(width, { credentials: 'credentials.html', deleted: 'deleted-one.html' }, 'light', height);
    await page.goto(guideUrl('restore-deleted-key', { project: PROJECT }));
    await waitForStep(page, 'open-deleted');
    await expectClear(page, width);

    await clickOutlined(page, { navigates: true });
    await waitForStep(page, 'restore');
    await expectClear(page, width);

    await clickOutlined(page);
    await waitForStep(page, 'confirm');
    await expectClear(page, width);

    served.credentials = 'credentials-restored.html';
    await clickOutlined(page);
    await waitForStep(page, 'back');
    await expectClear(page, width);

    await clickOutlined(page, { navigates: true });
    await waitForStep(page, 'restored');
    // The finish card outlines the restored row, and is the tallest card: still clear of it, and
    // when it has to scroll inside to stay clear, its actions stay in view.
    await expectClear(page, width);
    expect(await finishActionsInView(page), `${width} px`).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('moves when the outlined control moves into its corner, and when the window narrows', async () => {
    const { page } = await open(1400, { credentials: 'credentials.html' });
    await page.goto(guideUrl('restore-deleted-key', { project: PROJECT }));
    await waitForStep(page, 'open-deleted');
    const before = await boxes(page);
    expect(before.slot).toBe('bottom-right');
    // The control jumps under the card's corner (a layout change the page makes); a resize is one
    // of the signals the rings measure on.
    await page.evaluate((box: Box) => {
      const ring = document.querySelector('key-doctor-guide')!.shadowRoot!.querySelector('.kd-ring')!.getBoundingClientRect();
      const target = document.elementsFromPoint(ring.left + ring.width / 2, ring.top + ring.height / 2).find((element) => !element.closest('key-doctor-guide'))!.closest('a, button')!;
      const style = (target as HTMLElement).style;
      style.position = 'fixed';
      style.left = `${box.left + 20}px`;
      style.top = `${box.top + 20}px`;
      window.dispatchEvent(new Event('resize'));
    }, before.card);
    await page.waitForFunction(() => document.querySelector('key-doctor-guide')!.shadowRoot!.querySelector<HTMLElement>('.kd-card')!.dataset.slot !== 'bottom-right', { timeout: 5_000 });
    await expectClear(page, 1400);
    for (const width of [800, 360]) {
      await page.setViewport({ width, height: 700 });
      await expectClear(page, width);
    }
    await page.close();
  });

  it('a step card and the finish card: axe-core finds nothing, light and dark; one filled action', async () => {
    const { page, served } = await open(1280, { credentials: 'credentials.html', deleted: 'deleted-one.html' });
    await page.goto(guideUrl('restore-deleted-key', { project: PROJECT }));
    await waitForStep(page, 'open-deleted');
    await checkDesign(page);
    await clickOutlined(page, { navigates: true });
    await waitForStep(page, 'restore');
    // The restore step carries the terminal route (a disclosure with copy buttons).
    await checkDesign(page);
    await clickOutlined(page);
    await waitForStep(page, 'confirm');
    served.credentials = 'credentials-restored.html';
    await clickOutlined(page);
    await waitForStep(page, 'back');
    await clickOutlined(page, { navigates: true });
    await waitForStep(page, 'restored');
    expect(await cardText(page)).toContain('Your key is back');
    await checkDesign(page);
    await page.close();
  });

  it('the "I did it / Skip" fallback: axe-core finds nothing, light and dark', async () => {
    const { page } = await open(1280, { credentials: 'credentials-no-restore-link.html' });
    await page.goto(guideUrl('restore-deleted-key', { project: PROJECT }));
    await waitForStep(page, 'open-deleted', 'missing', MISSING_TIMEOUT);
    expect(await cardText(page)).toContain('I did it');
    await checkDesign(page);
    await page.close();
  });

  it('the offer card: axe-core finds nothing, light and dark; one filled action; its sheet is not the coach\'s', async () => {
    const { page, errors } = await open(1280, { credentials: 'credentials.html', deleted: 'deleted-one.html' });
    await page.goto(`https://console.cloud.google.com/apis/credentials?project=${PROJECT}`);
    await page.waitForFunction(() => document.querySelector('key-doctor-offer')?.shadowRoot?.querySelector('.kd-offer'), { timeout: 10_000 });
    await checkDesign(page, 'key-doctor-offer');
    // The offer module carries the card's base and the offer's rules, not the ring's or the steps'.
    const sheet = await page.evaluate(() => [...document.querySelector('key-doctor-offer')!.shadowRoot!.querySelectorAll('style')].map((style) => style.textContent).join('\n'));
    expect(sheet).toContain('.kd-offer');
    expect(sheet).not.toContain('.kd-ring');
    const width = await page.evaluate(() => document.querySelector('key-doctor-offer')!.shadowRoot!.querySelector('.kd-offer')!.getBoundingClientRect().width);
    expect(width).toBeLessThanOrEqual(320);
    expect(errors).toEqual([]);
    await page.close();
  });
});
