/** The frame batch: the coach's check and the ring measure it asks for run in one frame. */
import { describe, expect, it } from 'vitest';
import { createFrameBatch } from '@/utils/guide/frame-batch';

describe('frame batch', () => {
  it('runs what a callback asks for in the same frame, and asks the browser for one frame only', () => {
    const frames: (() => void)[] = [];
    const batch = createFrameBatch((run) => frames.push(run));
    const ran: string[] = [];
    batch(() => {
      ran.push('check');
      batch(() => ran.push('measure'));
    });
    batch(() => ran.push('second check'));
    expect(frames).toHaveLength(1);
    frames.shift()!();
    expect(ran).toEqual(['check', 'second check', 'measure']);
    expect(frames).toHaveLength(0);
    batch(() => ran.push('next frame'));
    expect(frames).toHaveLength(1);
  });

  it('keeps working after a callback throws', () => {
    const frames: (() => void)[] = [];
    const batch = createFrameBatch((run) => frames.push(run));
    batch(() => {
      throw new Error('broken');
    });
    expect(() => frames.shift()!()).toThrow('broken');
    let ran = false;
    batch(() => (ran = true));
    frames.shift()!();
    expect(ran).toBe(true);
  });
});
