/**
 * DATA: every diagnosis id → severity, whether the answer depends on where the call runs, the
 * words in each locale and the deep links. Facts behind the wording: the Gemini API error corpus
 * and README in ../shared/research/gemini-api-errors, and Google's API-key page
 * (ai.google.dev/gemini-api/docs/api-key): AQ. auth keys, unrestricted AIza keys refused from
 * 2026-06-19, all standard keys from September 2026. Texts name these rules only through the
 * `{authKeysByDefault}`, `{unrestrictedStandardRefused}` and `{standardRefused}` placeholders,
 * filled from utils/key-rules.ts for today's date by describe().
 *
 * Steps may hold {project}, {model}, {retryAfter}, {service} and {quotaId}. A step given as a
 * list is alternatives: the first whose placeholders all have values is shown; a step whose
 * placeholders cannot be filled is left out. Every locale has the same number of steps.
 */
import { aiStudioLinks, consoleLinks, docsLinks, firebaseAiLogicUrl, type LinkContext } from '@/utils/console-links';
import type { DiagnosisId, Locale, Severity } from './types';

type Localized = Readonly<Record<Locale, string>>;

/** One fix step, or alternatives from most specific to least (see the file comment). */
export type Step = string | readonly string[];

export interface Words {
  title: string;
  explanation: string;
  steps: readonly Step[];
  /**
   * Used instead when Key Doctor's own key test got this answer: then Key Doctor built the URL
   * and the request, so steps about the user's code would point at the wrong thing.
   */
  keyTest?: { explanation?: string; steps?: readonly Step[] };
}

export interface LinkSpec {
  id: string;
  label: Localized;
  url: (context: LinkContext) => string;
  /** A page about one project: without a project it would open whichever the console last showed, so it is left out. */
  needsProject?: boolean;
}

export interface DiagnosisEntry {
  severity: Severity;
  dependsOnCaller: boolean;
  links: readonly LinkSpec[];
  words: Readonly<Record<Locale, Words>>;
}

const LINKS = {
  aiStudioKeys: {
    id: 'ai-studio-api-keys',
    label: { en: 'API keys in AI Studio', 'zh-CN': 'AI Studio 中的 API 密钥', ja: 'AI Studio の API キー' },
    url: aiStudioLinks.apiKeys,
  },
  aiStudioProjects: {
    id: 'ai-studio-projects',
    label: { en: 'Projects and billing in AI Studio', 'zh-CN': 'AI Studio 中的项目与结算', ja: 'AI Studio のプロジェクトと課金' },
    url: aiStudioLinks.projects,
  },
  aiStudioRateLimits: {
    id: 'ai-studio-rate-limits',
    label: { en: 'Your rate limits in AI Studio', 'zh-CN': 'AI Studio 中的速率限制', ja: 'AI Studio のレート制限' },
    url: aiStudioLinks.rateLimits,
  },
  credentials: {
    id: 'credentials',
    label: { en: 'The project’s API keys (Google Cloud)', 'zh-CN': '项目的 API 密钥（Google Cloud 凭据页面）', ja: 'プロジェクトの API キー（Google Cloud の認証情報）' },
    url: consoleLinks.credentials,
    needsProject: true,
  },
  deletedCredentials: {
    id: 'deleted-credentials',
    label: { en: 'Deleted keys, restorable for 30 days (Google Cloud)', 'zh-CN': '已删除的密钥，30 天内可恢复（Google Cloud）', ja: '削除したキー（30 日以内なら復元可能、Google Cloud）' },
    url: consoleLinks.deletedCredentials,
  },
  enableApi: {
    id: 'enable-api',
    label: { en: 'Enable the Generative Language API', 'zh-CN': '启用 Generative Language API', ja: 'Generative Language API を有効にする' },
    url: consoleLinks.enableGeminiApi,
  },
  linkBilling: {
    id: 'link-billing',
    label: { en: 'Link a billing account (Google Cloud)', 'zh-CN': '关联结算账号（Google Cloud）', ja: '請求先アカウントをリンク（Google Cloud）' },
    url: consoleLinks.linkBilling,
  },
  quotas: {
    id: 'quotas',
    label: { en: 'Gemini API quotas (Google Cloud)', 'zh-CN': 'Gemini API 配额（Google Cloud）', ja: 'Gemini API の割り当て（Google Cloud）' },
    url: consoleLinks.geminiApiQuotas,
  },
  iam: {
    id: 'iam',
    label: { en: 'Who can use the project (IAM)', 'zh-CN': '项目的访问权限（IAM）', ja: 'プロジェクトを使えるユーザー（IAM）' },
    url: consoleLinks.iam,
  },
  docsApiKeys: {
    id: 'docs-api-keys',
    label: { en: 'Using Gemini API keys (docs)', 'zh-CN': 'Gemini API 密钥说明（文档）', ja: 'Gemini API キーの使い方（ドキュメント）' },
    url: () => docsLinks.apiKeys,
  },
  docsRegions: {
    id: 'docs-available-regions',
    label: { en: 'Where the Gemini API is available (docs)', 'zh-CN': 'Gemini API 可用地区（文档）', ja: 'Gemini API の利用可能地域（ドキュメント）' },
    url: () => docsLinks.availableRegions,
  },
  docsRateLimits: {
    id: 'docs-rate-limits',
    label: { en: 'Rate limits (docs)', 'zh-CN': '速率限制（文档）', ja: 'レート制限（ドキュメント）' },
    url: () => docsLinks.rateLimits,
  },
  docsModels: {
    id: 'docs-models',
    label: { en: 'Current models (docs)', 'zh-CN': '当前可用的模型（文档）', ja: '現在のモデル（ドキュメント）' },
    url: () => docsLinks.models,
  },
  docsBilling: {
    id: 'docs-billing',
    label: { en: 'Billing (docs)', 'zh-CN': '结算说明（文档）', ja: '課金（ドキュメント）' },
    url: () => docsLinks.billing,
  },
  docsTroubleshooting: {
    id: 'docs-troubleshooting',
    label: { en: 'Troubleshooting (docs)', 'zh-CN': '问题排查（文档）', ja: 'トラブルシューティング（ドキュメント）' },
    url: () => docsLinks.troubleshooting,
  },
  enableVertexApi: {
    id: 'enable-vertex-api',
    label: { en: 'Enable the Vertex AI API', 'zh-CN': '启用 Vertex AI API', ja: 'Vertex AI API を有効にする' },
    url: consoleLinks.enableVertexAiApi,
  },
  firebaseAiLogic: {
    id: 'firebase-ai-logic',
    label: { en: 'Firebase AI Logic in the Firebase console', 'zh-CN': 'Firebase 控制台中的 Firebase AI Logic', ja: 'Firebase コンソールの Firebase AI Logic' },
    url: firebaseAiLogicUrl,
  },
  docsFirebaseAi: {
    id: 'docs-firebase-ai-logic',
    label: { en: 'Firebase AI Logic troubleshooting (docs)', 'zh-CN': 'Firebase AI Logic 问题排查（文档）', ja: 'Firebase AI Logic のトラブルシューティング（ドキュメント）' },
    url: () => docsLinks.firebaseAiTroubleshooting,
  },
  docsVertexAuth: {
    id: 'docs-vertex-auth',
    label: { en: 'Signing in to Vertex AI (docs)', 'zh-CN': 'Vertex AI 身份验证（文档）', ja: 'Vertex AI の認証（ドキュメント）' },
    url: () => docsLinks.vertexAuth,
  },
  docsGeminiCliTerms: {
    id: 'docs-gemini-cli-terms',
    label: { en: 'Gemini CLI terms of service', 'zh-CN': 'Gemini CLI 服务条款', ja: 'Gemini CLI の利用規約' },
    url: () => docsLinks.geminiCliTerms,
  },
  docsTerms: {
    id: 'docs-terms',
    label: { en: 'Gemini API terms', 'zh-CN': 'Gemini API 服务条款', ja: 'Gemini API の利用規約' },
    url: () => docsLinks.terms,
  },
} as const satisfies Record<string, LinkSpec>;

