/**
 * "Explain an error": what a user pastes may be a Google API error (the diagnosis engine) or one
 * of AI Studio's own key-creation toasts (the detection rules' wordings). One entry point for both.
 */
import { describe, diagnoseErrorText } from '@/utils/diagnosis';
import type { DescribeOptions, Diagnosis } from '@/utils/diagnosis/types';
import { matchTextRule } from '@/utils/detection/detect';
import { redactKeys } from '@/utils/redact';

/** Wordings any Google API may return: the API meaning wins when they are pasted on their own. */
const GENERIC_GOOGLE_WORDINGS = new Set(['ai-studio/caller-no-permission']);
const MESSAGE_MAX_CHARS = 500;

export function explainPastedText(text: string, options?: DescribeOptions): Diagnosis | null {
  const rule = matchTextRule(text);
  if (rule?.diagnosisId && !GENERIC_GOOGLE_WORDINGS.has(rule.id)) {
    return describe({ id: rule.diagnosisId, message: redactKeys(text.trim()).slice(0, MESSAGE_MAX_CHARS) }, options);
  }
  return diagnoseErrorText(text, options);
}
