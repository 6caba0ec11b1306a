/**
 * DATA: what each guide's closing card offers next, by what happened. The fix is done (the key is
 * back, restricted, the API on), so the card never offers the fix again (no `gcloud … undelete`
 * after a restore): it offers the one next step that fits, filled, and the rest quietly.
 *
 * A restored key's next step depends on its kind (read from its masked row) and on Google's dated
 * key rules (utils/key-rules.ts): a standard key (AIza…) is refused from September 2026, so after
 * that the useful next step is an auth key in AI Studio, not testing or restricting the old one.
 */
import { standardKeysAccepted, type KeyKindSeen } from '@/utils/key-rules';
import type { FinishKind } from './flows';

/** One action a finish card can offer (components/GuideCard.tsx draws each). */
export type FinishAction =
  /** Open Key Doctor's key tester (the popup's page) to test the key now. */
  | 'test-key'
  /** AI Studio's API keys page with the project: create an auth key there. */
  | 'create-auth-key'
  /** AI Studio's API keys page: go back to where key creation failed. */
  | 'back-to-ai-studio'
  /** Start the restrict guide on this key (or from the list when its id is unknown). */
  | 'restrict-key'
  /** Start the create-and-restrict guide. */
  | 'create-key'
  /** Close the guide: nothing else to do here. */
  | 'done';

/** The note above the actions: a key of utils/guide/strings.ts (filled with the key rules). */
export type FinishNote = 'restoredAuth' | 'restoredStandard' | 'restoredUnknown' | 'restrictNote' | 'keyTesterHint';

export interface FinishPlan {
  /** Said above the actions; `tone` 'note' is a highlighted warning, 'muted' a plain hint. */
  note?: { text: FinishNote; tone: 'note' | 'muted' };
  /** The one filled action. */
  primary: FinishAction;
  /** Quiet actions after it, in order ('done' is always added last when not primary). */
  quiet: readonly FinishAction[];
}

export type FinishSituation =
  | 'restored-auth'
  | 'restored-standard-accepted'
  | 'restored-standard-refused'
  | 'restored-unknown-accepted'
  | 'restored-unknown-refused'
  | 'restricted'
  | 'enabled'
  | 'role';

export const FINISH_PLANS: Record<FinishSituation, FinishPlan> = {
  // The kind the Gemini API takes: test it, then carry on in AI Studio.
  'restored-auth': { note: { text: 'restoredAuth', tone: 'muted' }, primary: 'test-key', quiet: ['back-to-ai-studio'] },
  // Standard keys still work (restricted ones, from 19 June 2026): restrict it, then test it.
  'restored-standard-accepted': { note: { text: 'restrictNote', tone: 'note' }, primary: 'restrict-key', quiet: ['test-key', 'create-auth-key'] },
  // Refused whatever you do: restoring it freed the project for an auth key.
  'restored-standard-refused': { note: { text: 'restoredStandard', tone: 'note' }, primary: 'create-auth-key', quiet: ['create-key'] },
  'restored-unknown-accepted': { note: { text: 'restrictNote', tone: 'note' }, primary: 'restrict-key', quiet: ['test-key', 'create-auth-key'] },
  // The list did not show its kind: testing it says whether it works; an auth key if it does not.
  'restored-unknown-refused': { note: { text: 'restoredUnknown', tone: 'note' }, primary: 'test-key', quiet: ['create-auth-key'] },
  restricted: { note: { text: 'keyTesterHint', tone: 'muted' }, primary: 'test-key', quiet: [] },
  // The API was what stopped the key (or AI Studio's key creation): test again, or go back there.
  enabled: { note: { text: 'keyTesterHint', tone: 'muted' }, primary: 'test-key', quiet: ['back-to-ai-studio'] },
  // The card lists roles and who can grant them; the next step happens outside the console.
  role: { primary: 'done', quiet: [] },
};

/** Which row of FINISH_PLANS fits: the flow's finish, and for a restore the key's kind on the day. */
export function finishSituation(finish: FinishKind, keyKind: KeyKindSeen = 'unknown', today: Date = new Date()): FinishSituation {
  if (finish !== 'restored') return finish;
  if (keyKind === 'auth') return 'restored-auth';
  return `restored-${keyKind}-${standardKeysAccepted(today) ? 'accepted' : 'refused'}`;
}

export function finishPlan(finish: FinishKind, keyKind?: KeyKindSeen, today?: Date): FinishPlan {
  return FINISH_PLANS[finishSituation(finish, keyKind, today)];
}
