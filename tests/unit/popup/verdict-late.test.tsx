// @vitest-environment happy-dom
/**
 * The verdict card's module is prefetched when a test starts; when the answer still comes first
 * (a slow disk, an instant answer), the card shows once the module is in. Its own file: every file
 * gets a fresh module graph, so here the module is not loaded yet.
 */
import { render } from 'preact';
import { afterEach, expect, it } from 'vitest';
import { App, loadVerdict } from '@/entrypoints/popup/App';
import { popupServices, flush, submitKeyForm } from './services';

const root = document.body.appendChild(document.createElement('div'));
afterEach(() => render(null, root));

it('shows the verdict when the answer comes before the card module', async () => {
  // Answered at once: the module cannot have loaded yet.
  const services = popupServices();
  render(<App services={services} />, root);
  await flush();
  submitKeyForm(root);
  await Promise.resolve();
  await Promise.resolve();
  expect(root.querySelector('[data-loading]')).not.toBeNull(); // the answer is in, the card's module is not
  await loadVerdict();
  await flush();
  expect(root.querySelector('[data-diagnosis="key-invalid"]')).not.toBeNull();
  expect(root.querySelector('[data-loading]')).toBeNull();
  expect(root.querySelector('[data-announce]')!.textContent).not.toBe('');
});
