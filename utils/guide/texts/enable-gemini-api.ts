/**
 * DATA: the texts of the enable-gemini-api guide.
 * Loaded only while that guide runs, one language at a time (cloud-console-guide-<flow>-<lang>.js,
 * utils/guide/step-texts.ts); the steps themselves are in ../flows.ts.
 */
import type { FlowTexts } from '../step-texts';

export default {
  steps: {
    enable: {
      en: {
        title: 'Enable the API',
        body: 'Click Enable. It takes a few seconds.',
        missing: 'Click Enable near the top of the page. If you see Manage instead, the API is already enabled.',
        disabled: 'Enable is greyed out: your account probably lacks the serviceusage.services.enable permission in this project.',
        notTaken: 'If Enable does nothing or shows an error, your account probably lacks the serviceusage.services.enable permission in this project.',
      },
      'zh-CN': {
        title: '启用 API',
        body: '点击“启用”，几秒钟即可完成。',
        missing: '点击页面顶部附近的“启用”。如果看到的是“管理”，说明该 API 已启用。',
        disabled: '“启用”显示为灰色：你的账号可能缺少此项目的 serviceusage.services.enable 权限。',
        notTaken: '如果点击“启用”没有反应或出现错误，你的账号可能缺少此项目的 serviceusage.services.enable 权限。',
      },
      ja: {
        title: 'API を有効にする',
        body: '「有効にする」をクリックします。数秒かかります。',
        missing: 'ページ上部付近にある「有効にする」をクリックしてください。代わりに「管理」が表示されている場合は、API はすでに有効です。',
        disabled: '「有効にする」がグレー表示になっています。このプロジェクトの serviceusage.services.enable 権限があなたのアカウントにない可能性があります。',
        notTaken: '「有効にする」をクリックしても何も起きないかエラーが出る場合は、このプロジェクトの serviceusage.services.enable 権限があなたのアカウントにない可能性があります。',
      },
    },
    enabled: {
      en: {
        title: 'The API is enabled',
        body: 'The Generative Language API is on for this project. Test your key again; the change can take a few minutes to reach the API.',
        // Said when Enable was clicked (or skipped) but the API never showed as enabled.
        missing:
          'Key Doctor did not see the API turn on. If Enable showed an error or did nothing, your account probably lacks the serviceusage.services.enable permission in this project: ask a project Owner to enable the API or to grant you a role that has it. Reload the page to check: it shows Manage once the API is on.',
        missingTitle: 'The API is not on yet',
        checking: 'Checking that the API is on…',
        alreadyDone: 'The Generative Language API was already enabled in this project, so it is not what blocks your key. Test the key again to see the real cause.',
      },
      'zh-CN': {
        title: 'API 已启用',
        body: '此项目已启用 Generative Language API。请重新测试密钥；更改可能需要几分钟才能生效。',
        missing:
          'Key Doctor 没有看到该 API 启用。如果点击“启用”后出现错误或没有反应，你的账号可能缺少此项目的 serviceusage.services.enable 权限：请让项目所有者启用该 API，或为你授予包含该权限的角色。刷新页面即可确认：API 启用后会显示“管理”。',
        missingTitle: 'API 尚未启用',
        checking: '正在确认 API 已启用…',
        alreadyDone: '此项目之前就已启用 Generative Language API，所以问题不在这里。请重新测试密钥，找出真正的原因。',
      },
      ja: {
        title: 'API が有効になりました',
        body: 'このプロジェクトで Generative Language API が有効になりました。キーをもう一度テストしてください。変更が API に反映されるまで数分かかることがあります。',
        missing: 'API が有効になったことを Key Doctor で確認できませんでした。「有効にする」でエラーが出たか何も起きなかった場合は、このプロジェクトの serviceusage.services.enable 権限があなたのアカウントにない可能性があります。プロジェクトのオーナーに API を有効にしてもらうか、この権限を含むロールを付与してもらってください。ページを再読み込みすると確認できます。API が有効になると「管理」が表示されます。',
        missingTitle: 'API はまだ有効になっていません',
        checking: 'API が有効になったか確認しています…',
        alreadyDone: 'このプロジェクトでは Generative Language API がすでに有効になっていたため、キーが使えない原因はこれではありません。キーをもう一度テストして、本当の原因を確認してください。',
      },
    },
  },
} satisfies FlowTexts;
