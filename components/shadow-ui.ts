import { createShadowRootUi, type ContentScriptContext, type ShadowRootContentScriptUi } from '#imports';

/**
 * One shadow host per UI, created on first use: `<key-doctor-guide data-flow data-step>` (card and
 * rings) and `<key-doctor-offer>`, each with its own sheet (`css`, imported `?inline`). WXT builds
 * each with createElement + attachShadow + a <style> filled through textContent, and Preact writes
 * text nodes, so nothing here needs Trusted Types.
 */
export function lazyShadowUi(ctx: ContentScriptContext, name: string, css: string, draw: (container: HTMLElement, host: HTMLElement) => void, clear: (container: HTMLElement) => void) {
  let ui: Promise<ShadowRootContentScriptUi<void>> | undefined;
  let container: HTMLElement | undefined;
  let host: HTMLElement | undefined;
  let mounted = false;
  const get = () =>
    (ui ??= createShadowRootUi<void>(ctx, {
      name,
      // Inline: no stylesheet fetch before the first ring (the startup script injects no CSS).
      // `:root` names the shadow host here, as WXT does for entry CSS (the tokens live there).
      css: css.replaceAll(':root', ':host'),
      position: 'inline',
      anchor: 'body',
      append: 'last',
      // Typing in the card must not reach the console's keyboard shortcuts.
      isolateEvents: true,
      onMount(uiContainer, _shadow, shadowHost) {
        container = uiContainer;
        host = shadowHost;
        draw(uiContainer, shadowHost);
      },
      onRemove() {
        if (container) clear(container);
      },
    }));
  return {
    show() {
      if (mounted && container && host) return draw(container, host);
      get()
        .then((shown) => {
          if (ctx.isInvalid) return;
          if (!mounted) {
            mounted = true;
            shown.mount();
          } else if (container && host) draw(container, host);
        })
        .catch(() => {
          // Nothing to tell the page; the popup still offers the guides.
        });
    },
    hide() {
      if (!mounted) return;
      mounted = false;
      void get().then((shown) => shown.remove());
    },
  };
}
