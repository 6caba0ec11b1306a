/**
 * Page-level steps that every browser's e2e files share: testing a key in the popup, putting
 * AI Studio's error toast on a page and waiting for Key Doctor's card, and reading the click
 * coach's place. They use only what Chromium and Firefox both offer (no CDP).
 */
import type { HTTPRequest, Page } from 'puppeteer-core';
import { readFixture, reloadExtensionPage, type LaunchedBrowser } from './harness';
import { TRUSTED_TYPES_CSP } from './replicas';

/**
 * Reloads the popup as a first-time open: the verdict kept for the session (`session:lastKeyTest`
 * in utils/storage.ts) would otherwise come back with the form folded away. `forgetKey` also drops
 * a key kept by "remember", for a popup exactly as a new user meets it.
 */
export async function reloadPopupFresh(launched: LaunchedBrowser, popup: Page, options: { forgetKey?: boolean } = {}): Promise<void> {
  // The callback form: Firefox's chrome.* returns no promise in Manifest V2.
  await popup.evaluate(
    (forgetKey: boolean) =>
      new Promise<void>((resolve) => {
        if (forgetKey) chrome.storage.session.clear(() => resolve());
        else chrome.storage.session.remove('lastKeyTest', () => resolve());
      }),
    options.forgetKey ?? false,
  );
  await reloadExtensionPage(launched, popup);
  await popup.waitForSelector('input[name="api-key"]');
}

/** The toolbar popup's largest size Key Doctor designs for (issue 12: result first within it). */
export const POPUP_SIZE = { width: 400, height: 600 } as const;

/** Bottom edges, in the viewport, of the verdict's title, its steps and the one filled action; and the scroll. */
export function popupResultFits(popup: Page): Promise<{ scrolled: number; verdict: number; action: number; steps: number }> {
  return popup.evaluate(() => {
    const bottom = (selector: string) => document.querySelector(selector)?.getBoundingClientRect().bottom ?? Infinity;
    return { scrolled: window.scrollY, verdict: bottom('#result-title'), action: bottom('[data-primary-action]'), steps: bottom('#panel-test .steps') };
  });
}

/** Types `key` into a fresh popup, runs the test and returns the diagnosis id of the card. */
export async function testKeyInPopup(launched: LaunchedBrowser, popup: Page, key: string, options: { generate?: boolean } = {}): Promise<string> {
  await reloadPopupFresh(launched, popup);
  await popup.type('input[name="api-key"]', key);
  // A lost keystroke would test another key and read as a wrong verdict: say so plainly instead.
  const typed = await popup.$eval('input[name="api-key"]', (field) => (field as HTMLInputElement).value);
  if (typed !== key) throw new Error(`the key field holds ${typed.length} of the ${key.length} typed characters`);
  if (options.generate) await popup.click('input[name="generate"]');
  await popup.click('form.key-test button[type="submit"]');
  const card = await popup.waitForSelector('[data-diagnosis]', { timeout: 20_000 });
  return (await card!.evaluate((element) => element.getAttribute('data-diagnosis')))!;
}

/**
 * Where AI Studio shows a message: `toast` is the real chain (console-dom-evidence A1:
 * mat-snack-bar-container.ms-toast-snack-bar-container › .mat-mdc-snack-bar-label › ms-toast ›
 * div.toast.warning › span.content-text, put under the aria-hidden div and moved into the
 * aria-live div 150 ms later, as MatSnackBar does); `simple-snack-bar` the older Angular Material
 * markup; `dialog` the creation dialog; `header` the page header's own ms-toast (A2), rendered in
 * place.
 */
export type MessageKind = 'toast' | 'simple-snack-bar' | 'dialog' | 'header';

