import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checklistForRequest, exactCauseOf } from '@/utils/ai-studio-rpc/cause';
import { keyCreationRpcOf, restoreElisions, summarizeRpcFailure, SUMMARY_LIMITS } from '@/utils/ai-studio-rpc/parse';
import { readRpcFailure } from '@/utils/ai-studio-rpc/validate';
import { CAUSE_IDS, KEY_CREATION_PERMISSIONS } from '@/utils/detection/cause-ids';

const BASE = 'https://alkalimakersuite-pa.clients6.google.com/$rpc/google.internal.alkali.applications.makersuite.v1.MakerSuiteService/';
const EI = 'type.googleapis.com/google.rpc.ErrorInfo';
const PF = 'type.googleapis.com/google.rpc.PreconditionFailure';

const summarize = (body: string, status = 403) => summarizeRpcFailure('GenerateCloudApiKey', status, body);

describe('keyCreationRpcOf', () => {
  it('names only the two key-creation RPCs', () => {
    expect(keyCreationRpcOf(`${BASE}GenerateCloudApiKey`)).toBe('GenerateCloudApiKey');
    expect(keyCreationRpcOf(`${BASE}CreateCloudProject`)).toBe('CreateCloudProject');
    for (const other of ['GenerateContent', 'ListCloudApiKeys', 'CreateCloudApiKey', 'GenerateCloudApiKeyX']) expect(keyCreationRpcOf(`${BASE}${other}`)).toBeUndefined();
    expect(keyCreationRpcOf('http://alkalimakersuite-pa.clients6.google.com/$rpc/google.internal.alkali.applications.makersuite.v1.MakerSuiteService/GenerateCloudApiKey')).toBeUndefined();
    expect(keyCreationRpcOf('https://evil.example/$rpc/google.internal.alkali.applications.makersuite.v1.MakerSuiteService/GenerateCloudApiKey')).toBeUndefined();
    expect(keyCreationRpcOf('not a url')).toBeUndefined();
  });
});

