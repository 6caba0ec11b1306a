/**
 * DATA + finders: the console elements each guide step points at, and the checks that tell a step
 * is already done. Every finder works by meaning (role, accessible name, link target, row text,
 * dialog) with labels from labels.ts, so a renamed class or a zh-CN console does not break it.
 * Written against the replicas in tests/fixtures/cloud-console/ (2026-11), which follow
 * console-facts B4/B5/C3; the deleted-credentials page is unknown (F3), so its finders accept
 * per-row buttons or checkbox rows with a toolbar button, tables or lists, with or without a
 * confirm dialog.
 */
import {
  DIALOG_SELECTOR,
  accessibleName,
  dataRows,
  findAllByRole,
  findByRole,
  headerCellsFor,
  iconName,
  isChecked,
  isDisabled,
  isShown,
  isVisible,
  outlineOf,
  rowCellElements,
  rowCells,
  visibleText,
} from './dom';
import { GEMINI_API_NAMES, GEMINI_KEY_NAMES, containsAny, labelKey, labelKeys, matchesLabel, type LabelId } from './labels';
import { keyIdFromHref, type ConsolePageId } from './pages';
import type { RowChoice } from './state';

/** What a finder or check may know besides the page: where we are and the row the user chose. */
export interface GuideEnv {
  page?: ConsolePageId;
  choice?: RowChoice;
}

export type Finder = (root: ParentNode, env: GuideEnv) => Element | null;
export type Check = (root: ParentNode, env: GuideEnv) => boolean;

const named = (id: LabelId, mode: 'exact' | 'prefix' = 'exact') => (name: string) => matchesLabel(name, id, mode);

function shownDialogs(root: ParentNode): Element[] {
  return [...root.querySelectorAll(DIALOG_SELECTOR)].filter(isShown);
}

function inDialog(element: Element): boolean {
  return element.closest(DIALOG_SELECTOR) !== null;
}

// ---------------------------------------------------------------- deleted credentials rows

export interface DeletedRow {
  element: Element;
  choice: RowChoice;
  /** Its own RESTORE control, when the page has one per row. */
  restore: Element | null;
  /** Its selection checkbox, when the page restores a selection from a toolbar. */
  checkbox: Element | null;
}

export const KEY_LINK_SELECTOR = 'a[href*="/apis/credentials/key/"]';

/** Credential types that stay the same in every language (OAuth clients), or a known API-key wording. */
const OTHER_CREDENTIAL = /\boauth\b|gserviceaccount\.com/i;
const isApiKeyType = (cell: string) => matchesLabel(cell, 'apiKeyMenuItem');
/** Another credential's type: OAuth (never translated) or a service account. */
const isKnownType = (cell: string) => OTHER_CREDENTIAL.test(cell) || matchesLabel(cell, 'serviceAccount', 'prefix');

function describeRow(row: Element, index: number): RowChoice {
  const cells = rowCells(row);
  const name = containsAny(cells.join(' '), GEMINI_KEY_NAMES) ?? cells[0] ?? '';
  const nameKey = labelKey(name);
  const detail = cells.filter((cell) => !isApiKeyType(cell) && !(nameKey && labelKey(cell).includes(nameKey)));
  const keyHref = row.querySelector(KEY_LINK_SELECTOR)?.getAttribute('href');
  const choice: RowChoice = { name, detail: detail.join(' · '), signature: labelKey(cells.join(' ')), index };
  const keyId = keyHref ? keyIdFromHref(keyHref) : undefined;
  if (keyId) choice.keyId = keyId;
  return choice;
}

/** A type cell naming an API key ("API key", "API 密钥 · deleted …"), or a row linking a key page. */
function isApiKeyRow(row: Element): boolean {
  return row.querySelector(KEY_LINK_SELECTOR) !== null || rowCells(row).some((cell) => matchesLabel(cell, 'apiKeyMenuItem', 'prefix'));
}

const SELECTION_SELECTOR = 'mat-checkbox, [role="checkbox"], input[type="checkbox"]';
const NAV_SELECTOR = 'nav, [role="navigation"], .cfc-left-nav';

/** A control named "Restore" in any language we know, or showing the "restore" icon. */
const isRestoreControl = (name: string, element: Element) => matchesLabel(name, 'restore') || iconName(element) === 'restore';

/** The row's own RESTORE: by its words or icon; else, by structure, the row's only button. */
function rowRestore(row: Element): Element | null {
  const byWords = findByRole(row, ['button', 'link'], isRestoreControl);
  if (byWords) return byWords;
  const buttons = findAllByRole(row, ['button'], (_name, element) => !element.matches(SELECTION_SELECTOR) && !element.closest(SELECTION_SELECTOR) && iconName(element) !== 'more_vert');
  return buttons.length === 1 ? buttons[0]! : null;
}

