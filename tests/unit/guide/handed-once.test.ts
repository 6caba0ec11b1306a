import { expect, it, vi } from 'vitest';
import { handedOnce } from '@/utils/guide/handed-once';

it('hands the read made to decide to the first read, then asks again', async () => {
  let asked = 0;
  const read = handedOnce(async () => ++asked);
  expect(await read.decide()).toBe(1);
  expect(await read.read()).toBe(1); // the decision's answer, not a second question
  expect(await read.read()).toBe(2);
  expect(asked).toBe(2);
});

it('asks when nothing was kept, dropped, or handed', async () => {
  const ask = vi.fn(async () => 'asked');
  const read = handedOnce(ask);
  expect(await read.read()).toBe('asked');
  void read.decide();
  read.drop();
  expect(await read.read()).toBe('asked');
  read.hand(Promise.resolve('handed'));
  expect(await read.read()).toBe('handed');
  expect(ask).toHaveBeenCalledTimes(3);
});
