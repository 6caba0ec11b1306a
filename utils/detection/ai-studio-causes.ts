/**
 * The AI Studio overlay's checklist: every known reason AI Studio refuses to create a key, in
 * words (en, zh-CN, ja) and with one action each. Rules pick and rank these by id
 * (utils/detection/rules/ai-studio.ts). Pure: no DOM, no extension APIs.
 */
import { keyRuleValues } from '@/utils/key-rules';
import { consoleLinks, docsLinks, type LinkContext } from '@/utils/console-links';
import { GUIDE_FLOWS, type GuideFlowId } from '@/utils/guide/flows';
import { guideUrl } from '@/utils/guide/url';
import { defineStrings, format, type Locale } from '@/utils/i18n';

/** In the order the checklist ranks them when nothing on the page says otherwise. */
export const CAUSE_IDS = [
  'restore-deleted-key',
  'api-not-enabled',
  'missing-iam-permissions',
  'org-policy',
  'wrong-account',
  'terms-not-accepted',
  'billing-or-region',
  'suspicious-request',
  'create-in-cloud-console',
] as const;
export type CauseId = (typeof CAUSE_IDS)[number];

/** What AI Studio key creation needs (ai.google.dev/gemini-api/docs/api-key, 2026; console-facts C5). */
export const KEY_CREATION_PERMISSIONS = [
  'resourcemanager.projects.get',
  'apikeys.keys.create',
  'serviceusage.services.enable',
  'iam.serviceAccountApiKeyBindings.create',
  'iam.serviceAccounts.create',
] as const;

/** The default org-policy constraint that blocks keys bound to service accounts (Cloud "Manage API keys"). */
export const SERVICE_ACCOUNT_KEY_CONSTRAINT = 'constraints/iam.managed.disableServiceAccountApiKeyCreation';

export interface ChecklistAction {
  label: string;
  url: string;
  /** The click-coach flow the link starts on the console page (utils/guide/url.ts deep link). */
  guide?: GuideFlowId;
}

export interface ChecklistItem {
  id: CauseId;
  title: string;
  detail: string;
  /** Plain-text codes shown as a list (permission names). */
  codes?: readonly string[];
  action: ChecklistAction;
  secondary?: ChecklistAction;
}

