import { useEffect, useState } from 'preact/hooks';
import { CopyButton } from '@/components/CopyButton';
import type { RpcFailureSummary } from '@/utils/ai-studio-rpc/parse';
import { docsLinks, type LinkContext } from '@/utils/console-links';
import { describeAccount } from '@/utils/i18n/account';
import { buildChecklist, meaningOf, type ChecklistItem } from '@/utils/detection/ai-studio-causes';
import { detailsText, planCard } from '@/utils/detection/card-plan';
import type { CardStrings } from '@/utils/detection/card-strings/en';
import { NOTHING_FOUND } from '@/utils/detection/rules/ai-studio';
import { format, type Locale } from '@/utils/i18n';
import { redactKeys } from '@/utils/redact';

export interface AiStudioHintProps {
  /** A rule id from utils/detection/rules/ai-studio.ts, or NOTHING_FOUND.id. */
  ruleId: string;
  /** The page's own message: rendered as a text node, never as HTML. */
  message?: string;
  /** AI Studio's failed create-key request (validated summary), when it was seen. */
  request?: RpcFailureSummary;
  context: LinkContext;
  /** The active language's strings only (utils/detection/card-strings/). */
  strings: CardStrings;
  /** Their language: the checklist's dated key rules are told in it (utils/key-rules.ts). */
  locale: Locale;
  minimised: boolean;
  onToggleMinimised: () => void;
  onDismiss: () => void;
  /** "Copy details" writes here (the clipboard in the product). */
  onCopy?: (text: string) => Promise<void>;
}

/**
 * Tells screen readers the card appeared without moving focus: a live region rendered empty and
 * filled a moment later (text inserted together with its region is not announced).
 */
function Announcement({ text }: { text: string }) {
  const [spoken, setSpoken] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setSpoken(text), 150);
    return () => clearTimeout(timer);
  }, [text]);
  return (
    <p class="kd-visually-hidden" role="status" aria-live="polite" data-announcement>
      {spoken}
    </p>
  );
}

/** How many causes the checklist shows before "Show all" (the exact cause counts as one). */
const TOP_CAUSES = 3;

interface CauseProps {
  item: ChecklistItem;
  strings: CardStrings['hint'];
  /** The card's one filled action: the first cause's own action. */
  primary?: boolean;
  /** Past the top three and not expanded: kept in the DOM (links stay findable), not shown. */
  hidden?: boolean;
}

function Cause({ item, strings, primary = false, hidden = false }: CauseProps) {
  return (
    <li data-cause={item.id} hidden={hidden}>
      <strong class="kd-cause-title">{item.title}</strong>
      <p class="kd-cause-detail">{item.detail}</p>
      {item.codes && (
        <ul class="kd-codes">
          {item.codes.map((code) => (
            <li>
              <code>{code}</code>
            </li>
          ))}
        </ul>
      )}
      <p class="kd-actions">
        {[item.action, item.secondary].map(
          (action, index) =>
            action && (
              <a class={primary && index === 0 ? 'kd-action kd-button kd-primary' : 'kd-action kd-link'} href={action.url} target="_blank" rel="noopener" data-guide={action.guide}>
                {action.label}
                <span class="kd-visually-hidden"> {strings.newTab}</span>
              </a>
            ),
        )}
        {item.action.guide && <span class="kd-guided">{strings.guided}</span>}
      </p>
    </li>
  );
}

/** What the failed request said, as text: its message, else its status and HTTP code. */
function requestWords(request: RpcFailureSummary): string {
  return request.message ?? `${request.status ?? 'HTTP'} (${request.rpc}, HTTP ${request.httpStatus})`;
}

const clipboard = (text: string) => navigator.clipboard.writeText(text);

/** The short card of an app's publish failure: what to do, no key-creation checklist. */
function AppPublishSteps({ all }: { all: CardStrings }) {
  const strings = all.appPublish;
  return (
    <>
      <h3 class="kd-causes-heading">{all.hint.whatToDo}</h3>
      <ol class="kd-checklist" data-steps="app-publish">
        <li data-step="retry">
          <strong class="kd-cause-title">{strings['retry.title']}</strong>
          <p class="kd-cause-detail">{strings['retry.detail']}</p>
          <p class="kd-actions">
            <a class="kd-action kd-button kd-primary" href={docsLinks.troubleshootAiStudio} target="_blank" rel="noopener">
              {strings['troubleshoot.action']}
              <span class="kd-visually-hidden"> {all.hint.newTab}</span>
            </a>
          </p>
        </li>
      </ol>
    </>
  );
}

/**
 * The in-page card: what AI Studio's message means and a ranked checklist, one action per cause.
 * When AI Studio's failed request named the cause, that cause comes first, quoting the request.
 * Never takes focus by itself; Esc inside it closes it.
 */
