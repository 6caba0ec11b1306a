import { maskKey } from '@/utils/redact';
import { precheckKey, type FindingSeverity, type PrecheckFinding } from './precheck';

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

/**
 * precheckKey's result for display, findings put in words by `text`. Without `text` (the words
 * not loaded yet, for a few milliseconds after the popup's first render) the decision, cleanup and
 * choices are all there and no finding is shown yet. The words: precheckView in precheck-words.ts.
 */
export function precheckViewWith(raw: string, text?: (finding: PrecheckFinding) => string): PrecheckView {
  const result = precheckKey(raw);
  const findings: FindingView[] = text ? result.findings.map((finding) => ({ id: finding.id, severity: finding.severity, text: text(finding) })) : [];
  return {
    canTest: result.canTest,
    ...(result.cleaned !== undefined && { cleaned: result.cleaned }),
    candidates: (result.choices ?? []).map((value) => ({ value, masked: maskKey(value) })),
    findings,
  };
}
