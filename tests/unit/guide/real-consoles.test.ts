// @vitest-environment happy-dom
/**
 * Issue 9: the finders on the real consoles' shapes (console-dom-evidence.md): Enable by its
 * aria-label, the visible one of two; the 2026 create form and its greyed-out Gemini option;
 * deleted keys in a third language and in a language we have no words for.
 */
import { describe, expect, it } from 'vitest';
import { observePage } from '@/utils/guide/coach';
import { initialCoachState, reduce, type CoachState } from '@/utils/guide/machine';
import { pageOf } from '@/utils/guide/pages';
import { newGuideState } from '@/utils/guide/state';
import { CHECKS, TARGETS, deletedKeyRows, locateTarget, type GuideEnv } from '@/utils/guide/targets';
import { fixtureUrl, parseFixture } from './fixtures';

const env = (name: string): GuideEnv => ({ page: pageOf(fixtureUrl(name))! });

describe('Enable on the API Library and Marketplace pages', () => {
  it.each(['library-aria-not-enabled', 'marketplace-not-enabled'])('%s: outlines the visible "enable this API", never its hidden twin', (name) => {
    const doc = parseFixture(name);
    expect(doc.querySelectorAll('button[aria-label="enable this API"]')).toHaveLength(2);
    const found = TARGETS.enableApiButton.find(doc, env(name))!;
    expect(found.getAttribute('aria-label')).toBe('enable this API');
    expect(found.closest('.cfc-product-header-sticky, .mp-sticky-cta')).toBeNull();
    expect(found.matches('.mp-sticky-cta')).toBe(false);
    expect(CHECKS.apiEnabled(doc, env(name))).toBe(false);
  });

  it('reads "already enabled" from the "manage this API" control alone', () => {
    const doc = parseFixture('library-aria-enabled');
    expect(CHECKS.apiEnabled(doc, env('library-aria-enabled'))).toBe(true);
    expect(TARGETS.enableApiButton.find(doc, env('library-aria-enabled'))).toBeNull();
  });

  it('recognises the Marketplace product page the console search lands on', () => {
    expect(pageOf('https://console.cloud.google.com/marketplace/product/google/generativelanguage.googleapis.com?q=search&referrer=search&project=p')).toBe('gemini-marketplace');
    expect(pageOf('https://console.cloud.google.com/marketplace/product/google/storage.googleapis.com')).toBeUndefined();
  });

  it('never outlines a greyed-out Enable, and says it is greyed out', () => {
    const doc = parseFixture('marketplace-not-enabled');
    for (const button of doc.querySelectorAll('button[aria-label="enable this API"]')) button.setAttribute('disabled', '');
    expect(locateTarget('enableApiButton', doc, env('marketplace-not-enabled'))).toEqual({ element: null, disabled: true });
  });
});

/** The create form as the replica's script would open it, built from its templates. */
function createForm(options: { ticked?: boolean; account?: boolean; apiPanel?: boolean; geminiUnlocked?: boolean; geminiPicked?: boolean } = {}): Document {
  const doc = parseFixture('credentials-create-form');
  const overlay = doc.querySelector('.cdk-overlay-container')!;
  const open = (id: string) => overlay.append(doc.importNode((doc.getElementById(id) as HTMLTemplateElement).content, true));
  open('replica-create-form');
  doc.getElementById('replica-app')!.setAttribute('aria-hidden', 'true');
  if (options.ticked) {
    (doc.getElementById('_0rif_mat-checkbox-1-input') as HTMLInputElement).checked = true;
    doc.getElementById('replica-sa')!.hidden = false;
  }
  if (options.account) doc.querySelector('#_0rif_cfc-select-1 .mat-mdc-select-value-text')!.textContent = 'gemini-caller@gen-lang-client-0371227417.iam.gserviceaccount.com';
  if (options.apiPanel) {
    open('replica-api-panel');
    const gemini = doc.querySelector('[data-replica="gemini"]')!;
    if (options.geminiUnlocked) gemini.removeAttribute('aria-disabled');
    if (options.geminiUnlocked) gemini.classList.remove('mat-mdc-option-disabled', 'mdc-list-item--disabled');
    if (options.geminiPicked) gemini.setAttribute('aria-selected', 'true');
  }
  return doc;
}

