// @vitest-environment happy-dom
/** The coach across console frames: the message checks, the frame's report, the rect offset. */
import { describe, expect, it } from 'vitest';
import { frameReport } from '@/utils/guide/frame-agent';
import { envelope, offsetRect, parseFrameMessage, type FrameQuery } from '@/utils/guide/frames';
import { parseFixture } from './fixtures';

const query: FrameQuery = { type: 'query', seq: 3, page: 'credentials', targets: ['createCredentialsButton', 'restoreDeletedLink', 'enableApiButton'], checks: ['createMenuOpened', 'onCredentialsPage'], clickTarget: 'createCredentialsButton' };

describe('frame messages', () => {
  it('round-trip through the envelope, checked field by field', () => {
    expect(parseFrameMessage(JSON.parse(JSON.stringify(envelope(query))))).toEqual(query);
    expect(parseFrameMessage(envelope({ type: 'hello' }))).toEqual({ type: 'hello' });
  });

  it('drop anything that is not ours or not well formed', () => {
    expect(parseFrameMessage({ type: 'query', seq: 1, targets: [], checks: [] })).toBeNull();
    expect(parseFrameMessage(envelope({ ...query, seq: Number.NaN }))).toBeNull();
    expect(parseFrameMessage('key-doctor')).toBeNull();
    const odd = parseFrameMessage({ 'key-doctor-guide-frames': 1, message: { ...query, targets: ['createCredentialsButton', 'toString', 42], checks: ['nope'], page: 'javascript:', clickTarget: '__proto__' } });
    expect(odd).toEqual({ type: 'query', seq: 3, targets: ['createCredentialsButton'], checks: [] });
    const report = parseFrameMessage({ 'key-doctor-guide-frames': 1, message: { type: 'report', seq: 3, found: { createCredentialsButton: { top: 1, left: 2, width: 3, height: 4 }, saveButton: { top: 'x' }, nope: null }, disabled: ['enableApiButton'], holds: ['onCredentialsPage', 'x'] } });
    expect(report).toEqual({ type: 'report', seq: 3, found: { createCredentialsButton: { top: 1, left: 2, width: 3, height: 4 } }, disabled: ['enableApiButton'], holds: ['onCredentialsPage'] });
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
