import { defineExtensionMessaging, type Logger } from '@webext-core/messaging';
import type { DiagnosisFacts } from '@/utils/diagnosis/types';
import type { StartGuideRequest } from '@/utils/guide/service';
import type { GuideState } from '@/utils/guide/state';

/** One probe as the popup may see it: never the key, never a URL with a key in it. */
export interface ProbeRecord {
  name: 'listModels' | 'generateContent';
  /** HTTP status, or undefined when no answer came back (network error, timeout, cancel). */
  httpStatus?: number;
  facts: DiagnosisFacts;
  elapsedMs: number;
}

export type KeyTestResult =
  | {
      outcome: 'tested';
      /** The verdict: the most telling probe's facts. */
      facts: DiagnosisFacts;
      probes: ProbeRecord[];
      /** How many models the key can see (probe 1), when it succeeded. */
      modelCount?: number;
      /** The model probe 2 used, chosen from probe 1's list. */
      generateModel?: string;
      /**
       * Set when the whole test's deadline (limitMs) skipped probe 2, or stopped it when it had
       * only leftMs; the verdict then says so.
       */
      deadline?: { generate: 'skipped' | 'stopped'; leftMs: number; limitMs: number };
    }
  | { outcome: 'cancelled' }
  /** The sender is not our popup, or the request was malformed. */
  | { outcome: 'refused'; why: 'sender' | 'input' };

export interface TestApiKeyRequest {
  /** Chosen by the popup so it can cancel this test. */
  testId: string;
  key: string;
  /** Opt-in probe 2: a one-token generateContent that uses one request of quota. */
  generate: boolean;
}

/** Messages the background answers. Expected failures come back as values, never throws. */
interface BackgroundProtocol {
  testApiKey(data: TestApiKeyRequest): KeyTestResult;
  cancelKeyTest(data: { testId: string }): boolean;
  /** Click coach (utils/guide/service.ts): start a flow in a new tab, or in the sending console tab. */
  startGuide(data: StartGuideRequest): { ok: boolean };
  /** The sending console tab's guide, or null. */
  getGuideState(): GuideState | null;
  /** Save (or with null, end) the sending console tab's guide. */
  setGuideState(data: GuideState | null): void;
  /** The guide's last card: open the popup's key tester (a tab where the popup cannot open). */
  openKeyTester(): { ok: boolean };
  /** Guide offers (utils/guide/offers.ts) the user turned down for good. */
  getDismissedGuideOffers(): string[];
  /** "Don't offer again": returns the updated list. */
  dismissGuideOffer(data: { offerId: string }): string[];
}

// The default logger would print message data, and testApiKey's data holds the API key.
export const silentLogger: Logger = { debug() {}, log() {}, warn() {}, error() {} };

export const backgroundMessaging = /* @__PURE__ */ defineExtensionMessaging<BackgroundProtocol>({ logger: silentLogger });