describe('the 2026 "Create API key" form', () => {
  const credentials: GuideEnv = { page: 'credentials' };

  it('finds the service-account box, then the picker once ticked', () => {
    const doc = createForm();
    expect(TARGETS.serviceAccountCheckbox.find(doc, credentials)?.localName).toBe('mat-checkbox');
    expect(TARGETS.serviceAccountSelect.find(doc, credentials)).toBeNull();
    expect(CHECKS.serviceAccountTicked(doc, credentials)).toBe(false);
    const ticked = createForm({ ticked: true });
    expect(CHECKS.serviceAccountTicked(ticked, credentials)).toBe(true);
    expect(TARGETS.serviceAccountSelect.find(ticked, credentials)?.getAttribute('aria-label')).toBe('Service account');
    expect(CHECKS.serviceAccountChosen(ticked, credentials)).toBe(false);
    expect(CHECKS.serviceAccountChosen(createForm({ ticked: true, account: true }), credentials)).toBe(true);
  });

  it('finds the required API list by "No APIs selected", not the service-account picker', () => {
    const doc = createForm({ ticked: true });
    const select = TARGETS.apiRestrictionSelect.find(doc, credentials)!;
    expect(select.id).toBe('_0rif_cfc-select-2');
  });

  it('never outlines the greyed-out Gemini API option: it is reported as disabled', () => {
    const doc = createForm({ apiPanel: true });
    expect(locateTarget('geminiApiOption', doc, credentials)).toEqual({ element: null, disabled: true });
    expect(CHECKS.formApiListOpen(doc, credentials)).toBe(true);
    const unlocked = createForm({ ticked: true, account: true, apiPanel: true, geminiUnlocked: true });
    expect(locateTarget('geminiApiOption', unlocked, credentials).element?.textContent).toContain('Gemini API');
    expect(CHECKS.serviceAccountTicked(createForm({ apiPanel: true, geminiUnlocked: true }), credentials)).toBe(true);
  });

  it('Create is greyed out until an API is chosen: disabled, not outlined', () => {
    const doc = createForm();
    expect(locateTarget('createKeyButton', doc, credentials)).toEqual({ element: null, disabled: true });
    const create = doc.querySelector('[data-replica="create"]')!;
    create.removeAttribute('disabled');
    create.classList.remove('mat-mdc-button-disabled');
    expect(locateTarget('createKeyButton', doc, credentials).element).toBe(create);
  });

  it('walks the form: the machine stops on each field, and says why Gemini is greyed out', () => {
    let state: CoachState = initialCoachState({ ...newGuideState('create-and-restrict-key', {}, 0), stepId: 'choose-api-key' });
    const see = (doc: Document) => {
      state = reduce(state, { type: 'observed', observation: observePage(doc, fixtureUrl('credentials-create-form')) })!;
      return `${state.guide.stepId}/${state.phase}`;
    };
    expect(see(createForm())).toBe('tick-service-account/shown');
    expect(see(createForm({ ticked: true }))).toBe('choose-service-account/shown');
    expect(see(createForm({ ticked: true, account: true }))).toBe('form-open-api-list/shown');
    state = reduce(state, { type: 'targetClicked' })!;
    // The list is open but Gemini is greyed out: no ring, the step waits.
    expect(see(createForm({ ticked: true, apiPanel: true }))).toBe('form-pick-gemini/seeking');
    expect(see(createForm({ ticked: true, account: true, apiPanel: true, geminiUnlocked: true }))).toBe('form-pick-gemini/shown');
  });
});

