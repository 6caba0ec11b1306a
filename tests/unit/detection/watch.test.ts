// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { detect } from '@/utils/detection/detect';
import { TOAST_SELECTOR } from '@/utils/detection/rules/ai-studio';
import { WATCH_TIMING, watchPage, type Finding, type WatchOptions } from '@/utils/detection/watch';
import { loadFixtures, loadIntoDocument, type Fixture } from './fixtures';

const fixtures = loadFixtures();
const fixture = (file: string) => fixtures.find((f) => f.file === file)!;
const KEYS_URL = 'https://aistudio.google.com/u/1/app/apikey?project=gen-lang-client-0123456789';
const CHAT_URL = 'https://aistudio.google.com/prompts/new_chat';
/** Longer than any debounce, shorter than the repeat-quiet time. */
const SETTLE_MS = WATCH_TIMING.maxWaitMs + 50;

let controller: AbortController;
let url: string;
let findings: Finding[];
let warnings: string[];

function start(overrides: Partial<WatchOptions> = {}) {
  return watchPage({
    document,
    getUrl: () => url,
    signal: controller.signal,
    onFinding: (finding) => findings.push(finding),
    warn: (message) => warnings.push(message),
    ...overrides,
  });
}

function overlayContainer(): Element {
  let container = document.querySelector('.cdk-overlay-container');
  if (!container) {
    container = document.createElement('div');
    container.className = 'cdk-overlay-container';
    document.body.append(container);
  }
  return container;
}

function snackBar(text: string, { hidden = false } = {}): Element {
  const host = document.createElement('mat-snack-bar-container');
  host.className = 'mdc-snackbar mat-mdc-snack-bar-container';
  const label = document.createElement('div');
  label.className = 'mat-mdc-snack-bar-label';
  const hiddenDiv = document.createElement('div');
  hiddenDiv.setAttribute('aria-hidden', 'true');
  const live = document.createElement('div');
  live.setAttribute('aria-live', 'assertive');
  const content = document.createElement('div');
  content.className = 'mat-mdc-snack-bar-label mdc-snackbar__label';
  content.textContent = text;
  (hidden ? hiddenDiv : live).append(content);
  label.append(hiddenDiv, live);
  host.append(label);
  return host;
}

/** Take the fixture's message (or toast) out of the page, to put it back once the watcher runs. */
function detachMessage(f: Fixture): { element: Element; parent: Element; next: Node | null } {
  const [detection] = detect(document, f.url);
  const element = detection?.host ?? document.querySelector(TOAST_SELECTOR);
  if (!element?.parentElement) throw new Error(`no message in ${f.file}`);
  const removed = { element, parent: element.parentElement, next: element.nextSibling };
  element.remove();
  return removed;
}

beforeEach(() => {
  vi.useFakeTimers();
  controller = new AbortController();
  url = KEYS_URL;
  findings = [];
  warnings = [];
  document.body.replaceChildren();
});

afterEach(() => {
  controller.abort();
  vi.useRealTimers();
});

