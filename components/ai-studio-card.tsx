import { render } from 'preact';
import { AiStudioHint } from '@/components/AiStudioHint';
import { readRpcFailure } from '@/utils/ai-studio-rpc/validate';
import { CARD_VIEW_GLOBAL, type CardView } from '@/utils/detection/card-module';
import { REQUEST_CAUSES } from '@/utils/detection/card-plan';
import type { CardStrings } from '@/utils/detection/card-strings/en';
import type { Locale } from '@/utils/i18n';
import cardCss from './ai-studio-card.css?inline';

/** The lazy card module's one job: leave a view bound to its language for the startup script. */
export function registerCardView(strings: CardStrings, locale: Locale): void {
  const view: CardView = {
    // WXT's shadow-root reset, and our variables on the host instead of :root.
    css: `:host{all:initial !important;}\n${cardCss.replaceAll(':root', ':host')}`,
    render: (container, props) => render(<AiStudioHint {...props} strings={strings} locale={locale} />, container),
    clear: (container) => render(null, container),
    readRpcFailure,
    requestCauses: REQUEST_CAUSES,
  };
  (globalThis as Record<string, unknown>)[CARD_VIEW_GLOBAL] = view;
}
