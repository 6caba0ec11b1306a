/**
 * "Explain an error": what a user pastes may be a Google API error (the diagnosis engine) or one
 * of AI Studio's own key-creation toasts (the detection rules' wordings). One entry point for both.
 */
import { describe, diagnoseErrorText } from '@/utils/diagnosis';
import { cutTo, MAX_PASTE_CHARS } from '@/utils/diagnosis/bounds';
import type { DescribeOptions, Diagnosis } from '@/utils/diagnosis/types';
import { matchTextRule } from '@/utils/detection/detect';
import { redactKeys } from '@/utils/redact';

const MESSAGE_MAX_CHARS = 500;

export function explainPastedText(pasted: string, options?: DescribeOptions): Diagnosis | null {
  // A huge paste is cut before anything reads it; the card says how much was read.
  const { text, cut } = cutTo(pasted, MAX_PASTE_CHARS);
  const diagnosis = explainText(text, options);
  return diagnosis && cut ? { ...diagnosis, truncatedAt: MAX_PASTE_CHARS } : diagnosis;
}

function explainText(text: string, options?: DescribeOptions): Diagnosis | null {
  const rule = matchTextRule(text);
  if (rule?.diagnosisId && !rule.genericGoogleWording) {
    return describe({ id: rule.diagnosisId, message: redactKeys(text.trim()).slice(0, MESSAGE_MAX_CHARS) }, options);
  }
  return diagnoseErrorText(text, options);
}
