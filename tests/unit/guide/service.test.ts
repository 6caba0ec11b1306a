/** The background's guide service: who may read and write a tab's guide, and how flows start. */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createGuideService, type GuideSender } from '@/utils/guide/service';
import { GUIDE_MAX_AGE_MS, newGuideState, type GuideState } from '@/utils/guide/state';
import { guideStates } from '@/utils/storage';

const CONSOLE = 'https://console.cloud.google.com/apis/credentials?project=my-project';
const consoleTab: GuideSender = { tab: { id: 7, url: CONSOLE }, url: CONSOLE };
const aiStudioTab: GuideSender = { tab: { id: 8, url: 'https://aistudio.google.com/api-keys' }, url: 'https://aistudio.google.com/api-keys' };
const popup: GuideSender = { url: 'chrome-extension://id/popup.html' };

function setup(options: { openPopup?: () => Promise<void>; now?: () => number } = {}) {
  const states = new Map<number, GuideState>();
  let dismissed: string[] = [];
  const createTab = vi.fn(async (_options: { url: string; openerTabId?: number }) => ({ id: 42 }));
  const updateTab = vi.fn(async () => ({}));
  const service = createGuideService({
    store: {
      get: async (tabId) => states.get(tabId) ?? null,
      set: async (tabId, state) => void states.set(tabId, state),
      remove: async (tabId) => void states.delete(tabId),
    },
    dismissedOffers: { get: async () => dismissed, set: async (ids) => void (dismissed = ids) },
    createTab,
    updateTab,
    popupUrl: 'chrome-extension://id/popup.html',
    now: () => 1,
    ...options,
  });
  return { service, states, createTab, updateTab };
}

describe('startGuide', () => {
  it('from the popup: opens the start page with the guide in a new tab and seeds that tab', async () => {
    const { service, states, createTab } = setup();
    expect(await service.startGuide({ flowId: 'restore-deleted-key', context: { project: 'my-project', authuser: '1' } }, popup)).toEqual({ ok: true });
    expect(createTab).toHaveBeenCalledWith({ url: 'https://console.cloud.google.com/apis/credentials?project=my-project&authuser=1&keyDoctorGuide=restore-deleted-key' });
    expect(states.get(42)).toMatchObject({ flowId: 'restore-deleted-key', stepId: 'open-deleted', context: { project: 'my-project', authuser: '1' } });
  });

  it('from a console page: seeds that tab and leaves it where it is', async () => {
    const { service, states, createTab, updateTab } = setup();
    expect(await service.startGuide({ flowId: 'restore-deleted-key', context: { project: 'my-project' } }, consoleTab)).toEqual({ ok: true });
    expect(states.get(7)?.flowId).toBe('restore-deleted-key');
    expect(createTab).not.toHaveBeenCalled();
    expect(updateTab).not.toHaveBeenCalled();
  });

  it('from AI Studio: takes that tab to the console, or a new tab next to it when asked', async () => {
    const { service, createTab, updateTab } = setup();
    await service.startGuide({ flowId: 'enable-gemini-api', context: { project: '445009168042' } }, aiStudioTab);
    expect(updateTab).toHaveBeenCalledWith(8, { url: 'https://console.cloud.google.com/apis/library/generativelanguage.googleapis.com?project=445009168042&keyDoctorGuide=enable-gemini-api' });
    await service.startGuide({ flowId: 'enable-gemini-api', newTab: true }, aiStudioTab);
    expect(createTab).toHaveBeenLastCalledWith({ url: expect.stringContaining('keyDoctorGuide=enable-gemini-api'), openerTabId: 8 });
  });

  it('starts on a given console page, takes its project, and refuses anything else', async () => {
    const { service, createTab } = setup();
    await service.startGuide({ flowId: 'restrict-key', url: 'https://console.cloud.google.com/apis/credentials/key/abc?project=q' }, popup);
    expect(createTab).toHaveBeenLastCalledWith({ url: 'https://console.cloud.google.com/apis/credentials/key/abc?project=q&keyDoctorGuide=restrict-key' });
    await service.startGuide({ flowId: 'restrict-key', url: 'https://evil.example/' }, popup);
    expect(createTab).toHaveBeenLastCalledWith({ url: 'https://console.cloud.google.com/apis/credentials?keyDoctorGuide=restrict-key' });
    expect(await service.startGuide({ flowId: 'format-disk' }, popup)).toEqual({ ok: false });
  });
});

