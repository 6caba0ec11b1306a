/**
 * The deep link that opens a console page with a guide already running: any console URL plus
 * `keyDoctorGuide=<flowId>`. The content script reads it, seeds the tab's state and strips it.
 */
import { CONSOLE_ORIGIN, type LinkContext } from '@/utils/console-links';
import { flowById, type GuideFlowId } from './flows';
import { isGuideFlowId } from './state';

export const GUIDE_PARAM = 'keyDoctorGuide';

/**
 * The flow's start page for this project and account (or `page`, a console URL already built with
 * consoleLinks, e.g. a key's edit page) with the guide parameter.
 */
export function guideUrl(flowId: GuideFlowId, context: LinkContext = {}, page?: string): string {
  let url: URL;
  try {
    url = new URL(page ?? flowById(flowId).startUrl(context));
    if (url.origin !== CONSOLE_ORIGIN) throw new Error('not a console page');
  } catch {
    url = new URL(flowById(flowId).startUrl(context));
  }
  url.searchParams.set(GUIDE_PARAM, flowId);
  return url.toString();
}

export interface GuideParam {
  /** Undefined when the parameter names no known flow (it is stripped all the same). */
  flowId?: GuideFlowId;
  /** The same URL without the parameter, for history.replaceState. */
  cleanUrl: string;
}

/** The guide parameter of a URL, or null when it has none. */
export function readGuideParam(href: string): GuideParam | null {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  if (!url.searchParams.has(GUIDE_PARAM)) return null;
  const value = url.searchParams.get(GUIDE_PARAM);
  url.searchParams.delete(GUIDE_PARAM);
  return isGuideFlowId(value) ? { flowId: value, cleanUrl: url.toString() } : { cleanUrl: url.toString() };
}
