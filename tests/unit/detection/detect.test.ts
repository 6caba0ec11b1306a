// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { compileWording, contextFor, detect, matchTextRule, normalizeText, readText, warmUpDetection } from '@/utils/detection/detect';
import { AI_STUDIO_RULES, aiStudioPageKind, isAiStudioKeyPage, UNREADABLE_CREATE_FAILURE } from '@/utils/detection/rules/ai-studio';
import { loadFixtures, parseFixture } from './fixtures';

const fixtures = loadFixtures();
const ruleIds = AI_STUDIO_RULES.map((rule) => rule.id as string);

function page(body: string, head = ''): Document {
  return new DOMParser().parseFromString(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`, 'text/html');
}
const KEYS_URL = 'https://aistudio.google.com/app/apikey';

describe('fixture corpus', () => {
  it('has fixtures', () => expect(fixtures.length).toBeGreaterThanOrEqual(7));

  it.each(fixtures.map((f) => [f.file, f] as const))('%s has a complete header and is claimed', (_file, fixture) => {
    for (const field of ['fixture', 'imitates', 'language', 'date', 'url', 'expect', 'sources']) {
      expect(fixture.header[field], field).toBeTruthy();
    }
    // A positive fixture sits on a page where its rule applies (key pages, or /apps/… for the app rule).
    expect(aiStudioPageKind(fixture.url) !== undefined || fixture.expect === undefined).toBe(true);
    const claimedBy = fixture.expect ?? fixture.signal;
    if (claimedBy) {
      // A rule id names its fixture: ai-studio/<slug> → <slug>.html or <slug>--<variant>.html.
      expect([...ruleIds, UNREADABLE_CREATE_FAILURE.id]).toContain(claimedBy);
      expect(fixture.file.replace(/(--[\w-]+)?\.html$/, '')).toBe(claimedBy.replace('ai-studio/', ''));
    } else {
      expect(fixture.header.fixture).toMatch(/\(negative: must not trigger\)/);
    }
  });

  it('every text rule has a positive fixture, and the signal rule has one', () => {
    const claimed = new Set(fixtures.flatMap((f) => [f.expect, f.signal]));
    for (const id of [...ruleIds, UNREADABLE_CREATE_FAILURE.id]) expect(claimed, id).toContain(id);
  });
});

/**
 * Alone, the generic "Failed to generate API key" rule also matches the toasts that more specific
 * rules (earlier in the table) claim first; nothing else may overlap.
 */
const OVERLAPS: Record<string, string[]> = {
  'ai-studio/generate-key-failed': ['ai-studio/generate-key-permission-denied', 'ai-studio/generate-key-suspicious'],
};

describe('every rule against every fixture', () => {
  const cases = AI_STUDIO_RULES.flatMap((rule) => fixtures.map((fixture) => [rule.id, fixture.file, rule, fixture] as const));
  it.each(cases)('%s × %s', (ruleId, _file, rule, fixture) => {
    const found = detect(parseFixture(fixture), fixture.url, [rule]).map((d) => d.ruleId);
    if (fixture.expect === ruleId) expect(found.length).toBeGreaterThan(0);
    else if (fixture.expect && OVERLAPS[ruleId]?.includes(fixture.expect)) return;
    else expect(found).toEqual([]);
  });

  it.each(fixtures.map((f) => [f.file, f] as const))('%s with the full table gives exactly its rule', (_file, fixture) => {
    const found = detect(parseFixture(fixture), fixture.url);
    expect(found.map((d) => d.ruleId)).toEqual(fixture.expect ? [fixture.expect] : []);
  });

  it.each(fixtures.filter((f) => !f.expect).map((f) => [f.file, f] as const))(
    '%s stays silent even on a key page URL and with an explicit scan',
    (_file, fixture) => {
      expect(detect(parseFixture(fixture), KEYS_URL)).toEqual([]);
      expect(detect(parseFixture(fixture), fixture.url, AI_STUDIO_RULES, { anyPage: true })).toEqual([]);
    },
  );
});

describe('messages and elements', () => {
  const byFile = (file: string) => fixtures.find((f) => f.file === file)!;
  const only = (file: string) => {
    const fixture = byFile(file);
    const [detection] = detect(parseFixture(fixture), fixture.url);
    if (!detection) throw new Error(`nothing found in ${file}`);
    return detection;
  };

  it('reads the real toast chain: span.content-text, not the icon ligature or "Close settings"', () => {
    const d = only('generate-key-permission-denied.html');
    expect(d.message).toBe('Failed to generate API key: permission denied. Please try again.');
    expect(d.element.matches('ms-toast div.toast.warning span.content-text')).toBe(true);
    expect(d.host.localName).toBe('mat-snack-bar-container');
    expect(d.host.classList.contains('ms-toast-snack-bar-container')).toBe(true);
    expect(d.expectedStructure).toBe(true);
    expect(d.diagnosisId).toBe('key-creation-denied');
  });

  it('still reads the older simple-snack-bar label, not its Dismiss button', () => {
    const d = only('generate-key-permission-denied--simple-snack-bar.html');
    expect(d.message).toBe('Failed to generate API key: permission denied. Please try again.');
    expect(d.element.classList.contains('mdc-snackbar__label')).toBe(true);
    expect(d.host.localName).toBe('mat-snack-bar-container');
    expect(d.expectedStructure).toBe(true);
  });

  it('reads the header\'s ms-toast, outside any snack bar or overlay, as an expected structure', () => {
    const d = only('generate-key-permission-denied--header-toast.html');
    expect(d.message).toBe('Failed to generate API key: permission denied. Please try again.');
    expect(d.element.matches('span.content-text')).toBe(true);
    // One rendered toast is one message; the ms-toast host stays for the page's lifetime.
    expect(d.host.matches('ms-header-root ms-toast > div.toast.relative-to-page')).toBe(true);
    expect(d.expectedStructure).toBe(true);
  });

  it('reads Google\'s zh-CN no-permission wording', () => {
    const d = only('no-permission-create-key--zh-cn.html');
    expect(d.ruleId).toBe('ai-studio/no-permission-create-key');
    expect(d.message).toBe('您无权在此项目中创建密钥。');
    expect(d.context).toEqual({ project: 'gen-lang-client-0888888888' });
  });

  it('the publish failure of an app is the app rule on /apps/ pages, whatever the chat there quotes', () => {
    const d = only('app-publish-suspicious.html');
    expect(d.ruleId).toBe('ai-studio/app-publish-suspicious');
    expect(d.diagnosisId).toBeUndefined();
    expect(d.element.matches('span.content-text')).toBe(true);
  });

  it('reads content still in the aria-hidden div and strips icon ligatures', () => {
    const d = only('generate-key-suspicious.html');
    expect(d.message).toBe('Failed to generate API key, The request is suspicious. Please try again.');
    expect(d.diagnosisId).toBe('key-creation-flagged');
  });

  it('finds the dialog error inside its callout', () => {
    const d = only('no-permission-create-key.html');
    expect(d.message).toBe('You do not have permission to create a key in this project.');
    expect(d.host.localName).toBe('mat-dialog-container');
  });

  it('flags a message found only in a bare live region', () => {
    const d = only('generate-key-permission-denied--live-announcer.html');
    expect(d.expectedStructure).toBe(false);
    expect(d.foundBy).toBe('[aria-live]');
  });

  it('reads legacy pre-MDC snack bars', () => {
    const d = only('caller-no-permission.html');
    expect(d.message).toBe('The caller does not have permission');
    expect(d.expectedStructure).toBe(true);
  });

  it('matches the permissions template with any list', () => {
    expect(only('missing-permissions.html').message).toBe(
      'Missing permissions: apikeys.keys.create, iam.serviceAccounts.create. Please contact your project administrator for assistance.',
    );
  });

  it('reports one detection per toast even when nested containers all match', () => {
    const doc = page(`<div class="cdk-overlay-container"><div class="cdk-overlay-pane">
      <mat-snack-bar-container role="alert"><div aria-live="assertive"><div class="mdc-snackbar__label">The caller does not have permission</div></div></mat-snack-bar-container>
    </div></div>`);
    expect(detect(doc, KEYS_URL)).toHaveLength(1);
  });

  it('reports each of several toasts, in document order', () => {
    const toast = (text: string) => `<mat-snack-bar-container><div class="mdc-snackbar__label">${text}</div></mat-snack-bar-container>`;
    const doc = page(`<div class="cdk-overlay-container">${toast('The caller does not have permission')}${toast('The request is suspicious')}</div>`);
    expect(detect(doc, KEYS_URL).map((d) => d.ruleId)).toEqual(['ai-studio/caller-no-permission', 'ai-studio/generate-key-suspicious']);
  });
});

describe('wording matching', () => {
  it('ignores case, punctuation, width and spacing', () => {
    const pattern = compileWording('Failed to generate API key: permission denied. Please try again.');
    for (const text of [
      'FAILED TO GENERATE API KEY — PERMISSION DENIED!! please try again',
      'Failed to generate API key, permission denied. Please try again.',
      'Ｆａｉｌｅｄ to generate API key：permission denied。Please try again',
    ]) {
      expect(pattern.test(` ${normalizeText(text)} `), text).toBe(true);
    }
  });

  it('matches whole words only', () => {
    expect(compileWording('The request is suspicious').test(` ${normalizeText('The request is suspiciously slow')} `)).toBe(false);
  });

  it('does not take the chat error for the key error', () => {
    const doc = page('<mat-snack-bar-container><div class="mdc-snackbar__label">Failed to generate content: permission denied. Please try again.</div></mat-snack-bar-container>');
    expect(detect(doc, KEYS_URL)).toEqual([]);
  });

  it('a Chinese or Japanese wording needs no space around it (no spaces between words there)', () => {
    const pattern = compileWording('您无权在此项目中创建密钥');
    for (const text of ['您无权在此项目中创建密钥', '错误：您无权在此项目中创建密钥。', '您无权在此项目中创建密钥请联系管理员']) {
      expect(pattern.test(` ${normalizeText(text)} `), text).toBe(true);
    }
    expect(pattern.test(` ${normalizeText('您无权在此项目中创建项目')} `)).toBe(false);
  });

  it('the same "suspicious" toast: key checklist on key pages, the app rule on /apps/ pages, nothing elsewhere', () => {
    const toast = '<mat-snack-bar-container><div class="mdc-snackbar__label">Failed to generate API key, The request is suspicious. Please try again.</div></mat-snack-bar-container>';
    const rules = (url: string, anyPage = false) => detect(page(toast), url, AI_STUDIO_RULES, { anyPage }).map((d) => d.ruleId);
    expect(rules('https://aistudio.google.com/app/api-keys')).toEqual(['ai-studio/generate-key-suspicious']);
    expect(rules('https://aistudio.google.com/apps/drive/abc')).toEqual(['ai-studio/app-publish-suspicious']);
    expect(rules('https://aistudio.google.com/u/1/apps/bundled/x?showPreview=true')).toEqual(['ai-studio/app-publish-suspicious']);
    expect(rules('https://aistudio.google.com/prompts/new_chat')).toEqual([]);
    // An explicit scan: the page's own rule first on /apps/, the key rule anywhere else.
    expect(rules('https://aistudio.google.com/apps/drive/abc', true)).toEqual(['ai-studio/app-publish-suspicious']);
    expect(rules('https://aistudio.google.com/prompts/new_chat', true)).toEqual(['ai-studio/generate-key-suspicious']);
    // A key-page message on /apps/ is not ours to explain there, unless asked.
    const denied = page('<mat-snack-bar-container><div class="mdc-snackbar__label">Failed to generate API key: permission denied. Please try again.</div></mat-snack-bar-container>');
    expect(detect(denied, 'https://aistudio.google.com/apps/drive/abc')).toEqual([]);
  });

  it('pasted text is read as a key-page message (Explain an error)', () => {
    expect(matchTextRule('Failed to generate API key, The request is suspicious. Please try again.')?.id).toBe('ai-studio/generate-key-suspicious');
    expect(matchTextRule('您无权在此项目中创建密钥')?.id).toBe('ai-studio/no-permission-create-key');
  });

  it('leaves the page alone outside key pages unless asked', () => {
    const doc = page('<mat-snack-bar-container><div class="mdc-snackbar__label">The caller does not have permission</div></mat-snack-bar-container>');
    expect(detect(doc, 'https://aistudio.google.com/prompts/new_chat')).toEqual([]);
    expect(detect(doc, 'https://aistudio.google.com/prompts/new_chat', AI_STUDIO_RULES, { anyPage: true })).toHaveLength(1);
  });
});

describe('never text the user typed or a model wrote', () => {
  const wording = 'Failed to generate API key: permission denied. Please try again.';
  it.each([
    ['textarea', `<div aria-live="polite"><textarea>${wording}</textarea></div>`],
    ['contenteditable', `<div role="status"><div contenteditable="true">${wording}</div></div>`],
    ['chat turn', `<div aria-live="polite"><ms-chat-turn><p>${wording}</p></ms-chat-turn></div>`],
    ['prompt component', `<ms-prompt-box><div role="alert">${wording}</div></ms-prompt-box>`],
    ['model markdown', `<div role="alert"><ms-cmark-node>${wording}</ms-cmark-node></div>`],
    ['chat log', `<div role="log"><div aria-live="polite">${wording}</div></div>`],
    ['long live region (a transcript)', `<div aria-live="polite"><p>${'Lorem ipsum dolor sit amet. '.repeat(30)}</p><p>${wording}</p></div>`],
  ])('%s', (_name, body) => {
    expect(detect(page(body), KEYS_URL)).toEqual([]);
  });
});

describe('readText', () => {
  it('drops icon ligatures, buttons and scripts, keeps words apart', () => {
    const doc = page('<div id="t"><mat-icon>error</mat-icon><span class="material-symbols-outlined">key_off</span><div>One</div><div>two</div><b>th</b>ree<script>x()</script><button>Dismiss</button></div>');
    expect(readText(doc.getElementById('t')!)).toBe('One two three');
  });

  it('strips ligature words left at the edges by unknown icon spans', () => {
    const doc = page('<div id="t"><i class="icon">error</i> Failed to generate API key <i>close</i></div>');
    expect(readText(doc.getElementById('t')!)).toBe('Failed to generate API key');
  });
});

describe('context', () => {
  it.each([
    ['generate-key-permission-denied.html', { project: 'gen-lang-client-0123456789', authuser: '1' }],
    ['generate-key-permission-denied--live-announcer.html', { project: 'my-project-4711', authuser: 'dev.person+keys@gmail.com' }],
    ['no-permission-create-key.html', { project: 'gen-lang-client-0555555555', authuser: '0' }],
    ['generate-key-suspicious.html', {}],
    ['missing-permissions.html', { project: 'gen-lang-client-0246813579' }],
    ['project-admin-permission-denied.html', { project: 'gen-lang-client-0399990183', authuser: '3' }],
  ])('%s', (file, expected) => {
    const fixture = fixtures.find((f) => f.file === file)!;
    const [detection] = detect(parseFixture(fixture), fixture.url);
    expect(detection?.context).toEqual(expected);
  });

  it('prefers the project next to the message over the URL, and the URL over the page', () => {
    const doc = page(`<ms-api-keys>gen-lang-client-0000000001</ms-api-keys>
      <mat-dialog-container><p>gen-lang-client-0000000002</p><p id="m">x</p></mat-dialog-container>`);
    const url = 'https://aistudio.google.com/apikey?project=from-url';
    expect(contextFor(doc, url, doc.getElementById('m')!).project).toBe('gen-lang-client-0000000002');
    expect(contextFor(doc, url).project).toBe('from-url');
    expect(contextFor(doc, 'https://aistudio.google.com/apikey').project).toBe('gen-lang-client-0000000002');
  });

  it('ignores project ids typed into the chat', () => {
    const doc = page('<ms-api-keys><ms-chat-turn>gen-lang-client-0000000009</ms-chat-turn></ms-api-keys>');
    expect(contextFor(doc, KEYS_URL)).toEqual({});
  });
});

describe('key pages', () => {
  it.each([
    ['https://aistudio.google.com/apikey', true],
    ['https://aistudio.google.com/api-keys?project=x', true],
    ['https://aistudio.google.com/app/apikey', true],
    ['https://aistudio.google.com/app/api-keys', true],
    ['https://aistudio.google.com/u/2/app/apikey', true],
    ['https://aistudio.google.com/u/1/api-keys/', true],
    ['https://aistudio.google.com/projects?hl=pl', true],
    ['https://aistudio.google.com/u/0/projects/abc', true],
    ['https://aistudio.google.com/prompts/new_chat', false],
    ['https://aistudio.google.com/apikeyish', false],
    ['https://aistudio.google.com/apps/drive/abc', false],
    ['https://evil.example/apikey', false],
    ['not a url', false],
  ])('%s → %s', (url, expected) => expect(isAiStudioKeyPage(url)).toBe(expected));

  it.each([
    ['https://aistudio.google.com/apikey', 'keys'],
    ['https://aistudio.google.com/apps/drive/1AbC?showPreview=true', 'app'],
    ['https://aistudio.google.com/u/2/apps/bundled/weather', 'app'],
    ['https://aistudio.google.com/apps', 'app'],
    ['https://aistudio.google.com/appsx/y', undefined],
    ['https://aistudio.google.com/prompts/new_chat', undefined],
    ['https://evil.example/apps/x', undefined],
  ])('page kind of %s → %s', (url, expected) => expect(aiStudioPageKind(url)).toBe(expected));
});

describe('warmUpDetection', () => {
  it('takes the matching path once on a key page, off the page: the document is untouched', () => {
    const doc = page('<main><p>Your API keys</p></main>');
    const before = doc.documentElement.outerHTML;
    expect(warmUpDetection(doc, KEYS_URL)).toBe(1);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('finds nothing where no rule applies (a chat page)', () => {
    expect(warmUpDetection(page(''), 'https://aistudio.google.com/prompts/new_chat')).toBe(0);
  });
});
