// @vitest-environment happy-dom
/**
 * An answer that arrives after Cancel belongs to a test the user ended: it is neither shown nor
 * kept for the session (reopening the popup must not bring back a verdict the user cancelled).
 */
import { render } from 'preact';
import { afterEach, expect, it } from 'vitest';
import { App } from '@/entrypoints/popup/App';
import type { LastKeyTest } from '@/utils/api-key/last-test';
import type { KeyTestResult } from '@/utils/messaging';
import { INVALID_KEY_RESULT, popupServices } from './services';

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
const root = document.body.appendChild(document.createElement('div'));
afterEach(() => render(null, root));

it('drops an answer that arrives after Cancel', async () => {
  let answer: (result: KeyTestResult) => void = () => {};
  const saved: (LastKeyTest | undefined)[] = [];
  const services = popupServices({
    testKey: () => new Promise((resolve) => (answer = resolve)),
    saveLastTest: async (record) => void saved.push(record),
  });
  render(<App services={services} />, root);
  await flush();
  root.querySelector<HTMLFormElement>('form.key-test')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  await flush();
  root.querySelector<HTMLButtonElement>('[data-action="cancel"]')!.click();
  await flush();
  expect(root.querySelector('[data-outcome="cancelled"]')).not.toBeNull();
  answer(INVALID_KEY_RESULT);
  await flush();
  await flush();
  expect(root.querySelector('[data-outcome="cancelled"]')).not.toBeNull();
  expect(root.querySelector('[data-diagnosis]')).toBeNull();
  expect(saved.filter(Boolean)).toEqual([]); // only "forget the kept verdict" writes, never this answer
});

it('still shows and keeps an answer that arrives in time', async () => {
  const saved: (LastKeyTest | undefined)[] = [];
  const services = popupServices({ saveLastTest: async (record) => void saved.push(record) });
  render(<App services={services} />, root);
  await flush();
  root.querySelector<HTMLFormElement>('form.key-test')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  await flush();
  await flush();
  expect(saved.filter(Boolean).map((record) => record!.result.facts.id)).toEqual(['key-invalid']);
});