describe('toast detection through the MutationObserver', () => {
  it.each(fixtures.filter((f) => f.expect).map((f) => [f.file, f] as const))(
    '%s: a message inserted after start is reported once, with its context',
    async (_file, f) => {
      loadIntoDocument(f);
      url = f.url;
      const removed = detachMessage(f);
      start();
      await vi.advanceTimersByTimeAsync(SETTLE_MS);
      expect(findings).toEqual([]);
      removed.parent.insertBefore(removed.element, removed.next);
      await vi.advanceTimersByTimeAsync(SETTLE_MS);
      expect(findings.map((x) => x.ruleId)).toEqual([f.expect]);
      expect(findings[0]!.context).toEqual(detect(document, f.url)[0]!.context);
    },
  );

  it('reports in the observer callback itself: no timer between toast and finding', async () => {
    overlayContainer();
    start();
    await vi.advanceTimersByTimeAsync(SETTLE_MS);
    overlayContainer().append(snackBar('The caller does not have permission'));
    // Microtasks only (the MutationObserver callback); fake timers never advance.
    for (let i = 0; i < 5; i++) await Promise.resolve();
    expect(findings.map((f) => f.ruleId)).toEqual(['ai-studio/caller-no-permission']);
  });

  it('an overlay container created with its first toast is watched and read at once', async () => {
    start();
    await vi.advanceTimersByTimeAsync(SETTLE_MS);
    overlayContainer().append(snackBar('The caller does not have permission'));
    for (let i = 0; i < 5; i++) await Promise.resolve();
    expect(findings).toHaveLength(1);
  });

  it('updates in place when the moved label carries a different text (MatSnackBar fills it late)', async () => {
    overlayContainer();
    start();
    const toast = snackBar('', { hidden: true });
    overlayContainer().append(toast);
    await vi.advanceTimersByTimeAsync(10);
    expect(findings).toHaveLength(0);
    const label = toast.querySelector('.mdc-snackbar__label')!;
    label.textContent = 'Failed to generate API key: permission denied. Please try again.';
    toast.querySelector('[aria-live]')!.append(label);
    for (let i = 0; i < 5; i++) await Promise.resolve();
    expect(findings.map((f) => f.ruleId)).toEqual(['ai-studio/generate-key-permission-denied']);
  });

  it('tells when a card is likely soon: a snack bar appears, or the create button is clicked', async () => {
    let soon = 0;
    start({ onLikelySoon: () => (soon += 1) });
    overlayContainer().append(snackBar('Copied to clipboard'));
    for (let i = 0; i < 5; i++) await Promise.resolve();
    expect(soon).toBe(1);
    const button = document.createElement('button');
    button.setAttribute('data-test-id', 'create-api-key-button');
    document.body.append(button);
    button.click();
    expect(soon).toBe(2);
  });

  it('does not treat the 150 ms aria-hidden → aria-live move as a new toast', async () => {
    start();
    const toast = snackBar('Failed to generate API key: permission denied. Please try again.', { hidden: true });
    overlayContainer().append(toast);
    const move = () => toast.querySelector('[aria-live]')!.append(toast.querySelector('.mdc-snackbar__label')!);
    await vi.advanceTimersByTimeAsync(150);
    move();
    await vi.advanceTimersByTimeAsync(SETTLE_MS);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toBe('Failed to generate API key: permission denied. Please try again.');
  });

  it('does not report again when the move happens after a scan already ran', async () => {
    start();
    const toast = snackBar('Failed to generate API key: permission denied. Please try again.', { hidden: true });
    overlayContainer().append(toast);
    await vi.advanceTimersByTimeAsync(SETTLE_MS);
    toast.querySelector('[aria-live]')!.append(toast.querySelector('.mdc-snackbar__label')!);
    await vi.advanceTimersByTimeAsync(SETTLE_MS);
    expect(findings).toHaveLength(1);
  });

  it('20 toasts at once → one finding', async () => {
    start();
    for (let i = 0; i < 20; i++) overlayContainer().append(snackBar('Failed to generate API key: permission denied. Please try again.'));
    await vi.advanceTimersByTimeAsync(SETTLE_MS);
    expect(findings).toHaveLength(1);
  });

  it('20 toasts one after another (retries, old ones dismissed) → one finding', async () => {
    start();
    for (let i = 0; i < 20; i++) {
      overlayContainer().replaceChildren(snackBar('Failed to generate API key: permission denied. Please try again.'));
      await vi.advanceTimersByTimeAsync(i % 2 ? 100 : 1_500);
    }
    await vi.advanceTimersByTimeAsync(SETTLE_MS);
    expect(findings).toHaveLength(1);
  });

  it('a different message, or the same one after a quiet while, is news', async () => {
    start();
    overlayContainer().append(snackBar('Failed to generate API key: permission denied. Please try again.'));
    await vi.advanceTimersByTimeAsync(SETTLE_MS);
    overlayContainer().replaceChildren(snackBar('Failed to generate API key, The request is suspicious. Please try again.'));
    await vi.advanceTimersByTimeAsync(SETTLE_MS);
    await vi.advanceTimersByTimeAsync(WATCH_TIMING.repeatQuietMs);
    overlayContainer().replaceChildren(snackBar('Failed to generate API key, The request is suspicious. Please try again.'));
    await vi.advanceTimersByTimeAsync(SETTLE_MS);
    expect(findings.map((f) => f.ruleId)).toEqual([
      'ai-studio/generate-key-permission-denied',
      'ai-studio/generate-key-suspicious',
      'ai-studio/generate-key-suspicious',
    ]);
  });

  it('notices a message written into an existing toast (characterData in the overlay container)', async () => {
    overlayContainer().append(snackBar('Creating key…'));
    start();
    await vi.advanceTimersByTimeAsync(SETTLE_MS);
    const text = document.querySelector('.mdc-snackbar__label')!.firstChild as Text;
    text.data = 'The caller does not have permission';
    await vi.advanceTimersByTimeAsync(SETTLE_MS);
    expect(findings.map((f) => f.ruleId)).toEqual(['ai-studio/caller-no-permission']);
  });

  it('reports a toast already on screen when it starts on a key page', async () => {
    overlayContainer().append(snackBar('The caller does not have permission'));
    start();
    await vi.advanceTimersByTimeAsync(SETTLE_MS);
    expect(findings).toHaveLength(1);
  });
});

