/**
 * DATA: the console's own words that the guide's targets are found by, per console language.
 *
 * The console follows the user's language preference (console-facts D), so a label is only a hint
 * next to structure (roles, link targets, dialogs, icon ligatures): every finder that uses a label
 * also has a structural way in (targets.ts), and a page it cannot read turns a step into words,
 * never into a wrong conclusion. Matching ignores case, width and spacing ("RESTORE" = "Restore",
 * "API 密钥" = "API密钥") and an accessible name may carry more words than the label only where a
 * finder asks for a prefix.
 *
 * `sourced` lists the languages whose wordings come from a source named in `seen` (Google's docs,
 * a public script driving the live console, the research notes; for ja, the wordings Japanese
 * guides quote from the console, 2024–2025). Every other wording is Google's usual console
 * vocabulary written from memory, unverified.
 * TODO [2027-03-01]: verify the unsourced wordings on a live console in each language
 * (/user-preferences/languages), and move each verified language into `sourced`.
 */

/** The console languages every label covers (console-facts D; issue 9). */
export const CONSOLE_LANGUAGES = ['en', 'zh-CN', 'zh-TW', 'ja', 'ko', 'es', 'pt-BR', 'fr', 'de', 'it', 'ru'] as const;
export type ConsoleLanguage = (typeof CONSOLE_LANGUAGES)[number];
/** Languages seen in a source beyond the required ones (a Polish Selenium script, console-facts B4). */
type ExtraLanguage = 'pl';

export interface ConsoleLabel {
  words: Record<ConsoleLanguage, readonly string[]> & Partial<Record<ExtraLanguage, readonly string[]>>;
  sourced: readonly (ConsoleLanguage | ExtraLanguage)[];
  seen: string;
}

