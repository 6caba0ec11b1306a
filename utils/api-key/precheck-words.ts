// The pre-check in words: each finding's text in the UI language. Apart from precheck.ts (the
// checks) so the popup's first screen decides whether a value can be tested without loading every
// finding's text; the popup loads this right after its first render (precheck-view.ts).
import { defineStrings, format, type Locale } from '@/utils/i18n';
import { keyRuleValues } from '@/utils/key-rules';
import { redactKeys } from '@/utils/redact';
import type { PrecheckFinding } from './precheck';
import { precheckViewWith, type PrecheckView } from './precheck-view';

const FINDING_STRINGS = defineStrings({
  en: {
    'too-long':
      'This is {length} characters long. API keys are far shorter, and Key Doctor sends at most {max} characters, so nothing was checked or sent: paste only the key.',
    'invisible-chars':
      '{count} invisible character(s) came along with the copy: {kinds}. Key Doctor removes them before testing; Google would count them as part of the key.',
    whitespace: 'Spaces, tabs or line breaks around the key will be removed before testing. Google would count them as part of the key.',
    'service-account-json':
      'This is a service-account key file (JSON), not an API key. The Gemini API takes an API key: create one in AI Studio (aistudio.google.com/api-keys). Keep this file private: it grants access to your Google Cloud project.',
    'oauth-token':
      'This is an OAuth access token (ya29.…), not an API key: it expires within an hour and is sent differently. Create an API key in AI Studio (aistudio.google.com/api-keys).',
    'other-secret':
      'This is {secret}, not a Gemini API key, so Key Doctor did not send it anywhere. Gemini API keys start with "AQ." or "AIza": create one in AI Studio (aistudio.google.com/api-keys).',
    'two-keys': 'Found {count} different keys: {keys}. Pick the one to test, or paste only that key.',
    'repeated-key': 'The same key was pasted {count} times; one copy will be tested.',
    'key-in-url':
      'The key will be taken out of the URL. Keys in URLs (?key=…) end up in server logs, browser history and error messages: send the key in the x-goog-api-key header instead.',
    'bearer-prefix':
      '"Bearer" will be removed. Gemini API keys go in the x-goog-api-key header; sent as "Authorization: Bearer", Google takes them for OAuth tokens and answers 401.',
    'key-param': '"key=" in front of the key will be removed.',
    'env-assignment': '"{prefix}" in front of the key will be removed: paste only the value, not the whole line from your .env file or shell.',
    quotes: 'The quotes around the key will be removed. If your .env file or config loader keeps quotes, Google receives them as part of the key.',
    'json-value': 'The key will be taken out of the JSON around it: paste only the value.',
    wrapped: 'The {wrapper} around the key will be removed: paste only the key itself.',
    empty: 'Paste an API key to test.',
    placeholder: 'This looks like a placeholder or a masked copy, not a real key. Copy the full key from AI Studio (aistudio.google.com/api-keys).',
    'split-key': 'The key is split by spaces or line breaks; it will be joined before testing.',
    'surrounding-text': 'Only the key ({key}) will be tested, without the text around it.',
    'wrong-length':
      'This standard key has {length} characters; standard keys (AIza…) have exactly {expected}. It was cut off or has extra characters: copy it again.',
    'auth-key-length':
      'This auth key (AQ.…) is {length} characters long, outside the length auth keys have. It was probably cut off or glued to other text: copy it again.',
    'not-a-key': 'This is not an API key: Gemini API keys start with "AQ." (auth keys) or "AIza" (older standard keys).',
    'unknown-format': 'This does not look like a Gemini API key (they start with "AQ." or "AIza"). You can still test it.',
    // The dated rules come from utils/key-rules.ts, in the tense today calls for.
    'standard-key': 'This is a standard API key (AIza…). {unrestrictedStandardRefused} {standardRefused} Create an auth key (AQ.…) in AI Studio.',
  },
  'zh-CN': {
    'too-long': '输入长达 {length} 个字符。API 密钥要短得多，Key Doctor 最多发送 {max} 个字符，因此没有检查也没有发送任何内容：请只粘贴密钥。',
    'invisible-chars': '复制时带入了 {count} 个不可见字符：{kinds}，测试前会删除。Google 会把它们当作密钥的一部分。',
    whitespace: '测试前会删除密钥前后的空格、制表符或换行。Google 会把它们当作密钥的一部分。',
    'service-account-json':
      '这是服务账号密钥文件（JSON），不是 API 密钥。Gemini API 需要 API 密钥：请在 AI Studio（aistudio.google.com/api-keys）创建。请妥善保管此文件：它可以访问你的 Google Cloud 项目。',
    'oauth-token':
      '这是 OAuth 访问令牌（ya29.…），不是 API 密钥：它一小时内就会过期，发送方式也不同。请在 AI Studio（aistudio.google.com/api-keys）创建 API 密钥。',
    'other-secret':
      '这是 {secret}，不是 Gemini API 密钥，所以 Key Doctor 没有把它发送到任何地方。Gemini API 密钥以 "AQ." 或 "AIza" 开头：请在 AI Studio（aistudio.google.com/api-keys）创建。',
    'two-keys': '找到 {count} 个不同的密钥：{keys}。请选择要测试的那个，或只粘贴那一个密钥。',
    'repeated-key': '同一个密钥被粘贴了 {count} 次，只会测试其中一份。',
    'key-in-url':
      '测试前会从网址中取出密钥。放在网址里的密钥（?key=…）会出现在服务器日志、浏览器历史和错误信息中：请改用 x-goog-api-key 请求头发送。',
    'bearer-prefix':
      '测试前会删除 "Bearer"。Gemini API 密钥应放在 x-goog-api-key 请求头中；如果用 "Authorization: Bearer" 发送，Google 会把它当作 OAuth 令牌并返回 401。',
    'key-param': '测试前会删除密钥前面的 "key="。',
    'env-assignment': '测试前会删除密钥前面的 "{prefix}"：只需粘贴值，不要粘贴 .env 文件或 shell 中的整行。',
    quotes: '测试前会删除密钥两侧的引号。如果你的 .env 文件或配置加载器保留了引号，Google 收到的密钥就会包含它们。',
    'json-value': '测试前会从外层的 JSON 中取出密钥：只需粘贴值。',
    wrapped: '测试前会删除密钥两侧的 {wrapper}：只需粘贴密钥本身。',
    empty: '请粘贴要测试的 API 密钥。',
    placeholder: '这看起来是占位符或打了码的副本，不是真正的密钥。请从 AI Studio（aistudio.google.com/api-keys）复制完整密钥。',
    'split-key': '密钥被空格或换行拆开了，测试前会重新拼接。',
    'surrounding-text': '只会测试密钥（{key}），不包括它周围的文字。',
    'wrong-length': '这个标准密钥有 {length} 个字符；标准密钥（AIza…）应正好 {expected} 个。它被截断了或多了字符：请重新复制。',
    'auth-key-length': '这个认证密钥（AQ.…）长 {length} 个字符，不在认证密钥的长度范围内。可能被截断或与其他文字粘在一起：请重新复制。',
    'not-a-key': '这不是 API 密钥：Gemini API 密钥以 "AQ."（认证密钥）或 "AIza"（旧的标准密钥）开头。',
    'unknown-format': '这看起来不像 Gemini API 密钥（它们以 "AQ." 或 "AIza" 开头）。你仍然可以测试。',
    'standard-key': '这是标准 API 密钥（AIza…）。{unrestrictedStandardRefused}{standardRefused}请在 AI Studio 创建认证密钥（AQ.…）。',
  },
  ja: {
    'too-long': '入力が {length} 文字あります。API キーはずっと短く、Key Doctor が送るのは最大 {max} 文字のため、確認も送信もしていません。キーだけを貼り付けてください。',
    'invisible-chars': 'コピー時に見えない文字が {count} 個紛れ込んでいます（{kinds}）。テスト前に削除します。残っていると Google はそれもキーの一部として扱います。',
    whitespace: 'キーの前後にあるスペース、タブ、改行はテスト前に削除します。残っていると Google はそれもキーの一部として扱います。',
    'service-account-json':
      'これはサービス アカウントのキーファイル（JSON）で、API キーではありません。Gemini API には API キーが必要です。AI Studio（aistudio.google.com/api-keys）で作成してください。このファイルは Google Cloud プロジェクトへのアクセス権を持つため、外部に漏らさないでください。',
    'oauth-token':
      'これは OAuth アクセス トークン（ya29.…）で、API キーではありません。1 時間以内に期限が切れ、送り方も異なります。AI Studio（aistudio.google.com/api-keys）で API キーを作成してください。',
    'other-secret':
      'これは {secret} で、Gemini API キーではありません。そのため Key Doctor はどこにも送信していません。Gemini API キーは「AQ.」または「AIza」で始まります。AI Studio（aistudio.google.com/api-keys）で作成してください。',
    'two-keys': '異なるキーが {count} 個見つかりました: {keys}。テストするキーを選ぶか、そのキーだけを貼り付けてください。',
    'repeated-key': '同じキーが {count} 回貼り付けられています。テストするのは 1 つだけです。',
    'key-in-url':
      'テスト前に URL からキーを取り出します。URL に含めたキー（?key=…）はサーバーのログ、ブラウザの履歴、エラー メッセージに残ります。代わりに x-goog-api-key ヘッダーで送ってください。',
    'bearer-prefix':
      '「Bearer」はテスト前に削除します。Gemini API キーは x-goog-api-key ヘッダーで送ります。「Authorization: Bearer」で送ると、Google は OAuth トークンとして扱い 401 を返します。',
    'key-param': 'キーの前にある「key=」はテスト前に削除します。',
    'env-assignment': 'キーの前にある「{prefix}」はテスト前に削除します。.env ファイルやシェルの行全体ではなく、値だけを貼り付けてください。',
    quotes: 'キーを囲む引用符はテスト前に削除します。.env ファイルや設定ローダーが引用符を残す場合、Google には引用符もキーの一部として届きます。',
    'json-value': 'テスト前に周りの JSON からキーを取り出します。値だけを貼り付けてください。',
    wrapped: 'キーを囲む {wrapper} はテスト前に削除します。キーだけを貼り付けてください。',
    empty: 'テストする API キーを貼り付けてください。',
    placeholder: 'これはプレースホルダーか、一部を伏せたコピーのようで、本物のキーではありません。AI Studio（aistudio.google.com/api-keys）からキー全体をコピーしてください。',
    'split-key': 'キーがスペースや改行で分かれています。テスト前につなげます。',
    'surrounding-text': 'テストするのはキー（{key}）だけで、前後のテキストは含めません。',
    'wrong-length':
      'この標準キーは {length} 文字です。標準キー（AIza…）はちょうど {expected} 文字です。途中で切れているか、余分な文字が入っています。もう一度コピーしてください。',
    'auth-key-length':
      'この認可キー（AQ.…）は {length} 文字で、認可キーの長さの範囲外です。途中で切れているか、他のテキストとつながっている可能性があります。もう一度コピーしてください。',
    'not-a-key': 'これは API キーではありません。Gemini API キーは「AQ.」（認可キー）または「AIza」（旧形式の標準キー）で始まります。',
    'unknown-format': 'Gemini API キー（「AQ.」または「AIza」で始まる）ではないようです。このままテストすることもできます。',
    'standard-key': 'これは標準 API キー（AIza…）です。{unrestrictedStandardRefused}{standardRefused}AI Studio で認可キー（AQ.…）を作成してください。',
  },
});

