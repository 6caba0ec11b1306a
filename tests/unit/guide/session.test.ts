// @vitest-environment happy-dom
/** The content script's session: offers turned down, a failed start, the back/forward cache. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CoachView } from '@/utils/guide/coach';
import { GUIDE_OFFERS, type GuideOffer } from '@/utils/guide/offers';
import { createGuideSession, OFFER_RECHECK_MS, type GuideBackground } from '@/utils/guide/session';
import { newGuideState, type GuideState } from '@/utils/guide/state';
import { fixtureUrl, showFixture } from './fixtures';

const RESTORE_OFFER = GUIDE_OFFERS.find((offer) => offer.id === 'restore-deleted-key')!;

let controller: AbortController;
let fakeWindow: EventTarget & { location: { href: string }; history: { state: unknown; replaceState: (state: unknown, title: string, url: string) => void } };
let stored: GuideState | null;
let offers: (GuideOffer | null)[];
let views: (CoachView | null)[];
let writes: (GuideState | null)[];
let background: GuideBackground & { [K in keyof GuideBackground]: ReturnType<typeof vi.fn> };

function open(name: string) {
  showFixture(name);
  fakeWindow.location.href = fixtureUrl(name);
}

function session() {
  return createGuideSession({
    window: fakeWindow as unknown as Window,
    document,
    signal: controller.signal,
    background,
    ui: { showGuide: (view) => views.push(view), showOffer: (offer) => offers.push(offer) },
    setTimeout: (callback, ms) => setTimeout(callback, ms),
  });
}

const settle = () => vi.advanceTimersByTimeAsync(200);

beforeEach(() => {
  vi.useFakeTimers();
  controller = new AbortController();
  const target = new EventTarget();
  fakeWindow = Object.assign(target, { location: { href: '' }, history: { state: null, replaceState: (_s: unknown, _t: string, url: string) => void (fakeWindow.location.href = url) } });
  stored = null;
  offers = [];
  views = [];
  writes = [];
  background = {
    getState: vi.fn(async () => stored),
    setState: vi.fn(async (state: GuideState | null) => {
      writes.push(state);
      stored = state;
    }),
    startGuide: vi.fn(async () => ({ ok: true })),
    getDismissedOffers: vi.fn(async () => [] as string[]),
    dismissOffer: vi.fn(async () => [] as string[]),
  };
});

afterEach(() => {
  controller.abort();
  vi.useRealTimers();
});

describe('offers', () => {
  it('"Not now" holds for the tab: the offer does not come back on the next console page', async () => {
    open('credentials');
    const s = session();
    await s.init();
    await settle();
    expect(offers.at(-1)?.id).toBe(RESTORE_OFFER.id);
    s.laterOffer(RESTORE_OFFER);
    open('deleted-one');
    s.locationChanged();
    await vi.advanceTimersByTimeAsync(OFFER_RECHECK_MS + 200);
    expect(offers.at(-1)).toBeNull();
    open('credentials');
    s.locationChanged();
    await settle();
    expect(offers.at(-1)).toBeNull();
  });

  it('"Don\'t offer again" holds at once, even when a re-check was already asking', async () => {
    open('credentials');
    const s = session();
    await s.init();
    await settle();
    expect(offers.at(-1)?.id).toBe(RESTORE_OFFER.id);
    // The 2 s re-check asks for the dismissed list; the answer comes after the click, stale.
    let answer!: (ids: string[]) => void;
    background.getDismissedOffers.mockImplementationOnce(() => new Promise<string[]>((resolve) => (answer = resolve)));
    background.dismissOffer.mockImplementationOnce(() => new Promise(() => undefined));
    await vi.advanceTimersByTimeAsync(OFFER_RECHECK_MS);
    s.neverOffer(RESTORE_OFFER);
    expect(background.dismissOffer).toHaveBeenCalledWith(RESTORE_OFFER.id);
    answer([]);
    await settle();
    expect(offers.at(-1)).toBeNull();
  });

  it('starts the guide here when the background cannot', async () => {
    open('credentials');
    background.startGuide.mockRejectedValue(new Error('Extension context invalidated.'));
    const s = session();
    await s.init();
    await settle();
    await s.startOffer(RESTORE_OFFER);
    await settle();
    expect(s.coach).toBeDefined();
    expect(views.at(-1)?.flow.id).toBe('restore-deleted-key');
    expect(writes.at(-1)).toMatchObject({ flowId: 'restore-deleted-key', context: { project: expect.any(String) } });
  });
});

describe('back/forward cache', () => {
  it('a page restored from the cache takes the stored state, and its old coach writes nothing', async () => {
    open('credentials');
    stored = newGuideState('restore-deleted-key', {});
    const s = session();
    await s.init();
    await settle();
    expect(views.at(-1)?.step.id).toBe('open-deleted');
    // Meanwhile, on later pages, the flow went on and ended: nothing stored.
    stored = null;
    const written = writes.length;
    const event = new Event('pageshow');
    Object.defineProperty(event, 'persisted', { value: true });
    fakeWindow.dispatchEvent(event);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(background.getState).toHaveBeenCalledTimes(2);
    expect(s.coach).toBeUndefined();
    expect(views.at(-1)).toBeNull();
    expect(writes.slice(written).filter((state) => state !== null)).toEqual([]);
    expect(stored).toBeNull();
  });

  it('resumes the newer stored step after the cache restore', async () => {
    open('deleted-one');
    stored = newGuideState('restore-deleted-key', {});
    const s = session();
    await s.init();
    await settle();
    const later = { ...newGuideState('check-role', {}), stepId: 'your-row' };
    stored = later;
    const event = new Event('pageshow');
    Object.defineProperty(event, 'persisted', { value: true });
    fakeWindow.dispatchEvent(event);
    await settle();
    expect(views.at(-1)?.flow.id).toBe('check-role');
    // A plain pageshow (a fresh load) changes nothing.
    fakeWindow.dispatchEvent(new Event('pageshow'));
    await settle();
    expect(background.getState).toHaveBeenCalledTimes(2);
  });
});
