import { describe, expect, it } from 'vitest';
import {
  classifyErrorText,
  classifyResponse,
  describe as describeFacts,
  DIAGNOSIS_IDS,
  LOCALES,
  type DiagnosisFacts,
  type DiagnosisId,
} from '@/utils/diagnosis';
import { DIAGNOSIS_TABLE } from '@/utils/diagnosis/table';
import { googleLink } from '@/utils/page-values';
import { retryDuration } from '@/utils/diagnosis/describe';
import { loadCorpus } from './corpus';
import { REAL_WORLD_CASES } from './real-world-cases';

const CJK = /[\u4e00-\u9fff]/;
// Hiragana or katakana: Japanese, and not Chinese (which shares the kanji).
const KANA = /[\u3040-\u30ff]/;
// The last three are Google's dated key rules, filled from utils/key-rules.ts.
const PLACEHOLDERS = new Set(['project', 'model', 'retryAfter', 'service', 'quotaId', 'authKeysByDefault', 'unrestrictedStandardRefused', 'standardRefused']);
/** Consoles carry the account; documentation pages do not. */
const CONSOLE_HOSTS = new Set(['console.cloud.google.com', 'aistudio.google.com', 'console.firebase.google.com']);
const DOCS_HOSTS = new Set(['ai.google.dev', 'firebase.google.com', 'cloud.google.com', 'geminicli.com']);
const LINK_HOSTS = new Set([...CONSOLE_HOSTS, ...DOCS_HOSTS]);
const alternativesOf = (step: string | readonly string[]) => (typeof step === 'string' ? [step] : [...step]);
const ALL_FACTS: Omit<DiagnosisFacts, 'id'> = {
  project: '445009168042',
  model: 'gemini-2.5-pro',
  service: 'generativelanguage.googleapis.com',
  retryAfterSeconds: 26,
  quotaId: 'GenerateRequestsPerMinutePerProjectPerModel-FreeTier',
};

describe('diagnosis table', () => {
  it('has exactly the ids of DIAGNOSIS_IDS', () => {
    expect(Object.keys(DIAGNOSIS_TABLE).sort()).toEqual([...DIAGNOSIS_IDS].sort());
  });

  describe.each([...DIAGNOSIS_IDS])('%s', (id) => {
    const entry = DIAGNOSIS_TABLE[id];

    it.each([...LOCALES])('has words in %s', (locale) => {
      const words = entry.words[locale];
      expect(words.title.trim()).not.toBe('');
      expect(words.explanation.trim()).not.toBe('');
      expect(words.steps.length).toBeGreaterThan(0);
      expect(words.steps.length).toBe(entry.words.en.steps.length);
      for (const [index, step] of words.steps.entries()) {
        expect(alternativesOf(step).length).toBe(alternativesOf(entry.words.en.steps[index] ?? '').length);
        for (const text of alternativesOf(step)) {
          expect(text.trim()).not.toBe('');
          for (const [, name] of text.matchAll(/\{(\w+)\}/g)) expect(PLACEHOLDERS).toContain(name);
        }
      }
      for (const link of entry.links) expect(link.label[locale].trim()).not.toBe('');
    });

    it('writes zh-CN in Chinese', () => {
      const words = entry.words['zh-CN'];
      const texts = [words.title, words.explanation, ...words.steps.flatMap(alternativesOf), ...entry.links.map((link) => link.label['zh-CN'])];
      for (const text of texts) expect(text).toMatch(CJK);
    });

    it('writes ja in Japanese', () => {
      const words = entry.words.ja;
      const texts = [words.title, words.explanation, ...words.steps.flatMap(alternativesOf), ...entry.links.map((link) => link.label.ja)];
      for (const text of texts) expect(text).toMatch(KANA);
    });

    it('has links that resolve to https pages of Google', () => {
      expect(new Set(entry.links.map((link) => link.id)).size).toBe(entry.links.length);
      for (const context of [{}, { project: 'gen-lang-client-0123456789', authuser: '1' }, { project: '445009168042', authuser: 'me@example.com' }]) {
        for (const link of entry.links) {
          const url = new URL(link.url(context));
          expect(url.protocol).toBe('https:');
          expect(LINK_HOSTS).toContain(url.host);
          // describe() drops any link googleLink() refuses: every link of the table must pass it.
          expect(googleLink(url.toString()), url.toString()).toBeDefined();
        }
        // A page about one project is left out when no project is known (issue 12).
        const project = 'project' in context ? context.project : undefined;
        const expected = entry.links.filter((link) => !link.needsProject || project).length;
        expect(describeFacts({ id, ...(project && { project }) }, context).links.length).toBe(expected);
      }
    });

    it('reads well with and without facts, in every locale', () => {
      for (const locale of LOCALES) {
        const bare = describeFacts({ id }, { locale });
        const full = describeFacts({ id, ...ALL_FACTS }, { locale });
        for (const diagnosis of [bare, full]) {
          expect(diagnosis.steps.length).toBeGreaterThan(0);
          for (const step of diagnosis.steps) expect(step).not.toMatch(/\{\w+\}/);
        }
        const usesProject = entry.words[locale].steps.some((step) => alternativesOf(step)[0]?.includes('{project}'));
        if (usesProject) expect(full.steps.join('\n')).toContain('445009168042');
      }
    });

    it('carries the account into console and AI Studio links', () => {
      for (const link of describeFacts({ id, project: 'my-project' }, { authuser: '2' }).links) {
        const url = new URL(link.url);
        if (url.host === 'console.cloud.google.com') expect(url.searchParams.get('authuser')).toBe('2');
        if (url.host === 'aistudio.google.com' || url.host === 'console.firebase.google.com') expect(url.pathname.startsWith('/u/2/')).toBe(true);
      }
      for (const link of describeFacts({ id }, { authuser: 'me@example.com' }).links) {
        const url = new URL(link.url);
        if (CONSOLE_HOSTS.has(url.host)) expect(url.searchParams.get('authuser')).toBe('me@example.com');
      }
    });
  });
});

