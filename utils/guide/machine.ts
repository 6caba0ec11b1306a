/**
 * The click coach's one state machine. Pure: the page is seen only through an Observation the
 * caller builds (coach.ts from the live DOM, tests from fixtures), time only through `timedOut`.
 *
 * Semantics borrowed from Shepherd (peers.md d): a step advances on the user's own click of its
 * target (advanceOn), waits for late elements (waitForElement) and, when its target never shows,
 * becomes words with "I did it" / "Skip" (skipMissingElement, but never silently). Steps whose
 * done-check already holds are passed, so the machine resumes correctly on any page of the flow.
 */
import type { LinkContext } from '@/utils/console-links';
import { flowById, type GuideFlow, type GuideStep } from './flows';
import type { ConsolePageId } from './pages';
import { sameRow, type GuideState, type RowChoice } from './state';

export type Phase =
  /** Looking for the target (it may render late); finish steps: checking the result ("Checking…"). */
  | 'seeking'
  /** Target outlined; finish steps: the result is seen, success may be said. */
  | 'shown'
  /** Not found in time: the step in words, with "I did it" / "Skip". */
  | 'missing'
  /** Several deleted keys match: the user picks one. */
  | 'choosing'
  /** The list has rendered with no row to pick: nothing to restore here (flow.nothingToChoose). */
  | 'none'
  /** The step happens on another console page: link there. */
  | 'elsewhere';

export interface CoachState {
  guide: GuideState;
  phase: Phase;
  /** The rows offered while choosing. */
  candidates: RowChoice[];
  /** The step the user's click just completed, until the next step shows (not stored). */
  clicked?: string;
  /** The step shown again because the user's click of it did not take effect (not stored). */
  retry?: string;
}

/** What the caller sees on the page right now, asked per step. */
export interface Observation {
  page: ConsolePageId | undefined;
  /** Project and account in the current URL; they follow the user if they switch. */
  context?: LinkContext;
  isDone(step: GuideStep, choice: RowChoice | undefined): boolean;
  hasTarget(step: GuideStep, choice: RowChoice | undefined): boolean;
  candidates(step: GuideStep): RowChoice[];
  /** The list the candidates come from has rendered and settled (no loading, no dialog over it). */
  listRendered(step: GuideStep): boolean;
}

export type CoachEvent =
  | { type: 'observed'; observation: Observation }
  /** The user clicked the outlined element (never us: we do not click for them). */
  | { type: 'targetClicked' }
  /** The wait for the target ran out; the page as it is then. */
  | { type: 'timedOut'; observation?: Observation }
  | { type: 'didIt' }
  | { type: 'skip' }
  | { type: 'choose'; choice: RowChoice }
  | { type: 'close' };

export function currentStep(guide: GuideState): { flow: GuideFlow; step: GuideStep; index: number } {
  const flow = flowById(guide.flowId);
  const index = Math.max(0, flow.steps.findIndex((step) => step.id === guide.stepId));
  return { flow, step: flow.steps[index]!, index };
}

export function initialCoachState(guide: GuideState): CoachState {
  return { guide, phase: 'seeking', candidates: [] };
}

/**
 * The next step. Reaching the finish step on the user's click or word (not because the step was
 * seen done) leaves that step's done-check to confirm first: a click is not yet a result.
 */
function advance(guide: GuideState, foundDone: boolean): GuideState {
  const { flow, step, index } = currentStep(guide);
  const next = flow.steps[index + 1];
  if (!next) return guide;
  const { confirming: _previous, ...rest } = guide;
  const moved: GuideState = { ...rest, stepId: next.id, foundDone: foundDone ? [...guide.foundDone, step.id] : guide.foundDone };
  if (!foundDone && next.kind === 'finish' && step.done) moved.confirming = step.id;
  return moved;
}