export function AiStudioHint({ ruleId, message: pageMessage, request: requestSeen, context, strings: all, locale, minimised, onToggleMinimised, onDismiss, onCopy = clipboard }: AiStudioHintProps) {
  // Page text is shown, announced and copied: any key-like string in it is masked first.
  const message = pageMessage && redactKeys(pageMessage);
  const strings = all.hint;
  const plan = planCard({ ruleId, message, request: requestSeen, context });
  // A short card is about another situation: a key-creation request is not quoted there.
  const request = plan.card === 'checklist' ? requestSeen : undefined;
  const finding = { ruleId, message, request, context };
  const found = plan.ruleId !== NOTHING_FOUND.id;
  const appPublish = plan.card === 'app-publish';
  const title = appPublish ? strings.titleAppPublish : found ? strings.titleFound : strings.titleNothingFound;
  const items = buildChecklist(plan.causes, context, all, { locale, named: plan.exact ?? {} });
  const [exactItem, ...others] = plan.exact ? items : [undefined, ...items];
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    // Ours, not the page's: AI Studio closes its own dialogs on Esc.
    event.stopPropagation();
    onDismiss();
  };
  const said = request ? requestWords(request) : message;
  const [showAll, setShowAll] = useState(false);
  const shownOthers = TOP_CAUSES - (exactItem ? 1 : 0);
  const hiddenCount = Math.max(0, others.length - shownOthers);
  return (
    <section
      class={`kd-card${minimised ? ' kd-minimised' : ''}`}
      lang={locale}
      role="region"
      aria-labelledby="kd-title"
      data-card={plan.card}
      onKeyDown={onKeyDown}
    >
      <header class="kd-header">
        <span class="kd-product">{strings.product}</span>
        <h2 id="kd-title" class="kd-title">
          {title}
        </h2>
        <button
          type="button"
          class="kd-icon-button"
          aria-expanded={!minimised}
          aria-controls="kd-body"
          aria-label={minimised ? strings.expand : strings.minimise}
          title={minimised ? strings.expand : strings.minimise}
          onClick={onToggleMinimised}
        >
          <span aria-hidden="true">{minimised ? '▴' : '▾'}</span>
        </button>
        <button type="button" class="kd-icon-button" aria-label={strings.dismiss} title={strings.dismiss} onClick={onDismiss}>
          <span aria-hidden="true">×</span>
        </button>
      </header>
      <Announcement text={said ? `${strings.product}: ${title}. ${said}` : `${strings.product}: ${title}`} />
      {!minimised && (
        <div id="kd-body" class="kd-body">
          {exactItem && request && (
            <figure class="kd-page-said kd-request-said">
              <figcaption>{strings.requestSaid}</figcaption>
              <blockquote data-request>{requestWords(request)}</blockquote>
            </figure>
          )}
          {exactItem && (
            <>
              <h3 class="kd-causes-heading">{strings.exactHeading}</h3>
              <ol class="kd-checklist kd-exact">
                <Cause item={exactItem} strings={strings} primary />
              </ol>
            </>
          )}
          {message && (
            <figure class="kd-page-said">
              <figcaption>{strings.pageSaid}</figcaption>
              <blockquote data-toast>{message}</blockquote>
            </figure>
          )}
          {!exactItem && request && (
            <figure class="kd-page-said kd-request-said">
              <figcaption>{strings.requestSaid}</figcaption>
              <blockquote data-request>{requestWords(request)}</blockquote>
            </figure>
          )}
          <p class="kd-meaning">{meaningOf(plan.ruleId, all)}</p>
          {appPublish ? (
            <AppPublishSteps all={all} />
          ) : (
            <>
              <p class="kd-context">
                <span>{context.project ? format(strings.project, { project: context.project }) : strings.noProject}</span>
                {context.authuser && (
                  <span>{format(strings.account, { account: describeAccount(context.authuser, { index: all.causes['wrong-account.index'], email: all.causes['wrong-account.email'] }) })}</span>
                )}
              </p>
              <h3 class="kd-causes-heading">{exactItem ? strings.otherCauses : strings.causesHeading}</h3>
              <ol class="kd-checklist" id="kd-causes">
                {others.map(
                  (item, index) =>
                    item && <Cause item={item} strings={strings} primary={!exactItem && index === 0} hidden={!showAll && index >= shownOthers} />,
                )}
              </ol>
              {hiddenCount > 0 && (
                <button
                  type="button"
                  class="kd-button kd-quiet kd-show-all"
                  aria-expanded={showAll}
                  aria-controls="kd-causes"
                  onClick={() => setShowAll(!showAll)}
                >
                  {showAll ? strings.showFewer : format(strings.showAll, { count: String(items.length) })}
                </button>
              )}
            </>
          )}
          {found && (
            <p class="kd-actions">
              <CopyButton
                class="kd-button kd-copy"
                text={() => detailsText(finding, plan)}
                label={strings.copyDetails}
                copiedLabel={strings.copied}
                failedLabel={strings.copyFailed}
                onCopy={onCopy}
              />
            </p>
          )}
        </div>
      )}
    </section>
  );
}