describe('describe', () => {
  it('defaults to English and keeps the facts', () => {
    const diagnosis = describeFacts({ id: 'api-disabled', project: '445009168042', message: 'm', httpStatus: 403 });
    expect(diagnosis).toMatchObject({ id: 'api-disabled', project: '445009168042', message: 'm', httpStatus: 403, severity: 'error', dependsOnCaller: false });
    expect(diagnosis.title).toBe(DIAGNOSIS_TABLE['api-disabled'].words.en.title);
    expect(diagnosis.links.find((link) => link.id === 'enable-api')?.url).toBe(
      'https://console.cloud.google.com/apis/library/generativelanguage.googleapis.com?project=445009168042',
    );
  });
  it('speaks Chinese when asked', () => {
    const diagnosis = describeFacts({ id: 'key-invalid' }, { locale: 'zh-CN' });
    expect(diagnosis.title).toMatch(CJK);
    expect(diagnosis.links[0]?.label).toMatch(CJK);
  });
  it('speaks Japanese when asked', () => {
    const diagnosis = describeFacts({ id: 'api-disabled', project: '445009168042' }, { locale: 'ja' });
    expect(diagnosis.title).toMatch(KANA);
    expect(diagnosis.steps[0]).toContain('445009168042');
    expect(diagnosis.links.map((link) => link.label).join('\n')).toMatch(KANA);
  });
  it('fills the retry hint and falls back without it', () => {
    expect(describeFacts({ id: 'quota-exceeded', retryAfterSeconds: 26 }).steps[0]).toContain('26 seconds');
    expect(describeFacts({ id: 'quota-exceeded' }).steps[0]).toBe('Wait a minute, then retry.');
  });
  it('treats an id it does not know (from another build) as unknown', () => {
    expect(describeFacts({ id: 'brand-new' as DiagnosisId }).severity).toBe(DIAGNOSIS_TABLE.unknown.severity);
  });
  it('puts the link to Google’s billing and project pages on billing stops', () => {
    for (const id of ['billing-required', 'free-tier-limit-zero'] as const) {
      const ids = describeFacts({ id, project: '1234567' }).links.map((link) => link.id);
      expect(ids).toEqual(expect.arrayContaining(['link-billing', 'ai-studio-projects']));
    }
  });
});

