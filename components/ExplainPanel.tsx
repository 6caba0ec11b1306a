import { useState } from 'preact/hooks';
import type { Diagnosis } from '@/utils/diagnosis/types';
import type { PopupStrings } from '@/utils/i18n/popup';
import { DiagnosisCard } from './DiagnosisCard';
import type { GuideOption, StartGuide } from './GuideButtons';

interface ExplainPanelProps {
  strings: PopupStrings;
  /** Pure: pasted text → diagnosis, or null when it is not a Google API error. */
  explain: (text: string) => Diagnosis | null;
  onCopy: (text: string) => Promise<void>;
  guidesFor?: (diagnosis: Diagnosis) => GuideOption[];
  onGuide?: StartGuide;
  /** Markdown for "Copy report". */
  reportFor?: (diagnosis: Diagnosis) => string;
}

type Outcome = { kind: 'none' } | { kind: 'empty' } | { kind: 'unknown' } | { kind: 'diagnosis'; diagnosis: Diagnosis };

/** "Explain an error": paste whatever the SDK printed, get the same card as a key test. */
export function ExplainPanel({ strings, explain, onCopy, guidesFor, onGuide, reportFor }: ExplainPanelProps) {
  const [text, setText] = useState('');
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'none' });
  const submit = (event: Event) => {
    event.preventDefault();
    if (!text.trim()) return setOutcome({ kind: 'empty' });
    const diagnosis = explain(text);
    setOutcome(diagnosis ? { kind: 'diagnosis', diagnosis } : { kind: 'unknown' });
  };
  return (
    <form onSubmit={submit} class="stack">
      <label for="error-text">{strings.explainLabel}</label>
      <textarea
        id="error-text"
        name="error-text"
        rows={7}
        spellcheck={false}
        autocomplete="off"
        aria-describedby="error-text-hint"
        value={text}
        onInput={(event) => setText(event.currentTarget.value)}
      />
      <p id="error-text-hint" class="hint">
        {strings.explainHint}
      </p>
      <button type="submit" class="kd-button kd-primary">
        {strings.explainButton}
      </button>
      <div aria-live="polite">
        {outcome.kind === 'empty' && <p class="message">{strings.explainEmpty}</p>}
        {outcome.kind === 'unknown' && (
          <p class="message" data-diagnosis="none">
            {strings.explainUnknown}
          </p>
        )}
      </div>
      {outcome.kind === 'diagnosis' && <DiagnosisCard diagnosis={outcome.diagnosis} strings={strings} onCopy={onCopy} guides={guidesFor?.(outcome.diagnosis)} onGuide={onGuide} report={reportFor && (() => reportFor(outcome.diagnosis))} />}
    </form>
  );
}