/** AI Studio's header with its ms-toast host (console-dom-evidence A2), and a toast rendered in place. */
function headerWithToastHost(): Element {
  const header = document.createElement('ms-header-root');
  const host = document.createElement('ms-toast');
  host.setAttribute('positionrelativeto', 'page');
  header.append(host);
  const app = document.createElement('ms-app');
  const wrapper = document.createElement('div');
  wrapper.append(header);
  app.append(wrapper);
  document.body.append(app);
  return host;
}
function headerToast(text: string): Element {
  const toast = document.createElement('div');
  toast.className = 'toast warning relative-to-page';
  const message = document.createElement('div');
  message.className = 'message';
  const content = document.createElement('span');
  content.className = 'content-text';
  content.textContent = text;
  message.append(content);
  toast.append(message);
  return toast;
}

describe('the header\'s ms-toast', () => {
  it('a toast rendered in the header after start is read in the observer callback', async () => {
    const host = headerWithToastHost();
    start();
    await vi.advanceTimersByTimeAsync(SETTLE_MS);
    host.append(headerToast('Failed to generate API key: permission denied. Please try again.'));
    for (let i = 0; i < 5; i++) await Promise.resolve();
    expect(findings.map((f) => f.ruleId)).toEqual(['ai-studio/generate-key-permission-denied']);
  });

  it('a header rendered after start (an app page: no fallback scan) is found and watched', async () => {
    url = 'https://aistudio.google.com/apps/drive/abc';
    start();
    await vi.advanceTimersByTimeAsync(SETTLE_MS);
    const host = headerWithToastHost();
    await vi.advanceTimersByTimeAsync(WATCH_TIMING.maxWaitMs + 50);
    host.append(headerToast('Failed to generate API key, The request is suspicious. Please try again.'));
    for (let i = 0; i < 5; i++) await Promise.resolve();
    expect(findings.map((f) => f.ruleId)).toEqual(['ai-studio/app-publish-suspicious']);
  });

  it('the same message again in a new header toast, after a quiet while, is news (the host stays, the toast is new)', async () => {
    const host = headerWithToastHost();
    start();
    for (let round = 0; round < 2; round++) {
      host.replaceChildren(headerToast('Failed to generate API key: permission denied. Please try again.'));
      await vi.advanceTimersByTimeAsync(SETTLE_MS + WATCH_TIMING.repeatQuietMs);
    }
    expect(findings).toHaveLength(2);
  });

  it('a new header after navigation is found again', async () => {
    headerWithToastHost();
    const watcher = start();
    document.querySelector('ms-app')!.remove();
    url = 'https://aistudio.google.com/api-keys?project=gen-lang-client-0123456789';
    watcher.locationChanged();
    const host = headerWithToastHost();
    await vi.advanceTimersByTimeAsync(WATCH_TIMING.maxWaitMs + 50);
    host.append(headerToast('The caller does not have permission'));
    for (let i = 0; i < 5; i++) await Promise.resolve();
    expect(findings.map((f) => f.ruleId)).toEqual(['ai-studio/caller-no-permission']);
  });
});

describe('app pages (/apps/…)', () => {
  const APP_URL = 'https://aistudio.google.com/apps/drive/abc?showPreview=true';

  it('the publish failure toast gives the app rule, never a key rule', async () => {
    url = APP_URL;
    start();
    overlayContainer().append(snackBar('Failed to generate API key, The request is suspicious. Please try again.'));
    overlayContainer().append(snackBar('Failed to generate API key: permission denied. Please try again.'));
    await vi.advanceTimersByTimeAsync(SETTLE_MS);
    expect(findings.map((f) => f.ruleId)).toEqual(['ai-studio/app-publish-suspicious']);
  });

  it('a toast already there when it starts is read (no whole-document scan on app pages)', async () => {
    const f = fixture('app-publish-suspicious.html');
    loadIntoDocument(f);
    url = f.url;
    start();
    await vi.advanceTimersByTimeAsync(SETTLE_MS);
    expect(findings.map((x) => x.ruleId)).toEqual(['ai-studio/app-publish-suspicious']);
  });

  it('a create-key click signal does not arm there', async () => {
    url = APP_URL;
    start();
    const button = document.createElement('button');
    button.setAttribute('data-test-id', 'create-api-key-button');
    document.body.append(button);
    button.click();
    overlayContainer().append(snackBar('API キーを生成できませんでした'));
    await vi.advanceTimersByTimeAsync(SETTLE_MS + WATCH_TIMING.keyCheckDelayMs * 2);
    expect(findings).toEqual([]);
  });
});

