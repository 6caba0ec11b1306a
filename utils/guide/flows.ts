/**
 * DATA: the guided fixes. A flow is an ordered list of steps; each step names the console page it
 * happens on, the element to click (a finder in targets.ts) and the check that tells it is
 * already done (also in targets.ts). machine.ts walks these; nothing here touches the DOM.
 *
 * The popup's "Guides" list and the diagnosis cards read GUIDE_FLOWS (title, summary, start page,
 * which diagnoses it fixes); the AI Studio overlay can match its checklist causes. What the card
 * says at each step is in texts/<flow id>.ts, loaded only while that guide runs (step-texts.ts).
 */
import { consoleLinks, type LinkContext } from '@/utils/console-links';
import type { CauseId } from '@/utils/detection/ai-studio-causes';
import type { DiagnosisId } from '@/utils/diagnosis/types';
import type { Locale } from '@/utils/i18n';
import type { ConsolePageId } from './pages';
import type { CheckId, TargetId } from './targets';

import type { GuideFlowId } from './flow-ids';

export { GUIDE_FLOW_IDS, type GuideFlowId } from './flow-ids';

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
  /** Flows with `needsChoice` steps: the way out when the list has no row to choose (the card's words: texts/<flow id>.ts). */
  nothingToChoose?: { instead: GuideFlowId };
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
  },
  {
    id: 'open-api-list',
    resumeAt: 'restrict-key',
    pages: ['key-edit'],
    target: 'apiRestrictionSelect',
    kind: 'click',
    done: 'apiListOpenOrGeminiChosen',
  },
  {
    id: 'pick-gemini-api',
    resumeAt: 'restrict-key',
    pages: ['key-edit'],
    target: 'geminiApiOption',
    kind: 'click',
    done: 'geminiChosen',
  },
  {
    id: 'confirm-apis',
    resumeAt: 'restrict-key',
    pages: ['key-edit'],
    target: 'apiListOkButton',
    kind: 'click',
    done: 'apiListClosedWithGemini',
  },
  {
    id: 'save',
    resumeAt: 'restrict-key',
    pages: ['key-edit'],
    target: 'saveButton',
    kind: 'click',
    done: 'leftKeyEditPage',
  },
  {
    id: 'test-key',
    pages: [],
    kind: 'finish',
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
    },
    steps: [
      {
        id: 'open-deleted',
        pages: ['credentials'],
        target: 'restoreDeletedLink',
        kind: 'click',
        done: 'onDeletedPage',
      },
      {
        id: 'select-row',
        pages: ['deleted-credentials'],
        target: 'rowCheckbox',
        kind: 'click',
        done: 'rowReadyToRestore',
        needsChoice: true,
      },
      {
        id: 'restore',
        pages: ['deleted-credentials'],
        target: 'restoreButton',
        kind: 'click',
        done: 'restoreStarted',
        needsChoice: true,
      },
      {
        id: 'confirm',
        resumeAt: 'restore',
        pages: ['deleted-credentials'],
        target: 'confirmRestoreButton',
        kind: 'click',
        done: 'chosenRowGone',
        needsChoice: true,
      },
      {
        id: 'back',
        pages: ['deleted-credentials'],
        target: 'backToCredentials',
        kind: 'click',
        done: 'onCredentialsPage',
      },
      {
        id: 'restored',
        pages: ['credentials'],
        target: 'restoredKeyRow',
        kind: 'finish',
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
      },
      {
        id: 'choose-api-key',
        resumeAt: 'create-credentials',
        pages: ['credentials'],
        target: 'apiKeyMenuItem',
        kind: 'click',
        done: 'createFormOrKeyShown',
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
      },
      {
        id: 'choose-service-account',
        resumeAt: 'create-credentials',
        pages: ['credentials'],
        target: 'serviceAccountSelect',
        kind: 'click',
        done: 'serviceAccountChosen',
      },
      {
        id: 'form-open-api-list',
        resumeAt: 'create-credentials',
        pages: ['credentials'],
        target: 'apiRestrictionSelect',
        kind: 'click',
        done: 'formApiListOpen',
      },
      {
        id: 'form-pick-gemini',
        resumeAt: 'create-credentials',
        pages: ['credentials'],
        target: 'geminiApiOption',
        kind: 'click',
        done: 'formGeminiChosen',
      },
      {
        id: 'form-confirm-apis',
        resumeAt: 'create-credentials',
        pages: ['credentials'],
        target: 'apiListOkButton',
        kind: 'click',
        done: 'formApiListClosed',
      },
      {
        id: 'create-key',
        resumeAt: 'create-credentials',
        pages: ['credentials'],
        target: 'createKeyButton',
        kind: 'click',
        done: 'keyCreated',
      },
      {
        id: 'edit-key',
        pages: ['credentials'],
        target: 'editApiKeyLink',
        kind: 'click',
        done: 'editFormShown',
        passIf: { userDid: 'create-key', done: 'keyCreated' },
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
      },
      {
        id: 'enabled',
        pages: [],
        kind: 'finish',
        help: 'check-role',
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