/**
 * Whether the page shows the deleted list (not the Credentials list that a single-page navigation
 * may leave on screen for a moment): a control named "Restore" outside dialogs, or, whatever the
 * language, the deleted page's URL with the Credentials page's link to it gone.
 */
function onDeletedList(root: ParentNode, page: ConsolePageId | undefined): boolean {
  if (findByRole(root, ['button', 'link'], (name, element) => isRestoreControl(name, element) && !inDialog(element))) return true;
  return page === 'deleted-credentials' && restoreDeletedLink(root) === null;
}

/** A row's credential type as far as we can read it: an API key, another credential, or unknown words. */
function rowKind(row: Element): 'key' | 'other' | 'unknown' {
  if (isApiKeyRow(row)) return 'key';
  return rowCells(row).some(isKnownType) ? 'other' : 'unknown';
}

/**
 * The deleted API keys the user may mean: rows named like an AI Studio key (key names stay as
 * typed, in English for AI Studio's); else every row that is an API key or whose type we cannot
 * read (a console language we have no words for), for the user to pick by name. OAuth clients and
 * service accounts are never offered once their type is read. Rows are found by structure (table
 * rows, grid rows, list items with a restore control or a selection box), never only through a
 * control named "Restore": a page in an unknown language must not read as "nothing to restore".
 */
export function deletedKeyRows(root: ParentNode, page?: ConsolePageId): DeletedRow[] {
  if (!onDeletedList(root, page)) return [];
  // A row with any control may be restorable (its RESTORE may even sit in a "more" menu); a row
  // with none (an empty-list message) is not.
  const rows = dataRows(root).filter((row) => !inDialog(row) && !row.closest(NAV_SELECTOR) && (row.querySelector(SELECTION_SELECTOR) !== null || findAllByRole(row, ['button', 'link'], () => true).length > 0));
  const byName = rows.filter((row) => containsAny(visibleText(row, { skipControls: true }), GEMINI_KEY_NAMES));
  const chosen = byName.length ? byName : rows.filter((row) => rowKind(row) !== 'other');
  return chosen.map((element, index) => ({
    element,
    choice: describeRow(element, index),
    restore: rowRestore(element),
    checkbox: element.querySelector(SELECTION_SELECTOR),
  }));
}

/** The row the user chose: by key id when the row links one, else by its text. */
export function findChosenRow(root: ParentNode, choice: RowChoice | undefined, page?: ConsolePageId): DeletedRow | undefined {
  if (!choice) return undefined;
  const rows = deletedKeyRows(root, page);
  if (choice.keyId) return rows.find((row) => row.choice.keyId === choice.keyId);
  return rows.find((row) => row.choice.signature === choice.signature);
}

/**
 * The deleted list has rendered (rows or an empty table/list): only then does a missing row mean
 * it was restored, not that Angular has not drawn it yet.
 */
function deletedListRendered(root: ParentNode): boolean {
  return dataRows(root).length > 0 || root.querySelector('table, [role="table"], [role="grid"], [role="list"], mat-list, cfc-table') !== null;
}

/** Angular Material loading indicators: a list under one may still fill. */
const LOADING_SELECTOR = '[role="progressbar"], mat-progress-bar, mat-spinner, mat-progress-spinner';

/**
 * The deleted list is on screen and settled, with no dialog over it: only then may "no row to
 * choose" be said. Right after a single-page navigation the Credentials list (with its own
 * "Restore deleted credentials" action) may still be showing.
 */
export function deletedListSettled(root: ParentNode, env: GuideEnv): boolean {
  if (env.page !== 'deleted-credentials' || shownDialogs(root).length) return false;
  if ([...root.querySelectorAll(LOADING_SELECTOR)].some(isShown)) return false;
  return deletedListRendered(root) && restoreDeletedLink(root) === null;
}

function restoreDeletedLink(root: ParentNode): Element | null {
  return [...root.querySelectorAll('a[href*="/apis/credentials/deleted"]')].find(isVisible) ?? findByRole(root, ['button', 'link'], named('restoreDeletedCredentials'));
}

function toolbarRestore(root: ParentNode): Element | null {
  const rows = dataRows(root); // once, not per button named "Restore"
  return findByRole(root, ['button', 'link'], (name, element) => isRestoreControl(name, element) && !inDialog(element) && !rows.some((row) => row.contains(element)));
}