/** Names the findings put into their text: hidden-character kinds and other services' credentials. */
const FINDING_NAMES = defineStrings({
  en: {
    listSeparator: ', ',
    'zero-width': 'zero-width space or joiner',
    'non-breaking-space': 'non-breaking space',
    'bidi-control': 'bidi control (text-direction mark)',
    'soft-hyphen': 'soft hyphen',
    'variation-selector': 'variation selector',
    tag: 'tag character',
    'hangul-filler': 'Hangul filler',
    'braille-blank': 'braille blank',
    'grapheme-joiner': 'combining grapheme joiner',
    control: 'control character',
    format: 'invisible formatting character',
    anthropic: 'an Anthropic API key',
    openai: 'an OpenAI API key',
    'openai-style': 'an OpenAI-style key (sk-…, as OpenAI, DeepSeek and other services issue)',
    github: 'a GitHub token',
    'google-oauth-client-secret': 'a Google OAuth client secret (GOCSPX-…)',
    aws: 'an AWS access key ID',
    slack: 'a Slack token',
    'hugging-face': 'a Hugging Face token',
    xai: 'an xAI API key',
    groq: 'a Groq API key',
  },
  'zh-CN': {
    listSeparator: '、',
    'zero-width': '零宽空格或连接符',
    'non-breaking-space': '不间断空格',
    'bidi-control': '双向文本控制符（文字方向标记）',
    'soft-hyphen': '软连字符',
    'variation-selector': '变体选择符',
    tag: '标签字符',
    'hangul-filler': '韩文填充符',
    'braille-blank': '盲文空白',
    'grapheme-joiner': '组合字形连接符',
    control: '控制字符',
    format: '不可见的格式字符',
    anthropic: 'Anthropic API 密钥',
    openai: 'OpenAI API 密钥',
    'openai-style': 'OpenAI 格式的密钥（sk-…，OpenAI、DeepSeek 等服务都用这种格式）',
    github: 'GitHub 令牌',
    'google-oauth-client-secret': 'Google OAuth 客户端密钥（GOCSPX-…）',
    aws: 'AWS 访问密钥 ID',
    slack: 'Slack 令牌',
    'hugging-face': 'Hugging Face 令牌',
    xai: 'xAI API 密钥',
    groq: 'Groq API 密钥',
  },
  ja: {
    listSeparator: '、',
    'zero-width': 'ゼロ幅スペースまたは結合子',
    'non-breaking-space': 'ノーブレーク スペース',
    'bidi-control': '双方向テキストの制御文字（文字の向きの指定）',
    'soft-hyphen': 'ソフト ハイフン',
    'variation-selector': '異体字セレクタ',
    tag: 'タグ文字',
    'hangul-filler': 'ハングルのフィラー文字',
    'braille-blank': '点字の空白',
    'grapheme-joiner': '書記素結合子',
    control: '制御文字',
    format: '見えない書式文字',
    anthropic: 'Anthropic の API キー',
    openai: 'OpenAI の API キー',
    'openai-style': 'OpenAI 形式のキー（sk-…。OpenAI や DeepSeek などが発行する形式）',
    github: 'GitHub のトークン',
    'google-oauth-client-secret': 'Google OAuth のクライアント シークレット（GOCSPX-…）',
    aws: 'AWS のアクセスキー ID',
    slack: 'Slack のトークン',
    'hugging-face': 'Hugging Face のトークン',
    xai: 'xAI の API キー',
    groq: 'Groq の API キー',
  },
});

/** The finding in words. Values are masked keys, counts and names, so the text is safe to show. */
export function findingText(finding: PrecheckFinding, locale: Locale = 'en', today: Date = new Date()): string {
  const names = FINDING_NAMES[locale];
  const values = {
    // The dated rules (utils/key-rules.ts), in the tense today calls for.
    ...keyRuleValues(locale, today),
    ...finding.values,
    ...(finding.hiddenChars && { kinds: finding.hiddenChars.map((kind) => names[kind]).join(names.listSeparator) }),
    ...(finding.provider && { secret: names[finding.provider] }),
  };
  return redactKeys(format(FINDING_STRINGS[locale][finding.id], values));
}

/** precheckKey's result in the popup's words: finding texts in the UI language, choices masked for display. */
export function precheckView(raw: string, locale: Locale = 'en'): PrecheckView {
  return precheckViewWith(raw, (finding) => findingText(finding, locale));
}
