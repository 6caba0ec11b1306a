import { useEffect, useRef } from 'preact/hooks';
import type { Diagnosis } from '@/utils/diagnosis/types';
import { format } from '@/utils/i18n';
import type { PopupStrings } from '@/utils/i18n/popup';
import { CopyButton } from './CopyButton';
import { GuideButton, type GuideOption, type StartGuide } from './GuideButtons';

export interface ProbeLine {
  label: string;
  outcome: string;
}

interface DiagnosisCardProps {
  diagnosis: Diagnosis;
  strings: PopupStrings;
  /** Lines above the explanation, e.g. "This key can see 42 models." */
  notes?: string[];
  /** Side remarks, after the actions (e.g. the 2026 standard-key warning on a verdict about something else). */
  footnotes?: string[];
  probes?: ProbeLine[];
  /** A command to run where the app runs, shown when the result depends on the caller. */
  curlCommand?: string;
  report?: () => string;
  onCopy: (text: string) => Promise<void>;
  /** Click-coach flows that fix this diagnosis, started by `onGuide`. */
  guides?: GuideOption[];
  onGuide?: StartGuide;
}

const SEVERITY_ICON: Record<Diagnosis['severity'], string> = {
  ok: '✓',
  warning: '!',
  error: '✕',
  transient: '↻',
  inconclusive: '?',
};

/** One verdict: what happened, why, the numbered fix and the console pages that fix it. */
export function DiagnosisCard({ diagnosis, strings, notes = [], footnotes = [], probes = [], curlCommand, report, onCopy, guides = [], onGuide }: DiagnosisCardProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  // Move focus to the verdict so keyboard and screen-reader users land on the answer.
  // Keyed on the id: a re-render of the same verdict (another button pressed) must not move focus.
  useEffect(() => heading.current?.focus(), [diagnosis.id]);
  const facts: [string, string | undefined][] = [
    [strings.httpStatus, diagnosis.httpStatus?.toString()],
    [strings.reason, diagnosis.reason],
    [strings.project, diagnosis.project],
    [strings.model, diagnosis.model],
    [strings.retryAfter, diagnosis.retryAfterSeconds != null ? format(strings.seconds, { count: Math.ceil(diagnosis.retryAfterSeconds) }) : undefined],
  ];
  const copyProps = { copiedLabel: strings.copied, failedLabel: strings.copyFailed, onCopy };
  const shownFacts = facts.filter(([, value]) => value);
  // One filled action: the guide that fixes it, else the first console page; the rest stay quiet.
  const [firstGuide, ...otherGuides] = onGuide ? guides : [];
  const [firstLink, ...otherLinks] = diagnosis.links;
  const primaryLink = firstGuide ? undefined : firstLink;
  const quietLinks = firstGuide ? diagnosis.links : otherLinks;
  // With no page to open, the command to run where the app runs is the next action.
  const primaryCurl = !firstGuide && !primaryLink ? curlCommand : undefined;
  const hasDetails = Boolean(diagnosis.message) || shownFacts.length > 0 || Boolean(curlCommand) || probes.length > 0 || Boolean(report);
  return (
    <section class={`result severity-${diagnosis.severity}`} data-diagnosis={diagnosis.id} data-severity={diagnosis.severity} aria-labelledby="result-title">
      <h2 id="result-title" tabIndex={-1} ref={heading}>
        <span class="severity-icon" aria-hidden="true">
          {SEVERITY_ICON[diagnosis.severity]}
        </span>
        {diagnosis.title}
      </h2>
      {notes.map((note) => (
        <p class="note">{note}</p>
      ))}
      {diagnosis.truncatedAt !== undefined && (
        <p class="note" data-note="read-cut">
          {format(strings.readCut, { count: diagnosis.truncatedAt.toLocaleString() })}
        </p>
      )}
      <p class="explanation">{diagnosis.explanation}</p>
      {diagnosis.steps.length > 0 && (
        <>
          {/* A working key has nothing to fix: its steps are checks for the app that uses it. */}
          <h3>{diagnosis.severity === 'ok' ? strings.stepsHeadingOk : strings.stepsHeading}</h3>
          <ol class="steps">
            {diagnosis.steps.map((step) => (
              <li>{step}</li>
            ))}
          </ol>
        </>
      )}
      {(firstGuide || primaryLink || primaryCurl) && (
        <div class="primary-action" data-primary-action>
          {firstGuide && onGuide && (
            <GuideButton primary option={firstGuide} label={format(strings.guideFixButton, { title: firstGuide.title })} strings={strings} onStart={(flowId) => onGuide(flowId, diagnosis.project)} />
          )}
          {primaryLink && <ConsoleLink link={primaryLink} primary />}
          {primaryCurl && <CopyButton text={() => primaryCurl} label={strings.copyCurl} {...copyProps} class="kd-button kd-primary" />}
        </div>
      )}
      {(quietLinks.length > 0 || otherGuides.length > 0) && (
        <nav class="more-actions links" aria-label={strings.linksHeading}>
          {quietLinks.map((link) => (
            <ConsoleLink link={link} />
          ))}
          {onGuide &&
            otherGuides.map((option) => (
              <GuideButton option={option} label={format(strings.guideFixButton, { title: option.title })} strings={strings} onStart={(flowId) => onGuide(flowId, diagnosis.project)} />
            ))}
        </nav>
      )}
      {footnotes.map((note) => (
        <p class="note footnote">{note}</p>
      ))}
      {hasDetails && (
        <details class="details">
          <summary>{strings.detailsSummary}</summary>
          {diagnosis.message && (
            <figure class="google-said">
              <figcaption>{strings.googleSaid}</figcaption>
              <blockquote>{diagnosis.message}</blockquote>
            </figure>
          )}
          {shownFacts.length > 0 && (
            <dl class="facts">
              {shownFacts.map(([label, value]) => (
                <div>
                  <dt>{label}</dt>
                  <dd>{value}</dd>
                </div>
              ))}
            </dl>
          )}
          {curlCommand && (
            <div class="curl">
              <p>{strings.dependsOnCaller}</p>
              <pre>
                <code>{curlCommand}</code>
              </pre>
              <CopyButton text={() => curlCommand} label={strings.copy} {...copyProps} />
            </div>
          )}
          {probes.length > 0 && (
            <div class="probes">
              <h3>{strings.probesHeading}</h3>
              <ul>
                {probes.map((probe) => (
                  <li>
                    {probe.label}: {probe.outcome}
                  </li>
                ))}
              </ul>
            </div>
          )}
          {report && <CopyButton text={report} label={strings.copyReport} {...copyProps} class="kd-button report" />}
        </details>
      )}
    </section>
  );
}

/** A console or docs page, opened in a new tab. */
function ConsoleLink({ link, primary = false }: { link: Diagnosis['links'][number]; primary?: boolean }) {
  return (
    <a class={primary ? 'kd-button kd-primary' : 'kd-link'} href={link.url} target="_blank" rel="noopener noreferrer" data-link={link.id}>
      {link.label}
    </a>
  );
}
