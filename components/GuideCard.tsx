import { aiStudioLinks, consoleLinks, type LinkContext } from '@/utils/console-links';
import { KEY_CREATION_PERMISSIONS } from '@/utils/detection/ai-studio-causes';
import { listDeletedKeysCommand, undeleteKeyCommand } from '@/utils/guide/commands';
import { finishPlan, type FinishAction } from '@/utils/guide/finish';
import { flowById, type GuideFlow, type GuideFlowId, type GuideStep } from '@/utils/guide/flows';
import { currentStep, progress, type CoachState } from '@/utils/guide/machine';
import { CONSOLE_PAGES } from '@/utils/guide/pages';
import type { CardPlacement } from '@/utils/guide/placement';
import type { RowChoice } from '@/utils/guide/state';
import { stepText, type FlowTexts, type StepText } from '@/utils/guide/step-texts';
import { guideStrings, pageNames } from '@/utils/guide/strings';
import type { IamSummary } from '@/utils/guide/targets';
import { guideUrl } from '@/utils/guide/url';
import { format, type Locale } from '@/utils/i18n';
import { keyRuleValues, type KeyKindSeen } from '@/utils/key-rules';
import { CopyButton } from './CopyButton';

export interface GuideRect {
  top: number;
  left: number;
  width: number;
  height: number;
}

export interface GuideCardProps {
  state: CoachState;
  locale: Locale;
  /** The running guide's texts (utils/guide/step-texts.ts). */
  texts: FlowTexts;
  /** The restored key's id, when its row links its page. */
  keyId?: string;
  /** Several listed keys carry the restored key's name (outlined): which one is unknown. */
  several?: boolean;
  iam?: IamSummary;
  /** Where the card goes, clear of the outlined element (utils/guide/placement.ts); absent: the bottom-right corner. */
  placement?: CardPlacement;
  /** False when the target has no box to ring (0×0, hidden): the card then does not say "Outlined". */
  ringShown?: boolean;
  /** The step's control is on the page but greyed out: say why, outline nothing. */
  disabled?: boolean;
  /** Builds the page outline for a bug report (offered when a step cannot find its control). */
  pageOutline?: () => string;
  /** Restore flow: the kind of key that came back, read from its row. */
  keyKind?: KeyKindSeen;
  /** The day Google's key rules are told for (default: now). */
  today?: Date;
  onDidIt: () => void;
  onSkip: () => void;
  onClose: () => void;
  onChoose: (choice: RowChoice) => void;
  onOpenKeyTester: () => void;
  onCopy: (text: string) => Promise<void>;
}

type Strings = (typeof guideStrings)['en'];

/** One copyable shell command. */
function Command({ command, strings, onCopy }: { command: string; strings: Strings; onCopy: GuideCardProps['onCopy'] }) {
  return (
    <p class="kd-command">
      <code>{command}</code>
      <CopyButton text={() => command} label={strings.copy} copiedLabel={strings.copied} failedLabel={strings.copyFailed} onCopy={onCopy} class="kd-button" />
    </p>
  );
}

/** On the deleted-credentials page: the same restore from a terminal, for those who prefer it. */
function CliRestoreRoute({ context, strings, onCopy }: { context: LinkContext; strings: Strings; onCopy: GuideCardProps['onCopy'] }) {
  return (
    <details class="kd-cli">
      <summary>{strings.cliHeading}</summary>
      <p class="kd-muted">{strings.cliListNote}</p>
      <Command command={listDeletedKeysCommand(context)} strings={strings} onCopy={onCopy} />
      <Command command={undeleteKeyCommand(undefined, context)} strings={strings} onCopy={onCopy} />
      <p class="kd-muted">{strings.retention}</p>
    </details>
  );
}

function stepBody(text: StepText, choice: RowChoice | undefined, several?: boolean): string {
  return format(several && text.several ? text.several : text.body, { name: choice?.name ?? 'Generative Language API Key' });
}

/** "Copy page outline": the page's structure for a bug report, when a control was not found. */
function OutlineOffer({ outline, strings, onCopy }: { outline: () => string; strings: Strings; onCopy: GuideCardProps['onCopy'] }) {
  return (
    <div class="kd-outline">
      <p class="kd-muted">{strings.outlineNote}</p>
      <p class="kd-actions">
        <CopyButton text={outline} label={strings.copyOutline} copiedLabel={strings.copied} failedLabel={strings.copyFailed} onCopy={onCopy} class="kd-button" />
      </p>
    </div>
  );
}

