// @vitest-environment happy-dom
/**
 * An answer that arrives after Cancel belongs to a test the user ended: it is neither shown nor
 * kept for the session (reopening the popup must not bring back a verdict the user cancelled).
 */
import { render } from 'preact';
import { afterEach, expect, it } from 'vitest';
import { App, type PopupServices } from '@/entrypoints/popup/App';
import type { LastKeyTest } from '@/utils/api-key/last-test';
import type { KeyTestResult } from '@/utils/messaging';
import { INVALID_KEY_RESULT, popupServices, untilBusy, flush, submitKeyForm } from './services';

const root = document.body.appendChild(document.createElement('div'));
afterEach(() => render(null, root));
const submit = () => submitKeyForm(root);

/** Renders the popup, starts a test and cancels it. */
async function testThenCancel(services: PopupServices) {
  render(<App services={services} />, root);
  await flush();
  submit();
  await untilBusy();
  root.querySelector<HTMLButtonElement>('[data-action="cancel"]')!.click();
  await flush();
}

it('drops an answer that arrives after Cancel', async () => {
  let answer: (result: KeyTestResult) => void = () => {};
  const saved: (LastKeyTest | undefined)[] = [];
  const services = popupServices({
    testKey: () => new Promise((resolve) => (answer = resolve)),
    saveLastTest: async (record) => void saved.push(record),
  });
  await testThenCancel(services);
  expect(root.querySelector('[data-outcome="cancelled"]')).not.toBeNull();
  answer(INVALID_KEY_RESULT);
  await flush();
  await flush();
  expect(root.querySelector('[data-outcome="cancelled"]')).not.toBeNull();
  expect(root.querySelector('[data-diagnosis]')).toBeNull();
  expect(saved.filter(Boolean)).toEqual([]); // only "forget the kept verdict" writes, never this answer
});

it('keeps an answer that arrives in time', async () => {
  const saved: (LastKeyTest | undefined)[] = [];
  const services = popupServices({ saveLastTest: async (record) => void saved.push(record) });
  render(<App services={services} />, root);
  await flush();
  submit();
  await flush();
  await flush();
  expect(saved.filter(Boolean).map((record) => record!.result.facts.id)).toEqual(['key-invalid']);
});

it('after Cancel and a new test, shows the new answer, not the first one arriving late', async () => {
  const answers: ((result: KeyTestResult) => void)[] = [];
  const services = popupServices({ testKey: () => new Promise((resolve) => answers.push(resolve)) });
  await testThenCancel(services);
  submit();
  await untilBusy();
  answers[0]!({ outcome: 'tested', facts: { id: 'key-ok' }, probes: [] });
  await flush();
  expect(root.querySelector('[data-testing]')).not.toBeNull(); // still waiting for the second test
  answers[1]!(INVALID_KEY_RESULT);
  await flush();
  await flush();
  expect(root.querySelector('[data-testing]')).toBeNull();
  expect(root.querySelector('[data-diagnosis="key-ok"]')).toBeNull();
});

it('drops a failure that arrives after Cancel', async () => {
  let fail: (error: Error) => void = () => {};
  const services = popupServices({ testKey: () => new Promise((_, reject) => (fail = reject)) });
  await testThenCancel(services);
  fail(new Error('Could not establish connection'));
  await flush();
  expect(root.querySelector('[data-outcome="cancelled"]')).not.toBeNull();
  expect(root.querySelector('[role="alert"]')).toBeNull();
});
