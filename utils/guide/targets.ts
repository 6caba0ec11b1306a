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
  isChecked,
  isShown,
  outlineOf,
  rowCellElements,
  rowCells,
  visibleText,
} from './dom';
import { API_KEY_TYPE_NAMES, GEMINI_API_NAMES, GEMINI_KEY_NAMES, containsAny, labelKey, labelKeys, matchesAny, matchesLabel, type LabelId } from './labels';
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

function describeRow(row: Element, index: number): RowChoice {
  const cells = rowCells(row);
  const name = containsAny(cells.join(' '), GEMINI_KEY_NAMES) ?? cells[0] ?? '';
  const nameKey = labelKey(name);
  const detail = cells.filter((cell) => !matchesAny(cell, API_KEY_TYPE_NAMES) && !(nameKey && labelKey(cell).includes(nameKey)));
  const keyHref = row.querySelector(KEY_LINK_SELECTOR)?.getAttribute('href');
  const choice: RowChoice = { name, detail: detail.join(' · '), signature: labelKey(cells.join(' ')), index };
  const keyId = keyHref ? keyIdFromHref(keyHref) : undefined;
  if (keyId) choice.keyId = keyId;
  return choice;
}

function isApiKeyRow(row: Element): boolean {
  return row.querySelector(KEY_LINK_SELECTOR) !== null || rowCells(row).some((cell) => matchesAny(cell, API_KEY_TYPE_NAMES));
}

/**
 * The deleted API keys the user may mean: rows named like an AI Studio key; when none is, every
 * API-key row (a renamed key). OAuth clients and service accounts are never offered.
 */
export function deletedKeyRows(root: ParentNode): DeletedRow[] {
  // Only a page with a plain "Restore" control is the deleted list: right after a single-page
  // navigation the old Credentials table (API-key rows too) may still be on screen.
  if (!findByRole(root, ['button', 'link'], (name, element) => matchesLabel(name, 'restore') && !inDialog(element))) return [];
  const rows = dataRows(root).filter((row) => !inDialog(row));
  const byName = rows.filter((row) => containsAny(visibleText(row, { skipControls: true }), GEMINI_KEY_NAMES));
  const chosen = byName.length ? byName : rows.filter(isApiKeyRow);
  return chosen.map((element, index) => ({
    element,
    choice: describeRow(element, index),
    restore: findByRole(element, ['button', 'link'], named('restore')),
    checkbox: element.querySelector('mat-checkbox, [role="checkbox"], input[type="checkbox"]'),
  }));
}

/** The row the user chose: by key id when the row links one, else by its text. */
export function findChosenRow(root: ParentNode, choice: RowChoice | undefined): DeletedRow | undefined {
  if (!choice) return undefined;
  const rows = deletedKeyRows(root);
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
  return deletedListRendered(root) && TARGETS.restoreDeletedLink.find(root, env) === null;
}

function toolbarRestore(root: ParentNode): Element | null {
  const rows = dataRows(root); // once, not per button named "Restore"
  return findByRole(root, ['button', 'link'], (name, element) => matchesLabel(name, 'restore') && !inDialog(element) && !rows.some((row) => row.contains(element)));
}

function confirmRestore(root: ParentNode): Element | null {
  for (const dialog of shownDialogs(root)) {
    const button = findByRole(dialog, ['button'], named('restore'));
    if (button) return button;
  }
  return null;
}

function chosenRowGone(root: ParentNode, env: GuideEnv): boolean {
  if (!env.choice) return false;
  if (env.page !== 'deleted-credentials') return true;
  // A modal dialog hides the list from us (aria-hidden): nothing is gone while it is open.
  if (shownDialogs(root).length) return false;
  return deletedListRendered(root) && findChosenRow(root, env.choice) === undefined;
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
  const keyRows = dataRows(root).filter((row) => row.querySelector(KEY_LINK_SELECTOR) && !findByRole(row, ['button', 'link'], named('restore')));
  const keyId = choice.keyId;
  if (keyId) return keyRows.filter((row) => [...row.querySelectorAll(KEY_LINK_SELECTOR)].some((link) => keyIdFromHref(link.getAttribute('href') ?? '') === keyId));
  return keyRows.filter((row) => containsAny(visibleText(row, { skipControls: true }), [choice.name]) !== undefined);
}