const causeStrings = defineStrings({
  en: {
    'restore-deleted-key.title': 'A deleted key still occupies the project',
    'restore-deleted-key.detail':
      'Deleted keys stay in the project for 30 days and can block a new one: restore it to free the project. If the restored key starts with AIza: {standardRefused}',
    'restore-deleted-key.action': 'Restore it',
    'api-not-enabled.title': 'The Generative Language API is not enabled',
    'api-not-enabled.detail':
      'AI Studio enables the API when it creates a key, and that fails without permission to enable services. Enable it yourself, then retry.',
    'api-not-enabled.action': 'Enable the API',
    'missing-iam-permissions.title': 'Your account lacks IAM permissions in the project',
    'missing-iam-permissions.detail':
      'Creating a key in AI Studio needs all of these. Custom roles made before 2026 often lack the two service-account ones.',
    'missing-iam-permissions.action': 'Check your role in IAM',
    'org-policy.title': 'An organisation policy or Workspace admin blocks it',
    'org-policy.detail':
      'Work and school accounts often forbid keys bound to service accounts. Ask your admin to allow {constraint} for this project, or to create the key for you.',
    'org-policy.action': 'Open organisation policies',
    'wrong-account.title': 'The wrong Google account is signed in',
    'wrong-account.detail':
      'This page uses {account}. The project may belong to another of your accounts: switch with the avatar at the top right, then retry.',
    'wrong-account.action': 'Open the project as this account',
    'wrong-account.default': 'your default account',
    'wrong-account.index': 'account {account}',
    'terms-not-accepted.title': 'The Gemini API terms are not accepted',
    'terms-not-accepted.detail': 'Each account has to accept the Generative Language API terms once before keys work.',
    'terms-not-accepted.action': 'Open the terms',
    'billing-or-region.title': 'Billing, or a region Google does not serve',
    'billing-or-region.detail':
      'AI Studio is not available in every country, and some projects need a linked billing account.',
    'billing-or-region.action': 'Check available regions',
    'billing-or-region.secondary': 'Link billing',
    'suspicious-request.title': 'Google flagged the request as suspicious',
    'suspicious-request.detail':
      'Common with new accounts, VPNs and automated clicks. Wait 15–30 minutes, then retry in a clean browser profile or guest window, with VPN and other extensions off.',
    'suspicious-request.action': 'Read Google’s troubleshooting',
    'create-in-cloud-console.title': 'Create the key in the Cloud Console instead',
    'create-in-cloud-console.detail':
      'Credentials → Create credentials → API key, then restrict it to the Generative Language API. It works with the Gemini API like an AI Studio key.',
    'create-in-cloud-console.action': 'Create it in the Cloud Console',
  },
  'zh-CN': {
    'restore-deleted-key.title': '已删除的密钥仍占用该项目',
    'restore-deleted-key.detail':
      '已删除的密钥会在项目中保留 30 天，可能导致无法创建新密钥：恢复它即可释放该项目。如果恢复的密钥以 AIza 开头：{standardRefused}',
    'restore-deleted-key.action': '恢复密钥',
    'api-not-enabled.title': '未启用 Generative Language API',
    'api-not-enabled.detail': 'AI Studio 创建密钥时会启用该 API；如果没有启用服务的权限就会失败。请自行启用后重试。',
    'api-not-enabled.action': '启用 API',
    'missing-iam-permissions.title': '你的账号在该项目中缺少 IAM 权限',
    'missing-iam-permissions.detail': '在 AI Studio 中创建密钥需要以下全部权限。2026 年之前创建的自定义角色常常缺少两个服务账号相关权限。',
    'missing-iam-permissions.action': '在 IAM 中检查你的角色',
    'org-policy.title': '组织政策或 Workspace 管理员阻止了此操作',
    'org-policy.detail': '工作或学校账号常常禁止绑定到服务账号的密钥。请让管理员为此项目放开 {constraint}，或替你创建密钥。',
    'org-policy.action': '打开组织政策',
    'wrong-account.title': '登录的 Google 账号不对',
    'wrong-account.detail': '此页面使用的是{account}。该项目可能属于你的另一个账号：点右上角头像切换账号后重试。',
    'wrong-account.action': '以此账号打开项目',
    'wrong-account.default': '默认账号',
    'wrong-account.index': '账号 {account}',
    'terms-not-accepted.title': '尚未接受 Gemini API 条款',
    'terms-not-accepted.detail': '每个账号都需要先接受一次 Generative Language API 条款，密钥才能使用。',
    'terms-not-accepted.action': '打开条款',
    'billing-or-region.title': '结算问题，或所在地区不受支持',
    'billing-or-region.detail': 'AI Studio 并非在所有国家/地区都可用，有些项目还需要关联结算账号。',
    'billing-or-region.action': '查看可用地区',
    'billing-or-region.secondary': '关联结算账号',
    'suspicious-request.title': 'Google 将请求标记为可疑',
    'suspicious-request.detail':
      '新账号、VPN 和自动点击常会触发此问题。等待 15–30 分钟，然后在干净的浏览器配置文件或访客窗口中重试，并关闭 VPN 和其他扩展。',
    'suspicious-request.action': '阅读 Google 的故障排除',
    'create-in-cloud-console.title': '改在 Cloud Console 中创建密钥',
    'create-in-cloud-console.detail':
      '凭据 → 创建凭据 → API 密钥，然后将其限制为 Generative Language API。它与 AI Studio 创建的密钥一样可用于 Gemini API。',
    'create-in-cloud-console.action': '在 Cloud Console 中创建',
  },
  ja: {
    'restore-deleted-key.title': '削除したキーがまだプロジェクトに残っている',
    'restore-deleted-key.detail':
      '削除したキーは 30 日間プロジェクトに残り、新しいキーの作成を妨げることがあります。キーを復元すると、プロジェクトで新しいキーを作成できるようになります。復元したキーが AIza で始まる場合: {standardRefused}',
    'restore-deleted-key.action': 'キーを復元',
    'api-not-enabled.title': 'Generative Language API が有効になっていない',
    'api-not-enabled.detail':
      'AI Studio はキーを作成するときに API を有効にしますが、サービスを有効にする権限がないと失敗します。自分で API を有効にしてから、もう一度お試しください。',
    'api-not-enabled.action': 'API を有効にする',
    'missing-iam-permissions.title': 'アカウントにプロジェクトの IAM 権限が足りない',
    'missing-iam-permissions.detail':
      'AI Studio でキーを作成するには、以下の権限がすべて必要です。2026 年より前に作られたカスタムロールには、サービス アカウント関連の 2 つの権限が含まれていないことがよくあります。',
    'missing-iam-permissions.action': 'IAM で自分のロールを確認',
    'org-policy.title': '組織のポリシーまたは Workspace の管理者がブロックしている',
    'org-policy.detail':
      '職場や学校のアカウントでは、サービス アカウントにバインドされたキーが禁止されていることがよくあります。このプロジェクトで {constraint} を許可するか、代わりにキーを作成するよう管理者に依頼してください。',
    'org-policy.action': '組織のポリシーを開く',
    'wrong-account.title': '別の Google アカウントでログインしている',
    'wrong-account.detail':
      'このページでは{account}を使っています。プロジェクトは別のアカウントのものかもしれません。右上のアバターからアカウントを切り替えて、もう一度お試しください。',
    'wrong-account.action': 'このアカウントでプロジェクトを開く',
    'wrong-account.default': 'デフォルトのアカウント',
    'wrong-account.index': 'アカウント {account} ',
    'terms-not-accepted.title': 'Gemini API の利用規約に同意していない',
    'terms-not-accepted.detail': 'キーを使えるようにするには、アカウントごとに一度 Generative Language API の利用規約に同意する必要があります。',
    'terms-not-accepted.action': '利用規約を開く',
    'billing-or-region.title': '課金、または Google がサービスを提供していない地域',
    'billing-or-region.detail': 'AI Studio はすべての国で利用できるわけではありません。また、請求先アカウントのリンクが必要なプロジェクトもあります。',
    'billing-or-region.action': '利用可能な地域を確認',
    'billing-or-region.secondary': '請求先アカウントをリンク',
    'suspicious-request.title': 'Google がリクエストを不審と判定した',
    'suspicious-request.detail':
      '新しいアカウント、VPN、自動化されたクリックでよく起こります。15～30 分待ってから、VPN と他の拡張機能をオフにした新しいブラウザ プロファイルかゲスト ウィンドウで再度お試しください。',
    'suspicious-request.action': 'Google のトラブルシューティングを読む',
    'create-in-cloud-console.title': '代わりに Cloud コンソールでキーを作成する',
    'create-in-cloud-console.detail':
      '認証情報 → 認証情報を作成 → API キー の順に進み、作成したキーを Generative Language API に制限します。AI Studio のキーと同じように Gemini API で使えます。',
    'create-in-cloud-console.action': 'Cloud コンソールで作成',
  },
});

