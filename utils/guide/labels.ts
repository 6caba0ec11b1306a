/**
 * DATA: the console's own words that the guide's targets are found by, per console language.
 *
 * The console follows the user's language preference (console-facts D), so a label is only a hint
 * next to structure (roles, link targets, dialogs). Matching ignores case, width and spacing
 * ("RESTORE" = "Restore", "API 密钥" = "API密钥"). Every label has en and zh-CN; other languages
 * are added where a source shows them (ja: only the wordings Japanese guides quote from the
 * console, 2024–2025; the rest of the Japanese console is unsourced and left out). `seen` says
 * where each wording comes from; zh-CN wordings not seen on a live page are marked "guessed"
 * (Google's zh-CN docs vocabulary).
 */

export interface ConsoleLabel {
  en: readonly string[];
  'zh-CN': readonly string[];
  pl?: readonly string[];
  ja?: readonly string[];
  seen: string;
}

export const CONSOLE_LABELS = {
  restoreDeletedCredentials: {
    en: ['Restore deleted credentials'],
    'zh-CN': ['恢复已删除的凭据'],
    seen: 'Credentials page action: "Restore Deleted Credentials" (Firstenberg 2024-01) and "Restore deleted credentials" (operators\' logs 2026), console-facts C3/B5; zh-CN guessed',
  },
  restore: {
    en: ['Restore'],
    'zh-CN': ['恢复'],
    seen: 'Deleted credentials page and its dialog: "RESTORE" (Google Help 15549257, 2025; zh-CN guide 2025-08 keeps it in English), title case UNCERTAIN, console-facts C3; zh-CN guessed',
  },
  back: {
    en: ['Back', 'Go back'],
    'zh-CN': ['返回'],
    seen: 'back arrow of console sub-pages ("click the back arrow", Firstenberg 2024-01); its aria-label is guessed',
  },
  createCredentials: {
    en: ['Create credentials'],
    'zh-CN': ['创建凭据'],
    ja: ['認証情報を作成', '認証情報の作成'],
    seen: 'Credentials page action bar, 2024–2026 (Firstenberg 2024-01; api-key docs 2026), console-facts C3/B4; zh-CN guessed; ja "認証情報を作成" (Idera LANSA docs, Google developer console steps) and "認証情報の作成" (officeforest.org 2025 and buspochi.jp Gemini/Maps key guides)',
  },
  apiKeyMenuItem: {
    en: ['API key'],
    'zh-CN': ['API 密钥'],
    ja: ['API キー'],
    seen: '"Create credentials" menu item, followed by a one-line description (cfc-menu-item-label, Selenium on the credentials page), console-facts B4/C3; zh-CN from AI Studio\'s "创建 API 密钥"; ja "APIキー" (same three Japanese guides, menu item under 認証情報を作成)',
  },
  editApiKey: {
    en: ['Edit API key'],
    'zh-CN': ['修改 API 密钥', '编辑 API 密钥'],
    seen: '"API key created" dialog link (Firstenberg 2024-01; Polish Selenium "Edit API key" link), console-facts B4; zh-CN guessed',
  },
  restrictKey: {
    en: ['Restrict key'],
    'zh-CN': ['限制密钥'],
    ja: ['キーを制限'],
    seen: 'key edit page, API restrictions radio (Firstenberg 2024-01; api-key docs 2026), console-facts C3; zh-CN guessed; ja "キーを制限" (officeforest.org 2025: "APIの制限にて、キーを制限をクリック")',
  },
  apiRestrictions: {
    en: ['API restrictions'],
    'zh-CN': ['API 限制'],
    ja: ['API の制限'],
    seen: 'key edit page section heading (api-key docs 2026), console-facts C3; zh-CN guessed; ja "APIの制限" (officeforest.org 2025; buspochi.jp)',
  },
  selectApis: {
    en: ['Select APIs', 'Select API restrictions'],
    'zh-CN': ['选择 API'],
    seen: 'key edit page dropdown: "Select API restrictions" (api-key docs 2026, console-facts C3); "Select APIs" placeholder guessed; zh-CN guessed',
  },
  ok: {
    en: ['OK'],
    'zh-CN': ['确定'],
    seen: 'API list dropdown footer ("click on OK", Firstenberg 2024-01); zh-CN guessed',
  },
  save: {
    en: ['Save'],
    'zh-CN': ['保存'],
    pl: ['Zapisz'],
    ja: ['保存'],
    seen: 'key edit page (api-key docs 2026; Polish Selenium matching SAVE/Save/ZAPISZ), console-facts B4/C3; zh-CN guessed; ja "保存" (buspochi.jp: 「保存」ボタン on the key edit page)',
  },
  enable: {
    en: ['Enable'],
    'zh-CN': ['启用'],
    seen: 'API Library page primary button (class string copied from the live console, console-facts B4); zh-CN guessed',
  },
  manage: {
    en: ['Manage'],
    'zh-CN': ['管理'],
    seen: 'API Library page button once the API is enabled; guessed from the console\'s library pages, zh-CN guessed',
  },
  apiEnabled: {
    en: ['API Enabled', 'API enabled'],
    'zh-CN': ['API 已启用', '已启用 API'],
    seen: 'API Library page status next to "Manage" once enabled; guessed, zh-CN guessed',
  },
  googleAccount: {
    en: ['Google Account'],
    'zh-CN': ['Google 账号', 'Google 帐号'],
    seen: 'account button of the Google bar, aria-label "Google Account: Name (email)"; guessed from Google\'s shared header',
  },
  rolesColumn: {
    en: ['Role', 'Roles'],
    'zh-CN': ['角色'],
    seen: 'IAM page principals table column; guessed, zh-CN guessed',
  },
  ownerRole: {
    en: ['Owner', 'Project IAM Admin'],
    'zh-CN': ['所有者', 'Project IAM 管理员'],
    seen: 'IAM basic role names, roles that can grant roles (cloud.google.com/iam docs); zh-CN guessed',
  },
} as const satisfies Record<string, ConsoleLabel>;

