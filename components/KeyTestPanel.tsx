import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { PrecheckView } from '@/utils/api-key/precheck-view';
import type { PopupStrings } from '@/utils/i18n/popup';

export interface KeyTestRequest {
  key: string;
  generate: boolean;
  remember: boolean;
}

interface KeyTestPanelProps {
  strings: PopupStrings;
  initialKey: string;
  /** "Also try a one-token generation" as it was for the last test. */
  initialGenerate?: boolean;
  initialRemember: boolean;
  precheck: (raw: string) => PrecheckView;
  busy: boolean;
  onTest: (request: KeyTestRequest) => void;
  /** A submit the pre-check stopped: nothing was sent. */
  onBlocked?: () => void;
  onCancel: () => void;
  onForget: () => void;
}

/** The "Test a key" form: a password-type key field, the pre-check findings, opt-ins, submit. */
export function KeyTestPanel({ strings, initialKey, initialGenerate = false, initialRemember, precheck, busy, onTest, onBlocked, onCancel, onForget }: KeyTestPanelProps) {
  const [key, setKey] = useState(initialKey);
  const [revealed, setRevealed] = useState(false);
  const [generate, setGenerate] = useState(initialGenerate);
  const [remember, setRemember] = useState(initialRemember);
  const [submitted, setSubmitted] = useState(false);
  const check = useMemo(() => precheck(key), [key, precheck]);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const keyField = useRef<HTMLInputElement>(null);
  // The popup opens to type or paste a key: start there (selected, so a paste replaces it).
  // A layout effect, so it runs before any keystroke: select() after typing began would replace
  // what was already typed.
  useLayoutEffect(() => {
    if (busy) return;
    keyField.current?.focus();
    keyField.current?.select();
  }, []);
  // The submit button is disabled while testing: keep keyboard focus on something usable. In the
  // same task as the busy render, so focus is never left on the disabled button and no later task
  // recalculates style while the answer may be arriving.
  useLayoutEffect(() => {
    if (busy) cancelButton.current?.focus();
  }, [busy]);
  // Blocking findings wait for a submit before they show, so typing is not shouted at.
  const visibleFindings = check.findings.filter((finding) => submitted || finding.severity !== 'block' || key.length > 40);

  const submit = (event: Event) => {
    event.preventDefault();
    setSubmitted(true);
    if (busy) return;
    if (!check.canTest) return void (key.trim() && onBlocked?.());
    onTest({ key: check.cleaned ?? key.trim(), generate, remember });
  };

  return (
    <form class="key-test stack" onSubmit={submit} autocomplete="off">
      <label for="api-key">{strings.keyLabel}</label>
      <div class="key-row">
        <input
          id="api-key"
          ref={keyField}
          name="api-key"
          type={revealed ? 'text' : 'password'}
          autocomplete="new-password"
          spellcheck={false}
          autocapitalize="off"
          aria-describedby="api-key-hint"
          aria-invalid={submitted && !check.canTest}
          value={key}
          onInput={(event) => {
            setKey(event.currentTarget.value);
            setSubmitted(false);
          }}
        />
        <button type="button" class="kd-button" aria-label={revealed ? strings.hideKeyLabel : strings.showKeyLabel} onClick={() => setRevealed(!revealed)}>
          {revealed ? strings.hideKey : strings.showKey}
        </button>
      </div>
      <p id="api-key-hint" class="hint">
        {strings.keyHint}
      </p>
      {visibleFindings.length > 0 && (
        <ul class="findings" aria-live="polite">
          {visibleFindings.map((finding) => (
            <li class="finding" data-finding={finding.id} data-severity={finding.severity}>
              <p>{finding.text}</p>
            </li>
          ))}
          {check.cleaned && check.cleaned !== key && (
            <li>
              <button type="button" class="kd-button" data-action="use-cleaned" onClick={() => setKey(check.cleaned!)}>
                {strings.useCleaned}
              </button>
            </li>
          )}
          {check.candidates.map((candidate) => (
            <li>
              <button type="button" class="kd-button" data-action="pick-key" onClick={() => setKey(candidate.value)}>
                {strings.pickKey}: <code>{candidate.masked}</code>
              </button>
            </li>
          ))}
        </ul>
      )}
      <CheckOption name="generate" checked={generate} onChange={setGenerate} label={strings.generateLabel} hint={strings.generateHint} />
      <CheckOption name="remember" checked={remember} onChange={setRemember} label={strings.rememberLabel} hint={strings.rememberHint} />
      <div class="actions">
        <button type="submit" class="kd-button kd-primary" disabled={busy}>
          {strings.testButton}
        </button>
        {busy && (
          <button type="button" class="kd-button" data-action="cancel" onClick={onCancel} ref={cancelButton}>
            {strings.cancelButton}
          </button>
        )}
        {initialRemember && !busy && (
          <button
            type="button"
            class="kd-button kd-quiet"
            data-action="forget"
            onClick={() => {
              setKey('');
              setRemember(false);
              onForget();
            }}
          >
            {strings.forgetKey}
          </button>
        )}
      </div>
    </form>
  );
}

interface CheckOptionProps {
  name: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  label: string;
  hint: string;
}

/** A labelled opt-in checkbox with its explanation read out as its description. */
function CheckOption({ name, checked, onChange, label, hint }: CheckOptionProps) {
  return (
    <label class="check">
      <input type="checkbox" name={name} checked={checked} onChange={(event) => onChange(event.currentTarget.checked)} aria-describedby={`${name}-hint`} />
      <span>
        {label}
        <span id={`${name}-hint`} class="hint block">
          {hint}
        </span>
      </span>
    </label>
  );
}
