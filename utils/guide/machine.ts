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
  /** Looking for the target (it may render late). */
  | 'seeking'
  /** Target outlined (finish steps without a target are always 'shown'). */
  | 'shown'
  /** Not found in time: the step in words, with "I did it" / "Skip". */
  | 'missing'
  /** Several deleted keys match: the user picks one. */
  | 'choosing'
  /** The step happens on another console page: link there. */
  | 'elsewhere';

export interface CoachState {
  guide: GuideState;
  phase: Phase;
  /** The rows offered while choosing. */
  candidates: RowChoice[];
  /** The step the user's click just completed, until the next step shows (not stored). */
  clicked?: string;
}

/** What the caller sees on the page right now, asked per step. */
export interface Observation {
  page: ConsolePageId | undefined;
  /** Project and account in the current URL; they follow the user if they switch. */
  context?: LinkContext;
  isDone(step: GuideStep, choice: RowChoice | undefined): boolean;
  hasTarget(step: GuideStep, choice: RowChoice | undefined): boolean;
  candidates(step: GuideStep): RowChoice[];
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

function advance(guide: GuideState, foundDone: boolean): GuideState {
  const { flow, step, index } = currentStep(guide);
  const next = flow.steps[index + 1];
  if (!next) return guide;
  return { ...guide, stepId: next.id, foundDone: foundDone ? [...guide.foundDone, step.id] : guide.foundDone };
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
    const context = { ...guide.context, ...observation.context };
    if (!sameContext(context, guide.context)) guide = { ...guide, context };
  }
  const stepsCount = flowById(guide.flowId).steps.length;
  for (let guard = 0; guard < stepsCount; guard++) {
    const { step } = currentStep(guide);
    if (step.kind === 'finish') break;
    if (step.needsChoice && onPage(step, observation.page)) {
      const candidates = observation.candidates(step);
      const chosen = guide.choice;
      // A pick that matches no listed row (another project, a stale page) is asked again.
      if (chosen && candidates.length && !candidates.some((row) => sameRow(row, chosen)) && !observation.isDone(step, chosen)) {
        const { choice: _stale, ...rest } = guide;
        guide = rest;
      }
      if (!guide.choice) {
        if (candidates.length > 1) return { guide, phase: 'choosing', candidates };
        if (candidates.length === 1) guide = { ...guide, choice: candidates[0]! };
      }
    }
    if (!observation.isDone(step, guide.choice)) break;
    guide = advance(guide, true);
  }
  const { step } = currentStep(guide);
  const sameStep = guide.stepId === state.guide.stepId;
  let phase: Phase;
  if (!onPage(step, observation.page)) phase = 'elsewhere';
  else if (!step.target || observation.hasTarget(step, guide.choice)) phase = 'shown';
  // Once declared missing, the words stay until the target shows up: no flicker back to waiting.
  else phase = sameStep && state.phase === 'missing' ? 'missing' : 'seeking';
  const next: CoachState = { guide, phase, candidates: [] };
  if (sameStep && phase === 'seeking' && state.clicked) next.clicked = state.clicked;
  return next;
}

/**
 * The next step never showed up after a click: if the clicked step is not done and its element is
 * still there, the click did not take (a dead spot of a radio row): show that step again.
 */
function timedOut(state: CoachState, observation: Observation | undefined): CoachState {
  if (state.phase !== 'seeking') return state;
  const flow = flowById(state.guide.flowId);
  const clicked = flow.steps.find((step) => step.id === state.clicked);
  if (clicked && observation && onPage(clicked, observation.page) && clicked.done) {
    const choice = state.guide.choice;
    if (!observation.isDone(clicked, choice) && observation.hasTarget(clicked, choice)) {
      return { guide: { ...state.guide, stepId: clicked.id }, phase: 'shown', candidates: [] };
    }
  }
  return { guide: state.guide, phase: 'missing', candidates: [] };
}

/** The next state, or null when the flow ends (Esc, Close). */
export function reduce(state: CoachState, event: CoachEvent): CoachState | null {
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

/** Step number and count for "Step 2 of 5" (the finish card is not a step). */
export function progress(guide: GuideState): { number: number; total: number } {
  const { flow, index } = currentStep(guide);
  const total = flow.steps.filter((step) => step.kind !== 'finish').length;
  return { number: Math.min(index + 1, total), total };
}