/** The user passed this step (clicked, "I did it" or Skip), as opposed to finding it done. */
function userDid(guide: GuideState, stepId: string): boolean {
  const { flow, index } = currentStep(guide);
  const at = flow.steps.findIndex((step) => step.id === stepId);
  return at >= 0 && at < index && !guide.foundDone.includes(stepId);
}

function withoutChoice(guide: GuideState): GuideState {
  const { choice: _dropped, ...rest } = guide;
  return rest;
}

function onPage(step: GuideStep, page: ConsolePageId | undefined): boolean {
  return step.pages.length === 0 || (page !== undefined && step.pages.includes(page));
}

function sameContext(a: LinkContext, b: LinkContext): boolean {
  return a.project === b.project && a.authuser === b.authuser;
}

function observe(state: CoachState, observation: Observation): CoachState {
  let guide = state.guide;
  if (observation.context?.project) {
    const before = guide.context;
    const context = { ...before, ...observation.context };
    if (!sameContext(context, before)) {
      guide = { ...guide, context };
      // A pick belongs to the project and account it was made in: another one lists other rows.
      const switched = (before.project && before.project !== context.project) || (before.authuser && before.authuser !== context.authuser);
      if (switched && guide.choice) guide = withoutChoice(guide);
    }
  }
  const flow = flowById(guide.flowId);
  for (let guard = 0; guard < flow.steps.length; guard++) {
    const { step } = currentStep(guide);
    if (step.kind === 'finish') break;
    if (step.needsChoice && onPage(step, observation.page)) {
      const candidates = observation.candidates(step);
      const chosen = guide.choice;
      // A pick that matches no listed row while the page cannot tell it was restored is asked again.
      if (chosen && candidates.length && !candidates.some((row) => sameRow(row, chosen)) && !observation.isDone(step, chosen)) guide = withoutChoice(guide);
      if (!guide.choice) {
        if (candidates.length > 1) return { guide, phase: 'choosing', candidates };
        if (candidates.length === 1) guide = { ...guide, choice: candidates[0]! };
        // The list is there and offers nothing: no row to point at, and no success to walk to.
        else if (observation.listRendered(step) && !observation.isDone(step, undefined)) return { guide, phase: 'none', candidates: [] };
      }
    }
    // A step made needless by an earlier one the user did (the 2026 form restricts the key as it
    // creates it, so the 2024 edit-and-restrict steps are passed).
    const needless = step.passIf !== undefined && userDid(guide, step.passIf.userDid) && observation.isDone({ ...step, done: step.passIf.done }, guide.choice);
    if (!needless && !observation.isDone(step, guide.choice)) break;
    // A step shown again after a click that did not take is done by the user, not found done.
    guide = advance(guide, step.id !== state.retry);
  }
  const { step } = currentStep(guide);
  // The finish card waits for the done-check of the step the user clicked (or said was done).
  if (guide.confirming) {
    const clicked = flow.steps.find((candidate) => candidate.id === guide.confirming);
    if (step.kind !== 'finish' || !clicked || observation.isDone(clicked, guide.choice)) {
      const { confirming: _confirmed, ...rest } = guide;
      guide = rest;
    }
  }
  const sameStep = guide.stepId === state.guide.stepId;
  let phase: Phase;
  if (!onPage(step, observation.page)) phase = 'elsewhere';
  else if (!guide.confirming && (!step.target || observation.hasTarget(step, guide.choice))) phase = 'shown';
  // Once declared missing (or nothing to choose), the card stays until the target shows up or the
  // result is seen: no flicker back to waiting.
  else phase = sameStep && (state.phase === 'missing' || state.phase === 'none') ? state.phase : 'seeking';
  const next: CoachState = { guide, phase, candidates: [] };
  if (sameStep && phase === 'seeking' && state.clicked) next.clicked = state.clicked;
  if (state.retry && guide.stepId === state.retry) next.retry = state.retry;
  return next;
}

