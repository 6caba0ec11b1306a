/** The guides' ids alone: the console's startup script checks a deep link's id without the flows' texts. */
export const GUIDE_FLOW_IDS = ['restore-deleted-key', 'create-and-restrict-key', 'restrict-key', 'enable-gemini-api', 'check-role'] as const;
export type GuideFlowId = (typeof GUIDE_FLOW_IDS)[number];

export function isGuideFlowId(value: unknown): value is GuideFlowId {
  return typeof value === 'string' && (GUIDE_FLOW_IDS as readonly string[]).includes(value);
}
