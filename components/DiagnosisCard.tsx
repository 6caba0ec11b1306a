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
export function DiagnosisCard({ diagnosis, strings, notes = [], probes = [], curlCommand, report, onCopy, guides = [], onGuide }: DiagnosisCardProps) {
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
      {diagnosis.message && (
        <figure class="google-said">
          <figcaption>{strings.googleSaid}</figcaption>
          <blockquote>{diagnosis.message}</blockquote>
        </figure>
      )}
      {facts.some(([, value]) => value) && (
        <dl class="facts">
          {facts
            .filter(([, value]) => value)
            .map(([label, value]) => (
              <div>
                <dt>{label}</dt>
                <dd>{value}</dd>
              </div>
            ))}
        </dl>
      )}
      {diagnosis.steps.length > 0 && (
        <>
          <h3>{strings.stepsHeading}</h3>
          <ol class="steps">
            {diagnosis.steps.map((step) => (
              <li>{step}</li>
            ))}
          </ol>
        </>
      )}
      {diagnosis.links.length > 0 && (
        <nav class="links" aria-label={strings.linksHeading}>
          {diagnosis.links.map((link) => (
            <a class="button-link" href={link.url} target="_blank" rel="noopener noreferrer" data-link={link.id}>
              {link.label}
            </a>
          ))}
        </nav>
      )}
      {onGuide && guides.length > 0 && (
        <div class="guides">
          {guides.map((option) => (
            <GuideButton option={option} label={format(strings.guideFixButton, { title: option.title })} strings={strings} onStart={(flowId) => onGuide(flowId, diagnosis.project)} />
          ))}
        </div>
      )}
      {curlCommand && (
        <div class="curl">
          <p>{strings.dependsOnCaller}</p>
          <pre tabIndex={0}>
            <code>{curlCommand}</code>
          </pre>
          <CopyButton text={() => curlCommand} label={strings.copy} {...copyProps} />
        </div>
      )}
      {probes.length > 0 && (
        <details class="probes">
          <summary>{strings.probesHeading}</summary>
          <ul>
            {probes.map((probe) => (
              <li>
                {probe.label}: {probe.outcome}
              </li>
            ))}
          </ul>
        </details>
      )}
      {report && <CopyButton text={report} label={strings.copyReport} {...copyProps} class="secondary report" />}
    </section>
  );
}