export type LabelId = keyof typeof CONSOLE_LABELS;

/**
 * Names Google gives keys made by AI Studio; they stay in English whatever the console language.
 * console-facts C2 (both kept as constants by a key tool; a user guide notes both may be listed).
 */
export const GEMINI_KEY_NAMES = ['Generative Language API Key', 'Gemini API Key'] as const;

/**
 * The Gemini API as the console names it in API lists: "Generative Language API" (API
 * restrictions list, Firstenberg 2024-01); "Gemini API" (library card, 2025–2026, guessed).
 */
export const GEMINI_API_NAMES = ['Generative Language API', 'Gemini API'] as const;

/** A credential of type API key on the deleted page (type column); guessed, zh-CN guessed. */
export const API_KEY_TYPE_NAMES = ['API key', 'API 密钥'] as const;

/** Case-, width- and space-insensitive form; trailing ellipses and colons do not count. */
export function labelKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\u200b]+/g, '')
    .replace(/[.…:：!！?？]+$/, '');
}

const compiled = new Map<LabelId, Set<string>>();

/** Every wording of a label in every language, in matching form. */
export function labelKeys(id: LabelId): Set<string> {
  let keys = compiled.get(id);
  if (!keys) {
    const label: ConsoleLabel = CONSOLE_LABELS[id];
    keys = new Set([...label.en, ...label['zh-CN'], ...(label.pl ?? []), ...(label.ja ?? [])].map(labelKey));
    compiled.set(id, keys);
  }
  return keys;
}

/** Whether `text` is the label (`exact`) or begins with it (`prefix`: menu items carry a description). */
export function matchesLabel(text: string, id: LabelId, mode: 'exact' | 'prefix' = 'exact'): boolean {
  const key = labelKey(text);
  if (!key) return false;
  for (const wording of labelKeys(id)) {
    if (mode === 'exact' ? key === wording : key.startsWith(wording)) return true;
  }
  return false;
}

export function matchesAny(text: string, names: readonly string[]): boolean {
  const key = labelKey(text);
  return key !== '' && names.some((name) => labelKey(name) === key);
}

export function containsAny(text: string, names: readonly string[]): string | undefined {
  const key = labelKey(text);
  return names.find((name) => key.includes(labelKey(name)));
}
