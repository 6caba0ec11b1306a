/**
 * Finding console elements by meaning: ARIA role, accessible name and visible text, never by
 * generated class names. Pure DOM reads (no layout), so they run in happy-dom and are cheap enough
 * for a MutationObserver batch on a busy Angular page.
 */
export type Role = 'button' | 'link' | 'radio' | 'checkbox' | 'menuitem' | 'option' | 'combobox';

const ROLE_SELECTORS: Record<Role, string> = {
  button: 'button, [role="button"], input[type="button"], input[type="submit"]',
  link: 'a[href], [role="link"]',
  radio: 'input[type="radio"], [role="radio"]',
  checkbox: 'input[type="checkbox"], [role="checkbox"]',
  menuitem: '[role="menuitem"], [role="menuitemcheckbox"], [role="menuitemradio"]',
  option: '[role="option"], mat-option',
  combobox: '[role="combobox"], mat-select, cfc-select',
};

/** Dialogs and their Angular Material hosts (console-facts B1/B4: MDC dialogs). */
export const DIALOG_SELECTOR = '[role="dialog"], [role="alertdialog"], mat-dialog-container, .mat-mdc-dialog-container';
/** Table rows, grid rows and list items: the deleted page may use any of them (console-facts F3). */
export const ROW_SELECTOR = 'tr, [role="row"], mat-row, mat-list-item, [role="listitem"]';
const CELL_SELECTOR = 'td, [role="cell"], [role="gridcell"], .mdc-list-item__primary-text, .mdc-list-item__secondary-text';
/** Icon fonts put their ligature name ("arrow_back", "add") in textContent (console-facts B1). */
const ICON_SELECTOR = 'mat-icon, .mat-icon, .material-icons, .material-symbols-outlined, .google-symbols, cm-icon';
const SKIPPED_TAGS = new Set(['script', 'style', 'template', 'noscript', 'svg']);
const CONTROL_SELECTOR = 'button, [role="button"], input, select, textarea, mat-checkbox, mat-pseudo-checkbox, [role="checkbox"]';

/** The element's role: explicit `role` first, then the one its tag implies. */
export function roleOf(element: Element): string | undefined {
  const explicit = element.getAttribute('role')?.trim().split(/\s+/)[0];
  if (explicit) return explicit;
  const tag = element.localName;
  if (tag === 'button') return 'button';
  if (tag === 'a' && element.hasAttribute('href')) return 'link';
  if (tag === 'mat-option') return 'option';
  if (tag === 'mat-select' || tag === 'cfc-select') return 'combobox';
  if (tag === 'input') {
    const type = (element.getAttribute('type') ?? 'text').toLowerCase();
    if (type === 'radio' || type === 'checkbox') return type;
    if (type === 'button' || type === 'submit') return 'button';
  }
  return undefined;
}

/** Not hidden by markup: `hidden`, `aria-hidden`, `inert`, inline `display: none`. */
export function isShown(element: Element): boolean {
  for (let node: Element | null = element; node; node = node.parentElement) {
    if (node.hasAttribute('hidden') || node.getAttribute('aria-hidden') === 'true' || node.hasAttribute('inert')) return false;
    if (node.localName === 'template') return false;
    const style = node.getAttribute('style');
    if (style && /display\s*:\s*none/i.test(style)) return false;
  }
  return true;
}

function collectText(node: Node, out: string[], skipControls: boolean): void {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) {
      out.push((child as Text).data);
    } else if (child.nodeType === 1) {
      const element = child as Element;
      if (SKIPPED_TAGS.has(element.localName) || element.matches(ICON_SELECTOR) || element.getAttribute('aria-hidden') === 'true') continue;
      if (skipControls && element.matches(CONTROL_SELECTOR)) continue;
      // Every element boundary separates words; the console's labels never split a word.
      out.push(' ');
      collectText(element, out, skipControls);
      out.push(' ');
    }
  }
}

/** The words a sighted user reads in an element, icons left out. */
export function visibleText(element: Element, options: { skipControls?: boolean } = {}): string {
  const out: string[] = [];
  collectText(element, out, options.skipControls ?? false);
  return out.join('').replace(/\s+/g, ' ').trim();
}

function documentOf(node: Node): Document | null {
  return node.ownerDocument ?? (node.nodeType === 9 ? (node as Document) : null);
}

/** A simplified accessible name: aria-labelledby, aria-label, `<label>`, text, title. */
export function accessibleName(element: Element): string {
  const labelledBy = element.getAttribute('aria-labelledby');
  const doc = documentOf(element);
  if (labelledBy && doc) {
    const text = labelledBy
      .split(/\s+/)
      .map((id) => doc.getElementById(id))
      .filter((node): node is HTMLElement => node !== null)
      .map((node) => visibleText(node))
      .join(' ')
      .trim();
    if (text) return text;
  }
  const ariaLabel = element.getAttribute('aria-label')?.trim();
  if (ariaLabel) return ariaLabel;
  if (element.localName === 'input') {
    const id = element.getAttribute('id');
    const label = (id && doc?.querySelector(`label[for="${id.replace(/"/g, '\\"')}"]`)) || element.closest('label');
    if (label) return visibleText(label);
  }
  return visibleText(element) || element.getAttribute('title')?.trim() || '';
}

