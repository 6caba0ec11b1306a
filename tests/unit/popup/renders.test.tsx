// @vitest-environment happy-dom
/**
 * The key-test path re-renders no more than it must (issue 11): counted with Preact's `diffed`
 * hook, not guessed. Submit → one render (testing); answer → one render (the verdict).
 */
import { options, render, type VNode } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { App, type PopupServices } from '@/entrypoints/popup/App';
import { precheckView } from '@/utils/api-key/precheck-view';
import type { KeyTestResult } from '@/utils/messaging';

const KEY = 'AIzaSyDk3vTq9Xw2Lm8Rb7Nc4Hf6Jp0Gs1Ye5Uq';
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

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
  it('renders the app once when the test starts and once when the verdict arrives', async () => {
    let answer!: (result: KeyTestResult) => void;
    const services: PopupServices = {
      locale: 'en',
      rememberedKey: KEY,
      saveLastTest: async () => {},
      precheck: precheckView,
      testKey: () => new Promise((resolve) => (answer = resolve)),
      cancelTest: async () => {},
      remember: async () => {},
      copy: async () => {},
      startGuide: async () => true,
    };
    render(<App services={services} />, root);
    await flush();
    const initial = appRenders;
    expect(initial).toBeGreaterThan(0);

    root.querySelector<HTMLFormElement>('form.key-test')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    await flush();
    expect(root.querySelector('[data-testing]')).not.toBeNull();
    expect(appRenders - initial).toBe(1);

    answer({ outcome: 'tested', facts: { id: 'key-invalid' }, probes: [{ name: 'listModels', httpStatus: 400, facts: { id: 'key-invalid' }, elapsedMs: 12 }] });
    await flush();
    await flush();
    expect(root.querySelector('[data-diagnosis="key-invalid"]')).not.toBeNull();
    expect(appRenders - initial).toBe(2);
  });
});