/**
 * The next step never showed up (or the finish never saw its result) after a click: if the clicked
 * step is not done and its element is still there, the click did not take (a dead spot of a radio
 * row, an Enable refused): show that step again. Else the step in words; a finish step's words
 * name the likely cause.
 */
function timedOut(state: CoachState, observation: Observation | undefined): CoachState {
  if (state.phase !== 'seeking') return state;
  const flow = flowById(state.guide.flowId);
  const { step } = currentStep(state.guide);
  const clicked = flow.steps.find((candidate) => candidate.id === (state.guide.confirming ?? state.clicked));
  const choice = state.guide.choice;
  if (clicked && observation && onPage(clicked, observation.page) && clicked.done) {
    if (!observation.isDone(clicked, choice) && observation.hasTarget(clicked, choice)) {
      const { confirming: _retried, ...guide } = state.guide;
      return { guide: { ...guide, stepId: clicked.id }, phase: 'shown', candidates: [], retry: clicked.id };
    }
  }
  // Still nothing to choose once the wait is over (the list may keep a loading bar): say so.
  if (step.needsChoice && !choice && observation && onPage(step, observation.page) && observation.candidates(step).length === 0 && !observation.isDone(step, undefined)) {
    return { guide: state.guide, phase: 'none', candidates: [] };
  }
  return { guide: state.guide, phase: 'missing', candidates: [] };
}

/**
 * Remembers that the card showed this click step to the user on its own page. Not while 'seeking'
 * (a step found done in the next check was never really put in front of them) nor 'elsewhere'
 * (the card says that between a click and the page it opens). Such a step keeps its number even
 * if a reload later finds it done (resumeAt walks back over steps the user did).
 */
function markShown(state: CoachState): CoachState {
  const { step } = currentStep(state.guide);
  const shown = state.guide.shown ?? [];
  if (state.phase === 'seeking' || state.phase === 'elsewhere' || step.kind === 'finish' || shown.includes(step.id)) return state;
  return { ...state, guide: { ...state.guide, shown: [...shown, step.id] } };
}

/** The next state, or null when the flow ends (Esc, Close). */
export function reduce(state: CoachState, event: CoachEvent): CoachState | null {
  const next = transition(state, event);
  return next && markShown(next);
}

function transition(state: CoachState, event: CoachEvent): CoachState | null {
  const { step } = currentStep(state.guide);
  switch (event.type) {
    case 'observed':
      return observe(state, event.observation);
    case 'targetClicked':
      if (step.kind === 'finish' || state.phase !== 'shown') return state;
      return { guide: advance(state.guide, false), phase: 'seeking', candidates: [], clicked: step.id };
    case 'timedOut':
      return timedOut(state, event.observation);
    case 'didIt':
    case 'skip':
      if (step.kind === 'finish') return state;
      return { guide: advance(state.guide, false), phase: 'seeking', candidates: [] };
    case 'choose':
      return { guide: { ...state.guide, choice: event.choice }, phase: 'seeking', candidates: [] };
    case 'close':
      return null;
  }
}

/** The state to resume from after a page load: steps inside a dialog, menu or form restart. */
export function resumeAfterLoad(guide: GuideState): GuideState {
  const { step } = currentStep(guide);
  return step.resumeAt ? { ...guide, stepId: step.resumeAt } : guide;
}

/**
 * Step number and count for "Step 2 of 5", counting only the steps the coach shows: a step passed
 * because the page already showed it done (and never shown) is left out of both, so the number
 * never jumps from 1 to 3; the count shrinks instead. The finish card is not a step.
 */
export function progress(guide: GuideState): { number: number; total: number } {
  const { flow, step: current } = currentStep(guide);
  const shown = guide.shown ?? [];
  const counted = flow.steps.filter((step) => step.kind !== 'finish' && (step === current || shown.includes(step.id) || !guide.foundDone.includes(step.id)));
  const total = counted.length;
  const at = counted.indexOf(current);
  return { number: at < 0 ? total : at + 1, total };
}
