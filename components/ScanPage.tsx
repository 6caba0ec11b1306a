import { useState } from 'preact/hooks';
import type { ScanPageResult } from '@/utils/content-messaging';
import type { PopupStrings } from '@/utils/i18n/popup';

interface ScanPageProps {
  strings: PopupStrings;
  /** Asks the active AI Studio tab's content script to check now and show its overlay. */
  scan: () => Promise<ScanPageResult>;
}

type ScanState = 'idle' | 'scanning' | 'found' | 'nothing' | 'unavailable';

/** The fallback when the toast was missed or its wording is new: scan on demand. */
export function ScanPage({ strings, scan }: ScanPageProps) {
  const [state, setState] = useState<ScanState>('idle');
  const run = () => {
    setState('scanning');
    scan()
      .then((result) => setState(result.found ? 'found' : 'nothing'))
      // No content script answers in a tab opened before the extension was installed or updated.
      .catch(() => setState('unavailable'));
  };
  const messages: Record<ScanState, string> = {
    idle: '',
    scanning: strings.scanning,
    found: strings.scanFound,
    nothing: strings.scanNothing,
    unavailable: strings.scanUnavailable,
  };
  return (
    <section class="scan" aria-labelledby="scan-heading">
      <h2 id="scan-heading">{strings.scanHeading}</h2>
      <button type="button" class="kd-button" data-action="scan-page" onClick={run} disabled={state === 'scanning'}>
        {strings.scanButton}
      </button>
      <p role="status" class="hint" data-scan={state}>
        {messages[state]}
      </p>
    </section>
  );
}