describe('summarizeRpcFailure over the research note’s shapes (ai-studio-rpc.md §2.1)', () => {
  it('unary [code, message]', () => {
    expect(summarize('[7,"The caller does not have permission"]')).toEqual({
      rpc: 'GenerateCloudApiKey', httpStatus: 403, code: 7, status: 'PERMISSION_DENIED', message: 'The caller does not have permission',
      reasons: [], permissions: [], constraints: [], violationTypes: [],
    });
  });

  it('streamed [,[code, message]] with JS elision, and [[null,[code, message]]]', () => {
    expect(summarize('[,[7,"The caller does not have permission"]]')).toMatchObject({ code: 7, message: 'The caller does not have permission' });
    expect(summarize('[[null,[7,"The caller does not have permission"]]]')).toMatchObject({ code: 7, status: 'PERMISSION_DENIED' });
    expect(summarize(')]}\'\n[,[16,"Request had invalid authentication credentials."]]', 401)).toMatchObject({ code: 16, status: 'UNAUTHENTICATED' });
  });

  it('AiStudioErrorDetails is opaque; ErrorInfo gives its reason; RetryInfo and BadRequest add nothing', () => {
    expect(summarize('[16,"OAuth error: unauthorized_client.",[["type.googleapis.com/google.internal.alkali.applications.makersuite.v1.AiStudioErrorDetails",[null,[]]]]]', 401)).toMatchObject({ code: 16, reasons: [] });
    expect(summarize(`[null,[7,"Permission denied",[["${EI}",["DENIED","google.com",[["reason","account_permission"]]]]]]]`)).toMatchObject({ code: 7, reasons: ['DENIED'] });
    expect(summarize(`[null,[8,"quota",[["${EI}",["RATE_LIMIT_EXCEEDED","googleapis.com",[["quota_limit","GenerateRequestsPerMinutePerProjectPerModel"]]]],["type.googleapis.com/google.rpc.RetryInfo",[[12,500000000]]]]]]`, 429)).toMatchObject({ code: 8, status: 'RESOURCE_EXHAUSTED', reasons: ['RATE_LIMIT_EXCEEDED'], permissions: [] });
    expect(summarize(`[,[3,"Invalid value at 'generation_config.speech_config' (VoiceConfig), 1",[["type.googleapis.com/google.rpc.BadRequest",[[["generation_config.speech_config.voice_config","Invalid value"]]]]]]]`, 400)).toMatchObject({ code: 3, reasons: [], permissions: [], violationTypes: [] });
  });

  it('ErrorInfo permission metadata and "Permission … denied" messages name permissions', () => {
    const body = `[7,"Permission 'iam.serviceAccounts.create' denied on resource (or it may not exist).",[["${EI}",["IAM_PERMISSION_DENIED","iam.googleapis.com",[["permission","iam.serviceAccountApiKeyBindings.create"]]]]]]`;
    expect(summarize(body)).toMatchObject({ reasons: ['IAM_PERMISSION_DENIED'], permissions: ['iam.serviceAccountApiKeyBindings.create', 'iam.serviceAccounts.create'] });
    expect(summarize('[7,"Missing permissions: apikeys.keys.create, serviceusage.services.enable. Please contact your project administrator for assistance."]').permissions).toEqual(['apikeys.keys.create', 'serviceusage.services.enable']);
  });

  it('PreconditionFailure: constraints apart from other violation types', () => {
    const body = `[9,"Precondition check failed.",[["${PF}",[[["constraints/iam.managed.disableServiceAccountApiKeyCreation","projects/gen-lang-client-0123456789","Org policy forbids it"],["TOS","user","Terms not accepted"]]]]]]`;
    expect(summarize(body, 400)).toMatchObject({ code: 9, status: 'FAILED_PRECONDITION', constraints: ['constraints/iam.managed.disableServiceAccountApiKeyCreation'], violationTypes: ['TOS'] });
  });

  it('the JSON {error:{…}} form', () => {
    const body = JSON.stringify({
      error: {
        code: 403, message: 'Generative Language API has not been used in project 445009168042 before or it is disabled.', status: 'PERMISSION_DENIED',
        details: [{ '@type': EI, reason: 'SERVICE_DISABLED', domain: 'googleapis.com', metadata: { service: 'generativelanguage.googleapis.com', consumer: 'projects/445009168042' } }],
      },
    });
    expect(summarize(body)).toMatchObject({ code: 7, status: 'PERMISSION_DENIED', reasons: ['SERVICE_DISABLED'], permissions: [], constraints: [] });
  });

  it('masks keys in the message and bounds every field', () => {
    const key = `AIzaSy${'A'.repeat(33)}`;
    const summary = summarize(JSON.stringify([7, `bad key ${key} ${'x'.repeat(1_000)}`]));
    expect(summary.message).not.toContain(key);
    expect(summary.message).toContain('AIza…');
    expect(summary.message!.length).toBeLessThanOrEqual(SUMMARY_LIMITS.message);
    const many = JSON.stringify([7, 'm', Array.from({ length: 50 }, (_, i) => [EI, [`REASON_${i}`, 'x', []]])]);
    expect(summarize(many).reasons).toHaveLength(SUMMARY_LIMITS.items);
    // Reasons are tokens: markup, spaces and over-long values are dropped.
    expect(summarize(JSON.stringify([7, 'm', [[EI, ['<img src=x>', 'x']], [EI, ['A'.repeat(500), 'x']], [EI, ['OK_REASON', 'x']]]])).reasons).toEqual(['OK_REASON']);
  });

  it('garbled, truncated, HTML and empty bodies give the RPC and status and nothing invented', () => {
    for (const body of ['', 'null', '{}', '[]', '<!DOCTYPE html><title>Error 403 (Forbidden)!!1</title>', '[[[[[[[[[[[7,"deep"]]]]]]]]]]]', '{"error":null}', '"text"', '[7', ')]}\'']) {
      const summary = summarize(body);
      expect(summary.rpc).toBe('GenerateCloudApiKey');
      expect(summary.httpStatus).toBe(403);
      expect(summary.permissions).toEqual([]);
      expect(readRpcFailure(JSON.stringify(summary))).toEqual(summary);
    }
    // A truncated body still gives its code and message.
    expect(summarize('[7,"The request is suspicious.",[["type.googleapis.com/goo')).toMatchObject({ code: 7, message: 'The request is suspicious.' });
  });

  it('never throws, and always gives a summary the isolated side accepts', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.jsonValue().map((v) => JSON.stringify(v))), fc.integer({ min: 300, max: 599 }), (body, status) => {
        const summary = summarizeRpcFailure('CreateCloudProject', status, body);
        expect(readRpcFailure(JSON.stringify(summary))).toEqual(summary);
      }),
      { numRuns: 500 },
    );
  });

  it('restores elided nulls outside strings only', () => {
    expect(restoreElisions('[,[7,"a,,b"],,]')).toBe('[null,[7,"a,,b"],null,null]');
    expect(restoreElisions('[]')).toBe('[]');
  });
});

