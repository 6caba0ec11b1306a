/** The AI Studio card's Japanese words (keys: ./en.ts). */
import type { CardStrings } from './en';

export const ja: CardStrings = {
  hint: {
    product: 'Key Doctor',
    titleFound: 'AI Studio でキーを作成できなかった理由',
    titleNothingFound: 'このページにエラー メッセージは見つかりませんでした',
    titleAppPublish: 'AI Studio でアプリを公開できなかった理由',
    whatToDo: '対処方法',
    pageSaid: 'AI Studio の表示',
    causesHeading: 'よくある原因',
    project: 'プロジェクト: {project}',
    noProject: 'プロジェクト: このページには表示されていません（コンソールで選択してください）',
    account: 'アカウント: {account}',
    minimise: 'Key Doctor を最小化',
    expand: 'Key Doctor のチェックリストを表示',
    dismiss: 'Key Doctor を閉じる',
    newTab: '（新しいタブで開きます）',
    guided: '開いたページで Key Doctor が案内します',
    showAll: '{count} 件の原因をすべて表示',
    showFewer: '上位 3 件だけを表示',
    // The card's request part (a failed GenerateCloudApiKey/CreateCloudProject answer).
    requestSaid: 'リクエストへの応答',
    exactHeading: '原因',
    otherCauses: 'これが原因でない場合',
    copyDetails: '詳細をコピー',
    copied: 'コピーしました',
    copyFailed: 'コピーできませんでした',
    permissionsNamed: '不足している権限: {permissions}',
    constraintNamed: 'ポリシー: {constraint}',
  },
  meanings: {
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
    'ai-studio/app-publish-suspicious':
      '公開するとアプリ用の新しい API キーが作成されますが、Google の不正利用対策がその作成を拒否しました。アプリのコードやあなたの権限の問題ではありません。今回の公開は完了していません。',
    'ai-studio/create-request-failed':
      'AI Studio のキー作成リクエストが失敗しました。応答に理由が示されている場合はそれを最初に表示します。示されていない場合は、その応答でよくある原因を示します。',
  },
  appPublish: {
    'retry.title': '時間をおいてもう一度公開する',
    'retry.detail':
      'このチェックは時間が経つと解消することがよくあります。15〜30 分待ってから、VPN、プロキシ、自動操作をオフにした通常のブラウザ ウィンドウで、もう一度公開してください。',
    'troubleshoot.action': 'Google の AI Studio トラブルシューティングを読む',
  },
  causes: {
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
    'wrong-account.index': 'このブラウザの {number} 番目の Google アカウント（authuser={authuser}）',
    'wrong-account.email': 'Google アカウント {email}',
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
};