/** A link that starts another guide here (same tab: the console page opens with it running). */
function GuideLink({ flowId, context, locale, strings, primary }: { flowId: GuideFlowId; context: LinkContext; locale: Locale; strings: Strings; primary?: boolean }) {
  return (
    <p class="kd-actions">
      <a class={primary ? 'kd-button kd-primary' : 'kd-button kd-quiet'} href={guideUrl(flowId, context)}>
        {format(strings.startGuide, { flow: flowById(flowId).title[locale] })}
      </a>
    </p>
  );
}

function ExternalLink({ href, label, strings, primary, action }: { href: string; label: string; strings: Strings; primary?: boolean; action?: FinishAction }) {
  return (
    <a class={primary ? 'kd-button kd-primary' : 'kd-button kd-quiet'} href={href} target="_blank" rel="noopener noreferrer" {...(action ? { 'data-action': action } : {})}>
      {label}
      <span class="kd-visually-hidden"> {strings.newTab}</span>
    </a>
  );
}

/**
 * The finish card's next step, from the table in utils/guide/finish.ts: one filled action that
 * fits what happened (a restored auth key: test it; a standard key once Google refuses them: an
 * auth key in AI Studio…), the others quiet, "Done" last.
 */
function FinishActions({ props, flow, strings }: { props: GuideCardProps; flow: GuideFlow; strings: Strings }) {
  const { state, keyId, keyKind, locale } = props;
  const context = state.guide.context;
  const today = props.today ?? new Date();
  const plan = finishPlan(flow.finish, keyKind, today);
  const account = context.authuser ? { authuser: context.authuser } : {};
  const actions = [plan.primary, ...plan.quiet, ...(plan.primary === 'done' ? [] : (['done'] as const))];
  const action = (id: FinishAction) => {
    const primary = id === plan.primary;
    const className = primary ? 'kd-button kd-primary' : 'kd-button kd-quiet';
    switch (id) {
      case 'test-key':
        return (
          <button key={id} type="button" class={className} data-action={id} onClick={props.onOpenKeyTester}>
            {strings.openKeyTester}
          </button>
        );
      case 'create-auth-key':
        return <ExternalLink key={id} action={id} primary={primary} href={aiStudioLinks.apiKeys({ ...(context.project ? { project: context.project } : {}), ...account })} label={strings.createAuthKey} strings={strings} />;
      case 'back-to-ai-studio':
        return <ExternalLink key={id} action={id} primary={primary} href={aiStudioLinks.apiKeys(account)} label={strings.backToAiStudio} strings={strings} />;
      case 'restrict-key':
        // Several same-named rows: which one came back is unknown, so the guide starts from the list.
        return (
          <a key={id} class={className} data-action={id} href={keyId && !props.several ? guideUrl('restrict-key', context, consoleLinks.keyEdit(keyId, context)) : guideUrl('restrict-key', context)}>
            {keyId && !props.several ? strings.restrictThisKey : strings.restrictFromList}
          </a>
        );
      case 'create-key':
        return (
          <a key={id} class={className} data-action={id} href={guideUrl('create-and-restrict-key', context)}>
            {strings.createNewKey}
          </a>
        );
      case 'done':
        return (
          <button key={id} type="button" class={className} data-action={id} onClick={props.onClose}>
            {strings.done}
          </button>
        );
    }
  };
  return (
    <>
      {plan.note && (
        <p class={plan.note.tone === 'note' ? 'kd-note' : 'kd-muted'} {...(flow.finish === 'restored' ? { 'data-key-kind': keyKind ?? 'unknown' } : {})}>
          {format(strings[plan.note.text], keyRuleValues(locale, today))}
        </p>
      )}
      <p class="kd-actions kd-finish-actions">{actions.map(action)}</p>
    </>
  );
}

