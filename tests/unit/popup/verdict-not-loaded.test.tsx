// @vitest-environment happy-dom
/**
 * When the verdict card's module cannot load (the extension was updated or reloaded under an open
 * popup), the popup says so and offers to load it again instead of showing a busy card forever.
 * Its own file: a fresh module graph, with the verdict module failing once.
 */
import { render } from 'preact';
import { afterEach, expect, it, vi } from 'vitest';

// Twice: the prefetch when the test starts, then the card's own load.
let failures = 2;
vi.mock('@/entrypoints/popup/verdict', async (importOriginal) => {
  if (failures > 0) {
    failures -= 1;
    throw new Error('Failed to fetch dynamically imported module');
  }
  return importOriginal();
});

const root = document.body.appendChild(document.createElement('div'));
afterEach(() => render(null, root));

it('says a part did not load instead of a busy card forever, and shows the verdict after "Load again"', async () => {
  const { App } = await import('@/entrypoints/popup/App');
  const { popupServices, flush, submitKeyForm } = await import('./services');
  render(<App services={popupServices()} />, root);
  await flush();
  submitKeyForm(root);
  await vi.waitFor(() => expect(root.querySelector('[data-not-loaded]')).not.toBeNull());
  expect(root.querySelector('[data-not-loaded]')!.getAttribute('role')).toBe('alert');
  expect(root.querySelector('[data-loading]')).toBeNull();
  root.querySelector<HTMLButtonElement>('[data-not-loaded] button')!.click();
  await vi.waitFor(() => expect(root.querySelector('[data-diagnosis="key-invalid"]')).not.toBeNull());
  expect(root.querySelector('[data-not-loaded]')).toBeNull();
});
