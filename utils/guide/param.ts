/**
 * The deep link's parameter, `keyDoctorGuide=<flowId>`, read by the console's startup script (no
 * flows, no texts here); url.ts builds the links.
 */
import { isGuideFlowId, type GuideFlowId } from './flow-ids';
import { parseUrl } from '@/utils/parse-url';

export const GUIDE_PARAM = 'keyDoctorGuide';

export interface GuideParam {
  /** Undefined when the parameter names no known flow (it is stripped all the same). */
  flowId?: GuideFlowId;
  /** The same URL without the parameter, for history.replaceState. */
  cleanUrl: string;
}

/** The guide parameter of a URL, or null when it has none. */
export function readGuideParam(href: string): GuideParam | null {
  const url = parseUrl(href);
  if (!url?.searchParams.has(GUIDE_PARAM)) return null;
  const value = url.searchParams.get(GUIDE_PARAM);
  url.searchParams.delete(GUIDE_PARAM);
  return isGuideFlowId(value) ? { flowId: value, cleanUrl: url.toString() } : { cleanUrl: url.toString() };
}