describe('the words say what Google really does', () => {
  const en = (id: DiagnosisId, today = new Date('2026-11-30T12:00:00Z')) => {
    const described = describeFacts({ id, ...ALL_FACTS }, { today });
    return [described.explanation, ...described.steps].join('\n');
  };
  it('invalid keys are a 400, and standard keys are retired, in the tense of the day', () => {
    expect(en('key-invalid')).toMatch(/400 API_KEY_INVALID/);
    expect(en('key-invalid')).toMatch(/AQ\./);
    expect(en('key-invalid')).toMatch(/Since 19 June 2026, the Gemini API refuses unrestricted/);
    expect(en('key-invalid')).toMatch(/Since September 2026, the Gemini API refuses every standard key/);
    // Before September, the same words in the future tense; before June, both.
    expect(en('key-invalid', new Date('2026-07-01T12:00:00Z'))).toMatch(/From September 2026, the Gemini API will refuse every standard key/);
    expect(en('key-invalid', new Date('2026-06-01T12:00:00Z'))).toMatch(/From 19 June 2026, the Gemini API will refuse unrestricted/);
    expect(en('key-invalid')).not.toMatch(/\{\w+\}/);
  });
  it('the OAuth message has two causes, one being the June 2026 rejection', () => {
    expect(en('bearer-auth-used')).toMatch(/Authorization: Bearer/);
    expect(en('bearer-auth-used')).toMatch(/19 June 2026/);
    expect(en('key-type-unsupported')).toMatch(/AQ\./);
    expect(en('key-type-unsupported')).toMatch(/September 2026/);
    expect(en('key-format')).toMatch(/Since 28 May 2026, AI Studio makes every new key an auth key/);
  });
  it('quota words: daily reset, limit 0 never recovers, prepay is billing', () => {
    expect(en('daily-quota-exceeded')).toMatch(/daily reset/);
    expect(en('daily-quota-exceeded')).not.toMatch(/\{retryAfter\}/);
    expect(en('free-tier-limit-zero')).toMatch(/never helps/);
    expect(en('free-tier-limit-zero')).not.toMatch(/\{retryAfter\}/);
    expect(en('prepay-depleted')).toMatch(/not a rate limit/);
  });
  it('caller-dependent results say so and point to the curl command', () => {
    for (const id of ['key-referrer-restricted', 'key-ip-restricted', 'key-app-restricted', 'location-unsupported'] as const) {
      expect(DIAGNOSIS_TABLE[id]).toMatchObject({ severity: 'inconclusive', dependsOnCaller: true });
      expect(en(id)).toMatch(/curl/);
    }
    expect(en('key-referrer-restricted')).toMatch(/no Referer/);
  });
});

describe('words and links follow the service the error names', () => {
  it('Vertex AI: its own API page in the project, not the Generative Language API', () => {
    const diagnosis = describeFacts({ id: 'vertex-api-disabled', project: 'my-vertex-project' });
    const urls = diagnosis.links.map((link) => link.url);
    expect(urls).toContain('https://console.cloud.google.com/apis/library/aiplatform.googleapis.com?project=my-vertex-project');
    expect(urls.join(' ')).not.toContain('generativelanguage');
    expect(diagnosis.steps[0]).toContain('my-vertex-project');
  });
  it('Firebase AI Logic: the Firebase console page of the project, with the account', () => {
    const diagnosis = describeFacts({ id: 'firebase-ai-not-enabled', project: 'dreamstale-stage' }, { authuser: '1' });
    expect(diagnosis.links[0]?.url).toBe('https://console.firebase.google.com/u/1/project/dreamstale-stage/ailogic');
    expect(describeFacts({ id: 'firebase-ai-not-enabled' }).links[0]?.url).toBe('https://console.firebase.google.com/');
  });
  it('an account-level Terms of Service refusal is not a quota, model or key problem', () => {
    const words = DIAGNOSIS_TABLE['account-tos-disabled'].words.en;
    expect(words.explanation).toMatch(/not the key, the model or a quota/);
    expect(DIAGNOSIS_TABLE['account-tos-disabled'].severity).toBe('error');
  });
});

