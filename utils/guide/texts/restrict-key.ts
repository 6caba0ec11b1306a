/**
 * DATA: the texts of the restrict-key guide.
 * Loaded only while that guide runs, one language at a time (cloud-console-guide-<flow>-<lang>.js,
 * utils/guide/step-texts.ts); the steps themselves are in ../flows.ts.
 */
import type { FlowTexts } from '../step-texts';
import { RESTRICT_STEP_TEXTS } from './restrict-steps';

export default {
  steps: {
    ...RESTRICT_STEP_TEXTS,
  },
} satisfies FlowTexts;