describe('never the chat', () => {
  it('a chat answer quoting the error shows nothing, on a chat or a key page', async () => {
    const chat = fixture('chat-mentions-error.html');
    for (const pageUrl of [chat.url, KEYS_URL]) {
      document.body.replaceChildren();
      url = pageUrl;
      const local = new AbortController();
      watchPage({ document, getUrl: () => url, signal: local.signal, onFinding: (f) => findings.push(f), warn: () => {} });
      loadIntoDocument(chat);
      await vi.advanceTimersByTimeAsync(SETTLE_MS);
      local.abort();
    }
    expect(findings).toEqual([]);
  });
});

describe('single-page navigation', () => {
  it('ignores AI Studio pages without keys, then scans when the app navigates to one', async () => {
    url = CHAT_URL;
    const watcher = start();
    overlayContainer().append(snackBar('The caller does not have permission'));
    await vi.advanceTimersByTimeAsync(SETTLE_MS);
    expect(findings).toHaveLength(0);
    url = 'https://aistudio.google.com/u/2/api-keys';
    watcher.locationChanged();
    await vi.advanceTimersByTimeAsync(SETTLE_MS);
    expect(findings.map((f) => f.context)).toEqual([{ authuser: '2' }]);
  });

  it('stops reacting after navigating away', async () => {
    const watcher = start();
    url = CHAT_URL;
    watcher.locationChanged();
    overlayContainer().append(snackBar('The caller does not have permission'));
    await vi.advanceTimersByTimeAsync(SETTLE_MS);
    expect(findings).toHaveLength(0);
  });
});

describe('create-click signal (any language)', () => {
  const translated = fixture('unreadable-create-failure.html');

  function setUp() {
    loadIntoDocument(translated);
    url = translated.url;
    const removed = detachMessage(translated);
    start();
    return {
      click: () => document.querySelector<HTMLElement>('[data-test-id="create-api-key-button"] span')!.click(),
      showToast: () => removed.parent.insertBefore(removed.element, removed.next),
    };
  }

  it('a toast within 8 s of the click, with no key shown, is an unreadable failure', async () => {
    const { click, showToast } = setUp();
    click();
    await vi.advanceTimersByTimeAsync(2_000);
    showToast();
    await vi.advanceTimersByTimeAsync(SETTLE_MS);
    expect(findings).toHaveLength(0); // still giving the key dialog a chance
    await vi.advanceTimersByTimeAsync(WATCH_TIMING.keyCheckDelayMs);
    expect(findings).toEqual([
      {
        ruleId: 'ai-studio/unreadable-create-failure',
        message: 'API キーを生成できませんでした: 権限が拒否されました。もう一度お試しください。',
        context: { project: 'gen-lang-client-0071742907', authuser: '0' },
      },
    ]);
  });

  it('without a click the same toast means nothing', async () => {
    const { showToast } = setUp();
    showToast();
    await vi.advanceTimersByTimeAsync(SETTLE_MS + WATCH_TIMING.keyCheckDelayMs);
    expect(findings).toHaveLength(0);
  });

  it('a toast after the 8 s window means nothing', async () => {
    const { click, showToast } = setUp();
    click();
    await vi.advanceTimersByTimeAsync(WATCH_TIMING.createWindowMs + 100);
    showToast();
    await vi.advanceTimersByTimeAsync(SETTLE_MS + WATCH_TIMING.keyCheckDelayMs);
    expect(findings).toHaveLength(0);
  });

  it('a key shown after the toast means the creation worked', async () => {
    const { click, showToast } = setUp();
    click();
    showToast();
    await vi.advanceTimersByTimeAsync(SETTLE_MS);
    overlayContainer().append(document.createElement('ms-apikey-details-dialog'));
    await vi.advanceTimersByTimeAsync(SETTLE_MS + WATCH_TIMING.keyCheckDelayMs);
    expect(findings).toHaveLength(0);
  });

  it('a readable English toast after the click is reported by its own rule, once', async () => {
    const { click } = setUp();
    click();
    overlayContainer().append(snackBar('Failed to generate API key: permission denied. Please try again.'));
    await vi.advanceTimersByTimeAsync(SETTLE_MS + WATCH_TIMING.keyCheckDelayMs * 2);
    expect(findings.map((f) => f.ruleId)).toEqual(['ai-studio/generate-key-permission-denied']);
  });

  it('a LiveAnnouncer line while the creation dialog is still open is the form talking, not a failure', async () => {
    const { click } = setUp();
    click(); // the header button only opens the dialog
    const form = document.createElement('ms-api-key-creation-form');
    overlayContainer().append(form);
    // Picking a project by keyboard: Angular's LiveAnnouncer speaks the option.
    const announcer = document.createElement('div');
    announcer.className = 'cdk-live-announcer-element cdk-visually-hidden';
    announcer.setAttribute('aria-live', 'polite');
    document.body.append(announcer);
    announcer.textContent = 'Default Gemini Project';
    await vi.advanceTimersByTimeAsync(SETTLE_MS + WATCH_TIMING.keyCheckDelayMs * 2);
    expect(findings).toHaveLength(0);
  });

  it('a snack bar after the dialog\'s own submit still counts while the dialog stays open', async () => {
    const { showToast } = setUp();
    const form = document.createElement('ms-api-key-creation-form');
    const submit = document.createElement('button');
    form.append(submit);
    overlayContainer().append(form);
    submit.click();
    showToast();
    await vi.advanceTimersByTimeAsync(SETTLE_MS + WATCH_TIMING.keyCheckDelayMs);
    expect(findings.map((f) => f.ruleId)).toEqual(['ai-studio/unreadable-create-failure']);
  });

  it('the key dialog\'s Cancel does not arm it', async () => {
    const { showToast } = setUp();
    const form = document.createElement('ms-api-key-creation-form');
    const cancel = document.createElement('button');
    cancel.setAttribute('mat-dialog-close', '');
    form.append(cancel);
    overlayContainer().append(form);
    cancel.click();
    showToast();
    await vi.advanceTimersByTimeAsync(SETTLE_MS + WATCH_TIMING.keyCheckDelayMs);
    expect(findings).toHaveLength(0);
  });
});

