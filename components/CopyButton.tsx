import { useState } from 'preact/hooks';

interface CopyButtonProps {
  /** Produces the text at click time, so reports are built only when asked for. */
  text: () => string;
  label: string;
  copiedLabel: string;
  failedLabel: string;
  onCopy: (text: string) => Promise<void>;
  class?: string;
}

export function CopyButton({ text, label, copiedLabel, failedLabel, onCopy, class: className }: CopyButtonProps) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    try {
      await onCopy(text());
      setState('copied');
    } catch {
      setState('failed');
    }
  };
  return (
    <span class="copy">
      <button type="button" class={className ?? 'kd-button'} onClick={copy}>
        {state === 'copied' ? copiedLabel : label}
      </button>
      <span role="status" class="copy-status">
        {state === 'failed' ? failedLabel : ''}
      </span>
    </span>
  );
}