describe('reachability', () => {
  // key-format: the popup's card when the pre-check stops a submit (tests/e2e/key-test.e2e.ts);
  // the probe runner produces network-error, timeout, not-google-json and api-redirected
  // (tests/unit/api-key/probe.test.ts); AI Studio's toast wordings (utils/detection/rules/ai-studio.ts,
  // tests/unit/explain.test.ts) the key-creation ids. Classification need not.
  const producedElsewhere = new Set<DiagnosisId>(['key-format', 'network-error', 'timeout', 'not-google-json', 'api-redirected', 'key-creation-denied', 'key-creation-flagged']);
  it('classification reaches every other id', () => {
    const reached = new Set<DiagnosisId>();
    for (const entry of loadCorpus()) {
      const facts =
        entry.body === null
          ? classifyErrorText([entry.http_status, entry.body_status ?? entry.status, entry.reason, entry.message_reported ?? entry.body_message].filter(Boolean).join(' '))
          : classifyResponse(entry.http_status, JSON.stringify(entry.body));
      if (facts) reached.add(facts.id);
    }
    for (const entry of REAL_WORLD_CASES) {
      const facts = entry.response
        ? classifyResponse(entry.response.status, typeof entry.response.body === 'string' ? entry.response.body : JSON.stringify(entry.response.body))
        : classifyErrorText(entry.text ?? '');
      if (facts) reached.add(facts.id);
    }
    const missing = DIAGNOSIS_IDS.filter((id) => !producedElsewhere.has(id) && !reached.has(id));
    expect(missing).toEqual([]);
  });
});

describe('retry hints', () => {
  it('read as seconds when short and as hours and minutes when long, in every locale', () => {
    expect(retryDuration(26, 'en')).toBe('about 26 seconds');
    expect(retryDuration(581_982, 'en')).toBe('about 161 h 39 min');
    expect(retryDuration(3600, 'zh-CN')).toBe('约 1 小时');
    expect(retryDuration(90, 'ja')).toBe('約 90 秒');
    const step = describeFacts({ id: 'quota-exceeded', retryAfterSeconds: 34_847 }).steps[0];
    expect(step).toBe('Wait about 9 h 40 min (Google’s hint), then retry.');
    expect(describeFacts({ id: 'quota-exceeded', retryAfterSeconds: 26 }, { locale: 'zh-CN' }).steps[0]).toBe('按 Google 的提示等待约 26 秒后重试。');
  });
});

describe('wording rules (issue 12)', () => {
  it('leaves out "The project’s API keys" when no project is known, and carries it when one is', () => {
    expect(describeFacts({ id: 'key-invalid' }).links.map((link) => link.id)).not.toContain('credentials');
    const withProject = describeFacts({ id: 'key-invalid', project: 'my-project-123' }).links.find((link) => link.id === 'credentials');
    expect(withProject?.url).toContain('project=my-project-123');
  });

  it('after its own key test, an HTML answer does not send the user to check a URL Key Doctor built', () => {
    for (const locale of LOCALES) {
      const pasted = describeFacts({ id: 'not-google-json' }, { locale });
      const tested = describeFacts({ id: 'not-google-json' }, { locale, fromKeyTest: true });
      expect(pasted.steps.join(' ')).toContain('https://generativelanguage.googleapis.com/v1beta/');
      expect(tested.steps.join(' ')).not.toContain('generativelanguage.googleapis.com');
      expect(tested.steps.length).toBeGreaterThan(0);
    }
  });

  it('gives the 2026 standard-key dates at most once per verdict', () => {
    for (const id of Object.keys(DIAGNOSIS_TABLE) as (keyof typeof DIAGNOSIS_TABLE)[]) {
      for (const locale of LOCALES) {
        const diagnosis = describeFacts({ id, project: 'p-123456' }, { locale });
        const texts = [diagnosis.explanation, ...diagnosis.steps];
        expect(texts.filter((text) => /2026/.test(text) && /AIza/.test(text)).length, `${id} ${locale}`).toBeLessThanOrEqual(1);
      }
    }
  });

  it('uses one form of address in Chinese (你, never 您)', () => {
    expect(JSON.stringify(DIAGNOSIS_TABLE)).not.toContain('您');
  });
});
