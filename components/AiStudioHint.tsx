import { useEffect, useState } from 'preact/hooks';
import { CopyButton } from '@/components/CopyButton';
import type { RpcFailureSummary } from '@/utils/ai-studio-rpc/parse';
import { docsLinks, type LinkContext } from '@/utils/console-links';
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

function Cause({ item, strings }: { item: ChecklistItem; strings: CardStrings['hint'] }) {
  return (
    <li data-cause={item.id}>
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
          (action) =>
            action && (
              <a class="kd-action" href={action.url} target="_blank" rel="noopener" data-guide={action.guide}>
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
            <a class="kd-action" href={docsLinks.troubleshootAiStudio} target="_blank" rel="noopener">
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
  return (
    <section
      class={`kd-card${minimised ? ' kd-minimised' : ''}`}
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
                <Cause item={exactItem} strings={strings} />
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
                {context.authuser && <span>{format(strings.account, { account: context.authuser })}</span>}
              </p>
              <h3 class="kd-causes-heading">{exactItem ? strings.otherCauses : strings.causesHeading}</h3>
              <ol class="kd-checklist">
                {others.map((item) => item && <Cause item={item} strings={strings} />)}
              </ol>
            </>
          )}
          {found && (
            <p class="kd-actions">
              <CopyButton
                class="kd-action kd-copy"
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
