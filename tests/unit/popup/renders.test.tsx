// @vitest-environment happy-dom
/**
 * The key-test path re-renders no more than it must (issue 11): counted with Preact's `diffed`
 * hook, not guessed. An answer within BUSY_AFTER_MS → one render (the verdict); a slower one → one
 * render (testing) once that time is up, then one (the verdict). The verdict's diagnosis is
 * described once for the card and the announcement together.
 */
import { options, render, type VNode } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App, loadVerdict } from '@/entrypoints/popup/App';
import { format } from '@/utils/i18n';
import { popupStrings } from '@/utils/i18n/popup';
import type { LastKeyTest } from '@/utils/api-key/last-test';
import type { KeyTestResult } from '@/utils/messaging';
import { INVALID_KEY_RESULT, KEY, popupServices, untilBusy, flush, submitKeyForm } from './services';

const described = vi.hoisted(() => ({ count: 0 }));
vi.mock('@/utils/diagnosis/describe', async (importOriginal) => {
  const original = await importOriginal<typeof import('@/utils/diagnosis/describe')>();
  return { ...original, describe: (...args: Parameters<typeof original.describe>) => (described.count++, original.describe(...args)) };
});

const submit = () => submitKeyForm(root);

let root: HTMLElement;
let appRenders = 0;
const previousDiffed = options.diffed;

beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
  appRenders = 0;
  options.diffed = (vnode: VNode) => {
    if (vnode.type === App) appRenders += 1;
    previousDiffed?.(vnode);
  };
});
afterEach(() => {
  options.diffed = previousDiffed;
  render(null, root);
  root.remove();
});

describe('key-test path renders', () => {
  it('renders the app once, with the verdict, when the answer comes before the busy state would', async () => {
    let answer!: (result: KeyTestResult) => void;
    const services = popupServices({ testKey: () => new Promise((resolve) => (answer = resolve)) });
    render(<App services={services} />, root);
    await flush();
    await loadVerdict();
    const initial = appRenders;

    submit();
    await flush();
    expect(appRenders - initial).toBe(0); // no "Testing…" flash, no render beside the request
    answer(INVALID_KEY_RESULT);
    await flush();
    await flush();
    expect(root.querySelector('[data-diagnosis="key-invalid"]')).not.toBeNull();
    expect(appRenders - initial).toBe(1);
    await untilBusy();
    expect(root.querySelector('[data-testing]')).toBeNull(); // the busy state never comes after the verdict
    expect(appRenders - initial).toBe(1);
  });

  it('renders the app once when a slow test shows as busy and once when the verdict arrives', async () => {
    let answer!: (result: KeyTestResult) => void;
    const kept: (LastKeyTest | undefined)[] = [];
    const services = popupServices({
      saveLastTest: async (record) => void kept.push(record),
      testKey: () => new Promise((resolve) => (answer = resolve)),
    });
    render(<App services={services} />, root);
    await flush();
    const initial = appRenders;
    expect(initial).toBeGreaterThan(0);

    submit();
    await untilBusy();
    expect(root.querySelector('[data-testing]')).not.toBeNull();
    expect(appRenders - initial).toBe(1);
    // The submit prefetched the verdict card's module; the network takes longer than that.
    await loadVerdict();
    described.count = 0;

    answer(INVALID_KEY_RESULT);
    await flush();
    await flush();
    expect(root.querySelector('[data-diagnosis="key-invalid"]')).not.toBeNull();
    expect(appRenders - initial).toBe(2);
    expect(described.count).toBe(1);
    // Kept for the session once, masked.
    expect(kept.filter(Boolean)).toHaveLength(1);
    expect(kept.at(-1)!.maskedKey).toBe('AIza…e5Uq');
    expect(JSON.stringify(kept)).not.toContain(KEY);
    const title = root.querySelector('#result-title')!.lastChild!.textContent!;
    expect(root.querySelector('[data-announce]')!.textContent).toBe(format(popupStrings.en.testFinished, { title }));
  });
});
