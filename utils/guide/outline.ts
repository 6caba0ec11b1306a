/**
 * "Copy page outline": a structural outline of a console page for a bug report, offered when a
 * guide step cannot find its control. It says what the page is made of (tags, roles, aria-labels,
 * the words of buttons, links, tabs, options and headings) so a finder can be fixed for a console
 * we have never seen, and nothing the user would not paste in public:
 * - nothing from data cells (key names, dates, principals): a row is a tag and a role;
 * - no field values, no hrefs, no query;
 * - key strings (AIza…, AQ.…), email addresses and the project id replaced wherever they appear;
 * - the account button's name and email.
 * Pure DOM reads, no layout.
 */
import { accessibleName, isShown, roleOf, visibleText } from './dom';
import { projectValue } from '@/utils/page-values';
import { matchesLabel } from './labels';
import { parseUrl } from '@/utils/parse-url';

/** Cells whose contents are the user's data. */
const DATA_CELL = 'td, [role="cell"], [role="gridcell"], mat-cell, .mdc-list-item__primary-text, .mdc-list-item__secondary-text';
const SKIPPED = new Set(['script', 'style', 'template', 'noscript', 'svg', 'link', 'meta', 'head']);
/** Elements worth a line. Custom elements of the console's libraries show its structure. */
const LANDMARK_ROLES = new Set(['main', 'navigation', 'banner', 'dialog', 'alertdialog', 'menu', 'listbox', 'tablist', 'table', 'grid', 'list', 'form', 'region', 'toolbar', 'row', 'listitem', 'rowgroup']);
const NAMED_ROLES = new Set(['button', 'link', 'menuitem', 'menuitemcheckbox', 'menuitemradio', 'option', 'tab', 'checkbox', 'radio', 'combobox', 'heading', 'switch', 'textbox', 'columnheader']);
const STRUCTURE_TAGS = new Set(['main', 'nav', 'header', 'form', 'section', 'fieldset', 'table', 'tr', 'dialog', 'iframe', 'input', 'select', 'textarea', 'h1', 'h2', 'h3', 'h4', 'label']);
const CUSTOM_PREFIX = /^(?:cfc|mat|mp|cdk|ms|pan)-/;
const MAX_LINES = 600;
const MAX_TEXT = 80;

const KEY = /AIza[0-9A-Za-z_-]{6,}|AQ\.[0-9A-Za-z_.-]{6,}/g;
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
const DEFAULT_PROJECT = /gen-lang-client-\d{6,}/g;

export interface OutlineOptions {
  /** The page URL: its path is kept, its query dropped, its project masked wherever it shows. */
  url: string;
  maxLines?: number;
}

/** The project the URL names, when it is one (utils/page-values.ts): masking any other text is noise. */
function projectOf(url: string): string | undefined {
  return projectValue(parseUrl(url)?.searchParams.get('project'));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Every secret-ish string masked: keys, emails, the project id. */
export function maskForOutline(text: string, project?: string): string {
  let masked = text.replace(KEY, '[key]').replace(EMAIL, '[email]').replace(DEFAULT_PROJECT, '[project]');
  if (project && project.length >= 3) masked = masked.replace(new RegExp(escapeRegExp(project), 'g'), '[project]');
  return masked;
}

function clip(text: string): string {
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text;
}

function quoted(text: string, project: string | undefined): string {
  return JSON.stringify(clip(maskForOutline(text.replace(/\s+/g, ' ').trim(), project)));
}

function worthALine(element: Element, role: string | undefined): boolean {
  const tag = element.localName;
  if (role && (LANDMARK_ROLES.has(role) || NAMED_ROLES.has(role))) return true;
  if (STRUCTURE_TAGS.has(tag) || /^h[1-6]$/.test(tag)) return true;
  return CUSTOM_PREFIX.test(tag) && !tag.endsWith('-icon') && tag !== 'mat-icon';
}

/** Words of this element that may go in the outline (never inside a data cell). */
function describe(element: Element, role: string | undefined, inCell: boolean, project: string | undefined): string {
  const tag = element.localName;
  const parts = [tag];
  const explicitRole = element.getAttribute('role');
  if (explicitRole) parts.push(`[role=${explicitRole}]`);
  if (tag === 'input') parts.push(`[type=${(element.getAttribute('type') ?? 'text').toLowerCase()}]`);
  for (const attribute of ['disabled', 'aria-disabled', 'aria-checked', 'aria-selected', 'aria-expanded', 'hidden', 'aria-hidden']) {
    const value = element.getAttribute(attribute);
    if (value !== null && value !== 'false') parts.push(value === '' ? `[${attribute}]` : `[${attribute}=${value}]`);
  }
  if (element.hasAttribute('cfccalloutsteptarget')) parts.push(`[cfccalloutsteptarget=${element.getAttribute('cfccalloutsteptarget')}]`);
  if (tag === 'iframe' && element.getAttribute('title')) parts.push(`[title=${quoted(element.getAttribute('title')!, project)}]`);
  if (!isShown(element)) parts.push('(hidden)');
  // Inside a data cell even a button's label may carry the row's data ("Select my prod key").
  if (inCell) return parts.join('');
  const raw = element.getAttribute('aria-label');
  // The Google bar's account button names the person ("Google Account: Name (email)").
  const label = raw && matchesLabel(raw, 'googleAccount', 'prefix') ? `${raw.split(/[:：]/)[0]}: [account]` : raw;
  let line = parts.join('');
  if (label) line += ` aria-label=${quoted(label, project)}`;
  const named = role !== undefined && NAMED_ROLES.has(role) && role !== 'textbox';
  const heading = /^h[1-6]$/.test(tag) || role === 'heading';
  if ((named || heading) && tag !== 'input') {
    const text = role === 'combobox' ? '' : visibleText(element);
    if (text && text !== label) line += ` ${quoted(text, project)}`;
  } else if (tag === 'input' && !label) {
    const name = accessibleName(element);
    if (name) line += ` label=${quoted(name, project)}`;
  }
  return line;
}

/** The outline as plain text, one element per line, indented by nesting. */
export function pageOutline(root: Document, options: OutlineOptions): string {
  const project = projectOf(options.url);
  const maxLines = options.maxLines ?? MAX_LINES;
  let path = '';
  try {
    const url = new URL(options.url);
    // A key's page carries its id: not a secret, but it names one key.
    path = `${url.host}${url.pathname.replace(/(\/apis\/credentials\/key\/)[^/;]+/, '$1[key-id]')}`;
  } catch {
    path = '(unknown)';
  }
  const lines = [`Key Doctor page outline`, `page: ${maskForOutline(path, project)}`, `lang: ${root.documentElement.getAttribute('lang') ?? ''}`];
  let truncated = false;

  const walk = (element: Element, depth: number, inCell: boolean) => {
    for (const child of element.children) {
      if (lines.length >= maxLines) {
        truncated = true;
        return;
      }
      const tag = child.localName;
      if (SKIPPED.has(tag) || tag.startsWith('key-doctor-')) continue;
      const cell = inCell || child.matches(DATA_CELL);
      const role = roleOf(child) ?? (/^h[1-6]$/.test(tag) ? 'heading' : tag === 'th' ? 'columnheader' : undefined);
      if (worthALine(child, role)) {
        lines.push(`${'  '.repeat(depth)}${describe(child, role, cell, project)}`);
        walk(child, depth + 1, cell);
      } else {
        walk(child, depth, cell);
      }
    }
  };
  if (root.body) walk(root.body, 0, false);
  if (truncated) lines.push(`… (cut at ${maxLines} lines)`);
  return lines.join('\n');
}