describe('exactCauseOf: the cause the body names', () => {
  const cause = (body: string, status = 403) => exactCauseOf(summarize(body, status));
  it.each([
    ['missing permission (ErrorInfo)', `[7,"denied",[["${EI}",["IAM_PERMISSION_DENIED","iam.googleapis.com",[["permission","iam.serviceAccounts.create"]]]]]]`, { id: 'missing-iam-permissions', permissions: ['iam.serviceAccounts.create'] }],
    ['missing permission (message)', `[7,"Permission 'apikeys.keys.create' denied on resource"]`, { id: 'missing-iam-permissions', permissions: ['apikeys.keys.create'] }],
    ['IAM reason without names lists Google’s five', `[7,"denied",[["${EI}",["IAM_PERMISSION_DENIED","iam.googleapis.com"]]]]`, { id: 'missing-iam-permissions', permissions: [...KEY_CREATION_PERMISSIONS] }],
    ['org policy constraint', `[9,"Precondition failed",[["${PF}",[[["constraints/iam.managed.disableServiceAccountApiKeyCreation","projects/1","blocked"]]]]]]`, { id: 'org-policy', constraint: 'constraints/iam.managed.disableServiceAccountApiKeyCreation' }],
    ['suspicious message', '[7,"The request is suspicious."]', { id: 'suspicious-request' }],
    ['anti-abuse reason', `[7,"denied",[["${EI}",["ABUSE_DETECTED","google.com"]]]]`, { id: 'suspicious-request' }],
    ['SERVICE_DISABLED', `[7,"x",[["${EI}",["SERVICE_DISABLED","googleapis.com"]]]]`, { id: 'api-not-enabled' }],
    ['terms', `[9,"x",[["${PF}",[[["TOS","user","not accepted"]]]]]]`, { id: 'terms-not-accepted' }],
    ['billing', `[9,"x",[["${EI}",["BILLING_DISABLED","googleapis.com"]]]]`, { id: 'billing-or-region' }],
    ['region', '[9,"User location is not supported for the API use."]', { id: 'billing-or-region' }],
  ])('%s', (_, body, expected) => {
    expect(cause(body)).toEqual(expected);
  });

  it('names nothing for the bare "caller does not have permission" and other bodies', () => {
    expect(cause('[7,"The caller does not have permission"]')).toBeUndefined();
    expect(cause('[,[7,"The caller does not have permission"]]')).toBeUndefined();
    expect(cause('garbage')).toBeUndefined();
    expect(cause('[16,"Request had invalid authentication credentials."]', 401)).toBeUndefined();
  });

  it('narrows the checklist by code (or HTTP status when the body has none)', () => {
    expect(checklistForRequest(summarize('[7,"The caller does not have permission"]'))[0]).toBe('restore-deleted-key');
    expect(checklistForRequest(summarize('[16,"Request had invalid authentication credentials."]', 401))[0]).toBe('wrong-account');
    expect(checklistForRequest(summarize('<html>', 401))[0]).toBe('wrong-account');
    expect(checklistForRequest(summarize('[9,"x"]', 400))).not.toContain('restore-deleted-key');
    expect(checklistForRequest(summarize('<html>', 500))).toEqual(CAUSE_IDS);
    for (const code of [3, 5, 7, 8, 9, 16]) for (const id of checklistForRequest(summarize(`[${code},"x"]`))) expect(CAUSE_IDS).toContain(id);
  });
});

describe('readRpcFailure: the isolated side trusts nothing', () => {
  const good = summarize(`[7,"Permission 'apikeys.keys.create' denied"]`);
  it('accepts exactly the summary shape', () => {
    expect(readRpcFailure(JSON.stringify(good))).toEqual(good);
  });
  it.each([
    ['not a string', good],
    ['not JSON', '{'],
    ['an array', '[]'],
    ['extra key', JSON.stringify({ ...good, key: 'AIza' })],
    ['unknown rpc', JSON.stringify({ ...good, rpc: 'ListCloudApiKeys' })],
    ['a 2xx status', JSON.stringify({ ...good, httpStatus: 200 })],
    ['bad code', JSON.stringify({ ...good, code: 99 })],
    ['bad status name', JSON.stringify({ ...good, status: 'NOPE' })],
    ['long message', JSON.stringify({ ...good, message: 'x'.repeat(301) })],
    ['control characters', JSON.stringify({ ...good, message: 'a\nb' })],
    ['markup in a token', JSON.stringify({ ...good, reasons: ['<b>'] })],
    ['too many items', JSON.stringify({ ...good, permissions: Array.from({ length: 9 }, (_, i) => `a.b.c${i}`) })],
    ['missing list', JSON.stringify({ ...good, constraints: undefined })],
    ['huge', JSON.stringify({ ...good, message: 'x'.repeat(9_000) })],
  ])('drops %s', (_, detail) => {
    expect(readRpcFailure(detail)).toBeUndefined();
  });
  it('masks a key a page put into the message', () => {
    expect(readRpcFailure(JSON.stringify({ ...good, message: `AIzaSy${'B'.repeat(33)}` }))?.message).toBe('AIza…BBBB');
  });
});