describe('getGuideState / setGuideState', () => {
  it('keeps one guide per console tab', async () => {
    const { service } = setup();
    const state = newGuideState('check-role', { project: 'my-project' }, 1);
    await service.setGuideState(state, consoleTab);
    expect(await service.getGuideState(consoleTab)).toEqual(state);
    expect(await service.getGuideState({ tab: { id: 9, url: CONSOLE }, url: CONSOLE })).toBeNull();
    await service.setGuideState(null, consoleTab);
    expect(await service.getGuideState(consoleTab)).toBeNull();
  });

  it('answers only console pages, and stores only valid states', async () => {
    const { service, states } = setup();
    await service.setGuideState(newGuideState('check-role'), aiStudioTab);
    await service.setGuideState(newGuideState('check-role'), popup);
    await service.setGuideState({ version: 1, flowId: 'check-role', stepId: 'rm -rf' }, consoleTab);
    expect(states.size).toBe(0);
    states.set(8, newGuideState('check-role'));
    expect(await service.getGuideState(aiStudioTab)).toBeNull();
  });

  it('ends an abandoned guide: older than 2 h it is removed, not resumed', async () => {
    let clock = 1_000;
    const { service, states } = setup({ now: () => clock });
    const state = newGuideState('check-role', { project: 'my-project' }, clock);
    await service.setGuideState(state, consoleTab);
    clock += GUIDE_MAX_AGE_MS - 1;
    expect(await service.getGuideState(consoleTab)).toEqual(state);
    clock += 2;
    expect(await service.getGuideState(consoleTab)).toBeNull();
    expect(states.has(7)).toBe(false);
    // A stored state without a start time is of unknown age: ended too.
    states.set(7, { ...state, startedAt: undefined } as unknown as GuideState);
    expect(await service.getGuideState(consoleTab)).toBeNull();
  });

  it('forgets a closed tab', async () => {
    const { service, states } = setup();
    states.set(7, newGuideState('check-role'));
    await service.forgetTab(7);
    expect(states.has(7)).toBe(false);
  });
});

describe('offers turned down for good', () => {
  it('remembers each offer id once', async () => {
    const { service } = setup();
    expect(await service.getDismissedGuideOffers()).toEqual([]);
    expect(await service.dismissGuideOffer({ offerId: 'restore-deleted-key' })).toEqual(['restore-deleted-key']);
    expect(await service.dismissGuideOffer({ offerId: 'restore-deleted-key' })).toEqual(['restore-deleted-key']);
    expect(await service.getDismissedGuideOffers()).toEqual(['restore-deleted-key']);
  });
});

describe('openKeyTester', () => {
  it('opens the popup, or the popup page in a tab where the browser refuses', async () => {
    const opened = setup({ openPopup: async () => {} });
    expect(await opened.service.openKeyTester()).toEqual({ ok: true });
    expect(opened.createTab).not.toHaveBeenCalled();
    const refused = setup({ openPopup: () => Promise.reject(new Error('no window')) });
    expect(await refused.service.openKeyTester()).toEqual({ ok: true });
    expect(refused.createTab).toHaveBeenCalledWith({ url: 'chrome-extension://id/popup.html' });
  });
});

describe('storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps the guide in storage.session under session:guide:<tabId>', async () => {
    const state = newGuideState('restore-deleted-key', {}, 1);
    await guideStates.set(12, state);
    expect(await fakeBrowser.storage.session.get('guide:12')).toEqual({ 'guide:12': state });
    expect(await guideStates.get(12)).toEqual(state);
    await guideStates.remove(12);
    expect(await guideStates.get(12)).toBeNull();
  });
});
