import { describe, expect, it } from 'vitest';
import { summarizeRpcFailure } from '@/utils/ai-studio-rpc/parse';
import { mergeFindings, planCard } from '@/utils/detection/card-plan';
import { CAUSE_GUIDES, CAUSE_IDS, GUIDE_PARAM } from '@/utils/detection/cause-ids';
import type { Finding } from '@/utils/detection/watch';
import { GUIDE_FLOWS } from '@/utils/guide/flows';
import { GUIDE_PARAM as GUIDE_URL_PARAM } from '@/utils/guide/url';

const context = { project: 'gen-lang-client-0123456789' };
const suspicious = summarizeRpcFailure('GenerateCloudApiKey', 403, '[7,"The request is suspicious."]');
const bare = summarizeRpcFailure('GenerateCloudApiKey', 403, '[7,"The caller does not have permission"]');
const toast: Finding = { ruleId: 'ai-studio/generate-key-permission-denied', diagnosisId: 'key-creation-denied', message: 'Failed to generate API key: permission denied. Please try again.', context };
const unreadable: Finding = { ruleId: 'ai-studio/unreadable-create-failure', message: 'API キーを生成できませんでした', context };
const requestOnly = (request = suspicious): Finding => ({ ruleId: 'ai-studio/create-request-failed', request, context });

describe('planCard', () => {
  it('an exact cause leads and sets the diagnosis', () => {
    expect(planCard(requestOnly())).toMatchObject({ diagnosisId: 'key-creation-flagged', exact: { id: 'suspicious-request' } });
    expect(planCard(requestOnly()).causes[0]).toBe('suspicious-request');
  });
  it('without one: no exact cause; the readable toast’s ranking, else the code’s', () => {
    expect(planCard({ ...toast, request: bare }).exact).toBeUndefined();
    expect(planCard({ ...toast, request: bare }).causes).toEqual(planCard(toast).causes);
    expect(planCard({ ...unreadable, request: bare })).toMatchObject({ diagnosisId: 'key-creation-denied', causes: expect.arrayContaining(['restore-deleted-key']) });
    expect(planCard(unreadable).diagnosisId).toBe('ai-studio/unreadable-create-failure');
  });
});

describe('planCard: an app\'s publish failure', () => {
  const app: Finding = { ruleId: 'ai-studio/app-publish-suspicious', message: 'Failed to generate API key, The request is suspicious. Please try again.', context };
  it('is the short card: no causes, no exact cause even with a request, its own data-diagnosis', () => {
    expect(planCard(app)).toEqual({ ruleId: 'ai-studio/app-publish-suspicious', card: 'app-publish', diagnosisId: 'ai-studio/app-publish-suspicious', causes: [] });
    expect(planCard({ ...app, request: suspicious })).toEqual(planCard(app));
  });
  it('every other finding gets the checklist', () => {
    for (const finding of [toast, unreadable, requestOnly()]) expect(planCard(finding).card).toBe('checklist');
  });
});

describe('mergeFindings: toast and request are one card', () => {
  it('request after toast, and toast after request, keep both parts', () => {
    expect(mergeFindings(toast, requestOnly())).toEqual({ ...toast, request: suspicious });
    expect(mergeFindings(requestOnly(), toast)).toEqual({ ...toast, request: suspicious });
    expect(mergeFindings(requestOnly(), unreadable)).toEqual({ ...unreadable, request: suspicious });
  });
  it('a new request replaces the old one; nothing to merge with', () => {
    expect(mergeFindings(requestOnly(), requestOnly(bare))).toEqual(requestOnly(bare));
    expect(mergeFindings(undefined, toast)).toBe(toast);
  });
});

describe('cause → guide map', () => {
  it('matches the guide flows’ causes and the guide URL parameter', () => {
    const fromFlows = Object.fromEntries(GUIDE_FLOWS.flatMap((flow) => flow.causes.map((cause) => [cause, flow.id])));
    expect(CAUSE_GUIDES).toEqual(fromFlows);
    for (const cause of Object.keys(CAUSE_GUIDES)) expect(CAUSE_IDS).toContain(cause);
    expect(GUIDE_PARAM).toBe(GUIDE_URL_PARAM);
  });
});