export const DIAGNOSIS_TABLE: Readonly<Record<DiagnosisId, DiagnosisEntry>> = {
  'key-ok': {
    severity: 'ok',
    dependsOnCaller: false,
    links: [LINKS.docsModels],
    words: {
      en: {
        title: 'The key works',
        explanation:
          'Google accepted the key and answered. If an app still fails with it, look at how the app sends the key and which model it asks for.',
        steps: [
          'Make sure the app sends this exact key in the x-goog-api-key header, not as “Authorization: Bearer”.',
          'A model list costs nothing and proves little: paid-only models can still refuse this key with “limit: 0”. Test with the model your app uses.',
        ],
      },
      'zh-CN': {
        title: '密钥可以使用',
        explanation: 'Google 接受了这个密钥并正常返回。如果某个应用用它仍然报错，请检查应用发送密钥的方式和它请求的模型。',
        steps: [
          '确认应用通过 x-goog-api-key 请求头发送的正是这个密钥，而不是放在 “Authorization: Bearer” 里。',
          '获取模型列表不消耗配额，也说明不了太多：仅限付费的模型仍可能以 “limit: 0” 拒绝这个密钥。请用应用实际使用的模型测试。',
        ],
      },
      ja: {
        title: 'キーは有効です',
        explanation:
          'Google はこのキーを受け付け、応答を返しました。それでもアプリでエラーになる場合は、アプリがキーをどう送っているか、どのモデルを指定しているかを確認してください。',
        steps: [
          'アプリがこのキーをそのまま x-goog-api-key ヘッダーで送っているか確認してください（「Authorization: Bearer」で送るのは誤りです）。',
          'モデル一覧の取得は無料ですが、それだけではあまりわかりません。有料専用のモデルは「limit: 0」でこのキーを拒否することがあります。アプリで実際に使うモデルでテストしてください。',
        ],
      },
    },
  },

  'key-format': {
    severity: 'error',
    dependsOnCaller: false,
    links: [LINKS.aiStudioKeys, LINKS.docsApiKeys],
    words: {
      en: {
        title: 'This does not look like a Gemini API key',
        explanation:
          'Gemini API keys are auth keys starting with “AQ.” or older standard keys: “AIza” followed by 35 characters. {authKeysByDefault} {standardRefused} What was entered is cut short, has extra characters, or is another kind of credential.',
        steps: [
          'Copy the key again with the copy button on the API keys page in AI Studio.',
          'Remove quotes, spaces, line breaks and prefixes such as GEMINI_API_KEY= or Bearer.',
          'OAuth tokens (ya29.…) and service-account JSON files are not API keys.',
        ],
      },
      'zh-CN': {
        title: '这看起来不是 Gemini API 密钥',
        explanation:
          'Gemini API 密钥是以 “AQ.” 开头的授权密钥，或者旧式标准密钥：“AIza” 后跟 35 个字符。{authKeysByDefault}{standardRefused}输入的内容被截断、多了字符，或者是另一种凭据。',
        steps: [
          '在 AI Studio 的 API 密钥页面用复制按钮重新复制密钥。',
          '去掉引号、空格、换行以及 GEMINI_API_KEY=、Bearer 之类的前缀。',
          'OAuth 令牌（ya29.…）和服务账号 JSON 文件都不是 API 密钥。',
        ],
      },
      ja: {
        title: 'Gemini API キーではないようです',
        explanation:
          'Gemini API キーは、「AQ.」で始まる認可キーか、旧形式の標準キー（「AIza」に続く 35 文字）です。{authKeysByDefault}{standardRefused}入力された値は途中で切れているか、余分な文字が含まれているか、別の種類の認証情報です。',
        steps: [
          'AI Studio の API キーページにあるコピーボタンで、キーをもう一度コピーしてください。',
          '引用符、スペース、改行、GEMINI_API_KEY= や Bearer などの接頭辞を取り除いてください。',
          'OAuth トークン（ya29.…）やサービス アカウントの JSON ファイルは API キーではありません。',
        ],
      },
    },
  },

  'key-missing': {
    severity: 'error',
    dependsOnCaller: false,
    links: [LINKS.docsApiKeys, LINKS.aiStudioKeys],
    words: {
      en: {
        title: 'No key reached Google',
        explanation:
          'Google got the request without any API key, so it could not tell who was calling. Usually the environment variable is empty or misnamed, or a proxy dropped the header.',
        steps: [
          'Check that the variable your app reads (for example GEMINI_API_KEY or GOOGLE_API_KEY) is set where the app runs, then restart the app or terminal.',
          'Send the key in the x-goog-api-key header (a key in the URL ends up in logs).',
          'If you call through a proxy or a custom base URL, make sure it passes the x-goog-api-key header on.',
        ],
      },
      'zh-CN': {
        title: 'Google 没有收到密钥',
        explanation: 'Google 收到的请求里没有任何 API 密钥，因此无法识别调用方。通常是环境变量为空或名称写错，或者代理丢掉了请求头。',
        steps: [
          '确认应用读取的环境变量（例如 GEMINI_API_KEY 或 GOOGLE_API_KEY）在应用运行的环境里已设置，然后重启应用或终端。',
          '通过 x-goog-api-key 请求头发送密钥（放在 URL 里的密钥会被记录进日志）。',
          '如果经过代理或自定义 base URL 调用，确认它会转发 x-goog-api-key 请求头。',
        ],
      },
      ja: {
        title: 'キーが Google に届いていません',
        explanation:
          'Google が受け取ったリクエストには API キーが含まれておらず、呼び出し元を特定できませんでした。多くの場合、環境変数が空か名前が間違っているか、プロキシがヘッダーを落としています。',
        steps: [
          'アプリが読み込む環境変数（GEMINI_API_KEY や GOOGLE_API_KEY など）がアプリの実行環境で設定されているか確認し、アプリやターミナルを再起動してください。',
          'キーは x-goog-api-key ヘッダーで送ってください（URL に含めたキーはログに残ります）。',
          'プロキシやカスタムのベース URL を経由している場合は、x-goog-api-key ヘッダーがそのまま転送されるか確認してください。',
        ],
      },
    },
  },

  'key-invalid': {
    severity: 'error',
    dependsOnCaller: false,
    links: [LINKS.aiStudioKeys, LINKS.credentials, LINKS.deletedCredentials],
    words: {
      en: {
        title: 'Google does not recognise this key',
        explanation:
          'Google answers 400 API_KEY_INVALID to anything that is not a live key: a typo, a cut-off or quoted copy, a deleted key, a placeholder, or an old standard key (AIza…).',
        steps: [
          'Copy the key again with AI Studio’s copy button, without quotes, spaces or line breaks.',
          'If you changed GEMINI_API_KEY recently, restart the terminal or service so it reads the new value.',
          'If the key starts with AIza, create a new key in AI Studio (new keys start with “AQ.”). {unrestrictedStandardRefused} {standardRefused}',
          [
            'Check that the key still exists on the Credentials page of project {project}.',
            'Check that the key still exists on its project’s Credentials page.',
          ],
        ],
      },
      'zh-CN': {
        title: 'Google 不认识这个密钥',
        explanation:
          '当收到的内容不是有效密钥时，Google 返回 400 API_KEY_INVALID：可能是拼写错误、复制不完整或带了引号、密钥已删除、只是占位符，或者是 Google 正在停用的旧式标准密钥（AIza…）。',
        steps: [
          '在 AI Studio 用复制按钮重新复制密钥，检查没有带上引号、空格或换行。',
          '如果刚修改过 GEMINI_API_KEY，请重启终端或服务，让它读取新值。',
          '如果密钥以 AIza 开头，请在 AI Studio 新建一个密钥（新密钥以 “AQ.” 开头）。{unrestrictedStandardRefused}{standardRefused}',
          [
            '在项目 {project} 的凭据页面确认密钥仍然存在；已删除的密钥在 30 天内可以恢复。',
            '在密钥所属项目的凭据页面确认密钥仍然存在；已删除的密钥在 30 天内可以恢复。',
          ],
        ],
      },
      ja: {
        title: 'Google がこのキーを認識できません',
        explanation:
          '有効なキーでない文字列に、Google は 400 API_KEY_INVALID を返します。入力ミス、切れたコピー、引用符付き、削除済みのキー、プレースホルダー、旧形式の標準キー（AIza…）などが原因です。',
        steps: [
          'AI Studio のコピーボタンでコピーし直し、引用符や空白、改行がないか確認してください。',
          'GEMINI_API_KEY を変えたなら、ターミナルやサービスを再起動してください。',
          'AIza キーなら AI Studio で作り直してください。{unrestrictedStandardRefused}{standardRefused}',
          [
            'プロジェクト {project} の「認証情報」ページで、キーが残っているか確認してください。',
            'キーのプロジェクトの「認証情報」ページで、キーが残っているか確認してください。',
          ],
        ],
      },
    },
  },

  'key-expired': {
    severity: 'error',
    dependsOnCaller: false,
    links: [LINKS.aiStudioKeys, LINKS.credentials],
    words: {
      en: {
        title: 'The key has expired',
        explanation:
          'Google says “API key expired”: the key had an expiry date or was rotated. The same message has been reported for freshly created keys; a new key fixes it either way.',
        steps: [
          'Create a new key in AI Studio and replace the old one everywhere it is used.',
          'Restart the app or terminal so it reads the new key.',
        ],
      },
      'zh-CN': {
        title: '密钥已过期',
        explanation: 'Google 提示 “API key expired”：密钥设置了有效期，或者已被轮换。也有人在刚创建的密钥上遇到同样的提示；无论哪种情况，换一个新密钥即可解决。',
        steps: ['在 AI Studio 新建一个密钥，并在所有用到旧密钥的地方替换掉。', '重启应用或终端，让它读取新密钥。'],
      },
      ja: {
        title: 'キーの有効期限が切れています',
        explanation:
          'Google は「API key expired」と返しています。キーに有効期限が設定されていたか、ローテーションされた可能性があります。作成したばかりのキーで同じメッセージが出たという報告もありますが、いずれの場合も新しいキーを作成すれば解決します。',
        steps: [
          'AI Studio で新しいキーを作成し、古いキーを使っているすべての箇所で置き換えてください。',
          '新しいキーが読み込まれるように、アプリやターミナルを再起動してください。',
        ],
      },
    },
  },

  'key-leaked': {
    severity: 'error',
    dependsOnCaller: false,
    links: [LINKS.aiStudioKeys, LINKS.credentials],
    words: {
      en: {
        title: 'Google blocked this key as leaked',
        explanation:
          'Google found this key in public (a repository, an app bundle, a log) and disabled it for good. It cannot be turned back on.',
        steps: [
          'Create a new key in AI Studio.',
          'Delete the leaked key.',
          'Remove the key from your code and its git history; keep keys in environment variables or a secret manager, never in code that ships to browsers or apps.',
        ],
      },
      'zh-CN': {
        title: '密钥因泄露被 Google 封禁',
        explanation: 'Google 在公开场合（代码仓库、应用安装包、日志）发现了这个密钥，并已永久停用，无法重新启用。',
        steps: [
          '在 AI Studio 新建一个密钥。',
          '删除已泄露的密钥。',
          '从代码及 git 历史中清除密钥；把密钥放在环境变量或密钥管理服务里，不要放进会发布到浏览器或应用里的代码。',
        ],
      },
      ja: {
        title: '漏洩したキーとして Google にブロックされています',
        explanation:
          'Google はこのキーを公開された場所（リポジトリ、アプリのバンドル、ログなど）で検出し、完全に無効にしました。再び有効にすることはできません。',
        steps: [
          'AI Studio で新しいキーを作成してください。',
          '漏洩したキーを削除してください。',
          'コードと git の履歴からキーを削除してください。キーは環境変数やシークレット マネージャーで管理し、ブラウザやアプリに配布するコードには決して含めないでください。',
        ],
      },
    },
  },

  'key-suspended': {
    severity: 'error',
    dependsOnCaller: false,
    links: [LINKS.aiStudioKeys, LINKS.aiStudioProjects, LINKS.docsTerms],
    words: {
      en: {
        title: 'The key has been suspended',
        explanation:
          'Google suspended this key, and sometimes its whole project, usually for abuse or a terms-of-service breach such as shared or resold keys. Retrying will not help.',
        steps: [
          'Create a new key, preferably in a new project in AI Studio.',
          [
            'If project {project} itself is suspended, new keys in it fail too: appeal through Google Cloud support.',
            'If the whole project is suspended, new keys in it fail too: appeal through Google Cloud support.',
          ],
        ],
      },
      'zh-CN': {
        title: '密钥已被暂停',
        explanation: 'Google 暂停了这个密钥，有时连同整个项目一起，通常是因为滥用或违反服务条款（例如共享或转售密钥）。重试没有用。',
        steps: [
          '新建一个密钥，最好放在 AI Studio 中的新项目里。',
          [
            '如果项目 {project} 本身被暂停，其中的新密钥同样无法使用：请通过 Google Cloud 支持提出申诉。',
            '如果整个项目被暂停，其中的新密钥同样无法使用：请通过 Google Cloud 支持提出申诉。',
          ],
        ],
      },
      ja: {
        title: 'キーが停止されています',
        explanation:
          'Google はこのキーを停止しました（プロジェクト全体が停止されることもあります）。多くの場合、不正利用や、キーの共有・転売などの利用規約違反が理由です。再試行しても解決しません。',
        steps: [
          '新しいキーを作成してください。できれば AI Studio で新しいプロジェクトに作成してください。',
          [
            'プロジェクト {project} 自体が停止されている場合は、そこで作成した新しいキーも使えません。Google Cloud サポートから再審査を申し立ててください。',
            'プロジェクト全体が停止されている場合は、そこで作成した新しいキーも使えません。Google Cloud サポートから再審査を申し立ててください。',
          ],
        ],
      },
    },
  },

  'project-denied': {
    severity: 'error',
    dependsOnCaller: false,
    links: [LINKS.aiStudioKeys, LINKS.aiStudioProjects],
    words: {
      en: {
        title: 'The project has been denied access',
        explanation:
          'Google has blocked the key’s project from the Gemini API. It happens to projects flagged by Google’s automated checks, and to some Google Cloud projects reused for the Gemini API.',
        steps: [
          'Create a key in a new project from AI Studio (Create API key → create a new project).',
          'If you need this project, contact Google support and quote the error message.',
        ],
      },
      'zh-CN': {
        title: '项目被拒绝访问',
        explanation: 'Google 禁止了该密钥所属项目使用 Gemini API。被 Google 自动检查标记的项目，以及部分挪用来调用 Gemini API 的 Google Cloud 项目会遇到这种情况。',
        steps: ['在 AI Studio 中用新项目创建密钥（创建 API 密钥 → 新建项目）。', '如果必须使用这个项目，请联系 Google 支持并附上错误信息。'],
      },
      ja: {
        title: 'プロジェクトのアクセスが拒否されています',
        explanation:
          'Google は、このキーのプロジェクトによる Gemini API の利用をブロックしています。Google の自動チェックで検出されたプロジェクトや、Gemini API 用に流用した一部の Google Cloud プロジェクトで起こります。',
        steps: [
          'AI Studio で新しいプロジェクトにキーを作成してください（API キーを作成 → 新しいプロジェクトを作成）。',
          'このプロジェクトを使い続ける必要がある場合は、エラー メッセージを添えて Google サポートに問い合わせてください。',
        ],
      },
    },
  },

  'account-tos-disabled': {
    severity: 'error',
    dependsOnCaller: false,
    links: [LINKS.docsGeminiCliTerms, LINKS.aiStudioKeys],
    words: {
      en: {
        title: 'Google disabled Gemini for this Google account',
        explanation:
          'Gemini Code Assist (what Gemini CLI uses when you sign in with Google) has been switched off for the whole account for a Terms of Service reason. It is not the key, the model or a quota: retrying, switching models or signing in again will not help. Reports tie it to using the CLI’s sign-in from third-party tools, proxies or account pools.',
        steps: [
          'Stop using this account’s Gemini CLI sign-in in any third-party tool, plugin or proxy.',
          'Appeal: follow the appeal link Google shows, or write to gemini-code-assist-user-feedback@google.com or Google Cloud support with the exact message.',
          'Meanwhile, a Gemini API key from AI Studio is a separate product: set GEMINI_API_KEY and choose “Use Gemini API key” in the CLI.',
        ],
      },
      'zh-CN': {
        title: 'Google 已对这个 Google 账号停用 Gemini',
        explanation:
          'Gemini Code Assist（Gemini CLI 使用 Google 账号登录时调用的服务）因违反服务条款被整个账号停用。这与密钥、模型或配额无关：重试、换模型或重新登录都没有用。已知的报告多与在第三方工具、代理或账号池中使用 CLI 的登录凭据有关。',
        steps: [
          '停止在任何第三方工具、插件或代理中使用这个账号的 Gemini CLI 登录凭据。',
          '提出申诉：按 Google 显示的申诉链接操作，或附上完整错误信息发邮件给 gemini-code-assist-user-feedback@google.com 或联系 Google Cloud 支持。',
          '在此期间，AI Studio 的 Gemini API 密钥属于另一项产品：设置 GEMINI_API_KEY，并在 CLI 中选择 “Use Gemini API key”。',
        ],
      },
      ja: {
        title: 'Google がこの Google アカウントの Gemini を停止しました',
        explanation:
          'Gemini Code Assist（Gemini CLI を Google アカウントでログインして使うときのサービス）が、利用規約上の理由でアカウント全体に対して停止されています。キー、モデル、割り当ての問題ではないため、再試行、モデルの変更、再ログインでは解決しません。報告の多くは、CLI のログイン情報をサードパーティのツール、プロキシ、アカウント プールで使ったケースです。',
        steps: [
          'このアカウントの Gemini CLI ログイン情報を、サードパーティのツール、プラグイン、プロキシで使うのをやめてください。',
          '異議を申し立てる: Google が表示する申し立てリンクに従うか、エラー メッセージ全文を添えて gemini-code-assist-user-feedback@google.com または Google Cloud サポートに連絡してください。',
          'その間は、AI Studio の Gemini API キー（別のサービス）を使えます。GEMINI_API_KEY を設定し、CLI で「Use Gemini API key」を選んでください。',
        ],
      },
    },
  },

  'api-disabled': {
    severity: 'error',
    dependsOnCaller: false,
    links: [LINKS.enableApi, LINKS.aiStudioKeys],
    words: {
      en: {
        title: 'The Gemini API is off in this key’s project',
        explanation:
          'The key belongs to a Google Cloud project where the Generative Language API (the Gemini API) is not enabled. Typical for keys made for Firebase, Maps or other Google services.',
        steps: [
          [
            'Open the Generative Language API page for project {project} and click Enable.',
            'Open the Generative Language API page for the key’s project and click Enable.',
          ],
          'Wait a few minutes after enabling, then try again.',
          'Or create a key in AI Studio instead: it turns the API on for you.',
        ],
      },
      'zh-CN': {
        title: '密钥所属项目未启用 Gemini API',
        explanation: '这个密钥属于一个未启用 Generative Language API（即 Gemini API）的 Google Cloud 项目。为 Firebase、地图等其他 Google 服务创建的密钥常见这种情况。',
        steps: [
          ['打开项目 {project} 的 Generative Language API 页面，点击“启用”。', '打开密钥所属项目的 Generative Language API 页面，点击“启用”。'],
          '启用后等几分钟再试。',
          '或者改用在 AI Studio 创建的密钥：它会自动启用该 API。',
        ],
      },
      ja: {
        title: 'このキーのプロジェクトで Gemini API が有効になっていません',
        explanation:
          'このキーは、Generative Language API（Gemini API）が有効になっていない Google Cloud プロジェクトに属しています。Firebase や Google マップなど、他の Google サービス用に作成したキーでよく起こります。',
        steps: [
          [
            'プロジェクト {project} の Generative Language API のページを開き、「有効にする」をクリックしてください。',
            'キーのプロジェクトの Generative Language API のページを開き、「有効にする」をクリックしてください。',
          ],
          '有効にしてから数分待って、もう一度お試しください。',
          'または、AI Studio でキーを作成してください。API が自動的に有効になります。',
        ],
      },
    },
  },

  'vertex-api-disabled': {
    severity: 'error',
    dependsOnCaller: false,
    links: [LINKS.enableVertexApi, LINKS.docsVertexAuth, LINKS.docsApiKeys],
    words: {
      en: {
        title: 'The Vertex AI API is off in this project',
        explanation:
          'The request went to Vertex AI (aiplatform.googleapis.com), and that API is not enabled in the Google Cloud project it named. This is not the Gemini API of AI Studio keys: enabling the Generative Language API does not fix it.',
        steps: [
          [
            'If you mean to use Vertex AI, open the Vertex AI API page for project {project} and click Enable, then wait a few minutes.',
            'If you mean to use Vertex AI, enable the Vertex AI API in the project your client names, then wait a few minutes.',
          ],
          'Vertex AI signs in with Google Cloud credentials (gcloud application default credentials or a service account), not with an AI Studio key.',
          'If you meant the Gemini API with an AI Studio key, unset GOOGLE_GENAI_USE_VERTEXAI (or pass vertexai=false) and the project and location settings.',
        ],
      },
      'zh-CN': {
        title: '项目中未启用 Vertex AI API',
        explanation:
          '请求发到了 Vertex AI（aiplatform.googleapis.com），而错误中指出的 Google Cloud 项目没有启用这个 API。这不是 AI Studio 密钥使用的 Gemini API：启用 Generative Language API 解决不了这个问题。',
        steps: [
          [
            '如果你要使用 Vertex AI，打开项目 {project} 的 Vertex AI API 页面并点击“启用”，然后等几分钟。',
            '如果你要使用 Vertex AI，在客户端指定的项目中启用 Vertex AI API，然后等几分钟。',
          ],
          'Vertex AI 使用 Google Cloud 凭据登录（gcloud 应用默认凭据或服务账号），而不是 AI Studio 密钥。',
          '如果你本来想用 AI Studio 密钥调用 Gemini API，请取消设置 GOOGLE_GENAI_USE_VERTEXAI（或传入 vertexai=false）以及项目和区域设置。',
        ],
      },
      ja: {
        title: 'このプロジェクトで Vertex AI API が有効になっていません',
        explanation:
          'リクエストは Vertex AI（aiplatform.googleapis.com）に送られましたが、エラーに示された Google Cloud プロジェクトではこの API が有効になっていません。AI Studio のキーで使う Gemini API とは別物のため、Generative Language API を有効にしても解決しません。',
        steps: [
          [
            'Vertex AI を使う場合は、プロジェクト {project} の Vertex AI API のページを開いて「有効にする」をクリックし、数分待ってください。',
            'Vertex AI を使う場合は、クライアントが指定しているプロジェクトで Vertex AI API を有効にし、数分待ってください。',
          ],
          'Vertex AI の認証には AI Studio のキーではなく、Google Cloud の認証情報（gcloud のアプリケーションのデフォルト認証情報またはサービス アカウント）を使います。',
          'AI Studio のキーで Gemini API を使うつもりだった場合は、GOOGLE_GENAI_USE_VERTEXAI の設定を外し（または vertexai=false を渡し）、プロジェクトとロケーションの設定も外してください。',
        ],
      },
    },
  },

  'firebase-ai-not-enabled': {
    severity: 'error',
    dependsOnCaller: false,
    links: [LINKS.firebaseAiLogic, LINKS.docsFirebaseAi],
    words: {
      en: {
        title: 'Firebase AI Logic is not set up in this Firebase project',
        explanation:
          'The app calls Gemini through Firebase AI Logic, and the Firebase project has not finished its setup: the Firebase AI Logic API (firebasevertexai.googleapis.com) is off, or the Gemini Developer API has no key configured for it. A Gemini API key in your code does not help here; Firebase uses its own.',
        steps: [
          [
            'Open Firebase AI Logic for project {project} in the Firebase console and click Get started (choose the Gemini Developer API or Vertex AI).',
            'Open Firebase AI Logic in the Firebase console for your app’s project and click Get started (choose the Gemini Developer API or Vertex AI).',
          ],
          'If you have just done it, wait a few minutes and retry.',
          'Check that the app’s Firebase config (apiKey, projectId) is the one of that project.',
        ],
      },
      'zh-CN': {
        title: '这个 Firebase 项目尚未设置 Firebase AI Logic',
        explanation:
          '应用通过 Firebase AI Logic 调用 Gemini，而 Firebase 项目还没有完成设置：Firebase AI Logic API（firebasevertexai.googleapis.com）未启用，或者没有为 Gemini Developer API 配置密钥。在代码里填 Gemini API 密钥没有用，Firebase 使用它自己的配置。',
        steps: [
          [
            '在 Firebase 控制台打开项目 {project} 的 Firebase AI Logic，点击“开始使用”（选择 Gemini Developer API 或 Vertex AI）。',
            '在 Firebase 控制台打开应用所属项目的 Firebase AI Logic，点击“开始使用”（选择 Gemini Developer API 或 Vertex AI）。',
          ],
          '如果刚刚完成设置，请等几分钟再试。',
          '确认应用的 Firebase 配置（apiKey、projectId）属于这个项目。',
        ],
      },
      ja: {
        title: 'この Firebase プロジェクトでは Firebase AI Logic の設定が済んでいません',
        explanation:
          'アプリは Firebase AI Logic 経由で Gemini を呼び出していますが、Firebase プロジェクトの設定が終わっていません。Firebase AI Logic API（firebasevertexai.googleapis.com）が無効か、Gemini Developer API 用のキーが設定されていません。コードに Gemini API キーを書いても効果はありません。Firebase は独自の設定を使います。',
        steps: [
          [
            'Firebase コンソールでプロジェクト {project} の Firebase AI Logic を開き、「使ってみる」をクリックしてください（Gemini Developer API または Vertex AI を選択）。',
            'Firebase コンソールでアプリのプロジェクトの Firebase AI Logic を開き、「使ってみる」をクリックしてください（Gemini Developer API または Vertex AI を選択）。',
          ],
          '設定した直後の場合は、数分待ってから再試行してください。',
          'アプリの Firebase 構成（apiKey、projectId）がそのプロジェクトのものか確認してください。',
        ],
      },
    },
  },

  'key-api-restricted': {
    severity: 'error',
    dependsOnCaller: false,
    links: [LINKS.credentials],
    words: {
      en: {
        title: 'The key is limited to other APIs',
        explanation:
          'The key has API restrictions that leave out the Generative Language API. A common slip is choosing “Gemini for Google Cloud API”, which is a different API.',
        steps: [
          ['Open the Credentials page of project {project} and click the key.', 'Open the Credentials page of the key’s project and click the key.'],
          [
            'Under “API restrictions”, add the API named in Google’s message ({service}) and save: “Generative Language API” for the Gemini API, “Firebase AI Logic API” for Firebase.',
            'Under “API restrictions”, add “Generative Language API” and save.',
          ],
          'The change can take a few minutes to apply.',
        ],
      },
      'zh-CN': {
        title: '密钥被限制为只能调用其他 API',
        explanation: '这个密钥设置了 API 限制，但其中不包括 Generative Language API。常见的失误是选了 “Gemini for Google Cloud API”，那是另一个 API。',
        steps: [
          ['打开项目 {project} 的凭据页面，点击这个密钥。', '打开密钥所属项目的凭据页面，点击这个密钥。'],
          [
            '在“API 限制”中加入 Google 错误信息中指出的 API（{service}）并保存：Gemini API 对应 “Generative Language API”，Firebase 对应 “Firebase AI Logic API”。',
            '在“API 限制”中加入 “Generative Language API” 并保存。',
          ],
          '更改可能需要几分钟才会生效。',
        ],
      },
      ja: {
        title: 'キーが他の API に制限されています',
        explanation:
          'このキーには API の制限が設定されていて、Generative Language API が含まれていません。よくある間違いは「Gemini for Google Cloud API」を選んでしまうことです。これは別の API です。',
        steps: [
          [
            'プロジェクト {project} の「認証情報」ページを開き、キーをクリックしてください。',
            'キーのプロジェクトの「認証情報」ページを開き、キーをクリックしてください。',
          ],
          [
            '「API の制限」で、Google のメッセージに示された API（{service}）を追加して保存してください。Gemini API なら「Generative Language API」、Firebase なら「Firebase AI Logic API」です。',
            '「API の制限」に「Generative Language API」を追加して保存してください。',
          ],
          '変更が反映されるまで数分かかることがあります。',
        ],
      },
    },
  },

  'key-referrer-restricted': {
    severity: 'inconclusive',
    dependsOnCaller: true,
    links: [LINKS.credentials],
    words: {
      en: {
        title: 'The key only works from certain websites',
        explanation:
          'The key has a website (HTTP referrer) restriction and this request did not come from an allowed site. Servers and scripts send no Referer at all. Key Doctor’s own test runs in the browser’s background worker, which sends no Referer either, so a refusal in that test does not prove your site is blocked.',
        steps: [
          'Copy the curl command and run it where the key is really used, or check the browser console on your site.',
          'For use from a server, change the key’s application restriction to IP addresses (or none) and keep its API restriction to the Generative Language API.',
          [
            'For a website, add its exact address to the key’s allowed referrers on the Credentials page of project {project}.',
            'For a website, add its exact address to the key’s allowed referrers on the Credentials page.',
          ],
        ],
      },
      'zh-CN': {
        title: '密钥只允许特定网站使用',
        explanation:
          '这个密钥设置了网站（HTTP 引荐来源）限制，而这次请求不是来自允许的网站。服务器和脚本根本不发送 Referer。Key Doctor 自身的测试在浏览器的后台 Service Worker 中运行，同样不带 Referer，所以这个测试被拒绝并不能证明你的网站会被拦截。',
        steps: [
          '复制 curl 命令到实际使用密钥的地方运行，或在你的网站上查看浏览器控制台。',
          '如果在服务器上使用，把密钥的应用限制改为 IP 地址（或不限制），同时保留仅允许 Generative Language API 的 API 限制。',
          [
            '如果在网站上使用，在项目 {project} 的凭据页面把网站的准确地址加入该密钥允许的引荐来源。',
            '如果在网站上使用，在凭据页面把网站的准确地址加入该密钥允许的引荐来源。',
          ],
        ],
      },
      ja: {
        title: 'キーは特定のサイトからしか使えません',
        explanation:
          'このキーにはウェブサイト（HTTP リファラー）の制限があり、このリクエストは許可されたサイトから来ていません。サーバーやスクリプトは Referer を送らず、Key Doctor のテストも Referer なしで送るため、ここで拒否されてもあなたのサイトがブロックされているとは限りません。',
        steps: [
          'curl コマンドをコピーしてキーを使う環境で実行するか、サイトでブラウザのコンソールを確認してください。',
          'サーバーで使うなら、アプリケーションの制限を IP アドレス（またはなし）にし、API の制限は Generative Language API のままにしてください。',
          [
            'サイトで使うなら、プロジェクト {project} の「認証情報」ページでサイトの正確なアドレスを許可リファラーに追加してください。',
            'サイトで使うなら、「認証情報」ページでサイトの正確なアドレスを許可リファラーに追加してください。',
          ],
        ],
      },
    },
  },

  'key-ip-restricted': {
    severity: 'inconclusive',
    dependsOnCaller: true,
    links: [LINKS.credentials],
    words: {
      en: {
        title: 'The key only works from certain IP addresses',
        explanation:
          'The key has an IP address restriction and this request came from an address that is not on its list. Key Doctor’s own test runs from your browser, whose address is usually not your server’s, so a refusal in that test is not conclusive.',
        steps: [
          'Copy the curl command and run it on the server that uses the key.',
          [
            'If the server is refused too, add its public IP address to the key on the Credentials page of project {project}.',
            'If the server is refused too, add its public IP address to the key on the Credentials page.',
          ],
          'A server can leave by IPv6 or IPv4; allow the address it really uses.',
        ],
      },
      'zh-CN': {
        title: '密钥只允许特定 IP 地址使用',
        explanation: '这个密钥设置了 IP 地址限制，而这次请求来自不在列表中的地址。Key Doctor 自身的测试从你的浏览器发起，其地址通常与服务器不同，所以这个测试被拒绝并不能说明问题。',
        steps: [
          '复制 curl 命令，在使用该密钥的服务器上运行。',
          [
            '如果服务器也被拒绝，在项目 {project} 的凭据页面把服务器的公网 IP 加入该密钥。',
            '如果服务器也被拒绝，在凭据页面把服务器的公网 IP 加入该密钥。',
          ],
          '服务器可能通过 IPv6 或 IPv4 出网；请添加它实际使用的地址。',
        ],
      },
      ja: {
        title: 'キーは特定の IP アドレスからしか使えません',
        explanation:
          'このキーには IP アドレスの制限があり、このリクエストはリストにないアドレスから送られました。Key Doctor のテストはブラウザから実行され、そのアドレスは通常サーバーとは異なるため、このテストで拒否されても決定的ではありません。',
        steps: [
          'curl コマンドをコピーして、キーを使うサーバー上で実行してください。',
          [
            'サーバーでも拒否される場合は、プロジェクト {project} の「認証情報」ページで、サーバーのパブリック IP アドレスをキーに追加してください。',
            'サーバーでも拒否される場合は、「認証情報」ページで、サーバーのパブリック IP アドレスをキーに追加してください。',
          ],
          'サーバーは IPv6 と IPv4 のどちらで外部に接続することもあります。実際に使われるアドレスを許可してください。',
        ],
      },
    },
  },

  'key-app-restricted': {
    severity: 'inconclusive',
    dependsOnCaller: true,
    links: [LINKS.credentials],
    words: {
      en: {
        title: 'The key only works from certain apps',
        explanation:
          'The key is restricted to Android or iOS apps. Google accepts it only when the request carries the app’s identity headers (X-Android-Package and X-Android-Cert, or X-Ios-Bundle-Identifier). Browsers, servers and SDKs that do not send them are refused, so Key Doctor’s test is not conclusive.',
        steps: [
          'Test from the app itself, or run the curl command with the app’s headers added.',
          'If the app’s SDK does not send these headers, call Gemini from your backend or through Firebase AI Logic with App Check.',
          [
            'Or change the key’s application restriction on the Credentials page of project {project}.',
            'Or change the key’s application restriction on the Credentials page.',
          ],
        ],
      },
      'zh-CN': {
        title: '密钥只允许特定应用使用',
        explanation:
          '这个密钥被限制为只供 Android 或 iOS 应用使用。只有请求带有应用身份请求头（X-Android-Package 和 X-Android-Cert，或 X-Ios-Bundle-Identifier）时 Google 才接受。不发送这些请求头的浏览器、服务器和 SDK 都会被拒绝，所以 Key Doctor 的测试结果不能作为结论。',
        steps: [
          '在应用内测试，或在 curl 命令中加上应用的请求头再运行。',
          '如果应用使用的 SDK 不发送这些请求头，请改为从后端调用 Gemini，或通过 Firebase AI Logic 配合 App Check 调用。',
          ['或者在项目 {project} 的凭据页面修改该密钥的应用限制。', '或者在凭据页面修改该密钥的应用限制。'],
        ],
      },
      ja: {
        title: 'キーは特定のアプリからしか使えません',
        explanation:
          'このキーは Android アプリまたは iOS アプリに制限されています。Google は、リクエストにアプリの識別ヘッダー（X-Android-Package と X-Android-Cert、または X-Ios-Bundle-Identifier）が含まれている場合にのみ受け付けます。これらを送らないブラウザ、サーバー、SDK は拒否されるため、Key Doctor のテスト結果は決定的ではありません。',
        steps: [
          'アプリ自体からテストするか、アプリのヘッダーを追加して curl コマンドを実行してください。',
          'アプリの SDK がこれらのヘッダーを送らない場合は、バックエンドから Gemini を呼び出すか、Firebase AI Logic と App Check を組み合わせて使ってください。',
          [
            'または、プロジェクト {project} の「認証情報」ページで、キーのアプリケーションの制限を変更してください。',
            'または、「認証情報」ページで、キーのアプリケーションの制限を変更してください。',
          ],
        ],
      },
    },
  },

  'location-unsupported': {
    severity: 'inconclusive',
    dependsOnCaller: true,
    links: [LINKS.docsRegions],
    words: {
      en: {
        title: 'Google refuses calls from this location',
        explanation:
          'The Gemini API judges the location by the IP address the request comes from. That address is in a region where the API is not offered (for example mainland China or Hong Kong), or belongs to a VPN, proxy or cloud edge that Google places there. The result depends on where the call runs: your server may be allowed even if this browser is not.',
        steps: [
          'Check the list of available regions.',
          'Call from a server or network in a supported region; with a proxy, VPN or edge worker, check which country its exit address is in.',
          'Copy the curl command and run it where your app runs to see Google’s answer there.',
        ],
      },
      'zh-CN': {
        title: 'Google 拒绝来自当前所在地区的调用',
        explanation:
          'Gemini API 根据请求来源的 IP 地址判断所在地区。这个地址位于不提供该 API 的地区（例如中国大陆或香港），或者属于被 Google 判定在这些地区的 VPN、代理或云边缘节点。结果取决于调用从哪里发出：即使这个浏览器不行，你的服务器也可能可以。',
        steps: [
          '查看可用地区列表。',
          '从受支持地区的服务器或网络调用；如果使用代理、VPN 或边缘函数，确认其出口 IP 所在的国家或地区。',
          '复制 curl 命令，在应用实际运行的地方执行，看看 Google 在那里的返回结果。',
        ],
      },
      ja: {
        title: 'この地域からの呼び出しは拒否されています',
        explanation:
          'Gemini API はリクエスト元の IP アドレスから地域を判定します。そのアドレスが提供対象外の地域（中国本土や香港など）にあるか、そう判定された VPN、プロキシ、クラウドのエッジのものです。結果は呼び出す場所で変わり、このブラウザで使えなくてもサーバーでは使える場合があります。',
        steps: [
          '利用可能な地域の一覧を確認してください。',
          '対象地域のサーバーやネットワークから呼び出してください。プロキシ、VPN、エッジ ワーカーなら出口アドレスの国を確認してください。',
          'curl コマンドをアプリの実行環境で実行し、そこでの応答を確認してください。',
        ],
      },
    },
  },

  'billing-required': {
    severity: 'error',
    dependsOnCaller: false,
    links: [LINKS.aiStudioProjects, LINKS.linkBilling, LINKS.docsBilling],
    words: {
      en: {
        title: 'This needs billing on the project',
        explanation:
          'Google serves this only to projects with billing: the model is paid-only (such as Imagen or Veo), the free tier is not offered in your country, or billing on the project is turned off.',
        steps: [
          [
            'Set up billing for project {project}: in AI Studio (Projects → Set up billing) or by linking a billing account in Google Cloud.',
            'Set up billing for the key’s project: in AI Studio (Projects → Set up billing) or by linking a billing account in Google Cloud.',
          ],
          'Or use a model that has a free tier.',
        ],
      },
      'zh-CN': {
        title: '需要为项目开通结算',
        explanation: 'Google 只对已开通结算的项目提供这项服务：该模型仅限付费使用（例如 Imagen 或 Veo）、你所在国家或地区不提供免费层级，或者项目的结算已被停用。',
        steps: [
          [
            '为项目 {project} 开通结算：在 AI Studio 中（项目 → 设置结算），或在 Google Cloud 中关联结算账号。',
            '为密钥所属项目开通结算：在 AI Studio 中（项目 → 设置结算），或在 Google Cloud 中关联结算账号。',
          ],
          '或者改用有免费层级的模型。',
        ],
      },
      ja: {
        title: 'プロジェクトで課金を有効にする必要があります',
        explanation:
          'Google はこの機能を課金が有効なプロジェクトにのみ提供しています。モデルが有料専用（Imagen や Veo など）であるか、お住まいの国では無料枠が提供されていないか、プロジェクトの課金が無効になっています。',
        steps: [
          [
            'プロジェクト {project} の課金を設定してください。AI Studio（プロジェクト → 課金を設定）で行うか、Google Cloud で請求先アカウントをリンクします。',
            'キーのプロジェクトの課金を設定してください。AI Studio（プロジェクト → 課金を設定）で行うか、Google Cloud で請求先アカウントをリンクします。',
          ],
          'または、無料枠のあるモデルを使ってください。',
        ],
      },
    },
  },

  'free-tier-limit-zero': {
    severity: 'error',
    dependsOnCaller: false,
    links: [LINKS.aiStudioProjects, LINKS.linkBilling, LINKS.aiStudioRateLimits, LINKS.docsRateLimits],
    words: {
      en: {
        title: 'No free quota for this model',
        explanation:
          'Google reports a limit of 0 for this model on your project: there is no free tier for it (paid-only models such as the Pro models or image models, or a free tier not offered to this project). Waiting or retrying never helps, even though the message says “retry”.',
        steps: [
          ['Use a model with a free tier instead of {model}.', 'Use a model that has a free tier.'],
          'Or set up billing for the key’s project in AI Studio; paid tiers have quota for this model.',
          'See the project’s limits on the rate-limit page in AI Studio.',
        ],
      },
      'zh-CN': {
        title: '该模型没有免费配额',
        explanation:
          'Google 显示你的项目在这个模型上的限额为 0：它没有免费层级（例如 Pro 系列或图像模型等仅限付费的模型，或者该项目无法使用免费层级）。即使消息里写着 “retry”，等待或重试都不会有用。',
        steps: [
          ['改用有免费层级的模型，不要用 {model}。', '改用有免费层级的模型。'],
          '或者在 AI Studio 为密钥所属项目开通结算；付费层级为该模型提供配额。',
          '在 AI Studio 的速率限制页面查看项目的各项限额。',
        ],
      },
      ja: {
        title: 'このモデルには無料の割り当てがありません',
        explanation:
          'Google は、あなたのプロジェクトでのこのモデルの上限を 0 と報告しています。つまり無料枠がありません（Pro モデルや画像モデルなどの有料専用モデル、またはこのプロジェクトには無料枠が提供されていない場合）。メッセージに「retry」とあっても、待っても再試行しても解決しません。',
        steps: [
          [
            '{model} の代わりに、無料枠のあるモデルを使ってください。',
            '無料枠のあるモデルを使ってください。',
          ],
          'または、AI Studio でキーのプロジェクトの課金を設定してください。有料枠ならこのモデルの割り当てがあります。',
          'AI Studio のレート制限ページで、プロジェクトの上限を確認してください。',
        ],
      },
    },
  },

  'quota-exceeded': {
    severity: 'transient',
    dependsOnCaller: false,
    links: [LINKS.aiStudioRateLimits, LINKS.docsRateLimits, LINKS.quotas],
    words: {
      en: {
        title: 'Rate limit reached',
        explanation:
          'The project sent more requests or tokens per minute than its quota allows, or Google’s shared capacity for the model ran out. The key itself is fine.',
        steps: [
          ['Wait {retryAfter} (Google’s hint), then retry.', 'Wait a minute, then retry.'],
          'Send fewer requests at once and retry with exponential backoff.',
          [
            'Compare your usage with the limit Google named ({quotaId}) on the rate-limit page in AI Studio; billing raises the limits.',
            'Check your usage against your limits on the rate-limit page in AI Studio; billing raises the limits.',
          ],
        ],
      },
      'zh-CN': {
        title: '已达到速率限制',
        explanation: '项目每分钟发送的请求数或 token 数超出了配额，或者 Google 为该模型提供的共享容量已用尽。密钥本身没有问题。',
        steps: [
          ['按 Google 的提示等待{retryAfter}后重试。', '等待一分钟后重试。'],
          '减少并发请求，并使用指数退避重试。',
          [
            '在 AI Studio 的速率限制页面对照 Google 指出的限额（{quotaId}）查看用量；开通结算可提高限额。',
            '在 AI Studio 的速率限制页面查看用量和限额；开通结算可提高限额。',
          ],
        ],
      },
      ja: {
        title: 'レート制限に達しました',
        explanation:
          'プロジェクトが 1 分あたりに送ったリクエスト数またはトークン数が割り当てを超えたか、このモデル用の Google の共有容量が不足しました。キー自体に問題はありません。',
        steps: [
          [
            'Google の案内どおり{retryAfter}待ってから再試行してください。',
            '1 分ほど待ってから再試行してください。',
          ],
          '同時に送るリクエストを減らし、指数バックオフで再試行してください。',
          [
            'AI Studio のレート制限ページで、Google が示した上限（{quotaId}）と使用量を比べてください。課金を有効にすると上限が上がります。',
            'AI Studio のレート制限ページで、使用量と上限を確認してください。課金を有効にすると上限が上がります。',
          ],
        ],
      },
    },
  },

  'daily-quota-exceeded': {
    severity: 'transient',
    dependsOnCaller: false,
    links: [LINKS.aiStudioRateLimits, LINKS.aiStudioProjects, LINKS.docsRateLimits],
    words: {
      en: {
        title: 'Daily quota used up',
        explanation:
          'The project has used all of today’s requests for this model; the free tier allows only a few per day. Google’s “retry in N seconds” hint is misleading here: the quota comes back only at the daily reset (midnight Pacific time).',
        steps: [
          'Wait for the daily reset at midnight Pacific time.',
          ['Or switch from {model} to another model; each model has its own daily quota.', 'Or switch to another model; each model has its own daily quota.'],
          'Or set up billing on the project for higher daily limits.',
        ],
      },
      'zh-CN': {
        title: '今日配额已用完',
        explanation:
          '项目今天在这个模型上的请求次数已经用完；免费层级每天只有少量次数。Google 给出的 “Please retry in …s” 提示在这里有误导性：配额要到每日重置（太平洋时间午夜）后才会恢复。',
        steps: [
          '等到太平洋时间午夜的每日重置。',
          ['或者把 {model} 换成其他模型；每个模型的每日配额是分开计算的。', '或者换用其他模型；每个模型的每日配额是分开计算的。'],
          '或者为项目开通结算，以获得更高的每日限额。',
        ],
      },
      ja: {
        title: '1 日の割り当てを使い切りました',
        explanation:
          'プロジェクトは、このモデルの今日のリクエスト数をすべて使い切りました。無料枠では 1 日に数回しか使えません。Google の「Please retry in …s」という案内はここでは当てになりません。割り当ては毎日のリセット（太平洋時間の午前 0 時）まで戻りません。',
        steps: [
          '太平洋時間の午前 0 時の日次リセットを待ってください。',
          [
            'または、{model} から別のモデルに切り替えてください。1 日の割り当てはモデルごとに別です。',
            'または、別のモデルに切り替えてください。1 日の割り当てはモデルごとに別です。',
          ],
          'または、プロジェクトで課金を有効にして、1 日の上限を引き上げてください。',
        ],
      },
    },
  },

  'prepay-depleted': {
    severity: 'error',
    dependsOnCaller: false,
    links: [LINKS.aiStudioProjects, LINKS.docsBilling],
    words: {
      en: {
        title: 'Prepaid credit used up',
        explanation:
          'The billing account behind this key pays in advance and its balance is 0, so Google stops every key that bills to it. This is a billing stop, not a rate limit: retrying will not help. Listing models still works, which makes the key look fine.',
        steps: [
          'Open the key’s project in AI Studio and add credit, or turn on automatic top-up.',
          'If you have just paid, wait until AI Studio shows the new balance, then retry.',
        ],
      },
      'zh-CN': {
        title: '预付额度已用完',
        explanation: '该密钥所用的结算账号采用预付方式且余额为 0，因此 Google 停用了所有记账到这个账号的密钥。这是结算问题，不是速率限制：重试没有用。获取模型列表仍然正常，所以密钥看起来没有问题。',
        steps: ['在 AI Studio 打开密钥所属项目并充值，或开启自动充值。', '如果刚刚付过款，请等 AI Studio 显示新余额后再重试。'],
      },
      ja: {
        title: '前払いのクレジットを使い切りました',
        explanation:
          'このキーの請求先アカウントは前払い制で、残高が 0 になったため、Google はこのアカウントに請求されるすべてのキーを止めています。これはレート制限ではなく課金による停止なので、再試行しても解決しません。モデル一覧の取得は成功するため、キーには問題がないように見えます。',
        steps: [
          'AI Studio でキーのプロジェクトを開き、クレジットを追加するか、自動チャージを有効にしてください。',
          '支払いを済ませたばかりの場合は、AI Studio に新しい残高が表示されるまで待ってから再試行してください。',
        ],
      },
    },
  },

  'permission-denied': {
    severity: 'error',
    dependsOnCaller: false,
    links: [LINKS.aiStudioProjects, LINKS.iam, LINKS.docsModels],
    words: {
      en: {
        title: 'The key’s project may not use this',
        explanation:
          'Google accepted the key but refused this request: its project is not allowed this model or resource. Typical causes: a preview model limited to paid projects, a tuned model (those need OAuth, not a key), or a project that does not exist or is not the one you set up.',
        steps: [
          ['Try a generally available model instead of {model}.', 'Try a generally available model, such as a current Flash model.'],
          'If the model needs a paid project, set up billing in AI Studio.',
          [
            'Check that project {project} exists, is the one you meant, and that your account has access to it.',
            'Check that the key comes from the project you set up.',
          ],
        ],
      },
      'zh-CN': {
        title: '密钥所属项目无权执行此操作',
        explanation:
          'Google 接受了密钥，但拒绝了这次请求：该项目无权使用这个模型或资源。常见原因：预览版模型仅向付费项目开放；调优模型需要 OAuth 而不是密钥；或者项目不存在，或并不是你配置好的那个项目。',
        steps: [
          ['改用正式发布的模型，不要用 {model}。', '改用正式发布的模型，例如当前的 Flash 模型。'],
          '如果该模型需要付费项目，请在 AI Studio 开通结算。',
          ['确认项目 {project} 存在、正是你想用的项目，并且你的账号有权访问。', '确认密钥来自你配置好的那个项目。'],
        ],
      },
      ja: {
        title: 'このプロジェクトには許可されていない操作です',
        explanation:
          'Google はキーを受け付けましたが、プロジェクトにこのモデルやリソースの利用が許可されていないため拒否しました。主な原因は、有料プロジェクト限定のプレビュー モデル、チューニング済みモデル（OAuth が必要）、存在しないか意図と違うプロジェクトです。',
        steps: [
          [
            '{model} の代わりに、一般提供（GA）のモデルを試してください。',
            '現在の Flash モデルなど、一般提供（GA）のモデルを試してください。',
          ],
          'モデルに有料プロジェクトが必要な場合は、AI Studio で課金を設定してください。',
          [
            'プロジェクト {project} が存在する意図どおりのプロジェクトで、あなたのアカウントがアクセスできるか確認してください。',
            'キーが、設定したプロジェクトのものであることを確認してください。',
          ],
        ],
      },
    },
  },

  'key-creation-denied': {
    severity: 'error',
    dependsOnCaller: false,
    links: [LINKS.deletedCredentials, LINKS.enableApi, LINKS.iam, LINKS.credentials],
    words: {
      en: {
        title: 'AI Studio could not create the key',
        explanation:
          'AI Studio asked Google Cloud to create a key in your project and was refused. The message does not say why; the usual causes, most likely first: a deleted key still occupies the project, the Generative Language API is not enabled, your account lacks IAM permissions, or an organisation policy blocks keys.',
        steps: [
          ['Open the deleted credentials of project {project} and restore the Gemini key if one is listed (deleted keys can be restored for 30 days).', 'Open the project’s deleted credentials and restore the Gemini key if one is listed (deleted keys can be restored for 30 days).'],
          'Enable the Generative Language API in the project, then try again.',
          'Ask a project owner for the permissions key creation needs: resourcemanager.projects.get, apikeys.keys.create, serviceusage.services.enable, iam.serviceAccountApiKeyBindings.create and iam.serviceAccounts.create.',
          'Check you are signed in with the right Google account, or create the key in the Cloud Console instead.',
        ],
      },
      'zh-CN': {
        title: 'AI Studio 无法创建密钥',
        explanation:
          'AI Studio 请求 Google Cloud 在你的项目中创建密钥，但被拒绝了。提示信息没有说明原因；常见原因按可能性排列：已删除的密钥仍占用该项目、未启用 Generative Language API、你的账号缺少 IAM 权限，或组织政策禁止创建密钥。',
        steps: [
          ['打开项目 {project} 的已删除凭据，如果列出了 Gemini 密钥就恢复它（已删除的密钥 30 天内可恢复）。', '打开项目的已删除凭据，如果列出了 Gemini 密钥就恢复它（已删除的密钥 30 天内可恢复）。'],
          '在项目中启用 Generative Language API，然后重试。',
          '请项目所有者授予创建密钥所需的权限：resourcemanager.projects.get、apikeys.keys.create、serviceusage.services.enable、iam.serviceAccountApiKeyBindings.create 和 iam.serviceAccounts.create。',
          '确认登录的是正确的 Google 账号，或者改在 Cloud Console 中创建密钥。',
        ],
      },
      ja: {
        title: 'AI Studio でキーを作成できませんでした',
        explanation:
          'AI Studio はあなたのプロジェクトにキーを作成するよう Google Cloud に依頼しましたが、拒否されました。メッセージには理由が書かれていません。よくある原因は可能性の高い順に、削除したキーがまだプロジェクトに残っている、Generative Language API が有効になっていない、アカウントに IAM 権限が足りない、組織のポリシーでキーの作成が禁止されている、のいずれかです。',
        steps: [
          [
            'プロジェクト {project} の削除した認証情報を開き、Gemini のキーがあれば復元してください（削除したキーは 30 日以内なら復元できます）。',
            'プロジェクトの削除した認証情報を開き、Gemini のキーがあれば復元してください（削除したキーは 30 日以内なら復元できます）。',
          ],
          'プロジェクトで Generative Language API を有効にしてから、もう一度お試しください。',
          'キーの作成に必要な権限をプロジェクトのオーナーに付与してもらってください: resourcemanager.projects.get、apikeys.keys.create、serviceusage.services.enable、iam.serviceAccountApiKeyBindings.create、iam.serviceAccounts.create。',
          '正しい Google アカウントでログインしているか確認するか、代わりに Cloud コンソールでキーを作成してください。',
        ],
      },
    },
  },

  'key-creation-flagged': {
    severity: 'transient',
    dependsOnCaller: false,
    links: [LINKS.credentials, LINKS.aiStudioKeys],
    words: {
      en: {
        title: 'Google’s abuse checks stopped the key creation',
        explanation:
          '“The request is suspicious” is an anti-abuse refusal, not a missing permission: restoring keys or changing IAM roles does not help. It often hits new accounts, automated or repeated attempts, VPNs, and browsers with extensions that change pages.',
        steps: [
          'Wait a while (an hour or more), then try once, not repeatedly.',
          'Try again in a clean browser profile with other extensions off and no VPN, signed in to one Google account only.',
          'Or create the key in the Google Cloud Console (Credentials → Create credentials → API key) and restrict it to the Generative Language API.',
        ],
      },
      'zh-CN': {
        title: 'Google 的反滥用检查阻止了密钥创建',
        explanation:
          '“The request is suspicious” 是反滥用拒绝，不是缺少权限：恢复密钥或修改 IAM 角色都没有用。新账号、自动化或反复尝试、VPN，以及装有会修改页面的扩展的浏览器经常遇到。',
        steps: [
          '等一段时间（一小时或更久）再试一次，不要反复尝试。',
          '在干净的浏览器配置文件中重试：关闭其他扩展、不用 VPN、只登录一个 Google 账号。',
          '或者在 Google Cloud Console 中创建密钥（凭据 → 创建凭据 → API 密钥），并将其限制为 Generative Language API。',
        ],
      },
      ja: {
        title: 'Google の不正利用対策でキーの作成が止められました',
        explanation:
          '「The request is suspicious」は不正利用対策による拒否で、権限不足ではありません。キーの復元や IAM ロールの変更では解決しません。新しいアカウント、自動化された操作や繰り返しの試行、VPN、ページを書き換える拡張機能を入れたブラウザでよく起こります。',
        steps: [
          'しばらく（1 時間以上）待ってから、1 回だけ試してください。何度も繰り返さないでください。',
          '他の拡張機能をオフにし、VPN を使わず、1 つの Google アカウントだけでログインした新しいブラウザ プロファイルで再度お試しください。',
          'または、Google Cloud コンソールでキーを作成し（認証情報 → 認証情報を作成 → API キー）、Generative Language API に制限してください。',
        ],
      },
    },
  },

  'model-not-found': {
    severity: 'warning',
    dependsOnCaller: false,
    links: [LINKS.docsModels],
    words: {
      en: {
        title: 'Model not found',
        explanation:
          'The key works, but the model name in the request does not exist on this API version, was retired, or is no longer offered to new users (for example gemini-pro and the 1.0 and 1.5 models).',
        steps: [
          ['Replace {model} with a current model name.', 'Replace the model name with a current one.'],
          'List the models this key can use (GET /v1beta/models) and pick one that supports generateContent.',
          'Use /v1beta/ in the URL: newer models may be missing from /v1/.',
        ],
      },
      'zh-CN': {
        title: '找不到模型',
        explanation: '密钥可以使用，但请求中的模型名称在这个 API 版本中不存在、已下线，或不再向新用户开放（例如 gemini-pro 以及 1.0、1.5 系列模型）。',
        steps: [
          ['把 {model} 换成当前可用的模型名称。', '把模型名称换成当前可用的模型。'],
          '列出该密钥可用的模型（GET /v1beta/models），选一个支持 generateContent 的。',
          '在 URL 中使用 /v1beta/：较新的模型可能不在 /v1/ 中。',
        ],
      },
      ja: {
        title: 'モデルが見つかりません',
        explanation:
          'キーは有効ですが、リクエストのモデル名がこの API バージョンに存在しないか、廃止されたか、新規ユーザーには提供されなくなっています（gemini-pro や 1.0、1.5 のモデルなど）。',
        steps: [
          [
            '{model} を現在のモデル名に置き換えてください。',
            'モデル名を現在のものに置き換えてください。',
          ],
          'このキーで使えるモデルを一覧表示し（GET /v1beta/models）、generateContent に対応したモデルを選んでください。',
          'URL には /v1beta/ を使ってください。新しいモデルは /v1/ にない場合があります。',
        ],
      },
    },
  },

  'bearer-auth-used': {
    severity: 'error',
    dependsOnCaller: false,
    links: [LINKS.aiStudioKeys, LINKS.credentials, LINKS.docsApiKeys],
    words: {
      en: {
        title: 'Google expected an OAuth token',
        explanation:
          'Google treated the credential as an OAuth access token and rejected it. Two causes give this same message: the API key was sent as “Authorization: Bearer …” (the OpenAI style), or it is an old standard key (AIza…). {unrestrictedStandardRefused} {standardRefused}',
        steps: [
          'Send the key in the x-goog-api-key header and remove the Authorization header.',
          'With an OpenAI-style client, set its base URL to https://generativelanguage.googleapis.com/v1beta/openai/ — only that endpoint takes the key as a Bearer token.',
          'If the key starts with AIza, create a new key in AI Studio.',
        ],
      },
      'zh-CN': {
        title: 'Google 期望的是 OAuth 令牌',
        explanation:
          'Google 把这个凭据当作 OAuth 访问令牌处理并拒绝了它。两种原因会得到同样的提示：API 密钥放在了 “Authorization: Bearer …” 里发送（OpenAI 的写法）；或者这是旧式标准密钥（AIza…）。{unrestrictedStandardRefused}{standardRefused}',
        steps: [
          '通过 x-goog-api-key 请求头发送密钥，并去掉 Authorization 请求头。',
          '如果使用 OpenAI 风格的客户端，把 base URL 设为 https://generativelanguage.googleapis.com/v1beta/openai/——只有这个端点接受以 Bearer 方式传入的密钥。',
          '如果密钥以 AIza 开头，请在 AI Studio 新建一个密钥。',
        ],
      },
      ja: {
        title: 'Google は OAuth トークンを想定しています',
        explanation:
          'Google はこの認証情報を OAuth アクセス トークンとして扱い、拒否しました。同じメッセージになる原因は 2 つあります。API キーを「Authorization: Bearer …」で送った（OpenAI 形式）か、旧形式の標準キー（AIza…）であることです。{unrestrictedStandardRefused}{standardRefused}',
        steps: [
          'キーは x-goog-api-key ヘッダーで送り、Authorization ヘッダーは削除してください。',
          'OpenAI 形式のクライアントを使う場合は、ベース URL を https://generativelanguage.googleapis.com/v1beta/openai/ に設定してください。キーを Bearer トークンとして受け付けるのはこのエンドポイントだけです。',
          'キーが AIza で始まる場合は、AI Studio で新しいキーを作成してください。',
        ],
      },
    },
  },

  'key-type-unsupported': {
    severity: 'error',
    dependsOnCaller: false,
    links: [LINKS.aiStudioKeys, LINKS.docsApiKeys],
    words: {
      en: {
        title: 'Google does not accept this kind of key here',
        explanation:
          'Google answered 401 ACCESS_TOKEN_TYPE_UNSUPPORTED: this endpoint does not take this kind of credential, sent this way. Reported for 2026 “AQ.” auth keys sent an unexpected way or cut short, for SDKs routed to Vertex AI, and for old standard AIza keys ({standardRefused}) Listing models can still work with the same key.',
        steps: [
          'Check that the whole key was copied: AQ. keys are long and easy to cut short.',
          'Try sending the key the other way: the x-goog-api-key header instead of ?key=, or the reverse.',
          'With the Google Gen AI SDK, unset GOOGLE_GENAI_USE_VERTEXAI so it calls the Gemini API, not Vertex AI.',
          'If the key starts with AIza, create a new key in AI Studio.',
        ],
      },
      'zh-CN': {
        title: 'Google 在这里不接受这类密钥',
        explanation:
          'Google 返回了 401 ACCESS_TOKEN_TYPE_UNSUPPORTED：这个端点不接受以这种方式发送的这类凭据。已知出现于：以非预期方式发送或复制不完整的 2026 年 “AQ.” 授权密钥；被路由到 Vertex AI 的 SDK；以及旧式标准 AIza 密钥（{standardRefused}）。同一个密钥获取模型列表可能仍然正常。',
        steps: [
          '确认密钥复制完整：AQ. 密钥很长，容易被截断。',
          '换一种方式发送密钥：用 x-goog-api-key 请求头代替 ?key=，或者反过来。',
          '如果使用 Google Gen AI SDK，取消设置 GOOGLE_GENAI_USE_VERTEXAI，让它调用 Gemini API 而不是 Vertex AI。',
          '如果密钥以 AIza 开头，请在 AI Studio 新建一个密钥。',
        ],
      },
      ja: {
        title: 'この種類のキーはここでは使えません',
        explanation:
          'Google は 401 ACCESS_TOKEN_TYPE_UNSUPPORTED を返しました。このエンドポイントは、この方法で送られたこの種類の認証情報を受け付けません。想定外の方法で送られたか途中で切れた 2026 年の「AQ.」認可キー、Vertex AI に向けられた SDK、旧形式の標準 AIza キー（{standardRefused}）で報告されています。同じキーでもモデル一覧の取得は成功することがあります。',
        steps: [
          'キー全体がコピーされているか確認してください。AQ. キーは長いため、途中で切れやすくなっています。',
          'キーの送り方を変えてみてください。?key= の代わりに x-goog-api-key ヘッダーを使うか、その逆です。',
          'Google Gen AI SDK を使う場合は、GOOGLE_GENAI_USE_VERTEXAI の設定を解除して、Vertex AI ではなく Gemini API を呼び出すようにしてください。',
          'キーが AIza で始まる場合は、AI Studio で新しいキーを作成してください。',
        ],
      },
    },
  },

  'oauth-scope-insufficient': {
    severity: 'error',
    dependsOnCaller: false,
    links: [LINKS.docsApiKeys],
    words: {
      en: {
        title: 'An OAuth token was sent instead of the key',
        explanation:
          'The request carried an OAuth access token without the Gemini API scope. Usually the SDK picked up Google Cloud sign-in (gcloud or GOOGLE_APPLICATION_CREDENTIALS) instead of your API key.',
        steps: [
          'Pass the API key to the client explicitly and make sure no Authorization header is sent.',
          'If you do mean to use OAuth, request the scope https://www.googleapis.com/auth/generative-language.',
        ],
      },
      'zh-CN': {
        title: '发送的是 OAuth 令牌而不是密钥',
        explanation: '请求中带的是缺少 Gemini API 权限范围的 OAuth 访问令牌。通常是 SDK 使用了 Google Cloud 登录凭据（gcloud 或 GOOGLE_APPLICATION_CREDENTIALS），而没有用你的 API 密钥。',
        steps: ['在客户端中显式传入 API 密钥，并确保不发送 Authorization 请求头。', '如果确实要用 OAuth，请申请权限范围 https://www.googleapis.com/auth/generative-language。'],
      },
      ja: {
        title: 'キーの代わりに OAuth トークンが送られています',
        explanation:
          'リクエストには、Gemini API のスコープを持たない OAuth アクセス トークンが含まれていました。多くの場合、SDK が API キーではなく Google Cloud のログイン情報（gcloud や GOOGLE_APPLICATION_CREDENTIALS）を使っています。',
        steps: [
          'API キーをクライアントに明示的に渡し、Authorization ヘッダーが送られないようにしてください。',
          'OAuth を使うつもりの場合は、スコープ https://www.googleapis.com/auth/generative-language をリクエストしてください。',
        ],
      },
    },
  },

  'wrong-endpoint': {
    severity: 'error',
    dependsOnCaller: false,
    links: [LINKS.docsApiKeys, LINKS.aiStudioKeys],
    words: {
      en: {
        title: 'The key was sent to the wrong API',
        explanation:
          'AI Studio keys work on the Gemini API (generativelanguage.googleapis.com). This request went to an API that does not take them: usually Vertex AI (aiplatform.googleapis.com), which wants Google Cloud sign-in, or an OAuth-only method.',
        steps: [
          'Call https://generativelanguage.googleapis.com with this key.',
          'With the Google Gen AI SDK, unset GOOGLE_GENAI_USE_VERTEXAI (or pass vertexai=false) so it uses the Gemini API.',
          [
            'If you meant to use Vertex AI, enable the Vertex AI API in project {project} and sign in with gcloud (application default credentials) instead of a key.',
            'If you meant to use Vertex AI, sign in with gcloud (application default credentials) instead of using this key.',
          ],
        ],
      },
      'zh-CN': {
        title: '密钥发到了错误的 API',
        explanation:
          'AI Studio 的密钥用于 Gemini API（generativelanguage.googleapis.com）。这次请求发到了不接受这类密钥的 API：通常是需要 Google Cloud 登录凭据的 Vertex AI（aiplatform.googleapis.com），或是只支持 OAuth 的方法。',
        steps: [
          '用这个密钥调用 https://generativelanguage.googleapis.com。',
          '如果使用 Google Gen AI SDK，取消设置 GOOGLE_GENAI_USE_VERTEXAI（或传入 vertexai=false），让它调用 Gemini API。',
          [
            '如果你本来就要用 Vertex AI，请在项目 {project} 中启用 Vertex AI API，并用 gcloud 登录（应用默认凭据）代替密钥。',
            '如果你本来就要用 Vertex AI，请用 gcloud 登录（应用默认凭据）代替这个密钥。',
          ],
        ],
      },
      ja: {
        title: 'キーの送り先の API が間違っています',
        explanation:
          'AI Studio のキーは Gemini API（generativelanguage.googleapis.com）で使います。このリクエストはキーを受け付けない API に送られました。多くの場合、Google Cloud へのログインが必要な Vertex AI（aiplatform.googleapis.com）か、OAuth 専用のメソッドです。',
        steps: [
          'このキーでは https://generativelanguage.googleapis.com を呼び出してください。',
          'Google Gen AI SDK を使う場合は、GOOGLE_GENAI_USE_VERTEXAI の設定を解除する（または vertexai=false を渡す）と、Gemini API が使われます。',
          [
            'Vertex AI を使うつもりだった場合は、プロジェクト {project} で Vertex AI API を有効にし、キーではなく gcloud でのログイン（アプリケーションのデフォルト認証情報）を使ってください。',
            'Vertex AI を使うつもりだった場合は、このキーではなく gcloud でのログイン（アプリケーションのデフォルト認証情報）を使ってください。',
          ],
        ],
      },
    },
  },

  'bad-request': {
    severity: 'warning',
    dependsOnCaller: false,
    links: [LINKS.docsTroubleshooting],
    words: {
      en: {
        title: 'The request itself is malformed',
        explanation:
          'Google accepted the key but could not read the request: an unknown field, a wrong type or broken JSON. The fault is in the app or library making the call, not in the key.',
        steps: [
          'Google’s message names the field it could not read; fix that field.',
          'Or update the library or plugin that builds the request.',
        ],
      },
      'zh-CN': {
        title: '请求本身格式有误',
        explanation: 'Google 接受了密钥，但无法解析请求：存在未知字段、类型错误或 JSON 格式损坏。问题出在发起调用的应用或库，而不是密钥。',
        steps: ['Google 的错误信息里写明了无法解析的字段，请修正该字段。', '或者更新构造请求的库或插件。'],
      },
      ja: {
        title: 'リクエスト自体の形式が正しくありません',
        explanation:
          'Google はキーを受け付けましたが、リクエストを読み取れませんでした。不明なフィールド、型の間違い、壊れた JSON などが原因です。問題はキーではなく、呼び出しを行っているアプリやライブラリにあります。',
        steps: [
          'Google のメッセージに、読み取れなかったフィールドが示されています。そのフィールドを修正してください。',
          'または、リクエストを組み立てているライブラリやプラグインを更新してください。',
        ],
      },
    },
  },

  'server-error': {
    severity: 'transient',
    dependsOnCaller: false,
    links: [LINKS.docsTroubleshooting],
    words: {
      en: {
        title: 'Google’s servers had a problem',
        explanation:
          'The request failed on Google’s side (overloaded, an internal error, or out of time) or was cancelled before it finished. Nothing is wrong with the key.',
        steps: [
          'Retry in a little while, with backoff.',
          'If it keeps failing, try a shorter input or another model.',
          'Check Google’s troubleshooting page for known issues.',
        ],
      },
      'zh-CN': {
        title: 'Google 服务器出现问题',
        explanation: '请求在 Google 一侧失败（过载、内部错误或超时），或在完成前被取消。密钥没有问题。',
        steps: ['稍后使用退避策略重试。', '如果一直失败，尝试缩短输入或换一个模型。', '查看 Google 的问题排查页面，了解已知问题。'],
      },
      ja: {
        title: 'Google のサーバーで問題が発生しました',
        explanation:
          'リクエストが Google 側で失敗したか（過負荷、内部エラー、タイムアウト）、完了前にキャンセルされました。キーに問題はありません。',
        steps: [
          '少し時間をおいて、バックオフしながら再試行してください。',
          '失敗が続く場合は、入力を短くするか、別のモデルを試してください。',
          '既知の問題がないか、Google のトラブルシューティング ページを確認してください。',
        ],
      },
    },
  },

  'network-error': {
    severity: 'transient',
    dependsOnCaller: false,
    links: [LINKS.docsTroubleshooting],
    words: {
      en: {
        title: 'Could not reach Google',
        explanation:
          'No answer came back from Google: no connection, a DNS failure, a firewall, or an extension or proxy that blocked the request.',
        steps: [
          'Check your internet connection and try again.',
          'On a company network or VPN, check that generativelanguage.googleapis.com is not blocked.',
          'Try the same call with curl from a terminal to compare.',
        ],
      },
      'zh-CN': {
        title: '无法连接到 Google',
        explanation: '没有收到 Google 的任何响应：可能是没有网络连接、DNS 解析失败、被防火墙拦截，或被某个扩展或代理阻止。',
        steps: ['检查网络连接后重试。', '如果在公司网络或 VPN 下，确认 generativelanguage.googleapis.com 没有被屏蔽。', '在终端用 curl 发起同样的请求，对比结果。'],
      },
      ja: {
        title: 'Google に接続できませんでした',
        explanation:
          'Google から応答がありませんでした。ネットワークに接続されていない、DNS の解決に失敗した、ファイアウォールに遮断された、または拡張機能やプロキシがリクエストをブロックした可能性があります。',
        steps: [
          'インターネット接続を確認して、もう一度お試しください。',
          '社内ネットワークや VPN を使っている場合は、generativelanguage.googleapis.com がブロックされていないか確認してください。',
          'ターミナルから curl で同じ呼び出しを試して、結果を比べてください。',
        ],
      },
    },
  },

  timeout: {
    severity: 'transient',
    dependsOnCaller: false,
    links: [LINKS.docsTroubleshooting],
    words: {
      en: {
        title: 'Google did not answer in time',
        explanation: 'The request went out but no answer arrived in time. A slow network, a proxy or a busy Google server can cause this.',
        steps: [
          'Try again in a moment.',
          'If it keeps happening, try the same call with curl from a terminal to see whether the browser or the network is the cause.',
        ],
      },
      'zh-CN': {
        title: 'Google 没有及时响应',
        explanation: '请求已发出，但没有在规定时间内收到响应。网络慢、代理或 Google 服务器繁忙都可能导致这种情况。',
        steps: ['稍后再试。', '如果反复出现，在终端用 curl 发起同样的请求，判断问题出在浏览器还是网络。'],
      },
      ja: {
        title: 'Google から時間内に応答がありませんでした',
        explanation:
          'リクエストは送信されましたが、時間内に応答が届きませんでした。ネットワークの遅延、プロキシ、Google のサーバーの混雑などが原因として考えられます。',
        steps: [
          '少し待ってから、もう一度お試しください。',
          '繰り返し起こる場合は、ターミナルから curl で同じ呼び出しを試し、原因がブラウザとネットワークのどちらにあるか確認してください。',
        ],
      },
    },
  },

  'not-google-json': {
    severity: 'inconclusive',
    dependsOnCaller: true,
    links: [LINKS.docsTroubleshooting],
    words: {
      en: {
        title: 'The answer did not come from the Gemini API',
        explanation:
          'The response is not the JSON the Gemini API sends: an HTML page, an empty body or something else. Usually a proxy, a Wi-Fi sign-in page, a firewall or a wrong URL sits in between. Google’s own front end also answers with an HTML error page for blocked networks and malformed addresses.',
        steps: [
          'Check that the URL starts with https://generativelanguage.googleapis.com/v1beta/ and has no typo in the path or model name.',
          'Behind a proxy, VPN or Wi-Fi sign-in page, sign in or try another network.',
          'Run the curl command in a terminal to see the raw answer.',
        ],
        keyTest: {
          explanation:
            'Key Doctor called Google’s API host and got something other than the JSON the Gemini API sends: an HTML page, an empty body or something else. Usually a proxy, a Wi-Fi sign-in page or a firewall sits in between; Google’s own front end also answers with an HTML error page for blocked networks.',
          steps: [
            'Behind a proxy, VPN or Wi-Fi sign-in page, sign in or try another network, then test again.',
            'Run the curl command (under Details) in a terminal on the same network to see the raw answer.',
          ],
        },
      },
      'zh-CN': {
        title: '响应不是来自 Gemini API',
        explanation:
          '返回的内容不是 Gemini API 的 JSON：而是 HTML 页面、空内容或其他东西。通常是中间有代理、Wi-Fi 登录页、防火墙，或者 URL 写错了。对于被封锁的网络或格式错误的地址，Google 自己的前端也会返回 HTML 错误页面。',
        steps: [
          '确认 URL 以 https://generativelanguage.googleapis.com/v1beta/ 开头，路径和模型名称没有拼写错误。',
          '如果处在代理、VPN 或需要登录的 Wi-Fi 下，请先登录或换一个网络。',
          '在终端运行 curl 命令，查看原始响应。',
        ],
        keyTest: {
          explanation:
            'Key Doctor 调用了 Google 的 API 服务器，收到的却不是 Gemini API 的 JSON：而是 HTML 页面、空内容或其他东西。通常是中间有代理、Wi-Fi 登录页或防火墙；对于被封锁的网络，Google 自己的前端也会返回 HTML 错误页面。',
          steps: [
            '如果处在代理、VPN 或需要登录的 Wi-Fi 下，请先登录或换一个网络，然后再测一次。',
            '在同一网络的终端中运行 curl 命令（在“详情”中），查看原始响应。',
          ],
        },
      },
      ja: {
        title: 'Gemini API からの応答ではありません',
        explanation:
          '応答が Gemini API の返す JSON ではありません（HTML ページ、空の本文など）。多くの場合、プロキシ、Wi-Fi のログインページ、ファイアウォール、または間違った URL が間に入っています。ブロックされたネットワークや形式の誤ったアドレスに対しては、Google 自身のフロントエンドも HTML のエラーページを返します。',
        steps: [
          'URL が https://generativelanguage.googleapis.com/v1beta/ で始まり、パスやモデル名に誤字がないことを確認してください。',
          'プロキシ、VPN、ログインが必要な Wi-Fi の環境では、ログインするか別のネットワークを試してください。',
          'ターミナルで curl コマンドを実行して、生の応答を確認してください。',
        ],
        keyTest: {
          explanation:
            'Key Doctor が Google の API ホストを呼び出したところ、Gemini API の返す JSON 以外のもの（HTML ページ、空の本文など）が返ってきました。多くの場合、プロキシ、Wi-Fi のログインページ、ファイアウォールが間に入っています。ブロックされたネットワークに対しては、Google 自身のフロントエンドも HTML のエラーページを返します。',
          steps: [
            'プロキシ、VPN、ログインが必要な Wi-Fi の環境では、ログインするか別のネットワークを試してから、もう一度テストしてください。',
            '同じネットワークのターミナルで curl コマンド（「詳細」の中にあります）を実行して、生の応答を確認してください。',
          ],
        },
      },
    },
  },

  // Google's API host never redirects; the key tester does not follow one (the key header stays home).
  'api-redirected': {
    severity: 'inconclusive',
    dependsOnCaller: true,
    links: [LINKS.docsTroubleshooting],
    words: {
      en: {
        title: 'Something between your browser and Google answered',
        explanation:
          'The request to generativelanguage.googleapis.com came back as a redirect to another page. Google’s API never redirects, so something on the way answered in its place: a proxy, a Wi-Fi sign-in page (captive portal), or filtering or security software. Key Doctor did not follow the redirect, so the key went nowhere else, and the key itself was not checked.',
        steps: [
          'On hotel, airport or café Wi-Fi, open any web page, finish the sign-in, then test again.',
          'On a company network, a VPN or with security software, ask for generativelanguage.googleapis.com to be allowed, or try another network.',
          'Run the curl command in a terminal to see where the redirect points.',
        ],
      },
      'zh-CN': {
        title: '你的浏览器和 Google 之间有别的东西作了应答',
        explanation:
          '发往 generativelanguage.googleapis.com 的请求收到的是跳转到其他页面的重定向。Google 的 API 从不重定向，所以是途中的某个东西代为应答：代理、Wi-Fi 登录页（强制门户），或过滤、安全软件。Key Doctor 没有跟随这个重定向，密钥没有被发往别处，但密钥本身也没有被检查。',
        steps: [
          '如果在酒店、机场或咖啡馆的 Wi-Fi 下，请打开任意网页完成登录，然后再测试。',
          '如果在公司网络、VPN 下或装有安全软件，请让管理员放行 generativelanguage.googleapis.com，或换一个网络。',
          '在终端运行 curl 命令，查看重定向指向哪里。',
        ],
      },
      ja: {
        title: 'Google の手前で別の何かが応答しました',
        explanation:
          'generativelanguage.googleapis.com へのリクエストが別のページへリダイレクトされました。Google の API はリダイレクトしないので、途中のプロキシ、Wi-Fi のログインページ、フィルタリングやセキュリティのソフトが応答しています。Key Doctor はリダイレクトをたどらないため、キーは他へ送られていませんが、キーの確認もできていません。',
        steps: [
          'ホテルや空港、カフェの Wi-Fi なら、ページを開いてログインしてから再テストしてください。',
          '社内ネットワーク、VPN、セキュリティ ソフトの環境では、generativelanguage.googleapis.com の許可を頼むか、別のネットワークを試してください。',
          'ターミナルで curl コマンドを実行し、リダイレクト先を確認してください。',
        ],
      },
    },
  },

  unknown: {
    severity: 'error',
    dependsOnCaller: false,
    links: [LINKS.docsTroubleshooting, LINKS.aiStudioKeys],
    words: {
      en: {
        title: 'Google refused the request for another reason',
        explanation: 'Key Doctor does not recognise this error yet. Google’s own message is shown as it was sent.',
        steps: ['Read Google’s message: it often names the setting to change.', 'Look the message up on Google’s troubleshooting page.'],
      },
      'zh-CN': {
        title: 'Google 因其他原因拒绝了请求',
        explanation: 'Key Doctor 暂时无法识别这个错误，Google 返回的信息按原样显示。',
        steps: ['阅读 Google 的错误信息：其中常会指出需要修改的设置。', '在 Google 的问题排查页面查找这条信息。'],
      },
      ja: {
        title: 'Google が別の理由でリクエストを拒否しました',
        explanation:
          'Key Doctor はこのエラーをまだ認識できません。Google からのメッセージを受け取ったとおりに表示しています。',
        steps: [
          'Google のメッセージを読んでください。変更すべき設定が書かれていることがよくあります。',
          'Google のトラブルシューティング ページでこのメッセージを調べてください。',
        ],
      },
    },
  },
};