/**
 * Drawn on screen: not hidden by markup (isShown) nor by CSS. The API Library page keeps two
 * "enable this API" buttons, the first hidden by a stylesheet (console-dom-evidence F1), so markup
 * alone would outline an invisible twin. `checkVisibility` is the browser's own test (no layout
 * read); where it is missing, markup decides.
 */
export function isVisible(element: Element): boolean {
  if (!isShown(element)) return false;
  const check = (element as Element & { checkVisibility?: (options?: { visibilityProperty?: boolean }) => boolean }).checkVisibility;
  return typeof check === 'function' ? check.call(element, { visibilityProperty: true }) : true;
}

/** A control the user cannot use now: disabled natively, by ARIA or by the Material class. */
export function isDisabled(element: Element): boolean {
  if (element.hasAttribute('disabled') || element.getAttribute('aria-disabled') === 'true') return true;
  if (element.closest('fieldset[disabled]')) return true;
  const input = element.matches('mat-checkbox, mat-radio-button, .mat-mdc-checkbox, .mat-mdc-radio-button') ? element.querySelector('input') : null;
  if (input?.hasAttribute('disabled')) return true;
  return element.matches('.mat-mdc-option-disabled, .mdc-list-item--disabled, .mat-mdc-button-disabled, .mat-mdc-checkbox-disabled, .mdc-checkbox--disabled, .mat-mdc-select-disabled');
}

/**
 * The icon ligature a control shows ("restore", "arrow_back"): Material icon names are the same
 * in every console language, so they identify a control whose words we cannot read.
 */
export function iconName(element: Element): string | undefined {
  const icon = element.querySelector(ICON_SELECTOR);
  const name = icon?.textContent?.trim();
  return name || icon?.getAttribute('fonticon') || icon?.getAttribute('data-mat-icon-name') || undefined;
}

/** Visible elements with one of the roles whose accessible name passes `test`, in document order. */
export function findAllByRole(root: ParentNode, roles: readonly Role[], test: (name: string, element: Element) => boolean): Element[] {
  const selector = roles.map((role) => ROLE_SELECTORS[role]).join(', ');
  const wanted = new Set<string>(roles);
  const found: Element[] = [];
  for (const element of root.querySelectorAll(selector)) {
    const role = roleOf(element);
    if (!role || !wanted.has(role) || !isShown(element)) continue;
    // The name first, the costlier style check only for the few that pass it.
    if (test(accessibleName(element), element) && isVisible(element)) found.push(element);
  }
  return found;
}

export function findByRole(root: ParentNode, roles: readonly Role[], test: (name: string, element: Element) => boolean): Element | null {
  return findAllByRole(root, roles, test)[0] ?? null;
}

/** What to outline for a control: a radio or checkbox input is drawn with its Material wrapper. */
export function outlineOf(element: Element): Element {
  if (element.localName !== 'input') return element;
  return element.closest('mat-radio-button, .mat-mdc-radio-button, mat-checkbox, .mat-mdc-checkbox, label') ?? element;
}

/** A radio, checkbox or option that is on: native state, ARIA state or the MDC class. */
export function isChecked(element: Element): boolean {
  if (element.localName === 'input' && (element as HTMLInputElement).checked) return true;
  if (element.getAttribute('aria-checked') === 'true' || element.getAttribute('aria-selected') === 'true') return true;
  const input = element.querySelector('input[type="checkbox"], input[type="radio"]') as HTMLInputElement | null;
  if (input?.checked) return true;
  return element.matches('.mat-mdc-radio-checked, .mat-mdc-checkbox-checked, .mdc-list-item--selected, .mat-mdc-option-active.mdc-list-item--selected');
}

/** Data rows (not header rows, not rows that only wrap other rows), shown, in document order. */
export function dataRows(root: ParentNode): Element[] {
  const rows = [...root.querySelectorAll(ROW_SELECTOR)].filter(
    (row) => isShown(row) && !row.closest('thead, mat-header-row') && !row.querySelector('th, [role="columnheader"]'),
  );
  // Linear, not pairwise: a busy IAM or credentials page can hold hundreds of rows.
  return rows.filter((row) => row.querySelector(ROW_SELECTOR) === null);
}

/** The row's cells as text, controls left out; the whole row when it has no cells. */
export function rowCells(row: Element): string[] {
  const cells = [...row.querySelectorAll(CELL_SELECTOR)].map((cell) => visibleText(cell, { skipControls: true })).filter(Boolean);
  if (cells.length) return cells;
  const text = visibleText(row, { skipControls: true });
  return text ? [text] : [];
}

/** Header cells of the table or grid that holds `row`, as text. */
export function headerCellsFor(row: Element): string[] {
  const table = row.closest('table, [role="table"], [role="grid"], cfc-table');
  if (!table) return [];
  return [...table.querySelectorAll('th, [role="columnheader"]')].map((cell) => visibleText(cell));
}

/** Cells of a row by column position (td or role=cell/gridcell), for reading one column. */
export function rowCellElements(row: Element): Element[] {
  return [...row.querySelectorAll('td, [role="cell"], [role="gridcell"]')].filter((cell) => cell.closest(ROW_SELECTOR) === row);
}