/** "What the message means", per rule id (rules file) plus the scan-found-nothing case. */
const meaningStrings = defineStrings({
  en: {
    'ai-studio/generate-key-permission-denied':
      'Google Cloud refused to create a key in the selected project. The message does not say why; these are the usual causes, most likely first.',
    'ai-studio/generate-key-suspicious':
      'Google’s anti-abuse check blocked the request. It is not about your permissions: it often clears by itself, or when you retry from a clean browser without VPN.',
    'ai-studio/caller-no-permission':
      'Google Cloud refused the request for this project. This message has followed deleting a key in the project.',
    'ai-studio/no-permission-create-key':
      'Your account lacks an IAM permission AI Studio needs to create a key in this project.',
    'ai-studio/missing-permissions':
      'AI Studio names the permissions your account is missing in this project. A project owner or admin must grant them.',
    'ai-studio/project-admin-permission-denied':
      'Your account is not allowed to do this in the project. A project owner or admin must grant access.',
    'ai-studio/generate-key-failed': 'AI Studio could not create the key and gave an unusual reason. These are the common causes.',
    'ai-studio/unreadable-create-failure':
      'A message appeared right after you tried to create a key, and no key was shown. We could not read the message (it may be in another language); here is what usually causes it.',
    'ai-studio/nothing-found': 'No error message found on this page. If creating a key fails, here is what usually causes it.',
  },
  'zh-CN': {
    'ai-studio/generate-key-permission-denied': 'Google Cloud 拒绝在所选项目中创建密钥。提示没有说明原因；以下是常见原因，最可能的排在前面。',
    'ai-studio/generate-key-suspicious': 'Google 的反滥用检查拦截了此请求。这与你的权限无关：通常会自行恢复，或在不使用 VPN 的干净浏览器中重试即可。',
    'ai-studio/caller-no-permission': 'Google Cloud 拒绝了针对此项目的请求。此提示曾在项目中的密钥被删除后出现。',
    'ai-studio/no-permission-create-key': '你的账号缺少 AI Studio 在此项目中创建密钥所需的 IAM 权限。',
    'ai-studio/missing-permissions': 'AI Studio 列出了你的账号在此项目中缺少的权限，需要项目所有者或管理员授予。',
    'ai-studio/project-admin-permission-denied': '你的账号无权在此项目中执行此操作，需要项目所有者或管理员授予访问权限。',
    'ai-studio/generate-key-failed': 'AI Studio 无法创建密钥，给出的原因不常见。以下是常见原因。',
    'ai-studio/unreadable-create-failure':
      '你尝试创建密钥后立即出现了一条消息，且没有显示密钥。我们无法读取该消息（可能是其他语言）；以下是常见原因。',
    'ai-studio/nothing-found': '此页面上没有找到错误消息。如果创建密钥失败，以下是常见原因。',
  },
  ja: {
    'ai-studio/generate-key-permission-denied':
      'Google Cloud が、選択したプロジェクトでのキーの作成を拒否しました。メッセージには理由が書かれていません。よくある原因を可能性の高い順に示します。',
    'ai-studio/generate-key-suspicious':
      'Google の不正利用対策がリクエストをブロックしました。権限の問題ではありません。時間が経つと解消することが多く、VPN を使わない新しいブラウザから再試行しても解消することがあります。',
    'ai-studio/caller-no-permission':
      'Google Cloud がこのプロジェクトへのリクエストを拒否しました。このメッセージは、プロジェクト内のキーを削除した後に出たことがあります。',
    'ai-studio/no-permission-create-key': 'このプロジェクトでキーを作成するために AI Studio が必要とする IAM 権限が、あなたのアカウントにありません。',
    'ai-studio/missing-permissions':
      'AI Studio は、このプロジェクトであなたのアカウントに足りない権限を示しています。プロジェクトのオーナーか管理者に付与してもらう必要があります。',
    'ai-studio/project-admin-permission-denied':
      'あなたのアカウントには、このプロジェクトでこの操作を行う権限がありません。プロジェクトのオーナーか管理者にアクセス権を付与してもらう必要があります。',
    'ai-studio/generate-key-failed': 'AI Studio はキーを作成できず、あまり見かけない理由を示しました。よくある原因は次のとおりです。',
    'ai-studio/unreadable-create-failure':
      'キーを作成しようとした直後にメッセージが表示され、キーは表示されませんでした。メッセージは読み取れませんでした（別の言語の可能性があります）。よくある原因は次のとおりです。',
    'ai-studio/nothing-found': 'このページにエラー メッセージは見つかりませんでした。キーの作成に失敗する場合、よくある原因は次のとおりです。',
  },
});

