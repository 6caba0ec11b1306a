/**
 * DATA: the guided fixes. A flow is an ordered list of steps; each step names the console page it
 * happens on, the element to click (a finder in targets.ts) and the check that tells it is
 * already done (also in targets.ts). machine.ts walks these; nothing here touches the DOM.
 *
 * The popup's "Guides" list and the diagnosis cards read GUIDE_FLOWS (title, summary, start page,
 * which diagnoses it fixes); the AI Studio overlay can match its checklist causes.
 */
import { consoleLinks, type LinkContext } from '@/utils/console-links';
import type { CauseId } from '@/utils/detection/ai-studio-causes';
import type { DiagnosisId } from '@/utils/diagnosis/types';
import type { Locale } from '@/utils/i18n';
import type { ConsolePageId } from './pages';
import type { CheckId, TargetId } from './targets';

import type { GuideFlowId } from './flow-ids';

export { GUIDE_FLOW_IDS, type GuideFlowId } from './flow-ids';

export interface StepText {
  title: string;
  /** What to do. `{name}` is the chosen key's name. */
  body: string;
  /** The step in words, for when its element cannot be found on the page. */
  missing: string;
  /** Finish steps: said instead of `body` when no step needed the user (all were already done). */
  alreadyDone?: string;
  /** Finish steps: said while the result is not seen yet (a finish card never claims it early). */
  checking?: string;
  /** Finish steps: the title that goes with `missing` when it reports a failure, not a result. */
  missingTitle?: string;
  /** Finish steps outlining a key row: said instead of `body` when several rows carry the key's name. */
  several?: string;
  /** Click steps: the likely cause when a click of the target did not take effect. */
  notTaken?: string;
  /** Click steps whose control can be greyed out: why, and what makes it usable. */
  disabled?: string;
}

export interface GuideStep {
  id: string;
  /** The pages this step is done on; elsewhere the card links to the first one. */
  pages: readonly ConsolePageId[];
  /** The element to outline. Finish steps may outline one (the restored key) or none. */
  target?: TargetId;
  /** `click`: the step is over when the user clicks the target; `finish`: the closing card. */
  kind: 'click' | 'finish';
  /** Already done on this page: the step is passed without the user. */
  done?: CheckId;
  /** Needs the user's pick among several deleted keys before it can point at anything. */
  needsChoice?: boolean;
  /**
   * Where to pick up after a reload: dialogs, menus and unsaved forms do not survive one, so a
   * step inside them restarts at the step that opened them (done-checks then skip ahead).
   */
  resumeAt?: string;
  /**
   * Click steps: how long the click's effect may take to show before it counts as not taken
   * (default: the coach's MISSING_AFTER_MS). Enabling an API runs for many seconds.
   */
  settleMs?: number;
  /** The guide to offer when this step cannot be done (a missing permission…). */
  help?: GuideFlowId;
  /**
   * Passed when the user did `userDid` (not found it done) and `done` holds: a step that an
   * earlier one made needless (the 2026 create form restricts the key as it makes it).
   */
  passIf?: { userDid: string; done: CheckId };
  text: Record<Locale, StepText>;
}

/** Said when a choice step's list has rendered with nothing to choose. */
export interface NothingText {
  title: string;
  body: string;
  /** What to do instead; the card adds a link that starts the flow `instead`. */
  advice: string;
}

/** The extra content of a flow's closing card (components/GuideCard.tsx). */
export type FinishKind = 'restored' | 'restricted' | 'enabled' | 'role';

export interface GuideFlow {
  id: GuideFlowId;
  title: Record<Locale, string>;
  summary: Record<Locale, string>;
  /** The console page the flow starts on, for this project and account. */
  startUrl: (context: LinkContext) => string;
  /** Diagnoses (utils/diagnosis) this flow fixes: their cards offer it. */
  fixes: readonly DiagnosisId[];
  /** AI Studio overlay checklist causes (utils/detection/ai-studio-causes.ts) it walks through. */
  causes: readonly CauseId[];
  /** Listed in the popup; false when it needs something only a console page knows (a key id). */
  listed: boolean;
  finish: FinishKind;
  /** Flows with `needsChoice` steps: the card for a list with no row to choose, and the way out. */
  nothingToChoose?: { text: Record<Locale, NothingText>; instead: GuideFlowId };
  steps: readonly GuideStep[];
}

