// @vitest-environment happy-dom
/**
 * When the verdict card's module cannot load (the extension was updated or reloaded under an open
 * popup), the popup says so and offers to load it again instead of showing a busy card forever.
 * Its own file: a fresh module graph, with the verdict module failing once.
 */
import { render } from 'preact';
import { afterEach, expect, it, vi } from 'vitest';
import type { KeyTestResult } from '@/utils/messaging';

// Twice: the prefetch when the test starts, then the card's own load.
let failures = 2;
vi.mock('@/entrypoints/popup/verdict', async (importOriginal) => {
  if (failures > 0) {
    failures -= 1;
    throw new Error('Failed to fetch dynamically imported module');
  }
  return importOriginal();
});

const KEY = 'AIzaSyDk3vTq9Xw2Lm8Rb7Nc4Hf6Jp0Gs1Ye5Uq';
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
const root = document.body.appendChild(document.createElement('div'));
afterEach(() => render(null, root));

it('says a part did not load instead of a busy card forever, and shows the verdict after "Load again"', async () => {
  const { App } = await import('@/entrypoints/popup/App');
  const { precheckView } = await import('@/utils/api-key/precheck-words');
  render(
    <App
      services={{
        locale: 'en',
        rememberedKey: KEY,
        saveLastTest: async () => {},
        precheck: precheckView,
        testKey: async (): Promise<KeyTestResult> => ({ outcome: 'tested', facts: { id: 'key-invalid' }, probes: [{ name: 'listModels', httpStatus: 400, facts: { id: 'key-invalid' }, elapsedMs: 12 }] }),
        cancelTest: async () => {},
        remember: async () => {},
        copy: async () => {},
        startGuide: async () => true,
      }}
    />,
    root,
  );
  await flush();
  root.querySelector<HTMLFormElement>('form.key-test')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  await vi.waitFor(() => expect(root.querySelector('[data-not-loaded]')).not.toBeNull());
  expect(root.querySelector('[data-not-loaded]')!.getAttribute('role')).toBe('alert');
  expect(root.querySelector('[data-loading]')).toBeNull();
  root.querySelector<HTMLButtonElement>('[data-not-loaded] button')!.click();
  await vi.waitFor(() => expect(root.querySelector('[data-diagnosis="key-invalid"]')).not.toBeNull());
  expect(root.querySelector('[data-not-loaded]')).toBeNull();
});