function RoleExtras({ iam, strings }: { iam?: IamSummary; strings: Strings }) {
  return (
    <>
      {iam?.email && <p>{format(strings.signedInAs, { email: iam.email })}</p>}
      <h3 class="kd-subheading">{strings.yourRoles}</h3>
      {iam?.roles.length ? (
        <ul class="kd-list">
          {iam.roles.map((role) => (
            <li key={role}>{role}</li>
          ))}
        </ul>
      ) : (
        <p class="kd-muted">{strings.noRoles}</p>
      )}
      <h3 class="kd-subheading">{strings.neededPermissions}</h3>
      <ul class="kd-list kd-codes">
        {KEY_CREATION_PERMISSIONS.map((permission) => (
          <li key={permission}>
            <code>{permission}</code>
          </li>
        ))}
      </ul>
      <h3 class="kd-subheading">{strings.granters}</h3>
      {iam?.granters.length ? (
        <ul class="kd-list">
          {iam.granters.map((principal) => (
            <li key={principal}>{principal}</li>
          ))}
        </ul>
      ) : (
        <p class="kd-muted">{strings.noGranters}</p>
      )}
    </>
  );
}

/**
 * The click coach's step card. It never takes focus by itself (the user is working in the
 * console); Esc inside it closes the guide. Page text (key names) is rendered as text only.
 */
export function GuideCard(props: GuideCardProps) {
  const { state, locale, placement, several, onDidIt, onSkip, onClose, onChoose } = props;
  const strings = guideStrings[locale];
  const { flow, step } = currentStep(state.guide);
  const text = stepText(props.texts, step.id, locale)!;
  const finish = step.kind === 'finish';
  const { number, total } = progress(state.guide);
  const clickSteps = flow.steps.filter((candidate) => candidate.kind !== 'finish');
  const nothingToDo = finish && clickSteps.length > 0 && clickSteps.every((candidate) => state.guide.foundDone.includes(candidate.id));
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') onClose();
  };
  const firstPage = step.pages[0];

  let content;
  if (state.phase === 'choosing') {
    content = (
      <>
        <h2 id="kd-guide-title" class="kd-title">
          {strings.chooseTitle}
        </h2>
        <p>{strings.chooseBody}</p>
        <ul class="kd-choices">
          {state.candidates.map((candidate) => (
            <li key={`${candidate.index}-${candidate.signature}`}>
              <button type="button" class="kd-choice" onClick={() => onChoose(candidate)}>
                <span class="kd-choice-name">{candidate.name}</span>
                {candidate.detail && <span class="kd-choice-detail">{candidate.detail}</span>}
              </button>
            </li>
          ))}
        </ul>
      </>
    );
  } else if (state.phase === 'none' && flow.nothingToChoose) {
    const nothing = props.texts.nothingToChoose![locale];
    content = (
      <>
        <h2 id="kd-guide-title" class="kd-title">
          {nothing.title}
        </h2>
        <p>{nothing.body}</p>
        <p>{nothing.advice}</p>
        <GuideLink primary flowId={flow.nothingToChoose.instead} context={state.guide.context} locale={locale} strings={strings} />
      </>
    );
  } else {
    const body = finish && nothingToDo && text.alreadyDone ? text.alreadyDone : stepBody(text, state.guide.choice, several);
    // A finish card says success only once it is seen ('shown'); before that, "Checking…".
    const checking = finish && state.phase !== 'shown' && state.phase !== 'missing';
    const title = checking ? strings.checkingTitle : finish && state.phase === 'missing' ? (text.missingTitle ?? text.title) : text.title;
    const retried = state.retry === step.id && state.phase === 'shown';
    const help = step.help && (state.phase === 'missing' || retried) ? step.help : undefined;
    content = (
      <>
        {!finish && <p class="kd-progress">{format(strings.stepOf, { number, total })}</p>}
        <h2 id="kd-guide-title" class="kd-title">
          {title}
        </h2>
        {retried && (
          <p class="kd-note">
            {strings.notTaken}
            {text.notTaken ? ` ${text.notTaken}` : ''}
          </p>
        )}
        {state.phase === 'elsewhere' && firstPage ? (
          <>
            <p>{format(strings.elsewhere, { page: pageNames[locale][firstPage] })}</p>
            <p class="kd-actions">
              <a class="kd-button kd-primary" href={CONSOLE_PAGES[firstPage].link(state.guide.context, state.guide.choice?.keyId)}>
                {strings.goThere}
              </a>
            </p>
          </>
        ) : props.disabled && !finish ? (
          <>
            <p>{body}</p>
            <p class="kd-note">{text.disabled ?? strings.disabled}</p>
          </>
        ) : state.phase === 'missing' && text.missing ? (
          <>
            {!finish && <p class="kd-note">{strings.notFound}</p>}
            <p>{text.missing}</p>
          </>
        ) : checking ? (
          <p class="kd-muted">{text.checking ?? strings.checkingTitle}</p>
        ) : (
          <>
            <p>{body}</p>
            {step.target && !finish && <p class="kd-muted">{state.phase !== 'shown' ? strings.looking : props.ringShown === false ? strings.notOutlined : strings.outlined}</p>}
          </>
        )}
        {help && <GuideLink flowId={help} context={state.guide.context} locale={locale} strings={strings} />}
        {flow.id === 'restore-deleted-key' && !finish && state.phase !== 'elsewhere' && step.pages.includes('deleted-credentials') && (
          <CliRestoreRoute context={state.guide.context} strings={strings} onCopy={props.onCopy} />
        )}
        {finish && !checking && flow.finish === 'role' && <RoleExtras iam={props.iam} strings={strings} />}
        {/* The next step only once the result is seen; "Checking…" or a failure offers only Done. */}
        {finish && state.phase === 'shown' && <FinishActions props={props} flow={flow} strings={strings} />}
        {state.phase === 'missing' && !finish && (
          <p class="kd-actions">
            <button type="button" class="kd-button kd-primary" onClick={onDidIt}>
              {strings.didIt}
            </button>
            <button type="button" class="kd-button kd-quiet" onClick={onSkip}>
              {strings.skip}
            </button>
          </p>
        )}
        {state.phase === 'missing' && !finish && step.target && props.pageOutline && (
          <OutlineOffer outline={props.pageOutline} strings={strings} onCopy={props.onCopy} />
        )}
        {finish && state.phase !== 'shown' && (
          <p class="kd-actions">
            <button type="button" class="kd-button kd-quiet" onClick={onClose}>
              {strings.done}
            </button>
          </p>
        )}
      </>
    );
  }

  return (
    <section
      {...placedCard(placement)}
      lang={locale}
      role="dialog"
      aria-modal="false"
      aria-label={format(strings.guideLabel, { flow: flow.title[locale] })}
      data-phase={state.phase}
      onKeyDown={onKeyDown}
    >
      <header class="kd-header">
        <span class="kd-product">{strings.product}</span>
        <span class="kd-flow">{flow.title[locale]}</span>
        <button type="button" class="kd-icon-button" aria-label={strings.close} title={strings.close} onClick={onClose}>
          ×
        </button>
      </header>
      <div class="kd-body" aria-live="polite">
        {content}
      </div>
    </section>
  );
}

