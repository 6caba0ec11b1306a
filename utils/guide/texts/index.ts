/**
 * Every guide's texts, by flow id: for the tests and checks that read all of them. The extension
 * never imports this table: each guide's texts load on their own (../step-texts.ts).
 */
import type { GuideFlowId } from '../flow-ids';
import type { FlowTexts } from '../step-texts';
import checkRole from './check-role';
import createAndRestrictKey from './create-and-restrict-key';
import enableGeminiApi from './enable-gemini-api';
import restoreDeletedKey from './restore-deleted-key';
import restrictKey from './restrict-key';

export const GUIDE_TEXTS: Record<GuideFlowId, FlowTexts> = {
  'restore-deleted-key': restoreDeletedKey,
  'create-and-restrict-key': createAndRestrictKey,
  'restrict-key': restrictKey,
  'enable-gemini-api': enableGeminiApi,
  'check-role': checkRole,
};
