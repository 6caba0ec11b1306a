import { useState } from 'preact/hooks';
import type { PopupStrings } from '@/utils/i18n/popup';

/** A click-coach flow a popup view can start (utils/guide/flows.ts). */
export interface GuideOption {
  flowId: string;
  title: string;
  summary?: string;
}

/** Opens the flow's console page; `project` comes from the diagnosis when it named one. */
export type StartGuide = (flowId: string, project?: string) => Promise<boolean>;

interface GuideButtonProps {
  option: GuideOption;
  label: string;
  /** When the visible label alone is ambiguous (five "Start" buttons); must contain `label`. */
  accessibleLabel?: string;
  strings: PopupStrings;
  onStart: StartGuide;
  /** Asked first; false stops the start (the caller says why). */
  canStart?: () => boolean;
  /** The card's one filled action (see components/design.css). */
  primary?: boolean;
}

/** Starts a flow in a new console tab and says whether that worked: never a silent no-op. */
export function GuideButton({ option, label, accessibleLabel, strings, onStart, canStart, primary = false }: GuideButtonProps) {
  const [status, setStatus] = useState<'idle' | 'opened' | 'failed'>('idle');
  const start = () => {
    if (canStart && !canStart()) return setStatus('idle');
    onStart(option.flowId)
      .then((ok) => setStatus(ok ? 'opened' : 'failed'))
      .catch(() => setStatus('failed'));
  };
  return (
    <div class="guide-option">
      <button type="button" class={primary ? 'kd-button kd-primary' : 'kd-button'} data-guide={option.flowId} aria-label={accessibleLabel} onClick={start}>
        {label}
      </button>
      <span role="status" class="hint">
        {status === 'opened' ? strings.guideOpened : status === 'failed' ? strings.guideFailed : ''}
      </span>
    </div>
  );
}
