import { describe, expect, it } from 'vitest';
import { classifyErrorText, classifyResponse, diagnoseErrorText, diagnoseResponse } from '@/utils/diagnosis';
import { corpusCase, loadCorpus, pythonRepr, type CorpusCase } from './corpus';

const corpus = loadCorpus();
const withBody = corpus.filter((entry) => entry.body !== null);
const messageOnly = corpus.filter((entry) => entry.body === null && !entry.body_text_start);
const errorBodies = withBody.filter((entry) => typeof entry.body === 'object' && entry.body !== null && 'error' in entry.body);

const reportedMessage = (entry: CorpusCase) => entry.message_reported ?? entry.body_message;
const reportedStatus = (entry: CorpusCase) => entry.body_status ?? entry.status;

describe('real corpus: responses with a body', () => {
  it('covers the corpus', () => expect(withBody.length).toBeGreaterThan(20));
  it.each(withBody.map((entry) => [entry.file, entry] as const))('%s', (_, entry) => {
    expect(diagnoseResponse(entry.http_status, JSON.stringify(entry.body)).id).toBe(entry.diagnosis);
  });
});

describe('real corpus: message-only reports', () => {
  it.each(messageOnly.map((entry) => [entry.file, entry] as const))('%s pasted as text', (_, entry) => {
    const pasted = [entry.http_status, reportedStatus(entry), entry.reason, reportedMessage(entry)].filter(Boolean).join(' ');
    expect(diagnoseErrorText(pasted)?.id).toBe(entry.diagnosis);
  });
  it.each(messageOnly.filter(reportedMessage).map((entry) => [entry.file, entry] as const))('%s as a bare message', (_, entry) => {
    expect(diagnoseErrorText(reportedMessage(entry) ?? '')?.id).toBe(entry.diagnosis);
  });
  it.each(messageOnly.map((entry) => [entry.file, entry] as const))('%s in a minimal envelope', (_, entry) => {
    const error = { code: entry.http_status, message: reportedMessage(entry) ?? '', status: reportedStatus(entry), reason: entry.reason };
    expect(diagnoseResponse(entry.http_status, JSON.stringify({ error })).id).toBe(entry.diagnosis);
  });
  it('the Google HTML error page is not Google JSON, as a response and as pasted text', () => {
    const page = corpusCase('html-403-forbidden-page.json');
    expect(diagnoseResponse(page.http_status, page.body_text_start ?? '').id).toBe('not-google-json');
    expect(diagnoseErrorText(page.body_text_start ?? '')).toMatchObject({ id: 'not-google-json', httpStatus: 403 });
  });
});

describe('real corpus: facts', () => {
  const factsOf = (file: string) => {
    const entry = corpusCase(file);
    return classifyResponse(entry.http_status, JSON.stringify(entry.body));
  };

  it('api-disabled names the project and links to enabling the API there', () => {
    const entry = corpusCase('service-disabled.json');
    const diagnosis = diagnoseResponse(entry.http_status, JSON.stringify(entry.body));
    expect(diagnosis.project).toBe('445009168042');
    expect(diagnosis.service).toBe('generativelanguage.googleapis.com');
    expect(diagnosis.links.find((link) => link.id === 'enable-api')?.url).toContain('project=445009168042');
    expect(diagnosis.steps[0]).toContain('445009168042');
  });
  it('key-api-restricted names the project from consumer', () => {
    expect(factsOf('api-key-service-blocked.json')).toMatchObject({ project: '177838813423', reason: 'API_KEY_SERVICE_BLOCKED' });
  });
  it('masked project numbers are not taken for projects', () => {
    expect(factsOf('referrer-blocked.json').project).toBeUndefined();
  });
  it('reads retry delays from RetryInfo and from the message', () => {
    expect(factsOf('rate-limit-429-per-minute-tokens.json').retryAfterSeconds).toBe(26);
    expect(factsOf('rate-limit-429-per-day.json').retryAfterSeconds).toBe(51);
    const limitZero = corpusCase('free-tier-limit-zero-429.json');
    expect(classifyErrorText(limitZero.body_message ?? '')?.retryAfterSeconds).toBe(46);
  });
  it('reads quota ids and models', () => {
    expect(factsOf('rate-limit-429-per-day.json')).toMatchObject({
      quotaId: 'GenerateRequestsPerDayPerProjectPerModel-FreeTier',
      model: 'gemini-2.5-flash-lite',
    });
    expect(factsOf('rate-limit-429-per-minute-tokens.json')).toMatchObject({
      quotaId: 'GenerateContentInputTokensPerModelPerMinute-FreeTier',
      model: 'gemini-2.5-flash',
    });
    expect(factsOf('rate-limit-429-legacy-per-region.json')).toMatchObject({
      quotaId: 'GenerateContentRequestsPerMinutePerProjectPerRegion',
      project: '391029737820',
    });
    expect(factsOf('model-not-found-v1beta.json').model).toBe('gemini-pro');
    expect(classifyErrorText(corpusCase('free-tier-limit-zero-429.json').body_message ?? '')?.model).toBe('gemini-3-pro');
  });
  it('the suspended-key message keeps no full key', () => {
    const facts = factsOf('consumer-suspended.json');
    expect(facts.project).toBe('895908428397');
    expect(facts.message).toContain('has been suspended');
    expect(facts.message).not.toContain('AIzaSyREDACTEDREDACTEDREDACTEDREDACTED0');
    expect(facts.message).not.toMatch(/AIza[0-9A-Za-z_-]{20,}/);
  });
  it('the Vertex answer names the service it came from', () => {
    expect(factsOf('vertex-api-keys-not-supported.json').service).toBe('aiplatform.googleapis.com');
  });
  it('a models list is key-ok with its status', () => {
    expect(factsOf('models-list-success.json')).toEqual({ id: 'key-ok', httpStatus: 200 });
  });
});

