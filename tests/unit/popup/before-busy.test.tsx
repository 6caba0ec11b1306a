// @vitest-environment happy-dom
/**
 * The first BUSY_AFTER_MS of a key test: the request is out, the form is not disabled yet. One test
 * at a time; what the user does meanwhile ("Forget", "Change key", another submit) wins; a failure
 * shows at once; a throw from the messaging layer never leaves the form stuck.
 */
import { render } from 'preact';
import { afterEach, expect, it } from 'vitest';
import { App, loadVerdict } from '@/entrypoints/popup/App';
import type { LastKeyTest } from '@/utils/api-key/last-test';
import type { KeyTestResult } from '@/utils/messaging';
import { INVALID_KEY_RESULT, KEY, popupServices, untilBusy, flush, submitKeyForm } from './services';

const root = document.body.appendChild(document.createElement('div'));
afterEach(() => render(null, root));
const submit = () => submitKeyForm(root);
const button = (action: string) => root.querySelector<HTMLButtonElement>(`[data-action="${action}"]`);
const typeKey = (value: string) => {
  const field = root.querySelector<HTMLInputElement>('input[name="api-key"]')!;
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true }));
};

it('sends one test for a double submit', async () => {
  const sent: string[] = [];
  const services = popupServices({ testKey: (request) => (sent.push(request.testId), new Promise(() => {})) });
  render(<App services={services} />, root);
  await flush();
  submit();
  submit();
  await flush();
  expect(sent).toHaveLength(1);
  await untilBusy();
  expect(root.querySelector('[data-testing]')).not.toBeNull();
});

it('keeps the test on screen when a changed, malformed key is submitted before it shows as busy', async () => {
  const sent: string[] = [];
  const services = popupServices({ testKey: (request) => (sent.push(request.key), new Promise(() => {})) });
  render(<App services={services} />, root);
  await flush();
  await loadVerdict();
  submit();
  typeKey('not a key');
  await flush();
  submit();
  await flush();
  expect(root.querySelector('[data-diagnosis="key-format"]')).toBeNull();
  await untilBusy();
  expect(root.querySelector('[data-testing]')).not.toBeNull();
  expect(sent).toEqual([KEY]);
});

it('"Forget" before the busy state forgets the key with its test: the answer is dropped', async () => {
  let answer!: (result: KeyTestResult) => void;
  const sent: string[] = [];
  const cancelled: string[] = [];
  const remembered: (string | undefined)[] = [];
  const services = popupServices({
    testKey: (request) => (sent.push(request.testId), new Promise((resolve) => (answer = resolve))),
    cancelTest: async (testId) => void cancelled.push(testId),
    remember: async (key) => void remembered.push(key),
  });
  render(<App services={services} />, root);
  await flush();
  await loadVerdict();
  submit(); // "remember" is ticked: the remembered key is the one tested, nothing to write
  button('forget')!.click();
  await flush();
  answer(INVALID_KEY_RESULT);
  await flush();
  await flush();
  await untilBusy();
  expect(cancelled).toEqual(sent);
  expect(remembered).toEqual([undefined]);
  expect(root.querySelector('[data-diagnosis]')).toBeNull();
  expect(root.querySelector('[data-testing]')).toBeNull();
  expect(root.querySelector<HTMLInputElement>('input[name="api-key"]')!.value).toBe('');
  expect(root.querySelector<HTMLInputElement>('input[name="remember"]')!.checked).toBe(false);
  expect(button('forget')).toBeNull();
});

// Change key ended a live test before the busy delay too; kept here for the window it now has.
it('ends the test "Test again" started when "Change key" comes first, and drops its answer', async () => {
  const answers: ((result: KeyTestResult) => void)[] = [];
  const sent: string[] = [];
  const cancelled: string[] = [];
  const saved: (LastKeyTest | undefined)[] = [];
  const services = popupServices({
    testKey: (request) => (sent.push(request.testId), new Promise((resolve) => answers.push(resolve))),
    cancelTest: async (testId) => void cancelled.push(testId),
    saveLastTest: async (record) => void saved.push(record),
  });
  render(<App services={services} />, root);
  await flush();
  await loadVerdict();
  submit();
  answers[0]!(INVALID_KEY_RESULT);
  await flush();
  await flush();
  button('test-again')!.click();
  button('change-key')!.click();
  await untilBusy();
  expect(cancelled).toEqual([sent[1]]);
  expect(root.querySelector('[data-testing]')).toBeNull();
  expect(root.querySelector('form.key-test')).not.toBeNull();
  answers[1]!({ outcome: 'tested', facts: { id: 'key-ok' }, probes: [] });
  await flush();
  await flush();
  expect(root.querySelector('[data-diagnosis]')).toBeNull();
  expect(saved.filter(Boolean)).toHaveLength(1); // the first verdict only
});

it('shows a quick failure at once, with no busy state', async () => {
  const services = popupServices({ testKey: async () => Promise.reject(new Error(`port closed while sending ${KEY}`)) });
  render(<App services={services} />, root);
  await flush();
  submit();
  await flush();
  await flush();
  const alert = root.querySelector('[role="alert"]');
  expect(alert?.textContent).toContain('port closed');
  expect(alert?.textContent).not.toContain(KEY);
  await untilBusy();
  expect(root.querySelector('[data-testing]')).toBeNull();
});

it('a throw from the messaging layer is the test\'s failure, and the next submit sends again', async () => {
  let calls = 0;
  const services = popupServices({
    testKey: () => {
      calls += 1;
      throw new Error('Extension context invalidated.');
    },
  });
  render(<App services={services} />, root);
  await flush();
  submit();
  await flush();
  await flush();
  expect(root.querySelector('[role="alert"]')?.textContent).toContain('Extension context invalidated.');
  submit();
  await flush();
  expect(calls).toBe(2);
});

it('announces a quick "Test again" that gets the same verdict again: a new node in the live region', async () => {
  render(<App services={popupServices()} />, root);
  await flush();
  await loadVerdict();
  submit();
  await flush();
  await flush();
  const first = root.querySelector('[data-announce] > span');
  expect(first?.textContent).toContain('Test finished');
  button('test-again')!.click();
  await flush();
  await flush();
  const second = root.querySelector('[data-announce] > span');
  expect(second?.textContent).toBe(first!.textContent);
  expect(second).not.toBe(first);
});
