/**
 * Page-level steps that every browser's e2e files share: testing a key in the popup, putting
 * AI Studio's error toast on a page and waiting for Key Doctor's card, and reading the click
 * coach's place. They use only what Chromium and Firefox both offer (no CDP).
 */
import type { Page } from 'puppeteer-core';
import { reloadExtensionPage, type LaunchedBrowser } from './harness';

/** Types `key` into a fresh popup, runs the test and returns the diagnosis id of the card. */
export async function testKeyInPopup(launched: LaunchedBrowser, popup: Page, key: string, options: { generate?: boolean } = {}): Promise<string> {
  await reloadExtensionPage(launched, popup);
  await popup.waitForSelector('input[name="api-key"]');
  await popup.type('input[name="api-key"]', key);
  if (options.generate) await popup.click('input[name="generate"]');
  await popup.click('form.key-test button[type="submit"]');
  const card = await popup.waitForSelector('[data-diagnosis]', { timeout: 20_000 });
  return (await card!.evaluate((element) => element.getAttribute('data-diagnosis')))!;
}

/** An error message as Angular Material shows it: a snack bar (or a dialog) in a CDK overlay pane. */
export function insertMessage(page: Page, text: string, kind: 'snack-bar' | 'dialog' = 'snack-bar'): Promise<void> {
  return page.evaluate(
    (message: string, as: string) => {
      let container = document.querySelector('.cdk-overlay-container');
      if (!container) {
        container = document.createElement('div');
        container.className = 'cdk-overlay-container';
        document.body.append(container);
      }
      const pane = document.createElement('div');
      pane.className = 'cdk-overlay-pane';
      const label = document.createElement('div');
      label.textContent = message;
      if (as === 'dialog') {
        const dialog = document.createElement('mat-dialog-container');
        dialog.setAttribute('role', 'dialog');
        dialog.className = 'mat-mdc-dialog-container mdc-dialog';
        const form = document.createElement('ms-api-key-creation-form');
        form.append(label);
        dialog.append(form);
        pane.append(dialog);
      } else {
        const snackBar = document.createElement('mat-snack-bar-container');
        snackBar.className = 'mdc-snackbar mat-mdc-snack-bar-container mdc-snackbar--open';
        const live = document.createElement('div');
        live.setAttribute('aria-live', 'assertive');
        label.className = 'mat-mdc-snack-bar-label mdc-snackbar__label';
        live.append(label);
        snackBar.append(live);
        pane.append(snackBar);
      }
      container.append(pane);
    },
    text,
    kind,
  );
}

export interface HintHost {
  diagnosis?: string;
  rule?: string;
}

export function hints(page: Page): Promise<HintHost[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('key-doctor-hint')].map((host) => ({ diagnosis: host.dataset.diagnosis, rule: host.dataset.rule })),
  );
}

export async function waitForHint(page: Page, diagnosis: string, timeout = 10_000): Promise<void> {
  try {
    await page.waitForFunction(
      (wanted: string) => {
        const host = document.querySelector<HTMLElement>('key-doctor-hint');
        return host?.dataset.diagnosis === wanted && host.shadowRoot?.querySelector('.kd-card') != null;
      },
      { timeout, polling: 100 },
      diagnosis,
    );
  } catch (error) {
    throw new Error(`waiting for the hint "${diagnosis}", the page has ${JSON.stringify(await hints(page))}: ${(error as Error).message}`);
  }
}

/** The guide host's data attributes: flow, step and phase. */
export function guideState(page: Page) {
  return page.evaluate(() => {
    const host = document.querySelector('key-doctor-guide') as HTMLElement | null;
    return host ? { flow: host.dataset.flow, step: host.dataset.step, phase: host.dataset.phase } : null;
  });
}

export async function waitForStep(page: Page, step: string, phase = 'shown', timeout = 10_000): Promise<void> {
  try {
    await page.waitForFunction(
      (wantedStep: string, wantedPhase: string) => {
        const host = document.querySelector('key-doctor-guide') as HTMLElement | null;
        if (host?.dataset.step !== wantedStep || host.dataset.phase !== wantedPhase) return false;
        // A shown step has its card drawn (through the open shadow root).
        return wantedPhase !== 'shown' || Boolean(host.shadowRoot?.querySelector('.kd-card'));
      },
      { timeout, polling: 100 },
      step,
      phase,
    );
  } catch (error) {
    throw new Error(`waiting for ${step}/${phase}, the guide is at ${JSON.stringify(await guideState(page))}: ${(error as Error).message}`);
  }
}

/** The centre of the ring our shadow root draws around the target. */
export async function ringCentre(page: Page): Promise<{ x: number; y: number }> {
  await page.waitForFunction(() => document.querySelector('key-doctor-guide')?.shadowRoot?.querySelector('.kd-ring') != null, { timeout: 5_000 });
  return page.evaluate(() => {
    const ring = document.querySelector('key-doctor-guide')!.shadowRoot!.querySelector('.kd-ring')!.getBoundingClientRect();
    return { x: ring.left + ring.width / 2, y: ring.top + ring.height / 2 };
  });
}
