/**
 * DATA: the texts of the create-and-restrict-key guide.
 * Loaded only while that guide runs, one language at a time (cloud-console-guide-<flow>-<lang>.js,
 * utils/guide/step-texts.ts); the steps themselves are in ../flows.ts.
 */
import type { FlowTexts } from '../step-texts';
import { RESTRICT_STEP_TEXTS } from './restrict-steps';

export default {
  steps: {
    'create-credentials': {
      en: {
        title: 'Create credentials',
        body: 'Click “Create credentials” at the top of the page.',
        missing: 'Click “Create credentials” in the bar at the top of the Credentials page.',
      },
      'zh-CN': {
        title: '创建凭据',
        body: '点击页面顶部的“创建凭据”。',
        missing: '点击“凭据”页面顶部操作栏中的“创建凭据”。',
      },
      ja: {
        title: '認証情報を作成する',
        body: 'ページ上部の「認証情報を作成」をクリックします。',
        missing: '「認証情報」ページ上部のバーにある「認証情報を作成」をクリックしてください。',
      },
    },
    'choose-api-key': {
      en: { title: 'Choose “API key”', body: 'Pick “API key” in the menu.', missing: 'Open “Create credentials” and pick “API key”.' },
      'zh-CN': { title: '选择“API 密钥”', body: '在菜单中选择“API 密钥”。', missing: '打开“创建凭据”，然后选择“API 密钥”。' },
      ja: { title: '「API キー」を選ぶ', body: 'メニューで「API キー」を選びます。', missing: '「認証情報を作成」を開き、「API キー」を選んでください。' },
    },
    'tick-service-account': {
      en: {
        title: 'Bind a service account',
        body: 'Tick “Authenticate API calls through a service account”. A new key can call Gemini only when it is bound to one (a 2026 change): without it the Gemini API stays greyed out below.',
        missing: 'In the “Create API key” form, tick “Authenticate API calls through a service account”: without it the Gemini API cannot be chosen.',
        disabled: 'The service-account box is greyed out: your account may lack the iam.serviceAccountApiKeyBindings.create permission in this project. Ask a project Owner, or create the key in AI Studio.',
      },
      'zh-CN': {
        title: '绑定服务账号',
        body: '勾选“通过服务账号对 API 调用进行身份验证”。新密钥只有绑定服务账号后才能调用 Gemini（2026 年的变化）；否则下方的 Gemini API 会一直显示为灰色。',
        missing: '在“创建 API 密钥”表单中勾选“通过服务账号对 API 调用进行身份验证”：不勾选就无法选择 Gemini API。',
        disabled: '服务账号复选框显示为灰色：你的账号可能缺少此项目的 iam.serviceAccountApiKeyBindings.create 权限。请联系项目所有者，或改在 AI Studio 中创建密钥。',
      },
      ja: {
        title: 'サービス アカウントを紐付ける',
        body: '「サービス アカウントを介して API 呼び出しを認証する」にチェックを入れます。新しいキーは、サービス アカウントに紐付けた場合にのみ Gemini を呼び出せます（2026 年の変更）。チェックを入れないと、下の Gemini API はグレー表示のままです。',
        missing: '「API キーを作成」フォームで「サービス アカウントを介して API 呼び出しを認証する」にチェックを入れてください。チェックを入れないと Gemini API を選べません。',
        disabled: 'サービス アカウントのチェックボックスがグレー表示になっています。このプロジェクトの iam.serviceAccountApiKeyBindings.create 権限があなたのアカウントにない可能性があります。プロジェクトのオーナーに依頼するか、AI Studio でキーを作成してください。',
      },
    },
    'choose-service-account': {
      en: {
        title: 'Choose the service account',
        body: 'Pick a service account in the list that appeared (one ending in .iam.gserviceaccount.com).',
        missing: 'Pick a service account under the box you ticked. If the list is empty, create one first (IAM & Admin › Service accounts), then come back.',
      },
      'zh-CN': {
        title: '选择服务账号',
        body: '在出现的列表中选择一个服务账号（以 .iam.gserviceaccount.com 结尾）。',
        missing: '在刚勾选的复选框下方选择一个服务账号。如果列表为空，请先创建一个（IAM 和管理 › 服务账号），然后再回来。',
      },
      ja: {
        title: 'サービス アカウントを選ぶ',
        body: '表示されたリストでサービス アカウント（末尾が .iam.gserviceaccount.com のもの）を選びます。',
        missing: 'チェックを入れたボックスの下でサービス アカウントを選んでください。リストが空の場合は、先にサービス アカウントを作成してから（「IAM と管理」›「サービス アカウント」）戻ってきてください。',
      },
    },
    'form-open-api-list': {
      en: {
        title: 'Open the API list',
        body: 'Under “API restrictions” (required), open the list that says “No APIs selected”.',
        missing: 'Under “API restrictions” in the form, open the drop-down list (“No APIs selected”).',
      },
      'zh-CN': {
        title: '打开 API 列表',
        body: '在“API 限制”（必填）下，打开显示“未选择任何 API”的列表。',
        missing: '在表单的“API 限制”下打开下拉列表（“未选择任何 API”）。',
      },
      ja: {
        title: 'API の一覧を開く',
        body: '「API の制限」（必須）で、「API が選択されていません」と表示されているリストを開きます。',
        missing: 'フォームの「API の制限」にあるプルダウン リスト（「API が選択されていません」）を開いてください。',
      },
    },
    'form-pick-gemini': {
      en: {
        title: 'Pick the Gemini API',
        body: 'Tick “Gemini API” (Generative Language API) in the list.',
        missing: 'Type “Gemini” into the list’s filter box and tick “Gemini API” (Generative Language API).',
        disabled:
          'The Gemini API is greyed out: Google lets a new key call Gemini only when it is bound to a service account. Close the list, tick “Authenticate API calls through a service account” and choose a service account above; then open the list again.',
      },
      'zh-CN': {
        title: '勾选 Gemini API',
        body: '在列表中勾选“Gemini API”（Generative Language API）。',
        missing: '在列表的筛选框中输入“Gemini”，然后勾选“Gemini API”（Generative Language API）。',
        disabled: 'Gemini API 显示为灰色：Google 只允许绑定了服务账号的新密钥调用 Gemini。请关闭列表，在上方勾选“通过服务账号对 API 调用进行身份验证”并选择一个服务账号，然后重新打开列表。',
      },
      ja: {
        title: 'Gemini API を選ぶ',
        body: '一覧で「Gemini API」（Generative Language API）にチェックを入れます。',
        missing: '一覧のフィルタ欄に「Gemini」と入力し、「Gemini API」（Generative Language API）にチェックを入れてください。',
        disabled:
          'Gemini API がグレー表示になっています。Google では、サービス アカウントに紐付けた新しいキーでないと Gemini を呼び出せません。一覧を閉じて、上の「サービス アカウントを介して API 呼び出しを認証する」にチェックを入れ、サービス アカウントを選んでから、もう一度一覧を開いてください。',
      },
    },
    'form-confirm-apis': {
      en: { title: 'Close the list', body: 'Click OK under the list.', missing: 'Close the list (click outside it) and check that it now shows Gemini API.' },
      'zh-CN': { title: '关闭列表', body: '点击列表下方的“确定”。', missing: '关闭列表（点击列表外部），并确认其中已显示 Gemini API。' },
      ja: { title: '一覧を閉じる', body: '一覧の下にある「OK」をクリックします。', missing: '一覧を閉じ（一覧の外側をクリック）、Gemini API が表示されていることを確認してください。' },
    },
    'create-key': {
      en: {
        title: 'Create the key',
        body: 'Click Create. The key is made already bound and restricted to the Gemini API.',
        missing: 'Click Create at the bottom of the form.',
        disabled: 'Create is greyed out until the form is complete: the API restriction is required (choose the Gemini API above), and the service account must be chosen when its box is ticked.',
      },
      'zh-CN': {
        title: '创建密钥',
        body: '点击“创建”。创建出的密钥已绑定服务账号，并限制为仅可使用 Gemini API。',
        missing: '点击表单底部的“创建”。',
        disabled: '表单填写完整前“创建”会一直显示为灰色：API 限制为必填项（请在上方选择 Gemini API），勾选服务账号复选框后还必须选择服务账号。',
      },
      ja: {
        title: 'キーを作成する',
        body: '「作成」をクリックします。作成されるキーは、サービス アカウントに紐付けられ、Gemini API に制限された状態になります。',
        missing: 'フォームの下部にある「作成」をクリックしてください。',
        disabled: 'フォームの入力が終わるまで「作成」はグレー表示です。API の制限は必須です（上で Gemini API を選んでください）。また、サービス アカウントのボックスにチェックを入れた場合は、サービス アカウントも選ぶ必要があります。',
      },
    },
    'edit-key': {
      en: {
        title: 'Open the new key',
        body: 'Your key is created. Click “Edit API key” to add restrictions.',
        missing: 'Close the dialog, then click the new key’s name in the API Keys list to open its page.',
      },
      'zh-CN': {
        title: '打开新密钥',
        body: '密钥已创建。点击“修改 API 密钥”以添加限制。',
        missing: '关闭对话框，然后在“API 密钥”列表中点击新密钥的名称，打开其页面。',
      },
      ja: {
        title: '新しいキーを開く',
        body: 'キーが作成されました。「API キーを編集」をクリックして制限を追加します。',
        missing: 'ダイアログを閉じてから、「API キー」の一覧で新しいキーの名前をクリックしてページを開いてください。',
      },
    },
    ...RESTRICT_STEP_TEXTS,
  },
} satisfies FlowTexts;
