// @vitest-environment happy-dom
/**
 * Every finder and every done-check against every replica: it finds the right element where it
 * should and nothing anywhere else. The tables below are the whole truth: a fixture not listed
 * for a finder must give null.
 */
import { describe, expect, it, vi } from 'vitest';
import { accessibleName } from '@/utils/guide/dom';
import { pageOf } from '@/utils/guide/pages';
import {
  CHECK_IDS,
  CHECKS,
  TARGET_IDS,
  TARGETS,
  deletedKeyRows,
  deletedListSettled,
  iamSummary,
  restoredKeyRows,
  signedInEmail,
  type CheckId,
  type GuideEnv,
  type TargetId,
} from '@/utils/guide/targets';
import { FIXTURES, fixtureUrl, parseFixture } from './fixtures';

/** "<tag> <accessible name>", enough to tell which element was found. */
function summary(element: Element): string {
  return `${element.localName} ${accessibleName(element)}`.replace(/\s+/g, ' ').trim();
}

/** The page, and the first deleted key on it as the user's choice (what the machine would pick). */
function envFor(name: string, doc: Document): GuideEnv {
  const env: GuideEnv = {};
  const page = pageOf(fixtureUrl(name));
  if (page) env.page = page;
  const first = deletedKeyRows(doc)[0];
  if (first) env.choice = first.choice;
  return env;
}

const CREDENTIALS_LISTS = ['credentials', 'credentials-restored', 'credentials-restored-same-name', 'credentials-no-restore-link', 'credentials-create-menu', 'credentials-create-form', 'credentials-restored-standard'];
const KEY_EDIT = ['key-edit', 'key-edit-select-open', 'key-edit-restricted', 'key-edit-no-radio'];
const KEY_EDIT_RADIO = KEY_EDIT.filter((name) => name !== 'key-edit-no-radio');
/** The document inside the Credentials page's iframe: its own URL is no guide page. */
const FRAME = 'credentials-rif-frame';
const ON_CREDENTIALS = FIXTURES.filter((name) => name.startsWith('credentials') && name !== FRAME && name !== 'credentials-iframe');
const each = (names: string[], expected: string) => Object.fromEntries(names.map((name) => [name, expected]));

/** Finder → fixture → the start of the found element's summary. */
const EXPECTED: Record<TargetId, Record<string, string>> = {
  restoreDeletedLink: {
    ...each(['credentials', 'credentials-restored', 'credentials-restored-same-name', 'credentials-create-menu', 'credentials-create-form', 'credentials-restored-standard', FRAME], 'a Restore deleted credentials'),
    'credentials-zh-cn': 'button 恢复已删除的凭据',
    // credentials-key-created: the page behind the modal dialog is aria-hidden.
  },
  rowCheckbox: { 'deleted-checkbox': 'mat-checkbox' },
  restoreButton: {
    'deleted-one': 'button RESTORE',
    'deleted-several': 'button Restore',
    'deleted-checkbox': 'button RESTORE',
    'deleted-zh-cn': 'button 恢复',
    'deleted-de': 'button WIEDERHERSTELLEN',
  },
  confirmRestoreButton: { 'deleted-dialog': 'button RESTORE' },
  backToCredentials: {
    ...each(['deleted-one', 'deleted-several', 'deleted-checkbox', 'deleted-empty'], 'a Back'),
    'deleted-zh-cn': 'button 返回',
    'deleted-de': 'a Zurück',
    ...each(KEY_EDIT, 'a Back'),
  },
  // Needs the user's pick, which no Credentials page gives (see "restored key" below).
  restoredKeyRow: {},
  createCredentialsButton: {
    ...each([...CREDENTIALS_LISTS, FRAME], 'button Create credentials'),
    'credentials-zh-cn': 'button 创建凭据',
  },
  apiKeyMenuItem: { 'credentials-create-menu': 'button API key Identifies your project' },
  serviceAccountCheckbox: {},
  serviceAccountSelect: {},
  createKeyButton: {},
  editApiKeyLink: { 'credentials-key-created': 'a Edit API key' },
  restrictKeyRadio: each(KEY_EDIT_RADIO, 'mat-radio-button Restrict key'),
  apiRestrictionSelect: { ...each(['key-edit-select-open', 'key-edit-restricted'], 'cfc-select Select APIs'), 'key-edit-no-radio': 'cfc-select Select API restrictions' },
  geminiApiOption: { 'key-edit-select-open': 'mat-option Generative Language API' },
  apiListOkButton: { 'key-edit-select-open': 'button OK' },
  saveButton: each(KEY_EDIT, 'button Save'),
  enableApiButton: { 'library-not-enabled': 'button Enable', 'library-aria-not-enabled': 'button enable this API', 'marketplace-not-enabled': 'button enable this API' },
  myIamRow: { iam: 'tr dev.user@example.com Dev User Editor' },
};