export const CONSOLE_LABELS = {
  restoreDeletedCredentials: {
    words: {
      en: ['Restore deleted credentials'],
      'zh-CN': ['恢复已删除的凭据'],
      'zh-TW': ['還原已刪除的憑證'],
      ja: ['削除した認証情報を復元', '削除された認証情報を復元'],
      ko: ['삭제된 사용자 인증 정보 복원'],
      es: ['Restablecer credenciales borradas', 'Restaurar credenciales eliminadas'],
      'pt-BR': ['Restaurar credenciais excluídas'],
      fr: ['Restaurer les identifiants supprimés'],
      de: ['Gelöschte Anmeldedaten wiederherstellen'],
      it: ['Ripristina credenziali eliminate'],
      ru: ['Восстановить удаленные учетные данные'],
    },
    sourced: ['en'],
    seen: 'Credentials page action: "Restore Deleted Credentials" (Firstenberg 2024-01) and "Restore deleted credentials" (operators\' logs 2026), console-facts C3/B5. Structure: a link to /apis/credentials/deleted',
  },
  restore: {
    words: {
      en: ['Restore'],
      'zh-CN': ['恢复'],
      'zh-TW': ['還原'],
      ja: ['復元'],
      ko: ['복원'],
      es: ['Restablecer', 'Restaurar'],
      'pt-BR': ['Restaurar'],
      fr: ['Restaurer'],
      de: ['Wiederherstellen'],
      it: ['Ripristina'],
      ru: ['Восстановить'],
    },
    sourced: ['en'],
    seen: 'Deleted credentials page and its dialog: "RESTORE" (Google Help 15549257, 2025; a zh-CN guide 2025-08 keeps it in English), console-facts C3. Structure: the "restore" icon ligature, the row\'s own button',
  },
  back: {
    words: {
      en: ['Back', 'Go back'],
      'zh-CN': ['返回'],
      'zh-TW': ['返回', '上一頁'],
      ja: ['戻る'],
      ko: ['뒤로', '뒤로 가기'],
      es: ['Atrás', 'Volver'],
      'pt-BR': ['Voltar'],
      fr: ['Retour', 'Précédent'],
      de: ['Zurück'],
      it: ['Indietro'],
      ru: ['Назад'],
    },
    sourced: [],
    seen: 'back arrow of console sub-pages ("click the back arrow", Firstenberg 2024-01); its aria-label is unsourced. Structure: the "arrow_back" icon ligature',
  },
  createCredentials: {
    words: {
      en: ['Create credentials'],
      'zh-CN': ['创建凭据'],
      'zh-TW': ['建立憑證'],
      ja: ['認証情報を作成', '認証情報の作成'],
      ko: ['사용자 인증 정보 만들기'],
      es: ['Crear credenciales'],
      'pt-BR': ['Criar credenciais'],
      fr: ['Créer des identifiants'],
      de: ['Anmeldedaten erstellen'],
      it: ['Crea credenziali'],
      ru: ['Создать учетные данные'],
    },
    sourced: ['en', 'zh-CN', 'pt-BR', 'ja'],
    seen: 'Credentials page action bar, 2024–2026 (Firstenberg 2024-01; api-key docs 2026), console-facts C3/B4; zh-CN from Google Maps Platform zh-CN docs (console-dom-evidence G3); pt-BR from user guides (evidence I); ja "認証情報を作成" (Idera LANSA docs, Google developer console steps) and "認証情報の作成" (officeforest.org 2025 and buspochi.jp Gemini/Maps key guides). Structure: cfccalloutsteptarget="credential-create-button" (evidence D1)',
  },
  apiKeyMenuItem: {
    words: {
      en: ['API key'],
      'zh-CN': ['API 密钥'],
      'zh-TW': ['API 金鑰'],
      ja: ['API キー'],
      ko: ['API 키'],
      es: ['Clave de API', 'Clave de la API'],
      'pt-BR': ['Chave de API'],
      fr: ['Clé API', "Clé d'API"],
      de: ['API-Schlüssel'],
      it: ['Chiave API'],
      ru: ['Ключ API'],
    },
    sourced: ['en', 'zh-CN', 'pt-BR', 'ja'],
    seen: '"Create credentials" menu item, followed by a one-line description (cfc-menu-item-label), console-facts B4/C3; zh-CN 创建凭据 › API 密钥 (Google Maps zh-CN docs, evidence G3); pt-BR "Chave de API" (evidence I); ja "APIキー" (the same three Japanese guides, menu item under 認証情報を作成). Also the deleted list\'s type column',
  },
  editApiKey: {
    words: {
      en: ['Edit API key'],
      'zh-CN': ['修改 API 密钥', '编辑 API 密钥'],
      'zh-TW': ['編輯 API 金鑰'],
      ja: ['API キーを編集'],
      ko: ['API 키 수정', 'API 키 편집'],
      es: ['Editar clave de API'],
      'pt-BR': ['Editar chave de API'],
      fr: ['Modifier la clé API'],
      de: ['API-Schlüssel bearbeiten'],
      it: ['Modifica chiave API'],
      ru: ['Изменить ключ API'],
    },
    sourced: ['en'],
    seen: '"API key created" dialog link (Firstenberg 2024-01; Polish Selenium "Edit API key" link), console-facts B4; may be gone from the 2026 dialog (evidence D2)',
  },
  restrictKey: {
    words: {
      en: ['Restrict key'],
      'zh-CN': ['限制密钥'],
      'zh-TW': ['限制金鑰'],
      ja: ['キーを制限'],
      ko: ['키 제한'],
      es: ['Restringir clave'],
      'pt-BR': ['Restringir chave'],
      fr: ['Restreindre la clé'],
      de: ['Schlüssel einschränken'],
      it: ['Limita chiave'],
      ru: ['Ограничить ключ'],
    },
    sourced: ['en', 'pt-BR', 'ja'],
    seen: 'key edit page, API restrictions radio (Firstenberg 2024-01; api-key docs 2026), console-facts C3; pt-BR "Restringir chave" (evidence I); ja "キーを制限" (officeforest.org 2025: "APIの制限にて、キーを制限をクリック"). May be absent in 2026 (evidence G2)',
  },
  apiRestrictions: {
    words: {
      en: ['API restrictions'],
      'zh-CN': ['API 限制'],
      'zh-TW': ['API 限制'],
      ja: ['API の制限'],
      ko: ['API 제한사항', 'API 제한'],
      es: ['Restricciones de API'],
      'pt-BR': ['Restrições de API'],
      fr: ['Restrictions relatives aux API', "Restrictions d'API"],
      de: ['API-Einschränkungen'],
      it: ['Limitazioni delle API', 'Restrizioni API'],
      ru: ['Ограничения API'],
    },
    sourced: ['en', 'zh-CN', 'ja'],
    seen: 'key edit page and 2026 create form section heading (api-key docs 2026), console-facts C3; zh-CN API 限制 (Google Maps zh-CN docs, evidence G3); ja "APIの制限" (officeforest.org 2025; buspochi.jp)',
  },
  selectApis: {
    words: {
      en: ['Select API restrictions', 'No APIs selected', 'Select APIs'],
      'zh-CN': ['选择 API', '未选择任何 API'],
      'zh-TW': ['選取 API', '未選取任何 API'],
      ja: ['API を選択', 'API が選択されていません'],
      ko: ['API 선택', '선택된 API 없음'],
      es: ['Seleccionar API', 'No se seleccionó ninguna API'],
      'pt-BR': ['Selecionar APIs', 'Nenhuma API selecionada'],
      fr: ['Sélectionner des API', 'Aucune API sélectionnée'],
      de: ['APIs auswählen', 'Keine APIs ausgewählt'],
      it: ['Seleziona API', 'Nessuna API selezionata'],
      ru: ['Выберите API', 'API не выбраны'],
    },
    sourced: ['en', 'zh-CN'],
    seen: 'API list drop-down: "Select API restrictions" (api-key docs 2026, evidence G2), "No APIs selected" (2026 create form, evidence D2), "Select APIs" unsourced; zh-CN 选择 API (evidence G3). Structure: the combobox in the section headed "API restrictions", or the one whose list holds the Gemini API',
  },
  ok: {
    words: {
      en: ['OK'],
      'zh-CN': ['确定'],
      'zh-TW': ['確定'],
      ja: ['OK'],
      ko: ['확인'],
      es: ['Aceptar'],
      'pt-BR': ['OK'],
      fr: ['OK'],
      de: ['OK'],
      it: ['OK'],
      ru: ['ОК', 'OK'],
    },
    sourced: ['en'],
    seen: 'API list drop-down footer ("click on OK", Firstenberg 2024-01; "Select API restrictions … OK", evidence D2). Structure: the only button of the list\'s panel',
  },
  save: {
    words: {
      en: ['Save'],
      'zh-CN': ['保存'],
      'zh-TW': ['儲存'],
      ja: ['保存'],
      ko: ['저장'],
      es: ['Guardar'],
      'pt-BR': ['Salvar'],
      fr: ['Enregistrer'],
      de: ['Speichern'],
      it: ['Salva'],
      ru: ['Сохранить'],
      pl: ['Zapisz'],
    },
    sourced: ['en', 'pl', 'ja'],
    seen: 'key edit page (api-key docs 2026; Polish Selenium matching SAVE/Save/ZAPISZ), console-facts B4/C3; ja "保存" (buspochi.jp: 「保存」ボタン on the key edit page). Structure: the form\'s submit button',
  },
  create: {
    words: {
      en: ['Create'],
      'zh-CN': ['创建'],
      'zh-TW': ['建立'],
      ja: ['作成'],
      ko: ['만들기'],
      es: ['Crear'],
      'pt-BR': ['Criar'],
      fr: ['Créer'],
      de: ['Erstellen'],
      it: ['Crea'],
      ru: ['Создать'],
    },
    sourced: ['en'],
    seen: '2026 "Create API key" form, its last button (evidence D2: "… then Create"). Structure: the form\'s submit or primary button',
  },
  cancel: {
    words: {
      en: ['Cancel'],
      'zh-CN': ['取消'],
      'zh-TW': ['取消'],
      ja: ['キャンセル'],
      ko: ['취소'],
      es: ['Cancelar'],
      'pt-BR': ['Cancelar'],
      fr: ['Annuler'],
      de: ['Abbrechen'],
      it: ['Annulla'],
      ru: ['Отмена'],
    },
    sourced: [],
    seen: 'dialog and form dismiss button (Material dialogs); never outlined, only told apart from the confirming button',
  },
  authenticateServiceAccount: {
    words: {
      en: ['Authenticate API calls through a service account'],
      'zh-CN': ['通过服务账号对 API 调用进行身份验证'],
      'zh-TW': ['透過服務帳戶驗證 API 呼叫'],
      ja: ['サービス アカウントを介して API 呼び出しを認証する'],
      ko: ['서비스 계정을 통해 API 호출 인증'],
      es: ['Autenticar llamadas a la API mediante una cuenta de servicio'],
      'pt-BR': ['Autenticar chamadas de API por meio de uma conta de serviço'],
      fr: ["Authentifier les appels d'API via un compte de service"],
      de: ['API-Aufrufe über ein Dienstkonto authentifizieren'],
      it: ['Autentica le chiamate API tramite un account di servizio'],
      ru: ['Аутентифицировать вызовы API через сервисный аккаунт'],
    },
    sourced: ['en'],
    seen: '2026 "Create API key" form checkbox (evidence D2: several 2026 guides in en, pt, fr quote it in English; operator 2026-08-21: the Gemini API option stays greyed out until it is ticked and a service account chosen). Structure: the form\'s only checkbox outside the API list',
  },
  serviceAccount: {
    words: {
      en: ['Service account', 'Select a service account'],
      'zh-CN': ['服务账号', '选择服务账号'],
      'zh-TW': ['服務帳戶', '選取服務帳戶'],
      ja: ['サービス アカウント', 'サービス アカウントを選択'],
      ko: ['서비스 계정', '서비스 계정 선택'],
      es: ['Cuenta de servicio', 'Selecciona una cuenta de servicio'],
      'pt-BR': ['Conta de serviço', 'Selecione uma conta de serviço'],
      fr: ['Compte de service', 'Sélectionner un compte de service'],
      de: ['Dienstkonto', 'Dienstkonto auswählen'],
      it: ['Account di servizio', 'Seleziona un account di servizio'],
      ru: ['Сервисный аккаунт', 'Выберите сервисный аккаунт'],
    },
    sourced: [],
    seen: '2026 "Create API key" form: the service-account picker that appears once the box is ticked ("tick the box → select the SA", operator 2026-08-21, evidence D2); its label is unsourced. Structure: the form\'s combobox that is not the API list',
  },
  enable: {
    words: {
      en: ['Enable', 'enable this API', 'Enable API'],
      'zh-CN': ['启用', '启用此 API', '启用 API'],
      'zh-TW': ['啟用', '啟用這個 API', '啟用 API'],
      ja: ['有効にする', 'この API を有効にする'],
      ko: ['사용', '이 API 사용', 'API 사용 설정'],
      es: ['Habilitar', 'Habilitar esta API'],
      'pt-BR': ['Ativar', 'Ativar esta API'],
      fr: ['Activer', 'Activer cette API'],
      de: ['Aktivieren', 'Diese API aktivieren'],
      it: ['Abilita', 'Abilita questa API'],
      ru: ['Включить', 'Включить этот API'],
    },
    sourced: ['en', 'pt-BR'],
    seen: 'API Library and Marketplace product page: button[aria-label="enable this API"], usually two, the first hidden (public automations 2023-11 … 2026, evidence F1); its text "Enable" (console-facts B4, marketplace); pt-BR "Ativar" (evidence I). Structure: the primary button of the product header (cfc-product-header, mp-product-details-cta-button-container)',
  },
  manage: {
    words: {
      en: ['Manage', 'manage this API', 'Manage API'],
      'zh-CN': ['管理', '管理此 API'],
      'zh-TW': ['管理', '管理這個 API'],
      ja: ['管理', 'この API を管理'],
      ko: ['관리', '이 API 관리'],
      es: ['Administrar', 'Administrar esta API'],
      'pt-BR': ['Gerenciar', 'Gerenciar esta API'],
      fr: ['Gérer', 'Gérer cette API'],
      de: ['Verwalten', 'Diese API verwalten'],
      it: ['Gestisci', 'Gestisci questa API'],
      ru: ['Управление', 'Управлять этим API'],
    },
    sourced: ['en'],
    seen: 'API Library once enabled: button[aria-label="manage this API"] (public automations, evidence F1); "Manage" on the marketplace page (evidence I)',
  },
  disableApi: {
    words: {
      en: ['Disable API', 'disable this API'],
      'zh-CN': ['停用 API', '停用此 API'],
      'zh-TW': ['停用 API'],
      ja: ['API を無効にする'],
      ko: ['API 사용 중지'],
      es: ['Inhabilitar API'],
      'pt-BR': ['Desativar API'],
      fr: ["Désactiver l'API"],
      de: ['API deaktivieren'],
      it: ['Disabilita API'],
      ru: ['Отключить API'],
    },
    sourced: ['en'],
    seen: 'API overview once enabled: button[aria-label="Disable API"] (clearsight-dev/build-scripts 2023-11-27; a 2026 extension, evidence F1)',
  },
  apiEnabled: {
    words: {
      en: ['API Enabled', 'API enabled', 'API is enabled'],
      'zh-CN': ['API 已启用', '已启用 API'],
      'zh-TW': ['API 已啟用', '已啟用 API'],
      ja: ['API が有効です', '有効な API'],
      ko: ['API 사용 설정됨'],
      es: ['API habilitada'],
      'pt-BR': ['API ativada'],
      fr: ['API activée'],
      de: ['API aktiviert'],
      it: ['API abilitata'],
      ru: ['API включен'],
    },
    sourced: ['en'],
    seen: 'marketplace/library status next to "Manage" once enabled: "API Enabled" (evidence I; a 2026 extension checks "api enabled", evidence F1)',
  },
  googleAccount: {
    words: {
      en: ['Google Account'],
      'zh-CN': ['Google 账号', 'Google 帐号'],
      'zh-TW': ['Google 帳戶'],
      ja: ['Google アカウント'],
      ko: ['Google 계정'],
      es: ['Cuenta de Google'],
      'pt-BR': ['Conta do Google'],
      fr: ['Compte Google'],
      de: ['Google-Konto'],
      it: ['Account Google'],
      ru: ['Аккаунт Google'],
    },
    sourced: ['en', 'zh-CN'],
    seen: 'account button of the Google bar: aria-label "Google Account: Name (nickname) (email)", zh-CN "Google 账号：Name (email)" (real AI Studio dumps 2025, evidence H)',
  },
  rolesColumn: {
    words: {
      en: ['Role', 'Roles'],
      'zh-CN': ['角色'],
      'zh-TW': ['角色'],
      ja: ['ロール'],
      ko: ['역할'],
      es: ['Rol', 'Roles', 'Función'],
      'pt-BR': ['Papel', 'Papéis', 'Função'],
      fr: ['Rôle', 'Rôles'],
      de: ['Rolle', 'Rollen'],
      it: ['Ruolo', 'Ruoli'],
      ru: ['Роль', 'Роли'],
    },
    sourced: [],
    seen: 'IAM page principals table column; unsourced',
  },
  ownerRole: {
    words: {
      en: ['Owner', 'Project IAM Admin'],
      'zh-CN': ['所有者', 'Project IAM 管理员'],
      'zh-TW': ['擁有者', 'Project IAM 管理員'],
      ja: ['オーナー', 'Project IAM 管理者'],
      ko: ['소유자', 'Project IAM 관리자'],
      es: ['Propietario', 'Administrador de IAM de proyecto'],
      'pt-BR': ['Proprietário', 'Administrador do IAM do projeto'],
      fr: ['Propriétaire', 'Administrateur de projet IAM'],
      de: ['Inhaber', 'Projekt-IAM-Administrator'],
      it: ['Proprietario', 'Amministratore IAM progetto'],
      ru: ['Владелец', 'Администратор IAM проекта'],
    },
    sourced: ['en'],
    seen: 'IAM basic role names, roles that can grant roles (cloud.google.com/iam docs)',
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
 * restrictions list, Firstenberg 2024-01); "Gemini API" (Google's forum 2026 and an operator
 * 2026-08-21, evidence G1). Product names stay in English in every console language.
 */
export const GEMINI_API_NAMES = ['Generative Language API', 'Gemini API'] as const;

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
    keys = new Set(Object.values(label.words).flatMap((wordings) => [...(wordings ?? [])].map(labelKey)));
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
