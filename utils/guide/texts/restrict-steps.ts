/**
 * DATA: the texts of the restrict steps, shared by the restrict-key and create-and-restrict-key guides.
 * Loaded only while that guide runs, one language at a time (cloud-console-guide-<flow>-<lang>.js,
 * utils/guide/step-texts.ts); the steps themselves are in ../flows.ts.
 */
import type { StepTexts } from '../step-texts';

export const RESTRICT_STEP_TEXTS = {
  'restrict-key': {
    en: {
      title: 'Restrict the key',
      body: 'Under “API restrictions”, choose “Restrict key”.',
      missing: 'On the key’s page, find “API restrictions” and choose “Restrict key” (newer pages have only the drop-down list: open it).',
    },
    'zh-CN': {
      title: '限制密钥',
      body: '在“API 限制”下选择“限制密钥”。',
      missing: '在密钥页面找到“API 限制”，然后选择“限制密钥”（较新的页面只有下拉列表：直接打开它）。',
    },
    ja: {
      title: 'キーを制限する',
      body: '「API の制限」で「キーを制限」を選びます。',
      missing: 'キーのページで「API の制限」を探し、「キーを制限」を選んでください（新しいページにはプルダウン リストしかありません。その場合はリストを開いてください）。',
    },
  },
  'open-api-list': {
    en: {
      title: 'Open the API list',
      body: 'Open the drop-down list of APIs under “API restrictions”.',
      missing: 'Open the drop-down list of APIs under “API restrictions” (“Select API restrictions”).',
    },
    'zh-CN': {
      title: '打开 API 列表',
      body: '打开“API 限制”下方的 API 下拉列表。',
      missing: '打开“API 限制”下方的 API 下拉列表（“选择 API”）。',
    },
    ja: {
      title: 'API の一覧を開く',
      body: '「API の制限」の下にある API のプルダウン リストを開きます。',
      missing: '「API の制限」の下にある API のプルダウン リスト（「API を選択」）を開いてください。',
    },
  },
  'pick-gemini-api': {
    en: {
      title: 'Pick the Generative Language API',
      body: 'Tick “Generative Language API” (the Gemini API) in the list.',
      missing: 'Type “Generative Language” (or “Gemini”) into the list’s filter box and tick “Generative Language API” / “Gemini API”.',
      disabled:
        'The Gemini API is greyed out in the list: Google lets a new key call Gemini only when it is bound to a service account, and a key’s page cannot add one. Create a new key in AI Studio, or create one on the Credentials page with “Authenticate API calls through a service account” ticked.',
    },
    'zh-CN': {
      title: '勾选 Generative Language API',
      body: '在列表中勾选“Generative Language API”（即 Gemini API）。',
      missing: '在列表的筛选框中输入“Generative Language”（或“Gemini”），然后勾选“Generative Language API”或“Gemini API”。',
      disabled:
        '列表中的 Gemini API 显示为灰色：Google 只允许绑定了服务账号的新密钥调用 Gemini，而密钥详情页无法添加服务账号。请在 AI Studio 中创建新密钥，或在“凭据”页面创建密钥时勾选“通过服务账号对 API 调用进行身份验证”。',
    },
    ja: {
      title: 'Generative Language API を選ぶ',
      body: '一覧で「Generative Language API」（Gemini API）にチェックを入れます。',
      missing: '一覧のフィルタ欄に「Generative Language」（または「Gemini」）と入力し、「Generative Language API」または「Gemini API」にチェックを入れてください。',
      disabled:
        '一覧の Gemini API がグレー表示になっています。Google では、サービス アカウントに紐付けた新しいキーでないと Gemini を呼び出せませんが、キーのページからはサービス アカウントを追加できません。AI Studio で新しいキーを作成するか、「認証情報」ページで「サービス アカウントを介して API 呼び出しを認証する」にチェックを入れてキーを作成してください。',
    },
  },
  'confirm-apis': {
    en: {
      title: 'Close the list',
      body: 'Click OK under the list.',
      missing: 'Close the list (click outside it) and check that it now shows Generative Language API.',
    },
    'zh-CN': {
      title: '关闭列表',
      body: '点击列表下方的“确定”。',
      missing: '关闭列表（点击列表外部），并确认其中已显示 Generative Language API。',
    },
    ja: {
      title: '一覧を閉じる',
      body: '一覧の下にある「OK」をクリックします。',
      missing: '一覧を閉じ（一覧の外側をクリック）、Generative Language API が表示されていることを確認してください。',
    },
  },
  save: {
    en: {
      title: 'Save',
      body: 'Click Save. The restriction can take up to 5 minutes to apply.',
      missing: 'Click Save at the bottom of the key’s page.',
      notTaken: 'If Save leaves you on this page, look for a field marked in red: the key is saved once the page closes.',
    },
    'zh-CN': {
      title: '保存',
      body: '点击“保存”。限制最多可能需要 5 分钟才能生效。',
      missing: '点击密钥页面底部的“保存”。',
      notTaken: '如果点击“保存”后仍停留在此页面，请查找标红的字段：页面关闭后密钥才算保存成功。',
    },
    ja: {
      title: '保存する',
      body: '「保存」をクリックします。制限が反映されるまで最大 5 分かかることがあります。',
      missing: 'キーのページの下部にある「保存」をクリックしてください。',
      notTaken: '「保存」をクリックしてもこのページから移動しない場合は、赤く表示された項目がないか確認してください。ページが閉じればキーは保存されています。',
    },
  },
  'test-key': {
    en: {
      title: 'Now test the key',
      body: 'The key is restricted to the Generative Language API. Copy it (“Show key” in the API Keys list) and test it in Key Doctor.',
      // Said when Save was clicked (or skipped) but the key page never closed.
      missing:
        'Key Doctor did not see the key’s page close after Save, so the restriction may not be saved. If Save showed an error, fix the fields marked in red and click Save again; the API Keys list shows the restriction once it is saved.',
      missingTitle: 'Key Doctor cannot confirm the save',
      checking: 'Checking that the key was saved…',
      alreadyDone: 'This key was already restricted to the Generative Language API. Copy it (“Show key” in the API Keys list) and test it in Key Doctor.',
    },
    'zh-CN': {
      title: '现在测试密钥',
      body: '该密钥已限制为仅可使用 Generative Language API。复制密钥（在 API 密钥列表中点击“显示密钥”），然后在 Key Doctor 中测试。',
      missing: 'Key Doctor 没有看到点击“保存”后密钥页面关闭，限制可能尚未保存。如果保存时出现错误，请修正标红的字段后再次点击“保存”；保存成功后，API 密钥列表中会显示该限制。',
      missingTitle: 'Key Doctor 无法确认已保存',
      checking: '正在确认密钥已保存…',
      alreadyDone: '该密钥此前已限制为仅可使用 Generative Language API。复制密钥（在 API 密钥列表中点击“显示密钥”），然后在 Key Doctor 中测试。',
    },
    ja: {
      title: 'キーをテストする',
      body: 'キーは Generative Language API に制限されました。キーをコピーし（API キーの一覧で「キーを表示」）、Key Doctor でテストしてください。',
      missing: '「保存」の後にキーのページが閉じたことを Key Doctor で確認できなかったため、制限が保存されていない可能性があります。保存時にエラーが表示された場合は、赤く表示された項目を修正してもう一度「保存」をクリックしてください。保存されると、API キーの一覧に制限が表示されます。',
      missingTitle: '保存を確認できません',
      checking: 'キーが保存されたか確認しています…',
      alreadyDone: 'このキーはすでに Generative Language API に制限されています。キーをコピーし（API キーの一覧で「キーを表示」）、Key Doctor でテストしてください。',
    },
  },
} satisfies StepTexts;
