/**
 * Build plugin: the popup's stylesheet is inline in popup.html (issue 11). A `<link rel="stylesheet">`
 * is render-blocking and, for an extension page, one more request through the browser process
 * before the first paint (about 20 ms of the popup's first contentful paint on a busy 2-core
 * machine); inline, the shell paints as soon as it is parsed. The lazy chunks still name the CSS
 * file among their dependencies, and Vite's preload helper loads it unless a stylesheet link with
 * that href is in the page: a `disabled` one stays as that marker (never fetched, never applied).
 */
import type { Plugin } from 'vite';

const STYLESHEET_LINK = /<link\s+rel="stylesheet"[^>]*\bhref="\/?([^"]+\.css)"[^>]*>/g;

export function inlinePopupCss(): Plugin {
  return {
    name: 'key-doctor:inline-popup-css',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      // WXT's popup page, before it is renamed popup.html.
      const html = bundle['entrypoints/popup/index.html'];
      if (!html || html.type !== 'asset') return;
      html.source = String(html.source).replace(STYLESHEET_LINK, (link, file: string) => {
        const css = bundle[file];
        if (!css || css.type !== 'asset') return link;
        const text = String(css.source);
        // Vite's CSS never holds `</style`; if it did, the link stays rather than cut the page short.
        if (text.includes('</style')) return link;
        return `<style>${text}</style>${link.replace(/>$/, ' disabled>')}`;
      });
    },
  };
}
