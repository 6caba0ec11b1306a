/** A lazy console module that failed to load (the extension reloaded under the page) is imported again on the next need. */
import { expect, it } from 'vitest';
import { lazyModule } from '@/utils/guide/coach-module';

it('imports again after a failed load, and keeps a loaded module', async () => {
  const urls = [
    'data:text/javascript,throw new Error("gone")',
    'data:text/javascript,globalThis.__kdLazyTest = { ok: true }',
    'data:text/javascript,globalThis.__kdLazyTest = { ok: false }',
  ];
  let asked = 0;
  const load = lazyModule<{ ok: boolean }>('/x.js', '__kdLazyTest', () => urls[asked++]!);
  await expect(load()).rejects.toThrow('gone');
  expect(await load()).toEqual({ ok: true });
  expect(await load()).toEqual({ ok: true });
  expect(asked).toBe(2);
});