/** Check → the fixtures where it holds (with the env above). */
const HOLDS: Record<CheckId, string[]> = {
  onDeletedPage: FIXTURES.filter((name) => name.startsWith('deleted-')),
  onCredentialsPage: [...ON_CREDENTIALS, 'credentials-iframe'],
  leftKeyEditPage: [...ON_CREDENTIALS, 'credentials-iframe'],
  rowReadyToRestore: ['deleted-one', 'deleted-several', 'deleted-zh-cn', 'deleted-dialog', 'deleted-de'],
  restoreStarted: ['deleted-dialog'],
  chosenRowGone: [],
  createMenuOpened: ['credentials-create-menu', 'credentials-key-created', ...KEY_EDIT],
  createFormOrKeyShown: ['credentials-key-created', ...KEY_EDIT],
  serviceAccountTicked: ['credentials-key-created', ...KEY_EDIT],
  serviceAccountChosen: ['credentials-key-created', ...KEY_EDIT],
  keyCreated: ['credentials-key-created', ...KEY_EDIT],
  editFormShown: KEY_EDIT,
  // No radio on the key's page: nothing to choose before the list.
  restrictChecked: ['key-edit-select-open', 'key-edit-restricted', 'key-edit-no-radio'],
  apiListOpenOrGeminiChosen: ['key-edit-select-open', 'key-edit-restricted'],
  geminiChosen: ['key-edit-restricted'],
  apiListClosedWithGemini: ['key-edit-restricted'],
  // A key already shown (the 2024 instant key, or the key's own page) passes the create form's steps.
  formApiListOpen: ['credentials-key-created', ...KEY_EDIT],
  formGeminiChosen: ['credentials-key-created', ...KEY_EDIT],
  formApiListClosed: ['credentials-key-created', ...KEY_EDIT],
  apiEnabled: ['library-enabled', 'library-aria-enabled'],
};

describe('fixtures', () => {
  it('covers every page shape the guides rely on, each with a header comment and URL', () => {
    expect(FIXTURES.length).toBeGreaterThanOrEqual(18);
    for (const name of FIXTURES) if (name !== FRAME) expect(pageOf(fixtureUrl(name)), name).toBeDefined();
  });

  it('lists only fixtures that exist', () => {
    const named = [...Object.values(EXPECTED).flatMap(Object.keys), ...Object.values(HOLDS).flat()];
    for (const name of named) expect(FIXTURES).toContain(name);
  });
});