/** What the rule's message means, in the user's language; undefined for a rule we do not know. */
export function meaningOf(ruleId: string, locale: Locale): string | undefined {
  const table: Record<string, string> = meaningStrings[locale];
  return table[ruleId];
}

type CauseStringKey = keyof (typeof causeStrings)['en'];

/** The actions, one per cause. Every link carries the project and account (console-links.ts). */
const ACTIONS: Record<CauseId, (c: LinkContext) => { url: string; secondaryUrl?: string }> = {
  'restore-deleted-key': (c) => ({ url: consoleLinks.deletedCredentials(c) }),
  'api-not-enabled': (c) => ({ url: consoleLinks.enableGeminiApi(c) }),
  'missing-iam-permissions': (c) => ({ url: consoleLinks.iam(c) }),
  'org-policy': (c) => ({ url: consoleLinks.orgPolicies(c) }),
  'wrong-account': (c) => ({ url: consoleLinks.dashboard(c) }),
  'terms-not-accepted': (c) => ({ url: consoleLinks.geminiTerms(c) }),
  'billing-or-region': (c) => ({ url: docsLinks.availableRegions, secondaryUrl: consoleLinks.linkBilling(c) }),
  'suspicious-request': () => ({ url: docsLinks.troubleshootAiStudio }),
  'create-in-cloud-console': (c) => ({ url: consoleLinks.credentials(c) }),
};

/**
 * The guided fix for a cause: the flow whose `causes` (utils/guide/flows.ts) name it. Its link is
 * the console page above plus `keyDoctorGuide=<flow>`, so it opens the right page even when the
 * coach does not start (plain link, no messaging from AI Studio).
 */
export function guideFlowFor(cause: CauseId): GuideFlowId | undefined {
  return GUIDE_FLOWS.find((flow) => flow.causes.includes(cause))?.id;
}

const CODES: Partial<Record<CauseId, readonly string[]>> = {
  'missing-iam-permissions': KEY_CREATION_PERMISSIONS,
};

/** The ranked checklist for the given causes, with links for this project and account. */
export function buildChecklist(causes: readonly CauseId[], context: LinkContext, locale: Locale, today: Date = new Date()): ChecklistItem[] {
  const strings = causeStrings[locale];
  const text = (key: CauseStringKey) => strings[key];
  const account = context.authuser
    ? format(text('wrong-account.index'), { account: context.authuser })
    : text('wrong-account.default');
  return causes.map((id) => {
    const links = ACTIONS[id](context);
    const item: ChecklistItem = {
      id,
      title: text(`${id}.title` as CauseStringKey),
      // Google's dated key rules (utils/key-rules.ts) in the tense today calls for.
      detail: format(text(`${id}.detail` as CauseStringKey), { ...keyRuleValues(locale, today), constraint: SERVICE_ACCOUNT_KEY_CONSTRAINT, account }),
      action: { label: text(`${id}.action` as CauseStringKey), url: links.url },
    };
    const guide = guideFlowFor(id);
    if (guide) item.action = { ...item.action, url: guideUrl(guide, context, links.url), guide };
    const codes = CODES[id];
    if (codes) item.codes = codes;
    if (links.secondaryUrl) item.secondary = { label: text(`${id}.secondary` as CauseStringKey), url: links.secondaryUrl };
    return item;
  });
}
