// @vitest-environment happy-dom
/** The coach across console frames: the message checks, the frame's report, the rect offset. */
import { describe, expect, it, vi } from 'vitest';
import { frameReport, startFrameAgent } from '@/utils/guide/frame-agent';
import { createFrameHub, envelope, offsetRect, parseFrameMessage, type FrameQuery, type FrameReport } from '@/utils/guide/frames';
import { parseFixture } from './fixtures';

const query: FrameQuery = { type: 'query', seq: 3, page: 'credentials', targets: ['createCredentialsButton', 'restoreDeletedLink', 'enableApiButton'], checks: ['createMenuOpened', 'onCredentialsPage'], clickTarget: 'createCredentialsButton' };

describe('frame messages', () => {
  it('round-trip through the envelope, checked field by field', () => {
    expect(parseFrameMessage(JSON.parse(JSON.stringify(envelope(query))))).toEqual(query);
    expect(parseFrameMessage(envelope({ type: 'hello' }))).toEqual({ type: 'hello' });
  });

  it('drop anything that is not ours or not well formed, whole: no partial message', () => {
    const ours = (message: Record<string, unknown>) => ({ 'key-doctor-guide-frames': 1, message });
    expect(parseFrameMessage({ type: 'query', seq: 1, targets: [], checks: [] })).toBeNull();
    expect(parseFrameMessage('key-doctor')).toBeNull();
    expect(parseFrameMessage(null)).toBeNull();
    expect(parseFrameMessage([envelope(query)])).toBeNull();
    for (const seq of [Number.NaN, 0, -1, 1.5, '3', 2 ** 60]) expect(parseFrameMessage(ours({ ...query, seq })), String(seq)).toBeNull();
    // An unknown id anywhere, a page that is not ours, an extra field: the message is dropped.
    expect(parseFrameMessage(ours({ ...query, targets: ['createCredentialsButton', 'toString'] }))).toBeNull();
    expect(parseFrameMessage(ours({ ...query, targets: ['createCredentialsButton', 42] }))).toBeNull();
    expect(parseFrameMessage(ours({ ...query, checks: ['nope'] }))).toBeNull();
    expect(parseFrameMessage(ours({ ...query, page: 'javascript:' }))).toBeNull();
    expect(parseFrameMessage(ours({ ...query, clickTarget: '__proto__' }))).toBeNull();
    expect(parseFrameMessage(ours({ ...query, extra: 1 }))).toBeNull();
    expect(parseFrameMessage({ ...envelope(query), extra: 1 })).toBeNull();
    expect(parseFrameMessage(ours({ ...query, targets: Array.from({ length: 65 }, () => 'saveButton') }))).toBeNull();
    expect(parseFrameMessage(ours({ type: 'hello', seq: 1 }))).toBeNull();
    expect(parseFrameMessage(ours({ type: 'other', seq: 1 }))).toBeNull();

    const report = { type: 'report', seq: 3, found: { createCredentialsButton: { top: 1, left: 2, width: 3, height: 4 }, restoreDeletedLink: null }, disabled: ['enableApiButton'], holds: ['onCredentialsPage'] };
    expect(parseFrameMessage(ours(report))).toEqual(report);
    expect(parseFrameMessage(ours({ ...report, clicked: 'createCredentialsButton' }))).toEqual({ ...report, clicked: 'createCredentialsButton' });
    for (const rect of [{ top: 'x', left: 0, width: 1, height: 1 }, { top: 0, left: 0, width: -1, height: 1 }, { top: 0, left: 0, width: 1, height: Number.POSITIVE_INFINITY }, { top: 1e9, left: 0, width: 1, height: 1 }, { top: 0, left: 0, width: 1, height: 1, extra: 1 }, [0, 0, 1, 1]]) {
      expect(parseFrameMessage(ours({ ...report, found: { createCredentialsButton: rect } })), JSON.stringify(rect)).toBeNull();
    }
    expect(parseFrameMessage(ours({ ...report, found: { nope: null } }))).toBeNull();
    expect(parseFrameMessage(ours({ ...report, holds: ['onCredentialsPage', 'x'] }))).toBeNull();
  });

  it('carry a chosen row only in the stored state’s grammar: the key id must be a console uid', () => {
    const choice = { name: 'Gemini API Key', detail: 'Deleted Nov 20', signature: 'geminiapikey', index: 0, keyId: '43b0fe02-9493-4ea7-9255-0863fdef29b4' };
    const ours = (value: unknown) => parseFrameMessage({ 'key-doctor-guide-frames': 1, message: { ...query, choice: value } });
    expect(ours(choice)).toEqual({ ...query, choice });
    // A key id outside the grammar is dropped (as in storage); the row is still matched by its text.
    expect(ours({ ...choice, keyId: 'not_a-console-uid' })).toEqual({ ...query, choice: { ...choice, keyId: undefined } });
    expect((ours({ ...choice, keyId: 'not_a-console-uid' }) as FrameQuery).choice).not.toHaveProperty('keyId');
    for (const bad of [{ ...choice, index: -1 }, { ...choice, index: 0.5 }, { ...choice, name: 3 }, 'row', null]) expect(ours(bad), JSON.stringify(bad)).toBeNull();
  });
});

