import type { Locale } from '@/utils/i18n';
import { maskKey } from '@/utils/redact';
import { findingText, precheckKey, type FindingSeverity } from './precheck';

export interface FindingView {
  id: string;
  severity: FindingSeverity;
  text: string;
}

/** What the pre-check says about the current input, already in the UI language. */
export interface PrecheckView {
  canTest: boolean;
  /** The value to test after a safe one-click cleanup, when there is one. */
  cleaned?: string;
  /** Several keys were pasted together: the user picks one (shown masked). */
  candidates: { value: string; masked: string }[];
  findings: FindingView[];
}

/** precheckKey's result in the popup's words: finding texts in the UI language, choices masked for display. */
export function precheckView(raw: string, locale: Locale = 'en'): PrecheckView {
  const result = precheckKey(raw);
  const findings: FindingView[] = result.findings.map((finding) => ({
    id: finding.id,
    severity: finding.severity,
    text: findingText(finding, locale),
  }));
  return {
    canTest: result.canTest,
    ...(result.cleaned !== undefined && { cleaned: result.cleaned }),
    candidates: (result.choices ?? []).map((value) => ({ value, masked: maskKey(value) })),
    findings,
  };
}
