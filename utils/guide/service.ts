/**
 * The background's side of the click coach: per-tab guide state in storage.session (content
 * scripts cannot read that area, and it also holds the remembered API key), starting flows, the
 * offers turned down for good, and forgetting a tab's state when it closes. The content script
 * does not import utils/storage.ts: WXT reads every item it defines at import, and its
 * storage.session item throws in a content script. Browser APIs are injected (Node tests).
 */
import { contextFromUrl, type LinkContext } from '@/utils/console-links';
import { CONSOLE_ORIGIN } from '@/utils/origins';
import { flowById } from './flows';
import { guideExpired, isGuideFlowId, newGuideState, parseGuideState, pickContext, type GuideState } from './state';
import { guideUrl } from './url';
import { parseUrl } from '@/utils/parse-url';

export interface StartGuideRequest {
  flowId: string;
  /** A console URL to start on (built with consoleLinks); default: the flow's start page. */
  url?: string;
  context?: LinkContext;
  /** From a content script: open a new tab instead of using the sender's tab. */
  newTab?: boolean;
}

export interface GuideSender {
  tab?: { id?: number; url?: string };
  url?: string;
}

export interface GuideStore {
  get(tabId: number): Promise<unknown>;
  set(tabId: number, state: GuideState): Promise<void>;
  remove(tabId: number): Promise<void>;
}

export interface GuideServiceDeps {
  store: GuideStore;
  /** Offer ids the user turned down for good (storage.local). */
  dismissedOffers: { get(): Promise<string[]>; set(ids: string[]): Promise<void> };
  createTab(options: { url: string; openerTabId?: number }): Promise<{ id?: number }>;
  updateTab(tabId: number, options: { url: string }): Promise<unknown>;
  /** Opens the popup (action.openPopup); rejects where the browser refuses. */
  openPopup?: () => Promise<void>;
  /** The popup page, opened as a tab when the popup cannot be. */
  popupUrl: string;
  now?: () => number;
}

const CONSOLE_ORIGINS = new Set([CONSOLE_ORIGIN, 'https://console.developers.google.com']);

function consoleOrigin(href: string | undefined): boolean {
  const url = href ? parseUrl(href) : undefined;
  return url !== undefined && CONSOLE_ORIGINS.has(url.origin);
}

/** Only our console content script reads or writes a tab's guide. */
function consoleTabId(sender: GuideSender): number | undefined {
  const id = sender.tab?.id;
  return id !== undefined && id >= 0 && consoleOrigin(sender.url ?? sender.tab?.url) ? id : undefined;
}

export function createGuideService(deps: GuideServiceDeps) {
  const now = deps.now ?? Date.now;
  return {
    /**
     * Starts a flow. From the popup (no tab): a new tab. From a content script: its own tab,
     * left where it is when it already shows the console and no `url` was asked for (the coach
     * links to the right page), else sent to the start page; `newTab` opens a tab next to it.
     */
    async startGuide(data: StartGuideRequest, sender: GuideSender): Promise<{ ok: boolean }> {
      if (!data || !isGuideFlowId(data.flowId)) return { ok: false };
      const flowId = data.flowId;
      const asked = data.url && consoleOrigin(data.url) ? data.url : undefined;
      const context = { ...contextFromUrl(asked ?? ''), ...pickContext(data.context) };
      const state = newGuideState(flowId, context, now());
      // The deep-link parameter seeds the state from the page itself, so a content script that
      // loads before our write lands still starts the flow.
      const url = guideUrl(flowId, context, asked ?? flowById(flowId).startUrl(context));
      const senderTab = sender.tab?.id;
      // A content script's tab (a web page), not the popup opened as a tab.
      const fromPage = senderTab !== undefined && senderTab >= 0 && /^https?:/.test(sender.url ?? sender.tab?.url ?? '');
      try {
        if (fromPage && !data.newTab) {
          await deps.store.set(senderTab, state);
          if (asked || !consoleOrigin(sender.url ?? sender.tab?.url)) await deps.updateTab(senderTab, { url });
          return { ok: true };
        }
        const created = await deps.createTab(fromPage ? { url, openerTabId: senderTab } : { url });
        if (created.id !== undefined) await deps.store.set(created.id, state);
        return { ok: true };
      } catch {
        return { ok: false };
      }
    },

    async getGuideState(sender: GuideSender): Promise<GuideState | null> {
      const tabId = consoleTabId(sender);
      if (tabId === undefined) return null;
      const state = parseGuideState(await deps.store.get(tabId));
      // An abandoned flow must not come back hours later: past its age it has ended.
      if (state && guideExpired(state, now())) {
        await deps.store.remove(tabId);
        return null;
      }
      return state;
    },

    async setGuideState(data: unknown, sender: GuideSender): Promise<void> {
      const tabId = consoleTabId(sender);
      if (tabId === undefined) return;
      if (data === null || data === undefined) return deps.store.remove(tabId);
      const state = parseGuideState(data);
      if (state) await deps.store.set(tabId, state);
    },

    async openKeyTester(): Promise<{ ok: boolean }> {
      try {
        if (deps.openPopup) {
          await deps.openPopup();
          return { ok: true };
        }
      } catch {
        // Chrome refuses openPopup without a focused window; a tab works everywhere.
      }
      try {
        await deps.createTab({ url: deps.popupUrl });
        return { ok: true };
      } catch {
        return { ok: false };
      }
    },

    async getDismissedGuideOffers(): Promise<string[]> {
      return (await deps.dismissedOffers.get()).filter((id) => typeof id === 'string');
    },

    async dismissGuideOffer(data: { offerId: string }): Promise<string[]> {
      const dismissed = await deps.dismissedOffers.get();
      if (!data || typeof data.offerId !== 'string' || data.offerId.length > 100 || dismissed.includes(data.offerId)) return dismissed;
      const next = [...dismissed, data.offerId];
      await deps.dismissedOffers.set(next);
      return next;
    },

    forgetTab(tabId: number): Promise<void> {
      return deps.store.remove(tabId);
    },
  };
}
