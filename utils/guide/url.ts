/**
 * The deep link that opens a console page with a guide already running: any console URL plus
 * `keyDoctorGuide=<flowId>`. The content script reads it, seeds the tab's state and strips it.
 */
import type { LinkContext } from '@/utils/console-links';
import { CONSOLE_ORIGIN } from '@/utils/origins';
import { flowById, type GuideFlowId } from './flows';
import { GUIDE_PARAM } from './param';
import { parseUrl } from '@/utils/parse-url';

// The parameter's reader is in param.ts: the console's startup script reads it without the flows.
export { GUIDE_PARAM, readGuideParam, type GuideParam } from './param';

/**
 * The flow's start page for this project and account (or `page`, a console URL already built with
 * consoleLinks, e.g. a key's edit page) with the guide parameter.
 */
export function guideUrl(flowId: GuideFlowId, context: LinkContext = {}, page?: string): string {
  const given = parseUrl(page ?? flowById(flowId).startUrl(context));
  const url = given?.origin === CONSOLE_ORIGIN ? given : new URL(flowById(flowId).startUrl(context));
  url.searchParams.set(GUIDE_PARAM, flowId);
  return url.toString();
}