// ---------------------------------------------------------------- steps shared by two flows

/**
 * The key's own page: "Restrict key" (a 2024 radio, passed when the form has none, evidence G2),
 * the API list, the Gemini API, OK, Save. The create flow's 2026 form restricts the key as it
 * makes it: there these steps are passed (`passIf`).
 */
function restrictSteps(afterCreateForm?: string): GuideStep[] {
  const passIf = afterCreateForm ? { passIf: { userDid: afterCreateForm, done: 'keyCreated' as const } } : {};
  return RESTRICT_STEPS.map((step) => (step.kind === 'click' ? { ...step, ...passIf } : step));
}

const RESTRICT_STEPS: readonly GuideStep[] = [
  {
    id: 'restrict-key',
    pages: ['key-edit'],
    target: 'restrictKeyRadio',
    kind: 'click',
    done: 'restrictChecked',
    text: {
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
  },
  {
    id: 'open-api-list',
    resumeAt: 'restrict-key',
    pages: ['key-edit'],
    target: 'apiRestrictionSelect',
    kind: 'click',
    done: 'apiListOpenOrGeminiChosen',
    text: {
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
  },
  {
    id: 'pick-gemini-api',
    resumeAt: 'restrict-key',
    pages: ['key-edit'],
    target: 'geminiApiOption',
    kind: 'click',
    done: 'geminiChosen',
    text: {
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
  },
  {
    id: 'confirm-apis',
    resumeAt: 'restrict-key',
    pages: ['key-edit'],
    target: 'apiListOkButton',
    kind: 'click',
    done: 'apiListClosedWithGemini',
    text: {
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
  },
  {
    id: 'save',
    resumeAt: 'restrict-key',
    pages: ['key-edit'],
    target: 'saveButton',
    kind: 'click',
    done: 'leftKeyEditPage',
    text: {
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
  },
  {
    id: 'test-key',
    pages: [],
    kind: 'finish',
    text: {
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
  },
];

export const GUIDE_FLOWS: readonly GuideFlow[] = [
  {
    id: 'restore-deleted-key',
    title: { en: 'Restore a deleted Gemini key', 'zh-CN': '恢复已删除的 Gemini 密钥', ja: '削除した Gemini キーを復元' },
    summary: {
      en: 'A key deleted in the last 30 days can block a new one. Bring it back from “Deleted credentials”; the last card says whether Gemini still takes it.',
      'zh-CN': '30 天内删除的密钥可能会阻止创建新密钥。从“已删除的凭据”中恢复它；最后一张卡片会告诉你 Gemini 是否仍接受它。',
      ja: '過去 30 日以内に削除したキーが、新しいキーの作成を妨げることがあります。「削除した認証情報」から復元してください。最後のカードで、そのキーを Gemini でまだ使えるかどうかをお知らせします。',
    },
    startUrl: (c) => consoleLinks.credentials(c),
    fixes: ['key-creation-denied'],
    causes: ['restore-deleted-key'],
    listed: true,
    finish: 'restored',
    nothingToChoose: {
      instead: 'create-and-restrict-key',
      text: {
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
    },
    steps: [
      {
        id: 'open-deleted',
        pages: ['credentials'],
        target: 'restoreDeletedLink',
        kind: 'click',
        done: 'onDeletedPage',
        text: {
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
      },
      {
        id: 'select-row',
        pages: ['deleted-credentials'],
        target: 'rowCheckbox',
        kind: 'click',
        done: 'rowReadyToRestore',
        needsChoice: true,
        text: {
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
      },
      {
        id: 'restore',
        pages: ['deleted-credentials'],
        target: 'restoreButton',
        kind: 'click',
        done: 'restoreStarted',
        needsChoice: true,
        text: {
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
      },
      {
        id: 'confirm',
        resumeAt: 'restore',
        pages: ['deleted-credentials'],
        target: 'confirmRestoreButton',
        kind: 'click',
        done: 'chosenRowGone',
        needsChoice: true,
        text: {
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
      },
      {
        id: 'back',
        pages: ['deleted-credentials'],
        target: 'backToCredentials',
        kind: 'click',
        done: 'onCredentialsPage',
        text: {
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
      },
      {
        id: 'restored',
        pages: ['credentials'],
        target: 'restoredKeyRow',
        kind: 'finish',
        text: {
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
    ],
  },
  {
    id: 'create-and-restrict-key',
    title: { en: 'Create a key in the Console and restrict it', 'zh-CN': '在控制台中创建密钥并加以限制', ja: 'コンソールでキーを作成して制限する' },
    summary: {
      en: 'When AI Studio will not make a key, create one on the Credentials page and restrict it to the Generative Language API.',
      'zh-CN': '当 AI Studio 无法创建密钥时，在“凭据”页面创建一个，并将其限制为仅可使用 Generative Language API。',
      ja: 'AI Studio でキーを作成できない場合は、「認証情報」ページでキーを作成し、Generative Language API に制限します。',
    },
    startUrl: (c) => consoleLinks.credentials(c),
    fixes: ['key-api-restricted', 'key-invalid', 'key-leaked', 'key-creation-denied', 'key-creation-flagged'],
    causes: ['create-in-cloud-console'],
    listed: true,
    finish: 'restricted',
    steps: [
      {
        id: 'create-credentials',
        pages: ['credentials'],
        target: 'createCredentialsButton',
        kind: 'click',
        done: 'createMenuOpened',
        text: {
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
      },
      {
        id: 'choose-api-key',
        resumeAt: 'create-credentials',
        pages: ['credentials'],
        target: 'apiKeyMenuItem',
        kind: 'click',
        done: 'createFormOrKeyShown',
        text: {
          en: { title: 'Choose “API key”', body: 'Pick “API key” in the menu.', missing: 'Open “Create credentials” and pick “API key”.' },
          'zh-CN': { title: '选择“API 密钥”', body: '在菜单中选择“API 密钥”。', missing: '打开“创建凭据”，然后选择“API 密钥”。' },
          ja: { title: '「API キー」を選ぶ', body: 'メニューで「API キー」を選びます。', missing: '「認証情報を作成」を開き、「API キー」を選んでください。' },
        },
      },
      // The 2026 "Create API key" form (evidence D2): each step is passed when the key came at once
      // (the 2024 dialog), as its done-checks hold once a key is shown.
      {
        id: 'tick-service-account',
        resumeAt: 'create-credentials',
        pages: ['credentials'],
        target: 'serviceAccountCheckbox',
        kind: 'click',
        done: 'serviceAccountTicked',
        text: {
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
      },
      {
        id: 'choose-service-account',
        resumeAt: 'create-credentials',
        pages: ['credentials'],
        target: 'serviceAccountSelect',
        kind: 'click',
        done: 'serviceAccountChosen',
        text: {
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
      },
      {
        id: 'form-open-api-list',
        resumeAt: 'create-credentials',
        pages: ['credentials'],
        target: 'apiRestrictionSelect',
        kind: 'click',
        done: 'formApiListOpen',
        text: {
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
      },
      {
        id: 'form-pick-gemini',
        resumeAt: 'create-credentials',
        pages: ['credentials'],
        target: 'geminiApiOption',
        kind: 'click',
        done: 'formGeminiChosen',
        text: {
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
      },
      {
        id: 'form-confirm-apis',
        resumeAt: 'create-credentials',
        pages: ['credentials'],
        target: 'apiListOkButton',
        kind: 'click',
        done: 'formApiListClosed',
        text: {
          en: { title: 'Close the list', body: 'Click OK under the list.', missing: 'Close the list (click outside it) and check that it now shows Gemini API.' },
          'zh-CN': { title: '关闭列表', body: '点击列表下方的“确定”。', missing: '关闭列表（点击列表外部），并确认其中已显示 Gemini API。' },
          ja: { title: '一覧を閉じる', body: '一覧の下にある「OK」をクリックします。', missing: '一覧を閉じ（一覧の外側をクリック）、Gemini API が表示されていることを確認してください。' },
        },
      },
      {
        id: 'create-key',
        resumeAt: 'create-credentials',
        pages: ['credentials'],
        target: 'createKeyButton',
        kind: 'click',
        done: 'keyCreated',
        text: {
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
      },
      {
        id: 'edit-key',
        pages: ['credentials'],
        target: 'editApiKeyLink',
        kind: 'click',
        done: 'editFormShown',
        passIf: { userDid: 'create-key', done: 'keyCreated' },
        text: {
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
      },
      ...restrictSteps('create-key'),
    ],
  },
  {
    id: 'restrict-key',
    title: { en: 'Restrict a key to the Gemini API', 'zh-CN': '将密钥限制为仅可使用 Gemini API', ja: 'キーを Gemini API に制限する' },
    summary: {
      en: 'Restrict this key to the Generative Language API (the Gemini API), so that it can call nothing else.',
      'zh-CN': '将此密钥限制为仅可使用 Generative Language API（即 Gemini API），使其无法调用其他 API。',
      ja: 'このキーを Generative Language API（Gemini API）に制限し、ほかの API を呼び出せないようにします。',
    },
    // Needs the key's id for its page; without one the list is the way there.
    startUrl: (c) => consoleLinks.credentials(c),
    fixes: [],
    causes: [],
    listed: false,
    finish: 'restricted',
    steps: RESTRICT_STEPS,
  },
  {
    id: 'enable-gemini-api',
    title: { en: 'Enable the Generative Language API', 'zh-CN': '启用 Generative Language API', ja: 'Generative Language API を有効にする' },
    summary: {
      en: 'A key only works in a project where the Generative Language API (the Gemini API) is enabled.',
      'zh-CN': '只有在已启用 Generative Language API（即 Gemini API）的项目中，密钥才能使用。',
      ja: 'キーは、Generative Language API（Gemini API）が有効になっているプロジェクトでのみ使えます。',
    },
    startUrl: (c) => consoleLinks.enableGeminiApi(c),
    fixes: ['api-disabled'],
    causes: ['api-not-enabled'],
    listed: true,
    finish: 'enabled',
    steps: [
      {
        id: 'enable',
        // The console's own search lands on the Marketplace product page (evidence F2).
        pages: ['gemini-library', 'gemini-marketplace'],
        target: 'enableApiButton',
        kind: 'click',
        done: 'apiEnabled',
        // Enabling runs as a long operation in the console before the page changes.
        settleMs: 30_000,
        help: 'check-role',
        text: {
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
      },
      {
        id: 'enabled',
        pages: [],
        kind: 'finish',
        help: 'check-role',
        text: {
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
    ],
  },
  {
    id: 'check-role',
    title: { en: 'Check your role in the project', 'zh-CN': '检查你在项目中的角色', ja: 'プロジェクトでの自分のロールを確認する' },
    summary: {
      en: 'Creating a key needs a few permissions on the project. See your roles and who can grant the missing ones.',
      'zh-CN': '创建密钥需要项目上的若干权限。查看你的角色，以及谁可以授予缺少的权限。',
      ja: 'キーの作成には、プロジェクトに対するいくつかの権限が必要です。自分のロールと、足りない権限を付与できるユーザーを確認します。',
    },
    startUrl: (c) => consoleLinks.iam(c),
    fixes: ['key-creation-denied'],
    causes: ['missing-iam-permissions'],
    listed: true,
    finish: 'role',
    steps: [
      {
        id: 'your-row',
        pages: ['iam'],
        target: 'myIamRow',
        kind: 'finish',
        text: {
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
    ],
  },
];

const FLOWS_BY_ID = new Map(GUIDE_FLOWS.map((flow) => [flow.id, flow]));

export function flowById(id: GuideFlowId): GuideFlow {
  return FLOWS_BY_ID.get(id)!;
}

/** Flows that fix a diagnosis, for its card's buttons. */
export function flowsFixing(diagnosisId: DiagnosisId): GuideFlow[] {
  return GUIDE_FLOWS.filter((flow) => flow.fixes.includes(diagnosisId));
}