function toCredentialsList(element: Element): boolean {
  return /\/apis\/credentials\/?(?:[?#]|$)/.test(element.getAttribute('href') ?? '');
}

// ---------------------------------------------------------------- API restrictions

function geminiOption(root: ParentNode): Element | null {
  return findByRole(root, ['option'], (name) => matchesAny(name, GEMINI_API_NAMES));
}

function restrictRadio(root: ParentNode): Element | null {
  return findByRole(root, ['radio'], named('restrictKey'));
}

function apiSelect(root: ParentNode): Element | null {
  const combos = findAllByRole(root, ['combobox'], () => true);
  const byName = combos.find((combo) => matchesLabel(accessibleName(combo), 'selectApis'));
  if (byName) return byName;
  // Else the dropdown in the section headed "API restrictions".
  return (
    combos.find((combo) => {
      const section = combo.closest('section, fieldset, [role="group"], cfc-form-section');
      const heading = section?.querySelector('h2, h3, h4, legend, [role="heading"]');
      return heading ? matchesLabel(visibleText(heading), 'apiRestrictions') : false;
    }) ?? null
  );
}

function geminiChosenInSelect(root: ParentNode): boolean {
  const select = apiSelect(root);
  if (!select) return false;
  const value = select.querySelector('.mat-mdc-select-value, .cfc-select-value, [class*="select-value"]') ?? select;
  return containsAny(visibleText(value), GEMINI_API_NAMES) !== undefined;
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
}

export const TARGETS: Record<TargetId, TargetDefinition> = {
  restoreDeletedLink: {
    describe: 'Credentials page: "Restore deleted credentials" (a link to /apis/credentials/deleted, or a button by that name)',
    find: (root) =>
      [...root.querySelectorAll('a[href*="/apis/credentials/deleted"]')].find(isShown) ??
      findByRole(root, ['button', 'link'], named('restoreDeletedCredentials')),
  },
  rowCheckbox: {
    describe: 'Deleted page: the chosen row\'s selection checkbox (checkbox-row variant)',
    find: (root, env) => {
      const row = findChosenRow(root, env.choice);
      return row?.checkbox && !row.restore ? outlineOf(row.checkbox) : null;
    },
  },
  restoreButton: {
    describe: 'Deleted page: RESTORE in the chosen row, or the toolbar RESTORE for the selection',
    find: (root, env) => {
      const row = findChosenRow(root, env.choice);
      if (!row) return null;
      return row.restore ?? toolbarRestore(root);
    },
  },
  confirmRestoreButton: {
    describe: 'Deleted page: RESTORE inside the confirm dialog',
    find: (root) => confirmRestore(root),
  },
  backToCredentials: {
    describe: 'Deleted page: the back arrow (or a page link) to the Credentials list',
    find: (root) =>
      // A back control that leads to the list (a router button has no href), else a page link
      // to the list outside the side navigation.
      findByRole(root, ['link', 'button'], (name, element) => matchesLabel(name, 'back') && (!element.hasAttribute('href') || toCredentialsList(element))) ??
      [...root.querySelectorAll('a[href]')].find((link) => toCredentialsList(link) && isShown(link) && !link.closest('nav, [role="navigation"]')) ??
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
      // Low confidence: the namespaced id seen by a Polish-locale Selenium script (console-facts B4).
      // TODO [2027-06-01]: drop if the accessible name keeps matching.
      [...root.querySelectorAll('[id$="action-bar-create-button"]')].find(isShown) ??
      null,
  },
  apiKeyMenuItem: {
    describe: 'Create credentials menu: the "API key" item',
    find: (root) =>
      findByRole(root, ['menuitem', 'button', 'link'], (name, element) => {
        if (!element.closest('[role="menu"], .mat-mdc-menu-panel, cfc-menu')) return false;
        // The item's label line when it has one; else its name, which runs on into the description.
        const label = element.querySelector('.cfc-menu-item-label');
        return label ? matchesLabel(visibleText(label), 'apiKeyMenuItem') : matchesLabel(name, 'apiKeyMenuItem', 'prefix');
      }),
  },
  editApiKeyLink: {
    describe: '"API key created" dialog: "Edit API key"',
    find: (root) => findByRole(root, ['link', 'button'], named('editApiKey')),
  },
  restrictKeyRadio: {
    describe: 'Key edit page: the "Restrict key" radio under API restrictions',
    find: (root) => {
      const radio = restrictRadio(root);
      return radio ? outlineOf(radio) : null;
    },
  },
  apiRestrictionSelect: {
    describe: 'Key edit page: the API list dropdown under API restrictions',
    find: (root) => apiSelect(root),
  },
  geminiApiOption: {
    describe: 'API list dropdown: the "Generative Language API" option',
    find: (root) => geminiOption(root),
  },
  apiListOkButton: {
    describe: 'API list dropdown: its OK button',
    find: (root) => {
      const option = geminiOption(root);
      const panel = option?.closest('.cdk-overlay-pane, .cfc-select-panel, [role="dialog"]') ?? option?.closest('[role="listbox"]')?.parentElement;
      return panel ? findByRole(panel, ['button'], named('ok')) : null;
    },
  },
  saveButton: {
    describe: 'Key edit page: Save',
    find: (root) => findByRole(root, ['button'], named('save')),
  },
  enableApiButton: {
    describe: 'API Library page: Enable',
    find: (root) => findByRole(root, ['button', 'link'], named('enable')),
  },
  myIamRow: {
    describe: 'IAM page: the row of the signed-in account',
    find: (root) => {
      const email = signedInEmail(root);
      return email ? (iamRows(root).find((row) => visibleText(row).toLowerCase().includes(email)) ?? null) : null;
    },
  },
};

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
  if (findByRole(root, ['button', 'link'], named('manage'))) return true;
  return hasStatusLine(root, 'apiEnabled');
}

const NEW_KEY = /\b(?:AIza[\w-]{20,}|AQ\.[\w-]{20,})/;
/** A dialog shows a new key (as text or in a read-only field) or offers to edit it. */
const keyCreated = (root: ParentNode) =>
  shownDialogs(root).some(
    (dialog) =>
      NEW_KEY.test(dialog.textContent ?? '') ||
      [...dialog.querySelectorAll('input')].some((input) => NEW_KEY.test((input as HTMLInputElement).value)) ||
      TARGETS.editApiKeyLink.find(dialog, {}) !== null,
  );
const editFormShown = (root: ParentNode) => restrictRadio(root) !== null;

export const CHECK_IDS = [
  'onDeletedPage',
  'onCredentialsPage',
  'leftKeyEditPage',
  'rowReadyToRestore',
  'restoreStarted',
  'chosenRowGone',
  'createMenuOpened',
  'keyCreated',
  'editFormShown',
  'restrictChecked',
  'apiListOpenOrGeminiChosen',
  'geminiChosen',
  'apiListClosedWithGemini',
  'apiEnabled',
] as const;
export type CheckId = (typeof CHECK_IDS)[number];

/** "This step is already done" checks, by id. */
export const CHECKS: Record<CheckId, Check> = {
  onDeletedPage: (_root, env) => env.page === 'deleted-credentials',
  onCredentialsPage: (_root, env) => env.page === 'credentials',
  leftKeyEditPage: (root, env) => env.page === 'credentials' && !editFormShown(root),
  // Nothing to select when the row has its own RESTORE; done when its checkbox is ticked, or
  // when the restore is already under way (its confirm dialog is open) or over (a quick restore
  // took the row away: asking which key again would be wrong).
  rowReadyToRestore: (root, env) => {
    if (confirmRestore(root) || chosenRowGone(root, env)) return true;
    const row = findChosenRow(root, env.choice);
    return row ? row.restore !== null || (row.checkbox !== null && isChecked(row.checkbox)) : false;
  },
  restoreStarted: (root, env) => confirmRestore(root) !== null || chosenRowGone(root, env),
  chosenRowGone,
  createMenuOpened: (root, env) => TARGETS.apiKeyMenuItem.find(root, env) !== null || keyCreated(root) || editFormShown(root),
  keyCreated: (root) => keyCreated(root) || editFormShown(root),
  editFormShown,
  restrictChecked: (root) => {
    const radio = restrictRadio(root);
    return radio !== null && isChecked(radio);
  },
  apiListOpenOrGeminiChosen: (root) => geminiOption(root) !== null || geminiChosenInSelect(root),
  geminiChosen: (root) => {
    const option = geminiOption(root);
    return option ? isChecked(option) : geminiChosenInSelect(root);
  },
  apiListClosedWithGemini: (root) => geminiOption(root) === null && geminiChosenInSelect(root),
  apiEnabled,
};
