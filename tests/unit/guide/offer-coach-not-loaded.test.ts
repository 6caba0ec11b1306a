// @vitest-environment happy-dom
/**
 * "Guide me" on an offer page hides the offer and loads the coach. When the coach's module does
 * not load (a failed import), the offer is looked for again so the user can try again, instead of
 * the card just vanishing.
 */
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import type { GuideOffer } from '@/utils/guide/offers';
import type { OfferModule, OfferModuleStart } from '@/utils/guide/coach-module';
import { OFFER_MODULE_GLOBAL } from '@/utils/guide/coach-module';

const ui = vi.hoisted(() => ({ handlers: undefined as undefined | { onStart: (offer: GuideOffer) => void }, shown: [] as (GuideOffer | null)[] }));
vi.mock('@/components/offer-ui', () => ({
  createOfferUi: (_ctx: unknown, _locale: unknown, handlers: { onStart: (offer: GuideOffer) => void }) => {
    ui.handlers = handlers;
    return { showOffer: (offer: GuideOffer | null) => void ui.shown.push(offer) };
  },
}));

const OFFER = { id: 'restore-deleted-key', flowId: 'restore-deleted-key' } as GuideOffer;
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
let controller: AbortController;

beforeEach(() => {
  controller = new AbortController();
  ui.shown = [];
});
afterEach(() => controller.abort());

async function startOffer(coachTookOver: boolean) {
  const { registerOffer } = await import('@/components/console-offer');
  registerOffer();
  const module = (globalThis as Record<string, unknown>)[OFFER_MODULE_GLOBAL] as OfferModule;
  const getDismissedOffers = vi.fn(async () => [] as string[]);
  const onGuideStarted = vi.fn(async () => coachTookOver);
  const background = {
    getState: async () => null,
    setState: async () => {},
    startGuide: async () => ({ ok: false }),
    getDismissedOffers,
    dismissOffer: async () => [],
  } as unknown as OfferModuleStart['background'];
  const ctx = { signal: controller.signal, isValid: true, isInvalid: false } as unknown as OfferModuleStart['ctx'];
  module.start({ ctx, locale: 'en', background, onGuideStarted });
  await flush();
  const checksBefore = getDismissedOffers.mock.calls.length;
  ui.handlers!.onStart(OFFER);
  await flush();
  await flush();
  return { onGuideStarted, checksAfterStart: getDismissedOffers.mock.calls.length - checksBefore };
}

it('looks for the offer again when the coach did not load', async () => {
  const { onGuideStarted, checksAfterStart } = await startOffer(false);
  expect(onGuideStarted).toHaveBeenCalledTimes(1);
  expect(ui.shown).toContain(null); // hidden on "Guide me" first
  expect(checksAfterStart).toBe(1); // then checked again, so the offer can come back
});

it('stays quiet once the coach took over', async () => {
  const { onGuideStarted, checksAfterStart } = await startOffer(true);
  expect(onGuideStarted).toHaveBeenCalledTimes(1);
  expect(checksAfterStart).toBe(0);
});