/** Material's confirming button: the primary one (Cancel is never primary). */
const PRIMARY_SELECTOR = '.mat-primary, [color="primary"], .mdc-button--raised, .mdc-button--unelevated, [cdkfocusinitial], [type="submit"]';

/** The dialog's confirming button: by its words or icon; else (`structural`) by its place, never Cancel. */
function confirmButton(dialog: Element, label: LabelId, structural: boolean): Element | null {
  const byWords = findByRole(dialog, ['button'], (name, element) => matchesLabel(name, label) || (label === 'restore' && iconName(element) === 'restore'));
  if (byWords || !structural) return byWords;
  const buttons = findAllByRole(dialog, ['button'], (name) => !matchesLabel(name, 'cancel'));
  const inActions = buttons.filter((button) => button.closest('mat-dialog-actions, .mat-mdc-dialog-actions, [mat-dialog-actions], .cfc-dialog-actions'));
  return inActions.find((button) => button.matches(PRIMARY_SELECTOR)) ?? (inActions.length ? inActions[inActions.length - 1]! : null);
}

/** On the deleted page any dialog over the list is the restore confirmation, whatever its words. */
function confirmRestore(root: ParentNode, page: ConsolePageId | undefined): Element | null {
  for (const dialog of shownDialogs(root)) {
    const button = confirmButton(dialog, 'restore', page === 'deleted-credentials');
    if (button) return button;
  }
  return null;
}

function chosenRowGone(root: ParentNode, env: GuideEnv): boolean {
  if (!env.choice) return false;
  if (env.page !== 'deleted-credentials') return true;
  // A modal dialog hides the list from us (aria-hidden): nothing is gone while it is open.
  if (shownDialogs(root).length) return false;
  return deletedListRendered(root) && findChosenRow(root, env.choice, env.page) === undefined;
}

/**
 * Credentials page: the API key rows that may be the restored key, by id when the pick has one,
 * else by name. Without a pick, none: any AI-Studio-named key would pass for the restored one.
 * Deleted rows rarely link their id and AI Studio gives every key the same name, so several rows
 * can match: the caller takes a key id only from a single match.
 */
export function restoredKeyRows(root: ParentNode, env: GuideEnv): Element[] {
  const choice = env.choice;
  if (!choice) return [];
  // Rows of the API Keys table link their key page; rows with a RESTORE are deleted ones.
  const keyRows = dataRows(root).filter((row) => row.querySelector(KEY_LINK_SELECTOR) && !findByRole(row, ['button', 'link'], isRestoreControl));
  const keyId = choice.keyId;
  if (keyId) return keyRows.filter((row) => [...row.querySelectorAll(KEY_LINK_SELECTOR)].some((link) => keyIdFromHref(link.getAttribute('href') ?? '') === keyId));
  return keyRows.filter((row) => containsAny(visibleText(row, { skipControls: true }), [choice.name]) !== undefined);
}

