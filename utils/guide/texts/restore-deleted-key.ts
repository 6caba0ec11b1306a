/**
 * DATA: the texts of the restore-deleted-key guide.
 * Loaded only while that guide runs, one language at a time (cloud-console-guide-<flow>-<lang>.js,
 * utils/guide/step-texts.ts); the steps themselves are in ../flows.ts.
 */
import type { FlowTexts } from '../step-texts';

export default {
  steps: {
    'open-deleted': {
      en: {
        title: 'Open the deleted credentials',
        body: 'Click “Restore deleted credentials” at the top of the Credentials page.',
        missing:
          'Look for “Restore deleted credentials” in the bar at the top of the Credentials page. If it is not there, this project may have no deleted credentials: check that the project and account at the top are the ones you use in AI Studio.',
      },
      'zh-CN': {
        title: '打开已删除的凭据',
        body: '点击“凭据”页面顶部的“恢复已删除的凭据”。',
        missing: '在“凭据”页面顶部的操作栏中查找“恢复已删除的凭据”。如果没有，此项目可能没有已删除的凭据：请确认顶部的项目和账号与你在 AI Studio 中使用的一致。',
      },
      ja: {
        title: '削除した認証情報を開く',
        body: '「認証情報」ページ上部の「削除した認証情報を復元」をクリックします。',
        missing: '「認証情報」ページ上部のバーで「削除した認証情報を復元」を探してください。見つからない場合、このプロジェクトには削除した認証情報がないかもしれません。上部のプロジェクトとアカウントが、AI Studio で使っているものと同じか確認してください。',
      },
    },
    'select-row': {
      en: {
        title: 'Select the key',
        body: 'Tick the box in the row of “{name}”.',
        missing: 'Tick the box in the row of your deleted key. Deleted keys can be restored for 30 days; after that they are gone.',
      },
      'zh-CN': {
        title: '选择密钥',
        body: '勾选“{name}”所在行的复选框。',
        missing: '勾选已删除密钥所在行的复选框。已删除的密钥可在 30 天内恢复，之后将被永久清除。',
      },
      ja: {
        title: 'キーを選ぶ',
        body: '「{name}」の行のチェックボックスをオンにします。',
        missing: '削除したキーの行のチェックボックスをオンにしてください。削除したキーは 30 日以内なら復元できますが、それを過ぎると完全に削除されます。',
      },
    },
    restore: {
      en: {
        title: 'Restore the key',
        body: 'Click RESTORE for “{name}”.',
        missing:
          'Click RESTORE in the row of your deleted key (or select the row, then RESTORE above the list). If no key is listed, it was deleted more than 30 days ago or in another project.',
      },
      'zh-CN': {
        title: '恢复密钥',
        body: '点击“{name}”对应的“恢复”（RESTORE）。',
        missing: '点击已删除密钥所在行的“恢复”（或先选中该行，再点击列表上方的“恢复”）。如果列表中没有密钥，说明它已删除超过 30 天，或位于其他项目中。',
      },
      ja: {
        title: 'キーを復元する',
        body: '「{name}」の「復元」（RESTORE）をクリックします。',
        missing: '削除したキーの行にある「復元」をクリックしてください（または行を選んでから、一覧の上にある「復元」をクリック）。キーが一覧にない場合は、削除から 30 日以上経っているか、別のプロジェクトで削除されています。',
      },
    },
    confirm: {
      en: {
        title: 'Confirm',
        body: 'Click RESTORE in the dialog to confirm.',
        missing: 'No confirmation dialog showed up. If the key has left this list, it is restored: press “I did it”.',
      },
      'zh-CN': {
        title: '确认',
        body: '在对话框中点击“恢复”（RESTORE）进行确认。',
        missing: '没有出现确认对话框。如果该密钥已从列表中消失，说明已恢复：请点击“我已完成”。',
      },
      ja: {
        title: '確定する',
        body: 'ダイアログで「復元」（RESTORE）をクリックして確定します。',
        missing: '確認ダイアログが表示されませんでした。キーがこの一覧から消えていれば復元されています。「完了しました」を押してください。',
      },
    },
    back: {
      en: {
        title: 'Go back to Credentials',
        body: 'Click the back arrow to return to the Credentials page.',
        missing: 'Go back to the Credentials page: the back arrow at the top left, or APIs & Services › Credentials.',
      },
      'zh-CN': {
        title: '返回“凭据”页面',
        body: '点击返回箭头，回到“凭据”页面。',
        missing: '返回“凭据”页面：点击左上角的返回箭头，或依次进入“API 和服务”›“凭据”。',
      },
      ja: {
        title: '「認証情報」に戻る',
        body: '戻る矢印をクリックして、「認証情報」ページに戻ります。',
        missing: '「認証情報」ページに戻ってください。左上の戻る矢印か、「API とサービス」›「認証情報」から移動できます。',
      },
    },
    restored: {
      en: {
        title: 'Your key is back',
        body: '“{name}” is listed under API Keys again.',
        several: 'Several keys named “{name}” are listed under API Keys (outlined), so Key Doctor cannot tell which one came back. Open it from the list to restrict it.',
        missing: 'The key is not in the list yet. Reload the page; if it is still missing, the restore did not go through or the key belongs to another project.',
        missingTitle: 'Your key is not listed yet',
        checking: 'Checking the list…',
      },
      'zh-CN': {
        title: '密钥已恢复',
        body: '“{name}”已重新列在“API 密钥”下。',
        several: '“API 密钥”下列出了多个名为“{name}”的密钥（已框出），Key Doctor 无法判断哪一个是恢复的密钥。请从列表中打开它并加以限制。',
        missing: '列表中还没有这个密钥。请刷新页面；如果仍然没有，说明恢复未成功，或者该密钥属于其他项目。',
        missingTitle: '列表中还没有这个密钥',
        checking: '正在检查列表…',
      },
      ja: {
        title: 'キーが復元されました',
        body: '「{name}」が再び「API キー」の一覧に表示されています。',
        several: '「API キー」の一覧に「{name}」という名前のキーが複数あり（枠で囲んでいます）、どれが復元されたキーか Key Doctor では判断できません。一覧からキーを開いて制限を設定してください。',
        missing: 'キーはまだ一覧にありません。ページを再読み込みしてください。それでも表示されない場合は、復元が完了していないか、キーが別のプロジェクトにあります。',
        missingTitle: 'キーがまだ一覧にありません',
        checking: '一覧を確認しています…',
      },
    },
  },
  nothingToChoose: {
    en: {
      title: 'Nothing to restore in this project',
      body: 'This project lists no deleted API key. Deleted keys can be restored for 30 days only: yours was deleted longer ago, or it belongs to another project or Google account.',
      advice:
        'If AI Studio uses another project or account, switch to it at the top of the console (project picker, account menu): this page then lists its deleted keys. Otherwise create a new key and restrict it.',
    },
    'zh-CN': {
      title: '此项目中没有可恢复的密钥',
      body: '此项目中没有列出已删除的 API 密钥。已删除的密钥只能在 30 天内恢复：你的密钥可能已删除超过 30 天，或者属于其他项目或 Google 账号。',
      advice: '如果 AI Studio 使用的是其他项目或账号，请在控制台顶部切换（项目选择器、账号菜单），此页面随后会列出其中已删除的密钥。否则，请创建新密钥并加以限制。',
    },
    ja: {
      title: 'このプロジェクトには復元できるキーがありません',
      body: 'このプロジェクトには削除した API キーがありません。削除したキーを復元できるのは 30 日以内だけです。削除から 30 日以上経っているか、別のプロジェクトや Google アカウントのキーである可能性があります。',
      advice: 'AI Studio で別のプロジェクトやアカウントを使っている場合は、コンソール上部（プロジェクト選択ツール、アカウント メニュー）で切り替えてください。このページにそのプロジェクトの削除したキーが表示されます。それ以外の場合は、新しいキーを作成して制限してください。',
    },
  },
} satisfies FlowTexts;
