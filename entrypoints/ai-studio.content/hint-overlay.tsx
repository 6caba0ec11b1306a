import { render } from 'preact';
import { createShadowRootUi, type ContentScriptContext, type ShadowRootContentScriptUi } from '#imports';
import { AiStudioHint } from '@/components/AiStudioHint';
import { hintIdOf, NOTHING_FOUND, ruleById } from '@/utils/detection/rules/ai-studio';
import type { Finding } from '@/utils/detection/watch';
import type { Locale } from '@/utils/i18n';

export interface HintOverlay {
  /** Show the card for this finding, or update the one already shown: never a second card. */
  show: (finding: Finding) => void;
  remove: () => void;
  /** The app navigated (another project or account): the shown card's links follow. Read only when a card is up. */
  updateContext: (readContext: () => Finding['context']) => void;
}

/**
 * One `<key-doctor-hint>` shadow host for the page's lifetime, created on first use. WXT builds
 * it with createElement + attachShadow + a <style> filled through textContent (no innerHTML), and
 * Preact writes text nodes, so it works on pages that enforce Trusted Types.
 */
export function createHintOverlay(ctx: ContentScriptContext, locale: Locale): HintOverlay {
  let ui: Promise<ShadowRootContentScriptUi<void>> | undefined;
  let container: HTMLElement | undefined;
  let host: HTMLElement | undefined;
  let current: Finding | undefined;
  let minimised = false;
  let mounted = false;
  /** The page element the user left to enter the card: closing the card gives focus back. */
  let focusBefore: HTMLElement | undefined;
  /** The shown card's listeners: the shadow root outlives each mount, so they go on unmount. */
  let mountListeners: AbortController | undefined;

  const draw = () => {
    if (!container || !host || !current) return;
    const finding = current;
    const rule = ruleById(finding.ruleId) ?? NOTHING_FOUND;
    host.setAttribute('data-diagnosis', finding.diagnosisId ?? hintIdOf(rule));
    host.setAttribute('data-rule', rule.id);
    render(
      <AiStudioHint
        ruleId={rule.id}
        message={finding.message}
        context={finding.context}
        locale={locale}
        minimised={minimised}
        onToggleMinimised={() => {
          minimised = !minimised;
          draw();
        }}
        onDismiss={remove}
      />,
      container,
    );
  };

  const getUi = () =>
    (ui ??= createShadowRootUi<void>(ctx, {
      name: 'key-doctor-hint',
      position: 'inline',
      anchor: 'body',
      append: 'last',
      // Keys typed in the card must not reach AI Studio's shortcuts.
      isolateEvents: true,
      onMount(uiContainer, shadow, shadowHost) {
        container = uiContainer;
        host = shadowHost;
        mountListeners?.abort();
        mountListeners = new AbortController();
        // On the shadow root: isolateEvents keeps these from reaching the host and the page.
        shadow.addEventListener(
          'focusin',
          (event) => {
            const from = (event as FocusEvent).relatedTarget;
            if (from instanceof HTMLElement && from !== shadowHost && !shadow.contains(from)) focusBefore = from;
          },
          { signal: mountListeners.signal },
        );
        draw();
      },
      onRemove() {
        mountListeners?.abort();
        mountListeners = undefined;
        if (container) render(null, container);
      },
    }));

  function remove() {
    current = undefined;
    minimised = false;
    if (!mounted) return;
    mounted = false;
    if (host && document.activeElement === host && focusBefore?.isConnected) focusBefore.focus();
    focusBefore = undefined;
    void getUi().then((shown) => shown.remove());
  }

  return {
    show(finding) {
      current = finding;
      getUi()
        .then((shown) => {
          if (ctx.isInvalid || current !== finding) return;
          if (mounted) return draw();
          mounted = true;
          shown.mount();
        })
        .catch(() => {
          // Nothing useful to tell the page; the popup's scan still reports the finding.
        });
    },
    remove,
    updateContext(readContext) {
      if (!current) return;
      current = { ...current, context: readContext() };
      draw();
    },
  };
}