describe('deleted keys on a console in another language', () => {
  it('German: the key row, its WIEDERHERSTELLEN, the dialog and the back arrow', () => {
    const doc = parseFixture('deleted-de');
    const rows = deletedKeyRows(doc, 'deleted-credentials');
    expect(rows.map((row) => row.choice.name)).toEqual(['Generative Language API Key']);
    expect(rows[0]!.restore?.textContent?.trim()).toContain('WIEDERHERSTELLEN');
  });

  /** The German page with every word replaced by Turkish, a language the label tables lack. */
  function unknownLanguage(options: { icons?: boolean; renamed?: boolean } = {}): Document {
    const doc = parseFixture('deleted-de');
    for (const label of doc.querySelectorAll('.mdc-button__label')) label.textContent = 'GERİ YÜKLE';
    doc.querySelector('.cfc-back-button')!.setAttribute('aria-label', 'Geri');
    for (const cell of doc.querySelectorAll('.cdk-column-type')) if (cell.textContent === 'API-Schlüssel') cell.textContent = 'API anahtarı';
    if (options.renamed) doc.querySelector('.cdk-column-name')!.textContent = 'üretim anahtarı';
    if (options.icons === false) for (const icon of doc.querySelectorAll('mat-icon')) icon.remove();
    return doc;
  }

  it('a language with no words in our tables: the rows by structure, RESTORE by its icon or as the row’s only button', () => {
    for (const icons of [true, false]) {
      const doc = unknownLanguage({ icons });
      const rows = deletedKeyRows(doc, 'deleted-credentials');
      expect(rows.map((row) => row.choice.name), `icons: ${icons}`).toEqual(['Generative Language API Key']);
      expect(rows[0]!.restore?.localName).toBe('button');
      expect(TARGETS.restoreButton.find(doc, { page: 'deleted-credentials', choice: rows[0]!.choice })).toBe(rows[0]!.restore);
    }
    // The back arrow by its icon.
    expect(TARGETS.backToCredentials.find(unknownLanguage(), { page: 'deleted-credentials' })?.getAttribute('aria-label')).toBe('Geri');
  });

  it('a renamed key in an unknown language is offered, never "nothing to restore"; the OAuth client is not', () => {
    const doc = unknownLanguage({ renamed: true });
    const rows = deletedKeyRows(doc, 'deleted-credentials');
    expect(rows.map((row) => row.choice.name)).toEqual(['üretim anahtarı']);
    const state = reduce(initialCoachState({ ...newGuideState('restore-deleted-key', {}, 0), stepId: 'select-row' }), {
      type: 'observed',
      observation: observePage(doc, fixtureUrl('deleted-de')),
    })!;
    expect(state.phase).not.toBe('none');
    expect(state.guide.choice?.name).toBe('üretim anahtarı');
  });

  it('the confirm dialog in an unknown language: its primary action, never Cancel', () => {
    const doc = unknownLanguage();
    const overlay = doc.querySelector('.cdk-overlay-container')!;
    overlay.append(doc.importNode((doc.getElementById('replica-confirm') as HTMLTemplateElement).content, true));
    for (const label of overlay.querySelectorAll('.mdc-button__label')) label.textContent = label.closest('[data-replica="cancel"]') ? 'İPTAL' : 'GERİ YÜKLE ONAYLA';
    const confirm = TARGETS.confirmRestoreButton.find(doc, { page: 'deleted-credentials' });
    expect(confirm?.getAttribute('data-replica')).toBe('confirm');
    // Elsewhere a dialog's primary button is not taken for a restore confirmation.
    expect(TARGETS.confirmRestoreButton.find(doc, { page: 'credentials' })).toBeNull();
  });
});

describe('never a false "nothing to restore"', () => {
  it('a row whose RESTORE hides in a "more" menu is still offered; the step then falls back to words', () => {
    const doc = parseFixture('deleted-de');
    for (const cell of doc.querySelectorAll('.cdk-column-actions')) {
      const more = doc.createElement('button');
      more.setAttribute('aria-label', 'Mehr');
      const icon = doc.createElement('mat-icon');
      icon.className = 'mat-icon';
      icon.textContent = 'more_vert';
      more.append(icon);
      cell.replaceChildren(more);
    }
    const rows = deletedKeyRows(doc, 'deleted-credentials');
    expect(rows.map((row) => row.choice.name)).toEqual(['Generative Language API Key']);
    expect(rows[0]!.restore).toBeNull();
    expect(TARGETS.restoreButton.find(doc, { page: 'deleted-credentials', choice: rows[0]!.choice })).toBeNull();
  });
});