const HTTP_PHRASE: Record<number, string> = {
  400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 429: 'Too Many Requests',
  500: 'Internal Server Error', 503: 'Service Unavailable',
};

interface GoogleBody {
  error: { code: number; message: string; status: string; details?: { reason?: string }[] };
}

/** Every envelope the README lists, built around one real body. Null where it cannot apply. */
const RESPONSE_ENVELOPES: Record<string, (body: GoogleBody, status: number) => string | null> = {
  bare: (body) => JSON.stringify(body),
  'pretty-printed': (body) => JSON.stringify(body, null, 2),
  'one-element array': (body) => JSON.stringify([body]),
  '@google/genai wrapper': (body, status) =>
    JSON.stringify({ error: { message: JSON.stringify(body, null, 2), code: status, status: HTTP_PHRASE[status] } }),
  'router wrapper': (body, status) =>
    JSON.stringify({ error: { message: `Error from provider: ${JSON.stringify(body)}`, type: 'api_error', code: status } }),
  // Clients that flatten ErrorInfo keep only its reason; meaningful only where there is one.
  'client-flattened': ({ error }) => {
    const reason = error.details?.find((detail) => detail.reason)?.reason;
    return reason ? JSON.stringify({ error: { code: error.code, message: error.message, status: error.status, reason } }) : null;
  },
};

const TEXT_ENVELOPES: Record<string, (body: GoogleBody, status: number) => string> = {
  'python repr (google-genai)': (body) => `${body.error.code} ${body.error.status}. ${pythonRepr(body)}`,
  'python exception line': (body) => `google.genai.errors.ClientError: ${body.error.code} ${body.error.status}. ${pythonRepr(body)}`,
  'Error: NNN STATUS. {json}': (body) => `Error: ${body.error.code} ${body.error.status}. ${JSON.stringify(body)}`,
  'got status: {genai wrapper}': (body, status) =>
    `got status: ${status} ${HTTP_PHRASE[status]}. ${JSON.stringify({ error: { message: JSON.stringify(body), code: status, status: HTTP_PHRASE[status] } })}`,
  '@google/generative-ai string': (body, status) =>
    `[GoogleGenerativeAI Error]: Error fetching from https://generativelanguage.googleapis.com/v1beta/models/gemini-2.5-flash:generateContent: [${status} ${HTTP_PHRASE[status]}] ${body.error.message}${
      body.error.details ? ` ${JSON.stringify(body.error.details)}` : ''
    }`,
  'one-element array pasted': (body) => JSON.stringify([body], null, 2),
};

describe('every real body in every envelope gives the same diagnosis', () => {
  const rows = errorBodies.flatMap((entry) => [
    ...Object.entries(RESPONSE_ENVELOPES).map(([name, wrap]) => ({ entry, name, kind: 'response' as const, wrap })),
    ...Object.entries(TEXT_ENVELOPES).map(([name, wrap]) => ({ entry, name, kind: 'text' as const, wrap })),
  ]);
  it.each(rows.map((row) => [`${row.entry.file} · ${row.name}`, row] as const))('%s', (_, { entry, kind, wrap }) => {
    const wrapped = wrap(entry.body as GoogleBody, entry.http_status);
    if (wrapped === null) return;
    const plain = classifyResponse(entry.http_status, JSON.stringify(entry.body));
    const facts = kind === 'response' ? classifyResponse(entry.http_status, wrapped) : classifyErrorText(wrapped);
    expect(facts?.id).toBe(entry.diagnosis);
    expect(facts?.httpStatus).toBe(entry.http_status);
    // Flattening drops ErrorInfo metadata, so only envelopes that still carry the project keep it.
    if (plain.project && wrapped.includes(plain.project)) expect(facts?.project).toBe(plain.project);
  });
});