/** An error message as AI Studio shows it, in a CDK overlay pane (or in the header's ms-toast). */
export function insertMessage(page: Page, text: string, kind: MessageKind = 'toast'): Promise<void> {
  return page.evaluate(
    (message: string, as: string) => {
      const element = (tag: string, className = '', attributes: Record<string, string> = {}) => {
        const node = document.createElement(tag);
        if (className) node.className = className;
        for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
        return node;
      };
      /** div.toast with its icon, message and close button (the real markup, A1). */
      const toastOf = (extraClass: string) => {
        const toast = element('div', `toast warning ${extraClass} ng-star-inserted`.replace(/\s+/g, ' '));
        const left = element('div', 'left-side');
        const icon = element('span', 'material-symbols-outlined notranslate type-icon', { 'aria-hidden': 'true' });
        icon.textContent = ' warning ';
        const words = element('div', 'message');
        const content = element('span', 'content-text ng-star-inserted');
        content.textContent = message;
        words.append(content);
        left.append(element('div', 'icon'), words);
        left.firstElementChild!.append(icon);
        const close = element('button', 'mdc-icon-button mat-mdc-icon-button close-icon', { 'aria-label': 'Close settings' });
        const closeIcon = element('span', 'material-symbols-outlined notranslate', { 'aria-hidden': 'true' });
        closeIcon.textContent = ' close ';
        close.append(closeIcon);
        const closeBox = element('div', 'close-button');
        closeBox.append(close);
        toast.append(left, closeBox);
        return toast;
      };
      if (as === 'header') {
        const host = document.querySelector('ms-header-root ms-toast');
        if (!host) throw new Error('this page has no header ms-toast');
        host.replaceChildren(toastOf('relative-to-page'));
        return;
      }
      let container = document.querySelector('.cdk-overlay-container');
      if (!container) {
        container = element('div', 'cdk-overlay-container');
        document.body.append(container);
      }
      const pane = element('div', 'cdk-overlay-pane');
      if (as === 'dialog') {
        const dialog = element('mat-dialog-container', 'mat-mdc-dialog-container mdc-dialog', { role: 'dialog' });
        const form = element('ms-api-key-creation-form');
        const label = element('div');
        label.textContent = message;
        form.append(label);
        dialog.append(form);
        pane.append(dialog);
      } else if (as === 'simple-snack-bar') {
        const snackBar = element('mat-snack-bar-container', 'mdc-snackbar mat-mdc-snack-bar-container mdc-snackbar--open');
        const live = element('div', '', { 'aria-live': 'assertive' });
        const label = element('div', 'mat-mdc-snack-bar-label mdc-snackbar__label');
        label.textContent = message;
        live.append(label);
        snackBar.append(live);
        pane.append(snackBar);
      } else {
        const snackBar = element('mat-snack-bar-container', 'mdc-snackbar mat-mdc-snack-bar-container ms-toast-snack-bar-container mat-snack-bar-container-enter');
        const surface = element('div', 'mdc-snackbar__surface mat-mdc-snackbar-surface');
        const label = element('div', 'mat-mdc-snack-bar-label mdc-snackbar__label');
        const inert = element('div', '', { 'aria-hidden': 'true' });
        const live = element('div', '', { 'aria-live': 'polite' });
        const toastHost = element('ms-toast', 'ng-star-inserted');
        toastHost.append(toastOf(''));
        inert.append(toastHost);
        label.append(inert, live);
        surface.append(label);
        snackBar.append(surface);
        pane.append(snackBar);
        setTimeout(() => {
          inert.removeAttribute('aria-hidden');
          live.append(inert);
        }, 150);
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
  // Where a user would click: once the ring stopped moving (the coach smooth-scrolls an
  // off-screen control into view), i.e. the same box on two frames in a row, up to 2 s.
  return page.evaluate(
    () =>
      new Promise<{ x: number; y: number }>((resolve) => {
        const centre = () => {
          const ring = document.querySelector('key-doctor-guide')?.shadowRoot?.querySelector('.kd-ring')?.getBoundingClientRect();
          return ring ? { x: ring.left + ring.width / 2, y: ring.top + ring.height / 2 } : { x: NaN, y: NaN };
        };
        let last = centre();
        let frames = 0;
        const check = () => {
          const now = centre();
          if ((now.x === last.x && now.y === last.y) || ++frames > 120) return resolve(now);
          last = now;
          requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      }),
  );
}
// AI Studio's own key-creation request (the request reader's e2e, in both browsers).

export const RPC_HOST = 'alkalimakersuite-pa.clients6.google.com';
export const RPC_PREFIX = '/$rpc/google.internal.alkali.applications.makersuite.v1.MakerSuiteService/';

export interface RpcAnswer {
  status: number;
  body: string;
}

const RPC_CORS = {
  'access-control-allow-origin': 'https://aistudio.google.com',
  'access-control-allow-credentials': 'true',
  'access-control-allow-headers': 'content-type, x-goog-api-key, x-user-agent, authorization',
  'access-control-allow-methods': 'POST',
};
const EXTENSION_PROTOCOLS = new Set(['chrome-extension:', 'moz-extension:', 'data:']);

/**
 * AI Studio pages from `fixture`, MakerSuiteService RPCs from `answers` (by method name, with the
 * CORS preflight the real host answers); everything else is refused. Returns the RPC methods the
 * page called, in order.
 */
export async function serveAiStudioWithRpcs(page: Page, fixture: string, answers: Record<string, RpcAnswer>): Promise<string[]> {
  const rpcCalls: string[] = [];
  const ignore = () => {};
  page.on('request', (request: HTTPRequest) => {
    const target = new URL(request.url());
    if (EXTENSION_PROTOCOLS.has(target.protocol)) return void request.continue().catch(ignore);
    if (target.hostname === 'aistudio.google.com') {
      return void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', headers: TRUSTED_TYPES_CSP, body: readFixture(fixture) }).catch(ignore);
    }
    if (target.hostname === RPC_HOST && target.pathname.startsWith(RPC_PREFIX)) {
      if (request.method() === 'OPTIONS') return void request.respond({ status: 204, headers: RPC_CORS, body: '' }).catch(ignore);
      const method = target.pathname.slice(RPC_PREFIX.length);
      rpcCalls.push(method);
      const answer = answers[method];
      if (answer) {
        return void request
          .respond({ status: answer.status, headers: RPC_CORS, contentType: 'application/json+protobuf; charset=UTF-8', body: answer.body })
          .catch(ignore);
      }
    }
    return void request.abort('blockedbyclient').catch(ignore);
  });
  await page.setRequestInterception(true);
  return rpcCalls;
}

/**
 * Resolves once the AI Studio content script (the isolated one) has started in this page. Call
 * before the navigation, await after it. It listens for the "started" message WXT's content-script
 * context posts to the page (type `<extension id>:ai-studio:wxt:content-script-started`), which
 * is sent after main() has registered its listeners; it works in every browser (no CDP).
 */
export async function whenAiStudioScriptStarts(page: Page, timeout = 10_000): Promise<() => Promise<void>> {
  await page.evaluateOnNewDocument(() => {
    window.addEventListener('message', (event) => {
      const type = (event.data as { type?: unknown } | null)?.type;
      if (typeof type === 'string' && type.endsWith(':ai-studio:wxt:content-script-started')) {
        (window as unknown as { kdAiStudioStarted: boolean }).kdAiStudioStarted = true;
      }
    });
  });
  return async () => {
    await page.waitForFunction(() => (window as unknown as { kdAiStudioStarted?: boolean }).kdAiStudioStarted === true, { timeout, polling: 50 });
  };
}

/** Counts every <key-doctor-hint> ever added from now on: toast and request must make one card. */
export function countHintHosts(page: Page): Promise<void> {
  return page.evaluate(() => {
    const counter = window as unknown as { kdHostsAdded: number };
    counter.kdHostsAdded = 0;
    new MutationObserver((records) => {
      for (const record of records) for (const node of record.addedNodes) if (node.nodeName === 'KEY-DOCTOR-HINT') counter.kdHostsAdded += 1;
    }).observe(document.documentElement, { childList: true, subtree: true });
  });
}

export interface HintState {
  cause?: string;
  diagnosis?: string;
  /** The data-cause of every listed cause, in order (the exact one first when there is one). */
  causes: string[];
  /** What the failed request said, as quoted. */
  request?: string;
  /** The page's toast, as quoted. */
  toast?: string;
  /** Hosts added since countHintHosts (undefined if it was not called). */
  added?: number;
}

/** The drawn card's state, or undefined while there is none. */
export function hintState(page: Page): Promise<HintState | undefined> {
  return page.evaluate(() => {
    const host = document.querySelector<HTMLElement>('key-doctor-hint');
    if (!host?.shadowRoot?.querySelector('.kd-card')) return undefined;
    return {
      cause: host.dataset.cause,
      diagnosis: host.dataset.diagnosis,
      causes: [...host.shadowRoot.querySelectorAll<HTMLElement>('li[data-cause]')].map((li) => li.dataset.cause ?? ''),
      request: host.shadowRoot.querySelector('[data-request]')?.textContent ?? undefined,
      toast: host.shadowRoot.querySelector('[data-toast]')?.textContent ?? undefined,
      added: (window as unknown as { kdHostsAdded?: number }).kdHostsAdded,
    };
  });
}

/** The card quotes the failed request / the toast. */
export const CARD_QUOTES_REQUEST = `(() => { const h = document.querySelector('key-doctor-hint'); return Boolean(h && h.shadowRoot && h.shadowRoot.querySelector('[data-request]')); })()`;
export const CARD_QUOTES_TOAST = `(() => { const h = document.querySelector('key-doctor-hint'); return Boolean(h && h.shadowRoot && h.shadowRoot.querySelector('[data-toast]')); })()`;

/** Waits until `accept` (a page expression) holds, then returns the card's state. */
export async function waitForHintState(page: Page, accept: string, timeout = 10_000): Promise<HintState> {
  await page.waitForFunction(accept, { timeout, polling: 50 }).catch(async (error: Error) => {
    throw new Error(`hint is ${JSON.stringify(await hintState(page))}: ${error.message}`);
  });
  return (await hintState(page))!;
}