describe('failing loudly, never into the page', () => {
  it('warns once per rule when a message is found outside the expected structure', async () => {
    start();
    for (const text of ['The caller does not have permission', 'The caller does not have permission (again)']) {
      const live = document.createElement('div');
      live.setAttribute('aria-live', 'polite');
      live.textContent = text;
      document.body.append(live);
      await vi.advanceTimersByTimeAsync(SETTLE_MS);
    }
    expect(findings).toHaveLength(2);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^\[Key Doctor\] ai-studio\/caller-no-permission: /);
  });

  it('warns once when the keys header has no known create control', async () => {
    start();
    document.body.append(document.createElement('ms-api-keys-header'));
    overlayContainer().append(snackBar('API key copied'));
    await vi.advanceTimersByTimeAsync(SETTLE_MS);
    overlayContainer().append(snackBar('API key copied'));
    await vi.advanceTimersByTimeAsync(SETTLE_MS);
    expect(warnings).toEqual([expect.stringContaining('ai-studio/unreadable-create-failure')]);
  });

  it('an exception is logged once and does not escape', async () => {
    start({
      onFinding: () => {
        throw new Error('boom');
      },
    });
    overlayContainer().append(snackBar('The caller does not have permission'));
    await vi.advanceTimersByTimeAsync(SETTLE_MS);
    expect(warnings).toEqual([expect.stringContaining('ai-studio/watch')]);
  });

  it('does nothing once the signal is aborted', async () => {
    start();
    controller.abort();
    overlayContainer().append(snackBar('The caller does not have permission'));
    await vi.advanceTimersByTimeAsync(SETTLE_MS);
    expect(findings).toHaveLength(0);
  });
});

describe('scanNow (the popup\'s "Scan this page")', () => {
  it('finds a message on any AI Studio page', () => {
    url = CHAT_URL;
    const watcher = start();
    overlayContainer().append(snackBar('The request is suspicious'));
    expect(watcher.scanNow()).toMatchObject({ ruleId: 'ai-studio/generate-key-suspicious', message: 'The request is suspicious' });
  });

  it('returns undefined when there is nothing', () => {
    expect(start().scanNow()).toBeUndefined();
  });
});