describe.each(TARGET_IDS.map((id) => [id] as const))('finder %s', (id) => {
  it.each(FIXTURES.map((name) => [name] as const))('on %s', (name) => {
    const doc = parseFixture(name);
    const found = TARGETS[id].find(doc, envFor(name, doc));
    const expected = EXPECTED[id][name];
    if (expected === undefined) expect(found && summary(found), `${id} should find nothing on ${name}`).toBeNull();
    else expect(found && summary(found), `${id} on ${name}`).toMatch(new RegExp(`^${expected.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  });
});

describe.each(CHECK_IDS.map((id) => [id] as const))('check %s', (id) => {
  it.each(FIXTURES.map((name) => [name] as const))('on %s', (name) => {
    const doc = parseFixture(name);
    expect(CHECKS[id](doc, envFor(name, doc)), `${id} on ${name}`).toBe(HOLDS[id].includes(name));
  });
});

describe('deleted rows', () => {
  const rows = (name: string) => deletedKeyRows(parseFixture(name)).map((row) => row.choice);

  it('offers every AI Studio key and never an OAuth client', () => {
    expect(rows('deleted-several')).toEqual([
      expect.objectContaining({ name: 'Generative Language API Key', detail: 'Nov 18, 2026', keyId: '7c1e4f2a-3b5d-4e6f-8a9b-0c1d2e3f4a5b', index: 0 }),
      expect.objectContaining({ name: 'Generative Language API Key', detail: 'Nov 3, 2026', keyId: '2a3b4c5d-6e7f-4809-9a1b-2c3d4e5f6a7b', index: 1 }),
      expect.objectContaining({ name: 'Gemini API Key', detail: 'Oct 30, 2026', keyId: 'e1f2a3b4-c5d6-4e7f-8091-a2b3c4d5e6f7', index: 2 }),
    ]);
  });

  it('reads each shape: table, checkbox rows, zh-CN list', () => {
    expect(rows('deleted-one')).toEqual([expect.objectContaining({ name: 'Generative Language API Key', detail: 'Nov 20, 2026, 9:41:07 AM' })]);
    expect(rows('deleted-one')[0]?.keyId).toBeUndefined();
    expect(rows('deleted-checkbox')).toEqual([expect.objectContaining({ name: 'Gemini API Key', detail: 'Nov 21, 2026' })]);
    expect(rows('deleted-zh-cn')).toEqual([expect.objectContaining({ name: 'Generative Language API Key', detail: 'API 密钥 · 删除时间：2026年11月20日' })]);
  });

  it('finds none where there is nothing to restore, or on the Credentials list (no plain Restore there)', () => {
    for (const name of ['deleted-empty', 'deleted-dialog', ...FIXTURES.filter((n) => !n.startsWith('deleted-'))]) expect(rows(name), name).toEqual([]);
  });

  it('offers a renamed key when no row has an AI Studio name', () => {
    const doc = parseFixture('deleted-one');
    doc.querySelector('tbody td')!.textContent = 'my prod key';
    expect(deletedKeyRows(doc).map((row) => row.choice.name)).toEqual(['my prod key']);
  });

  it('says the chosen row is gone once it left the rendered list, or once we left the page', () => {
    const choice = deletedKeyRows(parseFixture('deleted-one'))[0]!.choice;
    const gone = (name: string) => CHECKS.chosenRowGone(parseFixture(name), { page: pageOf(fixtureUrl(name))!, choice });
    expect(gone('deleted-one')).toBe(false);
    expect(gone('deleted-empty')).toBe(true);
    expect(gone('credentials-restored')).toBe(true);
  });

  it('knows when the deleted list is there to be read: not behind a dialog, not the old Credentials list', () => {
    const settled = (name: string, url = fixtureUrl(name)) => deletedListSettled(parseFixture(name), { page: pageOf(url)! });
    for (const name of ['deleted-empty', 'deleted-one', 'deleted-several', 'deleted-checkbox', 'deleted-zh-cn']) expect(settled(name), name).toBe(true);
    expect(settled('deleted-dialog')).toBe(false);
    expect(settled('credentials')).toBe(false);
    expect(settled('credentials', fixtureUrl('deleted-empty'))).toBe(false);
  });

  it('reaches the restore step when the chosen row is already gone (a quick restore), not before', () => {
    const doc = parseFixture('deleted-several');
    const [first, second] = deletedKeyRows(doc);
    expect(CHECKS.rowReadyToRestore(doc, { page: 'deleted-credentials', choice: first!.choice })).toBe(true);
    const checkboxes = parseFixture('deleted-checkbox');
    const choice = deletedKeyRows(checkboxes)[0]!.choice;
    expect(CHECKS.rowReadyToRestore(checkboxes, { page: 'deleted-credentials', choice })).toBe(false);
    first!.element.remove();
    expect(CHECKS.rowReadyToRestore(doc, { page: 'deleted-credentials', choice: first!.choice })).toBe(true);
    expect(deletedKeyRows(doc).map((row) => row.choice.keyId)).toEqual([second!.choice.keyId, expect.any(String)]);
    // The ticked-box variant, its row gone: ready too.
    deletedKeyRows(checkboxes)[0]!.element.remove();
    expect(CHECKS.rowReadyToRestore(checkboxes, { page: 'deleted-credentials', choice })).toBe(true);
  });

  it('finds the restored key by its id on the Credentials list', () => {
    const doc = parseFixture('credentials-restored');
    const choice = { name: 'Generative Language API Key', detail: '', signature: 'x', index: 0, keyId: '43b0fe02-9493-4ea7-9255-0863fdef29b4' };
    expect(TARGETS.restoredKeyRow.find(doc, { page: 'credentials', choice })).not.toBeNull();
    expect(TARGETS.restoredKeyRow.find(doc, { page: 'credentials', choice: { ...choice, keyId: 'another' } })).toBeNull();
  });
});

describe('restored key', () => {
  const named = { name: 'Generative Language API Key', detail: 'Nov 20, 2026, 9:41:07 AM', signature: 'x', index: 0 };
  const rows = (name: string, env: GuideEnv) => restoredKeyRows(parseFixture(name), env).map((row) => row.querySelector('a')?.getAttribute('href'));

  it('without the user’s pick, none: an AI Studio key that was always there is not "restored"', () => {
    expect(rows('credentials-restored', { page: 'credentials' })).toEqual([]);
    expect(TARGETS.restoredKeyRow.find(parseFixture('credentials-restored'), { page: 'credentials' })).toBeNull();
  });

  it('by name: one row, or every row of that name (AI Studio names all its keys alike)', () => {
    expect(rows('credentials-restored', { page: 'credentials', choice: named })).toEqual([expect.stringContaining('43b0fe02-9493-4ea7-9255-0863fdef29b4')]);
    expect(rows('credentials-restored-same-name', { page: 'credentials', choice: named })).toEqual([
      expect.stringContaining('b7e1d3c9-0a2f-4e65-8d14-5c9a7f3e2b18'),
      expect.stringContaining('43b0fe02-9493-4ea7-9255-0863fdef29b4'),
    ]);
    expect(rows('credentials', { page: 'credentials', choice: named })).toEqual([]);
  });

  it('by id when the pick has one: that row only', () => {
    const choice = { ...named, keyId: '43b0fe02-9493-4ea7-9255-0863fdef29b4' };
    expect(rows('credentials-restored-same-name', { page: 'credentials', choice })).toEqual([expect.stringContaining('43b0fe02')]);
  });
});

describe('API enabled check', () => {
  /** A console-sized page: 13k elements of text around the library page's own markup. */
  function bigPage(name: string): Document {
    const doc = parseFixture(name);
    const main = doc.querySelector('main')!;
    for (let block = 0; block < 1_300; block++) {
      const section = doc.createElement('div');
      for (let line = 0; line < 9; line++) {
        const span = doc.createElement(line % 3 ? 'span' : 'p');
        span.textContent = `Line ${line} of block ${block}: quota, metrics and API documentation`;
        section.append(span);
      }
      main.append(section);
    }
    return doc;
  }

  it('reads the text of a few elements, not of every element (it runs on each mutation batch)', () => {
    const doc = bigPage('library-not-enabled');
    expect(doc.querySelectorAll('*').length).toBeGreaterThan(13_000);
    const reads = vi.spyOn(Element.prototype, 'textContent', 'get');
    try {
      expect(CHECKS.apiEnabled(doc, { page: 'gemini-library' })).toBe(false);
      expect(reads.mock.calls.length).toBeLessThan(50);
    } finally {
      reads.mockRestore();
    }
  });

  it('still finds the status line, in en and zh-CN, also split over two spans, and only when shown', { timeout: 30_000 }, () => {
    const status = (html: (doc: Document) => void) => {
      const doc = bigPage('library-enabled');
      doc.querySelector('.mp-product-actions button')!.remove(); // no "Manage": the status line alone
      html(doc);
      return CHECKS.apiEnabled(doc, { page: 'gemini-library' });
    };
    expect(status(() => {})).toBe(true);
    expect(status((doc) => (doc.querySelector('.mp-status-text')!.textContent = 'API 已启用'))).toBe(true);
    expect(status((doc) => doc.querySelector('.mp-status-text')!.replaceChildren(doc.createElement('span'), doc.createElement('span')))).toBe(false);
    expect(
      status((doc) => {
        const [api, enabled] = [doc.createElement('span'), doc.createElement('span')];
        api.textContent = 'API';
        enabled.textContent = 'Enabled';
        doc.querySelector('.mp-status-text')!.replaceChildren(api, ' ', enabled);
      }),
    ).toBe(true);
    expect(status((doc) => doc.querySelector('.mp-status')!.setAttribute('hidden', ''))).toBe(false);
  });
});

describe('IAM page', () => {
  it('reads the signed-in account, its roles and who can grant roles', () => {
    expect(iamSummary(parseFixture('iam'))).toEqual({
      email: 'dev.user@example.com',
      roles: ['Editor'],
      granters: ['olivia.owner@example.com', 'gemini-admins@example.com'],
    });
  });

  it('reads the account from a zh-CN Google bar', () => {
    expect(signedInEmail(parseFixture('credentials-zh-cn'))).toBe('dev.user@example.com');
  });
});
