/**
 * The diagnosis engine: Google's answer (an HTTP response or pasted text) → facts → words and
 * deep links. Pure TypeScript with no extension APIs, so it runs in the service worker, the popup
 * and Node tests alike.
 */
import { classifyErrorText, classifyResponse } from './classify';
import { describe } from './describe';
import type { DescribeOptions, Diagnosis } from './types';

export * from './types';
export { classifyErrorText, classifyResponse, describe };

/** An HTTP answer from the Gemini API, explained. */
export function diagnoseResponse(status: number, bodyText: string, options?: DescribeOptions): Diagnosis {
  return describe(classifyResponse(status, bodyText), options);
}

/** A pasted error, explained; null when nothing in it is recognisably a Google API error. */
export function diagnoseErrorText(text: string, options?: DescribeOptions): Diagnosis | null {
  const facts = classifyErrorText(text);
  return facts ? describe(facts, options) : null;
}