/** The guide card's section as placement.ts put it (slot, position, and a height to scroll within when it must); none: the stylesheet's corner. */
function placedCard(placement: CardPlacement | undefined) {
  if (!placement) return { class: 'kd-card kd-guide' };
  const { slot, top, left, maxHeight } = placement;
  return { class: 'kd-card kd-guide kd-placed', 'data-slot': slot, style: { top: `${top}px`, left: `${left}px`, ...(maxHeight !== undefined ? { maxHeight: `${maxHeight}px` } : {}) } };
}

/** Rings drawn around the real page elements; clicks pass through them to the page. */
export function GuideHighlight({ rects }: { rects: GuideRect[] }) {
  return (
    <>
      {rects.map((rect, index) => (
        <div
          key={index}
          class="kd-ring"
          aria-hidden="true"
          style={{ transform: `translate(${rect.left - 4}px, ${rect.top - 4}px)`, width: `${rect.width + 8}px`, height: `${rect.height + 8}px` }}
        />
      ))}
    </>
  );
}

/**
 * The card when the running guide's texts module did not load (the extension was updated or
 * reloaded under the page): says so, offers to load it again, and can close the guide. The ring
 * stays, so the page still shows where to click.
 */
export function GuideTextsNotLoaded({ locale, placement, onLoadAgain, onClose }: { locale: Locale; placement: CardPlacement | undefined; onLoadAgain: () => void; onClose: () => void }) {
  const strings = guideStrings[locale];
  return (
    <section
      {...placedCard(placement)}
      lang={locale}
      role="alert"
      data-texts-not-loaded
    >
      <p>{strings.stepsNotLoaded}</p>
      <p class="kd-actions">
        <button type="button" class="kd-button kd-primary" onClick={onLoadAgain}>
          {strings.loadAgain}
        </button>
        <button type="button" class="kd-button kd-quiet" onClick={onClose}>
          {strings.close}
        </button>
      </p>
    </section>
  );
}
