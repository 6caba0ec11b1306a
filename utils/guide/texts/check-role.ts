/**
 * DATA: the texts of the check-role guide.
 * Loaded only while that guide runs, one language at a time (cloud-console-guide-<flow>-<lang>.js,
 * utils/guide/step-texts.ts); the steps themselves are in ../flows.ts.
 */
import type { FlowTexts } from '../step-texts';

export default {
  steps: {
    'your-row': {
      en: {
        title: 'Your access to this project',
        body: 'Your row is outlined. Creating a key needs these permissions; the Owner role has all of them.',
        checking: 'Checking the list…',
        missing:
          'Your account is not listed by name: your access may come from a group, a folder or the organization. Creating a key needs these permissions; ask someone who can grant roles.',
      },
      'zh-CN': {
        title: '你对此项目的访问权限',
        body: '已框出你所在的行。创建密钥需要以下权限；“所有者”角色拥有全部权限。',
        checking: '正在检查列表…',
        missing: '未按名称列出你的账号：你的权限可能来自群组、文件夹或组织。创建密钥需要以下权限；请联系可以授予角色的人员。',
      },
      ja: {
        title: 'このプロジェクトへのアクセス権',
        body: 'あなたの行を枠で囲んでいます。キーの作成には以下の権限が必要です。オーナーのロールにはすべて含まれています。',
        checking: '一覧を確認しています…',
        missing: 'あなたのアカウントは名前では表示されていません。アクセス権はグループ、フォルダ、組織から付与されている可能性があります。キーの作成には以下の権限が必要です。ロールを付与できるユーザーに依頼してください。',
      },
    },
  },
} satisfies FlowTexts;