describe('the top frame’s hub', () => {
  const origin = 'https://console.cloud.google.com';
  function hub() {
    const win = new EventTarget() as unknown as Window;
    const frameWindow = { postMessage: vi.fn() };
    const frame = { contentWindow: frameWindow, isConnected: true } as unknown as HTMLIFrameElement;
    const doc = { querySelectorAll: () => [frame] } as unknown as Document;
    const controller = new AbortController();
    const onChange = vi.fn();
    const onClick = vi.fn();
    const frames = createFrameHub({ window: win, document: doc, signal: controller.signal, onChange, onClick });
    frames.query({ targets: ['createCredentialsButton'], checks: ['onCredentialsPage'], clickTarget: 'createCredentialsButton' });
    const deliver = (data: unknown, from: { origin?: string; source?: unknown } = {}) =>
      win.dispatchEvent(new MessageEvent('message', { data, origin: from.origin ?? origin, source: (from.source ?? frameWindow) as MessageEventSource }));
    return { frames, frameWindow, deliver, onChange, onClick, controller };
  }
  const found = (seq: number) => envelope({ type: 'report', seq, found: { createCredentialsButton: { top: 1, left: 2, width: 3, height: 4 } }, disabled: [], holds: ['onCredentialsPage'], clicked: 'createCredentialsButton' });

  it('sends the query to the console origin only, and takes a report from its own iframe on that origin', () => {
    const { frames, frameWindow, deliver, onChange, onClick } = hub();
    expect(frameWindow.postMessage).toHaveBeenCalledWith(expect.anything(), origin);
    deliver(found(1));
    expect(frames.found('createCredentialsButton')).toBe(true);
    expect(frames.holds('onCredentialsPage')).toBe(true);
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(onClick).toHaveBeenCalledWith('createCredentialsButton');
  });

  it('ignores reports from another origin, another window, an older query or in the wrong shape', () => {
    const { frames, deliver, onChange, onClick } = hub();
    deliver(found(1), { origin: 'https://evil.example' });
    deliver(found(1), { origin: 'https://console.cloud.google.com.evil.example' });
    deliver(found(1), { source: { postMessage() {} } });
    deliver(found(2));
    deliver({ ...found(1), extra: true });
    expect(frames.found('createCredentialsButton')).toBe(false);
    expect(onChange).not.toHaveBeenCalled();
    expect(onClick).not.toHaveBeenCalled();
  });
});

describe('the frame agent', () => {
  const origin = 'https://console.cloud.google.com';
  function agentIn(frameOrigin = origin) {
    const parent = { postMessage: vi.fn() };
    const win = Object.assign(new EventTarget(), { parent, location: { origin: frameOrigin } }) as unknown as Window;
    const doc = parseFixture('credentials-rif-frame');
    const controller = new AbortController();
    startFrameAgent({ window: win, document: doc, signal: controller.signal });
    const deliver = (data: unknown, from: { origin?: string; source?: unknown } = {}) =>
      win.dispatchEvent(new MessageEvent('message', { data, origin: from.origin ?? origin, source: (from.source ?? parent) as MessageEventSource }));
    return { parent, deliver, controller };
  }
  const reports = (parent: { postMessage: ReturnType<typeof vi.fn> }) => parent.postMessage.mock.calls.map(([data]) => parseFrameMessage(data)).filter((message) => message?.type === 'report');

  it('says hello to the console origin, answers its parent’s query, and nobody else’s', async () => {
    vi.useFakeTimers();
    try {
      const { parent, deliver, controller } = agentIn();
      expect(parent.postMessage).toHaveBeenCalledWith(envelope({ type: 'hello' }), origin);
      deliver(envelope(query), { origin: 'https://evil.example' });
      deliver(envelope(query), { source: { postMessage() {} } });
      deliver({ ...envelope(query), extra: 1 });
      await vi.advanceTimersByTimeAsync(2_500);
      expect(reports(parent)).toEqual([]);
      deliver(envelope(query));
      await vi.advanceTimersByTimeAsync(100);
      const [report] = reports(parent) as FrameReport[];
      expect(Object.keys(report!.found).sort()).toEqual(['createCredentialsButton', 'restoreDeletedLink']);
      expect(parent.postMessage.mock.calls.at(-1)![1]).toBe(origin);
      // Stopped with the content script: no timer runs after it.
      controller.abort();
      expect(vi.getTimerCount()).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });

  it('does not start outside a console frame', () => {
    const { parent } = agentIn('https://evil.example');
    expect(parent.postMessage).not.toHaveBeenCalled();
  });
});

describe('the frame agent’s report', () => {
  it('finds the credentials app’s controls in the Rif iframe document', () => {
    const report = frameReport(parseFixture('credentials-rif-frame'), query);
    expect(Object.keys(report.found).sort()).toEqual(['createCredentialsButton', 'restoreDeletedLink']);
    expect(report.holds).toEqual(['onCredentialsPage']);
    expect(report.seq).toBe(3);
    // The top page of that replica holds only the iframe: nothing to find there.
    expect(Object.keys(frameReport(parseFixture('credentials-iframe'), query).found)).toEqual([]);
  });
});

describe('offsetRect', () => {
  it('moves a frame rect by the iframe’s box and border', () => {
    expect(offsetRect({ top: 10, left: 20, width: 30, height: 40 }, { top: 100, left: 200 }, { top: 1, left: 2 })).toEqual({ top: 111, left: 222, width: 30, height: 40 });
  });
});
