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
import { aiStudioLinks, consoleLinks, docsLinks, type LinkContext } from '@/utils/console-links';
import type { DiagnosisId, Locale, Severity } from './types';

type Localized = Readonly<Record<Locale, string>>;

/** One fix step, or alternatives from most specific to least (see the file comment). */
export type Step = string | readonly string[];

export interface Words {
  title: string;
  explanation: string;
  steps: readonly Step[];
}

export interface LinkSpec {
  id: string;
  label: Localized;
  url: (context: LinkContext) => string;
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
    label: { en: 'API keys in AI Studio', 'zh-CN': 'AI Studio 中的 API 密钥' },
    url: aiStudioLinks.apiKeys,
  },
  aiStudioProjects: {
    id: 'ai-studio-projects',
    label: { en: 'Projects and billing in AI Studio', 'zh-CN': 'AI Studio 中的项目与结算' },
    url: aiStudioLinks.projects,
  },
  aiStudioRateLimits: {
    id: 'ai-studio-rate-limits',
    label: { en: 'Your rate limits in AI Studio', 'zh-CN': 'AI Studio 中的速率限制' },
    url: aiStudioLinks.rateLimits,
  },
  credentials: {
    id: 'credentials',
    label: { en: 'The project’s API keys (Google Cloud)', 'zh-CN': '项目的 API 密钥（Google Cloud 凭据页面）' },
    url: consoleLinks.credentials,
  },
  deletedCredentials: {
    id: 'deleted-credentials',
    label: { en: 'Deleted keys, restorable for 30 days (Google Cloud)', 'zh-CN': '已删除的密钥，30 天内可恢复（Google Cloud）' },
    url: consoleLinks.deletedCredentials,
  },
  enableApi: {
    id: 'enable-api',
    label: { en: 'Enable the Generative Language API', 'zh-CN': '启用 Generative Language API' },
    url: consoleLinks.enableGeminiApi,
  },
  linkBilling: {
    id: 'link-billing',
    label: { en: 'Link a billing account (Google Cloud)', 'zh-CN': '关联结算账号（Google Cloud）' },
    url: consoleLinks.linkBilling,
  },
  quotas: {
    id: 'quotas',
    label: { en: 'Gemini API quotas (Google Cloud)', 'zh-CN': 'Gemini API 配额（Google Cloud）' },
    url: consoleLinks.geminiApiQuotas,
  },
  iam: {
    id: 'iam',
    label: { en: 'Who can use the project (IAM)', 'zh-CN': '项目的访问权限（IAM）' },
    url: consoleLinks.iam,
  },
  docsApiKeys: {
    id: 'docs-api-keys',
    label: { en: 'Using Gemini API keys (docs)', 'zh-CN': 'Gemini API 密钥说明（文档）' },
    url: () => docsLinks.apiKeys,
  },
  docsRegions: {
    id: 'docs-available-regions',
    label: { en: 'Where the Gemini API is available (docs)', 'zh-CN': 'Gemini API 可用地区（文档）' },
    url: () => docsLinks.availableRegions,
  },
  docsRateLimits: {
    id: 'docs-rate-limits',
    label: { en: 'Rate limits (docs)', 'zh-CN': '速率限制（文档）' },
    url: () => docsLinks.rateLimits,
  },
  docsModels: {
    id: 'docs-models',
    label: { en: 'Current models (docs)', 'zh-CN': '当前可用的模型（文档）' },
    url: () => docsLinks.models,
  },
  docsBilling: {
    id: 'docs-billing',
    label: { en: 'Billing (docs)', 'zh-CN': '结算说明（文档）' },
    url: () => docsLinks.billing,
  },
  docsTroubleshooting: {
    id: 'docs-troubleshooting',
    label: { en: 'Troubleshooting (docs)', 'zh-CN': '问题排查（文档）' },
    url: () => docsLinks.troubleshooting,
  },
  docsTerms: {
    id: 'docs-terms',
    label: { en: 'Gemini API terms', 'zh-CN': 'Gemini API 服务条款' },
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
          'Google answers 400 API_KEY_INVALID when the text it received is not a live key: a typo, a cut-off or quoted copy, a deleted key, or a placeholder. {unrestrictedStandardRefused} {standardRefused} Keys made in AI Studio now start with “AQ.”.',
        steps: [
          'Copy the key again from AI Studio with the copy button; check that no quotes, spaces or line breaks came along.',
          'If you changed GEMINI_API_KEY recently, restart the terminal or service so it reads the new value.',
          'If the key starts with AIza, create a new key in AI Studio. {standardRefused}',
          [
            'Check that the key still exists on the Credentials page of project {project}; a deleted key can be restored for 30 days.',
            'Check that the key still exists on the Credentials page of its project; a deleted key can be restored for 30 days.',
          ],
        ],
      },
      'zh-CN': {
        title: 'Google 不认识这个密钥',
        explanation:
          '当收到的内容不是有效密钥时，Google 返回 400 API_KEY_INVALID：可能是拼写错误、复制不完整或带了引号、密钥已删除，或者只是占位符。{unrestrictedStandardRefused}{standardRefused}AI Studio 现在创建的密钥以 “AQ.” 开头。',
        steps: [
          '在 AI Studio 用复制按钮重新复制密钥，检查没有带上引号、空格或换行。',
          '如果刚修改过 GEMINI_API_KEY，请重启终端或服务，让它读取新值。',
          '如果密钥以 AIza 开头，请在 AI Studio 新建一个密钥。{standardRefused}',
          [
            '在项目 {project} 的凭据页面确认密钥仍然存在；已删除的密钥在 30 天内可以恢复。',
            '在密钥所属项目的凭据页面确认密钥仍然存在；已删除的密钥在 30 天内可以恢复。',
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
          'Under “API restrictions”, add “Generative Language API” and save.',
          'The change can take a few minutes to apply.',
        ],
      },
      'zh-CN': {
        title: '密钥被限制为只能调用其他 API',
        explanation: '这个密钥设置了 API 限制，但其中不包括 Generative Language API。常见的失误是选了 “Gemini for Google Cloud API”，那是另一个 API。',
        steps: [
          ['打开项目 {project} 的凭据页面，点击这个密钥。', '打开密钥所属项目的凭据页面，点击这个密钥。'],
          '在“API 限制”中加入 “Generative Language API” 并保存。',
          '更改可能需要几分钟才会生效。',
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
          ['Wait about {retryAfter} seconds (Google’s hint), then retry.', 'Wait a minute, then retry.'],
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
          ['按 Google 的提示等待约 {retryAfter} 秒后重试。', '等待一分钟后重试。'],
          '减少并发请求，并使用指数退避重试。',
          [
            '在 AI Studio 的速率限制页面对照 Google 指出的限额（{quotaId}）查看用量；开通结算可提高限额。',
            '在 AI Studio 的速率限制页面查看用量和限额；开通结算可提高限额。',
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
          'If the key starts with AIza, create a new key in AI Studio. {standardRefused}',
        ],
      },
      'zh-CN': {
        title: 'Google 期望的是 OAuth 令牌',
        explanation:
          'Google 把这个凭据当作 OAuth 访问令牌处理并拒绝了它。两种原因会得到同样的提示：API 密钥放在了 “Authorization: Bearer …” 里发送（OpenAI 的写法）；或者这是旧式标准密钥（AIza…）。{unrestrictedStandardRefused}{standardRefused}',
        steps: [
          '通过 x-goog-api-key 请求头发送密钥，并去掉 Authorization 请求头。',
          '如果使用 OpenAI 风格的客户端，把 base URL 设为 https://generativelanguage.googleapis.com/v1beta/openai/——只有这个端点接受以 Bearer 方式传入的密钥。',
          '如果密钥以 AIza 开头，请在 AI Studio 新建一个密钥。{standardRefused}',
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
    },
  },
};