function toCredentialsList(element: Element): boolean {
  return /\/apis\/credentials\/?(?:[?#]|$)/.test(element.getAttribute('href') ?? '');
}

// ---------------------------------------------------------------- API restrictions and the 2026 create form

/** The Gemini API option of an open API list, usable or not (greyed out until a service account is bound). */
function geminiOptions(root: ParentNode): Element[] {
  // By prefix: an option may add the service name under its title.
  return findAllByRole(root, ['option'], (name) => GEMINI_API_NAMES.some((api) => labelKey(name).startsWith(labelKey(api))));
}

function anyGeminiOption(root: ParentNode): Element | null {
  return geminiOptions(root)[0] ?? null;
}

/** The Gemini API option the user can tick; a greyed-out one is never outlined (evidence G1). */
function geminiOption(root: ParentNode): Element | null {
  return geminiOptions(root).find((option) => !isDisabled(option)) ?? null;
}

function restrictRadio(root: ParentNode): Element | null {
  return findByRole(root, ['radio'], named('restrictKey'));
}

const SECTION_SELECTOR = 'section, fieldset, [role="group"], cfc-form-section';
const HEADING_SELECTOR = 'h2, h3, h4, legend, [role="heading"]';

function inSectionHeaded(element: Element, label: LabelId): boolean {
  const section = element.closest(SECTION_SELECTOR);
  const heading = section?.querySelector(HEADING_SELECTOR);
  return heading ? matchesLabel(visibleText(heading), label) : false;
}

/**
 * The API list drop-down: by its name ("Select API restrictions", "No APIs selected"); else the
 * drop-down in the section headed "API restrictions"; else, in the create form, the drop-down that
 * is not the service-account one. With or without the 2024 "Restrict key" radio.
 */
function apiSelect(root: ParentNode): Element | null {
  const combos = findAllByRole(root, ['combobox'], () => true);
  const byName = combos.find((combo) => matchesLabel(accessibleName(combo), 'selectApis') || matchesLabel(visibleText(combo), 'selectApis'));
  if (byName) return byName;
  const bySection = combos.find((combo) => inSectionHeaded(combo, 'apiRestrictions'));
  if (bySection) return bySection;
  const form = createForm(root);
  if (!form) return null;
  const inForm = combos.filter((combo) => form.contains(combo) && !isServiceAccountSelect(combo));
  return inForm.length === 1 ? inForm[0]! : null;
}

function selectValue(select: Element): string {
  return visibleText(select.querySelector('.mat-mdc-select-value, .cfc-select-value, [class*="select-value"]') ?? select);
}

function geminiChosenInSelect(root: ParentNode): boolean {
  const select = apiSelect(root);
  return select ? containsAny(selectValue(select), GEMINI_API_NAMES) !== undefined : false;
}

/**
 * The 2026 "Create API key" form (evidence D2): a dialog, panel or form outside the key's own
 * page that holds a name field and the API list. Found by structure: its title is not needed.
 */
function createForm(root: ParentNode): Element | null {
  const hosts = [...root.querySelectorAll(`${DIALOG_SELECTOR}, form, [role="form"], cfc-panel, .cfc-panel`)].filter(isShown);
  return (
    hosts.find((host) => {
      if (!host.querySelector('input:not([type]), input[type="text"]')) return false;
      // The API list drop-down, by name or as the combobox of its "API restrictions" section.
      return findAllByRole(host, ['combobox'], () => true).some((combo) => !isServiceAccountSelect(combo)) && !host.querySelector(KEY_LINK_SELECTOR);
    }) ?? null
  );
}

function createFormOn(root: ParentNode, env: GuideEnv): Element | null {
  return env.page === 'key-edit' ? null : createForm(root);
}

const SERVICE_ACCOUNT_EMAIL = /[\w.-]+@[\w-]+\.iam\.gserviceaccount\.com/;

function isServiceAccountSelect(combo: Element): boolean {
  return matchesLabel(accessibleName(combo), 'serviceAccount') || SERVICE_ACCOUNT_EMAIL.test(visibleText(combo)) || inSectionHeaded(combo, 'serviceAccount');
}

/** "Authenticate API calls through a service account": by its words; else the form's only checkbox outside any list. */
function serviceAccountCheckbox(form: Element): Element | null {
  const byWords = findByRole(form, ['checkbox'], (name) => matchesLabel(name, 'authenticateServiceAccount', 'prefix'));
  if (byWords) return byWords;
  const boxes = findAllByRole(form, ['checkbox'], (_name, element) => !element.closest('[role="listbox"], [role="option"], mat-option'));
  return boxes.length === 1 ? boxes[0]! : null;
}

/** The service-account picker that appears once the box is ticked. */
function serviceAccountSelect(form: Element): Element | null {
  return findAllByRole(form, ['combobox'], () => true).find(isServiceAccountSelect) ?? findAllByRole(form, ['combobox'], () => true).find((combo) => combo !== apiSelect(form) && !inSectionHeaded(combo, 'apiRestrictions')) ?? null;
}

function serviceAccountChosen(form: Element): boolean {
  const select = serviceAccountSelect(form);
  return select !== null && SERVICE_ACCOUNT_EMAIL.test(selectValue(select));
}

/** The form's Create: by its words; else its submit or primary button (never Cancel). */
function createKeyButton(form: Element): Element | null {
  const byWords = findByRole(form, ['button'], named('create'));
  if (byWords) return byWords;
  return findAllByRole(form, ['button'], (name, element) => !matchesLabel(name, 'cancel') && element.matches(PRIMARY_SELECTOR) && !element.closest('[role="listbox"], .cdk-overlay-pane'))[0] ?? null;
}

// ---------------------------------------------------------------- IAM

const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;

/** The signed-in account, from the Google bar's account button ("Google Account: Name (email)"). */
export function signedInEmail(root: ParentNode): string | undefined {
  for (const element of root.querySelectorAll('[aria-label]')) {
    const label = element.getAttribute('aria-label') ?? '';
    if (matchesLabel(label, 'googleAccount', 'prefix')) {
      const email = EMAIL.exec(label)?.[0];
      if (email) return email.toLowerCase();
    }
  }
  return undefined;
}

function iamRows(root: ParentNode): Element[] {
  return dataRows(root).filter((row) => EMAIL.test(visibleText(row)));
}

function rolesOf(row: Element): string[] {
  const roleColumn = headerCellsFor(row).findIndex((header) => matchesLabel(header, 'rolesColumn'));
  const cell = roleColumn >= 0 ? rowCellElements(row)[roleColumn] : undefined;
  if (!cell) return [];
  const chips = [...cell.querySelectorAll('li, .cfc-chip, mat-chip, .iam-role, div, span')].filter((chip) => chip.children.length === 0);
  const texts = chips.length ? chips.map((chip) => visibleText(chip)) : [visibleText(cell)];
  return [...new Set(texts.filter(Boolean))];
}

export interface IamSummary {
  email?: string;
  /** The user's roles on this project, as the page names them. */
  roles: string[];
  /** Principals whose role lets them grant roles (Owner, Project IAM Admin). */
  granters: string[];
}

export function iamSummary(root: ParentNode): IamSummary {
  const email = signedInEmail(root);
  const rows = iamRows(root);
  const mine = email ? rows.find((row) => visibleText(row).toLowerCase().includes(email)) : undefined;
  const granters = rows
    .filter((row) => rolesOf(row).some((role) => matchesLabel(role, 'ownerRole')))
    .map((row) => EMAIL.exec(visibleText(row))?.[0] ?? '')
    .filter((principal) => principal && principal.toLowerCase() !== email);
  const summary: IamSummary = { roles: mine ? rolesOf(mine) : [], granters: [...new Set(granters)] };
  if (email) summary.email = email;
  return summary;
}

// ---------------------------------------------------------------- the tables

export const TARGET_IDS = [
  'restoreDeletedLink',
  'rowCheckbox',
  'restoreButton',
  'confirmRestoreButton',
  'backToCredentials',
  'restoredKeyRow',
  'createCredentialsButton',
  'apiKeyMenuItem',
  'serviceAccountCheckbox',
  'serviceAccountSelect',
  'createKeyButton',
  'editApiKeyLink',
  'restrictKeyRadio',
  'apiRestrictionSelect',
  'geminiApiOption',
  'apiListOkButton',
  'saveButton',
  'enableApiButton',
  'myIamRow',
] as const;
export type TargetId = (typeof TARGET_IDS)[number];

export interface TargetDefinition {
  /** What the element is, for the log line when it cannot be found. */
  describe: string;
  find: Finder;
  /** Every element to outline, when the target may be several alike (default: `find`'s one). */
  findAll?: (root: ParentNode, env: GuideEnv) => Element[];
  /**
   * The control is on the page but greyed out: it is not outlined (a ring on a control that cannot
   * be used misleads); the card says why instead (the step's `disabled` text).
   */
  disabled?: Check;
}

const ARROW_BACK = new Set(['arrow_back', 'arrow_back_ios', 'keyboard_backspace']);

/** The Create credentials menu's "API key" item. */
function apiKeyMenuItem(root: ParentNode): Element | null {
  return findByRole(root, ['menuitem', 'button', 'link'], (name, element) => {
    if (!element.closest('[role="menu"], .mat-mdc-menu-panel, cfc-menu')) return false;
    // The item's label line when it has one; else its name, which runs on into the description.
    const label = element.querySelector('.cfc-menu-item-label');
    return label ? matchesLabel(visibleText(label), 'apiKeyMenuItem') : matchesLabel(name, 'apiKeyMenuItem', 'prefix');
  });
}

/** The product header of the API Library and Marketplace pages, where Enable / Manage live. */
const PRODUCT_HEADER = 'cfc-product-header, .cfc-product-header-content, mp-product-details-cta-button-container, mp-product-details-banner, .mp-product-actions';

function enableButton(root: ParentNode): Element | null {
  const byWords = findByRole(root, ['button', 'link'], named('enable'));
  if (byWords) return byWords;
  // Words unknown (a console language we lack): the header's one primary button, unless the page
  // already says the API is on. A "Manage" picked this way still leads to the API's overview,
  // which the enabled check reads.
  const primaries = findAllByRole(root, ['button', 'link'], (_name, element) => element.closest(PRODUCT_HEADER) !== null && element.matches(PRIMARY_SELECTOR));
  return primaries.length === 1 && !apiEnabledControl(root) ? primaries[0]! : null;
}

function apiEnabledControl(root: ParentNode): Element | null {
  return findByRole(root, ['button', 'link'], (name) => matchesLabel(name, 'manage') || matchesLabel(name, 'disableApi'));
}

export const TARGETS: Record<TargetId, TargetDefinition> = {
  restoreDeletedLink: {
    describe: 'Credentials page: "Restore deleted credentials" (a link to /apis/credentials/deleted, or a button by that name)',
    find: (root) => restoreDeletedLink(root),
  },
  rowCheckbox: {
    describe: 'Deleted page: the chosen row\'s selection checkbox (checkbox-row variant)',
    find: (root, env) => {
      const row = findChosenRow(root, env.choice, env.page);
      return row?.checkbox && !row.restore ? outlineOf(row.checkbox) : null;
    },
  },
  restoreButton: {
    describe: 'Deleted page: RESTORE in the chosen row, or the toolbar RESTORE for the selection (by words, the "restore" icon, or the row\'s only button)',
    find: (root, env) => {
      const row = findChosenRow(root, env.choice, env.page);
      if (!row) return null;
      return row.restore ?? toolbarRestore(root);
    },
  },
  confirmRestoreButton: {
    describe: 'Deleted page: RESTORE inside the confirm dialog (by words, icon, or the dialog\'s primary action)',
    find: (root, env) => confirmRestore(root, env.page),
  },
  backToCredentials: {
    describe: 'Deleted page: the back arrow (or a page link) to the Credentials list',
    find: (root) =>
      // A back control that leads to the list (a router button has no href), by words or by its
      // arrow icon; else a page link to the list outside the side navigation.
      findByRole(root, ['link', 'button'], (name, element) => (matchesLabel(name, 'back') || ARROW_BACK.has(iconName(element) ?? '')) && (!element.hasAttribute('href') || toCredentialsList(element))) ??
      [...root.querySelectorAll('a[href]')].find((link) => toCredentialsList(link) && isVisible(link) && !link.closest(NAV_SELECTOR)) ??
      null,
  },
  restoredKeyRow: {
    describe: 'Credentials page: the API key row of the restored key (every row of its name when several)',
    find: (root, env) => restoredKeyRows(root, env)[0] ?? null,
    findAll: restoredKeyRows,
  },
  createCredentialsButton: {
    describe: 'Credentials page: "Create credentials" in the action bar',
    find: (root) =>
      findByRole(root, ['button'], named('createCredentials')) ??
      // Language-independent hook of the console's callout tour (evidence D1, 2025-09).
      [...root.querySelectorAll('[cfccalloutsteptarget="credential-create-button"]')].find(isVisible) ??
      // Low confidence: the namespaced id seen by a Polish-locale Selenium script (console-facts B4).
      // TODO [2027-06-01]: drop if the accessible name keeps matching.
      [...root.querySelectorAll('[id$="action-bar-create-button"]')].find(isVisible) ??
      null,
  },
  apiKeyMenuItem: {
    describe: 'Create credentials menu: the "API key" item',
    find: (root) => apiKeyMenuItem(root),
  },
  serviceAccountCheckbox: {
    describe: '2026 Create API key form: "Authenticate API calls through a service account" (by words, else the form\'s only checkbox)',
    find: (root, env) => {
      const form = createFormOn(root, env);
      const box = form ? serviceAccountCheckbox(form) : null;
      return box && !isDisabled(box) ? outlineOf(box) : null;
    },
    disabled: (root, env) => {
      const form = createFormOn(root, env);
      const box = form ? serviceAccountCheckbox(form) : null;
      return box !== null && isDisabled(box);
    },
  },
  serviceAccountSelect: {
    describe: '2026 Create API key form: the service-account picker (shown once the box is ticked)',
    find: (root, env) => {
      const form = createFormOn(root, env);
      return form ? serviceAccountSelect(form) : null;
    },
  },
  createKeyButton: {
    describe: '2026 Create API key form: Create (by words, else the form\'s primary button)',
    find: (root, env) => {
      const form = createFormOn(root, env);
      const button = form ? createKeyButton(form) : null;
      return button && !isDisabled(button) ? button : null;
    },
    disabled: (root, env) => {
      const form = createFormOn(root, env);
      const button = form ? createKeyButton(form) : null;
      return button !== null && isDisabled(button);
    },
  },
  editApiKeyLink: {
    describe: '"API key created" dialog: "Edit API key"',
    find: (root) => findByRole(root, ['link', 'button'], named('editApiKey')),
  },
  restrictKeyRadio: {
    describe: 'Key edit page: the "Restrict key" radio under API restrictions (absent from some 2026 forms)',
    find: (root) => {
      const radio = restrictRadio(root);
      return radio ? outlineOf(radio) : null;
    },
  },
  apiRestrictionSelect: {
    describe: 'Key edit page or create form: the API list drop-down under API restrictions',
    find: (root) => apiSelect(root),
  },
  geminiApiOption: {
    describe: 'API list drop-down: the "Generative Language API" / "Gemini API" option (usable, not greyed out)',
    find: (root) => geminiOption(root),
    disabled: (root) => anyGeminiOption(root) !== null && geminiOption(root) === null,
  },
  apiListOkButton: {
    describe: 'API list drop-down: its OK button',
    find: (root) => {
      const option = anyGeminiOption(root);
      const panel = option?.closest('.cdk-overlay-pane, .cfc-select-panel, [role="dialog"]') ?? option?.closest('[role="listbox"]')?.parentElement;
      if (!panel) return null;
      const buttons = findAllByRole(panel, ['button'], () => true);
      // By its words; else the panel's only button.
      return buttons.find((button) => matchesLabel(accessibleName(button), 'ok')) ?? (buttons.length === 1 ? buttons[0]! : null);
    },
  },
  saveButton: {
    describe: 'Key edit page: Save',
    find: (root) => findByRole(root, ['button'], named('save')),
  },
  enableApiButton: {
    describe: 'API Library / Marketplace page: Enable (aria-label "enable this API", the visible one of two)',
    find: (root) => {
      const button = enableButton(root);
      return button && !isDisabled(button) ? button : null;
    },
    disabled: (root) => {
      const button = enableButton(root);
      return button !== null && isDisabled(button);
    },
  },
  myIamRow: {
    describe: 'IAM page: the row of the signed-in account',
    find: (root) => {
      const email = signedInEmail(root);
      return email ? (iamRows(root).find((row) => visibleText(row).toLowerCase().includes(email)) ?? null) : null;
    },
  },
};

/** A target, or whether it is there but greyed out; a broken finder reads as absent. */
export function locateTarget(id: TargetId, root: ParentNode, env: GuideEnv): { element: Element | null; disabled: boolean } {
  const target = TARGETS[id];
  const element = target.find(root, env);
  return { element, disabled: element === null && target.disabled !== undefined && target.disabled(root, env) };
}

const STATUS_TAGS = new Set(['span', 'div', 'p', 'h2', 'h3']);

/**
 * A short status line with this label ("API Enabled" next to its icon). Walks the text nodes and
 * tests only the elements around a piece of the label: reading textContent of every element cost
 * ~200 ms on a 13k-element console page, and this runs on every mutation batch.
 */
function hasStatusLine(root: ParentNode, id: LabelId): boolean {
  const doc = (root as Node).ownerDocument ?? (root as Document);
  const wordings = [...labelKeys(id)];
  // A piece of the label is no longer than the label (twice, for spacing): the rest is skipped
  // before the costlier normalising.
  const longest = 2 * Math.max(...wordings.map((wording) => wording.length));
  const tested = new Set<Element>();
  const walker = doc.createTreeWalker(root as Node, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const data = node.nodeValue ?? '';
    if (data.length > 200) continue;
    const trimmed = data.trim();
    if (!trimmed || trimmed.length > longest) continue;
    const key = labelKey(trimmed);
    if (!key || !wordings.some((wording) => wording.includes(key))) continue;
    // The label's element, or the one above when the label is split over two spans.
    for (let element = node.parentElement, depth = 0; element && depth < 2; element = element.parentElement, depth++) {
      if (tested.has(element) || !STATUS_TAGS.has(element.localName)) continue;
      tested.add(element);
      if (element.children.length <= 2 && (element.textContent?.length ?? 0) < 60 && matchesLabel(visibleText(element), id) && isShown(element)) return true;
    }
  }
  return false;
}
function apiEnabled(root: ParentNode, env: GuideEnv): boolean {
  if (env.page === 'gemini-api') return true;
  // "manage this API" / "Disable API" (aria-labels, evidence F1) or their visible words.
  if (apiEnabledControl(root)) return true;
  return hasStatusLine(root, 'apiEnabled');
}

const NEW_KEY = /\b(?:AIza[\w-]{20,}|AQ\.[\w-]{20,})/;
/** A dialog shows a new key (as text or in a read-only field) or offers to edit it. */
const keyCreatedDialog = (root: ParentNode) =>
  shownDialogs(root).some(
    (dialog) =>
      NEW_KEY.test(dialog.textContent ?? '') ||
      [...dialog.querySelectorAll('input')].some((input) => NEW_KEY.test((input as HTMLInputElement).value)) ||
      TARGETS.editApiKeyLink.find(dialog, {}) !== null,
  );
/** The key's own edit form: the "Restrict key" radio (2024) or the API list (2026, no radio). */
const keyEditFormPresent = (root: ParentNode) => restrictRadio(root) !== null || (apiSelect(root) !== null && createForm(root) === null);
const editFormShown = (root: ParentNode, env: GuideEnv) => env.page === 'key-edit' && (keyEditFormPresent(root) || findByRole(root, ['button'], named('save')) !== null);
const keyCreated = (root: ParentNode, env: GuideEnv) => keyCreatedDialog(root) || editFormShown(root, env);
const createFormShown = (root: ParentNode, env: GuideEnv) => createFormOn(root, env) !== null;

function formCheck(root: ParentNode, env: GuideEnv, test: (form: Element) => boolean): boolean {
  if (keyCreated(root, env)) return true;
  const form = createFormOn(root, env);
  return form !== null && test(form);
}

/** Gemini can be ticked (or is): the service account it needs is bound. */
const geminiUnlocked = (form: Element) => geminiOption(form.ownerDocument ?? form) !== null || geminiChosenInSelect(form);

export const CHECK_IDS = [
  'onDeletedPage',
  'onCredentialsPage',
  'leftKeyEditPage',
  'rowReadyToRestore',
  'restoreStarted',
  'chosenRowGone',
  'createMenuOpened',
  'createFormOrKeyShown',
  'serviceAccountTicked',
  'serviceAccountChosen',
  'keyCreated',
  'editFormShown',
  'restrictChecked',
  'apiListOpenOrGeminiChosen',
  'geminiChosen',
  'apiListClosedWithGemini',
  'formApiListOpen',
  'formGeminiChosen',
  'formApiListClosed',
  'apiEnabled',
] as const;
export type CheckId = (typeof CHECK_IDS)[number];

/** "This step is already done" checks, by id. */
export const CHECKS: Record<CheckId, Check> = {
  onDeletedPage: (_root, env) => env.page === 'deleted-credentials',
  onCredentialsPage: (_root, env) => env.page === 'credentials',
  leftKeyEditPage: (root, env) => env.page === 'credentials' && !keyEditFormPresent(root),
  // Nothing to select when the row has its own RESTORE; done when its checkbox is ticked, or
  // when the restore is already under way (its confirm dialog is open) or over (a quick restore
  // took the row away: asking which key again would be wrong).
  rowReadyToRestore: (root, env) => {
    if (confirmRestore(root, env.page) || chosenRowGone(root, env)) return true;
    const row = findChosenRow(root, env.choice, env.page);
    return row ? row.restore !== null || (row.checkbox !== null && isChecked(row.checkbox)) : false;
  },
  restoreStarted: (root, env) => confirmRestore(root, env.page) !== null || chosenRowGone(root, env),
  chosenRowGone,
  createMenuOpened: (root, env) => apiKeyMenuItem(root) !== null || createFormShown(root, env) || keyCreated(root, env),
  createFormOrKeyShown: (root, env) => createFormShown(root, env) || keyCreated(root, env),
  // The 2026 form: the box ticked, or Gemini already selectable (a service account is bound).
  serviceAccountTicked: (root, env) =>
    formCheck(root, env, (form) => {
      const box = serviceAccountCheckbox(form);
      return (box !== null && isChecked(box)) || geminiUnlocked(form);
    }),
  serviceAccountChosen: (root, env) => formCheck(root, env, (form) => serviceAccountChosen(form) || geminiUnlocked(form)),
  keyCreated,
  editFormShown,
  // Ticked, or no radio at all on the key's form (2026: only the drop-down, evidence G2).
  restrictChecked: (root, env) => {
    const radio = restrictRadio(root);
    if (radio) return isChecked(radio);
    return editFormShown(root, env) && apiSelect(root) !== null;
  },
  apiListOpenOrGeminiChosen: (root) => anyGeminiOption(root) !== null || geminiChosenInSelect(root),
  geminiChosen: (root) => {
    const option = anyGeminiOption(root);
    return option ? isChecked(option) : geminiChosenInSelect(root);
  },
  apiListClosedWithGemini: (root) => anyGeminiOption(root) === null && geminiChosenInSelect(root),
  // The same three in the create form; a key already shown (no form: the 2024 instant key) passes them.
  formApiListOpen: (root, env) => formCheck(root, env, (form) => anyGeminiOption(root) !== null || geminiChosenInSelect(form)),
  formGeminiChosen: (root, env) =>
    formCheck(root, env, (form) => {
      const option = anyGeminiOption(root);
      return option ? isChecked(option) : geminiChosenInSelect(form);
    }),
  formApiListClosed: (root, env) => formCheck(root, env, (form) => anyGeminiOption(root) === null && geminiChosenInSelect(form)),
  apiEnabled,
};
