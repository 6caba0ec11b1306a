import type { ContentScriptContext } from '#imports';
import { abortableFrame } from '@/utils/abortable';
import type { CardView } from '@/utils/detection/card-module';
import type { RpcFailureSummary } from '@/utils/ai-studio-rpc/parse';
import { mergeFindings, planCardWith } from '@/utils/detection/card-plan';
import type { Finding } from '@/utils/detection/watch';

export interface HintOverlay {
  /** Show the card for this finding, or update the one already shown: never a second card. */
  show: (finding: Finding) => void;
  /**
   * The MAIN-world reader's event detail (untrusted): validated by the card module once it is
   * loaded, then shown as the finding `findingFor` makes of it (none: ignored).
   */
  showRequest: (detail: unknown, findingFor: (request: RpcFailureSummary) => Finding | undefined) => void;
  remove: () => void;
  /** The app navigated (another project or account): the shown card's links follow. Read only when a card is up. */
  updateContext: (readContext: () => Finding['context']) => void;
  /** A card may be needed soon: start loading the view now. */
  prefetch: () => void;
}

/** A toast and a request this close together are one failure (the toast follows the answer). */
const MERGE_WINDOW_MS = 15_000;
/** The card the warm-up draws off the page: the full checklist, the longest card. */
const WARM_UP_RULE = 'ai-studio/generate-key-failed';
/** AI Studio's toast: a MatSnackBar in the CDK overlay container, bottom-centre. */
const SNACK_BAR = '.cdk-overlay-container .mat-mdc-snack-bar-container, .cdk-overlay-container mat-snack-bar-container';
/** Room kept between the card and the toast; also covers the snack bar's scale-in (0.8 → 1). */
const TOAST_GAP_PX = 24;
/** Keys typed in the card must not reach AI Studio's shortcuts. */
const ISOLATED_EVENTS = ['keydown', 'keyup', 'keypress'];

/**
 * One `<key-doctor-hint>` shadow host for the page's lifetime, built when the script starts
 * (before any toast) and attached to the page in the detection's own callback; the view, its
 * styles and texts and Preact come from the lazy card module. Built with createElement and
 * textContent only, so it works on pages that enforce Trusted Types.
 */
export function createHintOverlay(ctx: ContentScriptContext, loadView: () => Promise<CardView>): HintOverlay {
  const host = document.createElement('key-doctor-hint');
  const shadow = host.attachShadow({ mode: 'open' });
  // Filled with the card's sheet when the view arrives (it ships with the view, which is
  // prefetched on a create-key click or when a snack bar appears).
  const style = document.createElement('style');
  const container = document.createElement('div');
  shadow.append(style, container);
  for (const type of ISOLATED_EVENTS) shadow.addEventListener(type, (event) => event.stopPropagation());
  /** The page element the user left to enter the card: closing the card gives focus back. */
  let focusBefore: HTMLElement | undefined;
  // One listener per shadow root, for the page's lifetime.
  shadow.addEventListener('focusin', (event) => {
    const from = (event as FocusEvent).relatedTarget;
    if (from instanceof HTMLElement && from !== host && !shadow.contains(from)) focusBefore = from;
  });

  let view: CardView | undefined;
  let current: Finding | undefined;
  let shownAt = 0;
  let minimised = false;

  /**
   * Stops the card above AI Studio's toast when they share columns (narrow windows): one read of
   * two boxes after a draw or a resize, one custom property written; the card's top never moves,
   * so this cannot loop.
   */
  const keepClearOfToast = () => {
    const card = container.firstElementChild;
    const snackBar = document.querySelector(SNACK_BAR);
    const toast = snackBar?.getBoundingClientRect();
    const box = card?.getBoundingClientRect();
    if (!box || !toast || toast.height === 0 || toast.right <= box.left || toast.left >= box.right) {
      host.style.removeProperty('--kd-room');
      return;
    }
    host.style.setProperty('--kd-room', `${Math.max(0, Math.floor(toast.top - box.top - TOAST_GAP_PX))}px`);
  };
  /**
   * Read in the next frame, not in the observer callback that drew the card: that frame lays the
   * page out anyway, so the read is free there, while a read right after the draw forces a whole-
   * page layout on the toast → card path. The card's first paint is in that same frame.
   */
  let frameQueued = false;
  const keepClearNextFrame = () => {
    if (frameQueued) return;
    frameQueued = true;
    abortableFrame(ctx.signal, () => {
      frameQueued = false;
      if (current && host.isConnected) keepClearOfToast();
    });
  };
  window.addEventListener('resize', keepClearNextFrame, { passive: true });

  const draw = () => {
    if (!current || !view || !host.isConnected) return;
    const { ruleId, message, request, context } = current;
    view.render(container, {
      ruleId,
      message,
      request,
      context,
      minimised,
      onToggleMinimised: () => {
        minimised = !minimised;
        draw();
      },
      onDismiss: remove,
    });
    keepClearNextFrame();
  };

  /**
   * Loaded before any finding (prefetched): lay one card out, hidden, in a scratch shadow root
   * with the card's sheet, and take it off the page in the same task. The first layout of the
   * card's text looks up its fonts and shapes its words: 15–90 ms on a fresh tab (Chrome tracing:
   * InlineNode::ShapeText under the card's first forced layout), several frames; a detached draw
   * or a canvas measure left most of it. Done here while the page is idle, the toast → card path
   * fits in one frame. Its own element, not the card's host (that one is added once, for a
   * finding); nothing is painted, announced or focusable: the task ends with it gone.
   */
  const warmUp = (loaded: CardView) => {
    if (ctx.isInvalid) return;
    const scratchHost = document.createElement('key-doctor-warm-up');
    const scratchRoot = scratchHost.attachShadow({ mode: 'closed' });
    const sheet = document.createElement('style');
    sheet.textContent = loaded.css;
    const scratch = document.createElement('div');
    scratch.style.visibility = 'hidden';
    scratch.inert = true;
    scratchRoot.append(sheet, scratch);
    (document.body ?? document.documentElement).append(scratchHost);
    // Whatever happens while drawing, the scratch element never stays in AI Studio's page.
    try {
      loaded.render(scratch, { ruleId: WARM_UP_RULE, message: WARM_UP_RULE, context: {}, minimised: false, onToggleMinimised() {}, onDismiss() {} });
      scratch.firstElementChild?.getBoundingClientRect();
      loaded.clear(scratch);
    } finally {
      scratchHost.remove();
    }
  };

  const load = (): Promise<CardView | undefined> =>
    loadView().then(
      (loaded) => {
        if (!view) {
          style.textContent = loaded.css;
          view = loaded;
          if (current) draw();
          else warmUp(loaded);
        }
        return view;
      },
      () => {
        // Nothing useful to tell the page; the popup's scan still reports the finding.
        return undefined;
      },
    );

  function remove() {
    current = undefined;
    minimised = false;
    if (!host.isConnected) return;
    if (document.activeElement === host && focusBefore?.isConnected) focusBefore.focus();
    focusBefore = undefined;
    view?.clear(container);
    host.remove();
  }
  ctx.onInvalidated(remove);

  function show(finding: Finding) {
    if (ctx.isInvalid) return;
    const now = Date.now();
    current = now - shownAt <= MERGE_WINDOW_MS ? mergeFindings(current, finding) : finding;
    shownAt = now;
    // The host's attributes come from the startup script's plan: right in this frame, view or not
    // (a finding carries a request only once the view, which reads requests, has loaded).
    const plan = planCardWith(current, view?.requestCauses);
    host.setAttribute('data-diagnosis', plan.diagnosisId);
    host.setAttribute('data-rule', plan.ruleId);
    host.setAttribute('data-card', plan.card);
    if (plan.exact) host.setAttribute('data-cause', plan.exact.id);
    else host.removeAttribute('data-cause');
    if (!host.isConnected) (document.body ?? document.documentElement).append(host);
    if (view) draw();
    else void load();
  }

  return {
    show,
    showRequest(detail, findingFor) {
      void load().then((loaded) => {
        if (!loaded || ctx.isInvalid) return;
        const request = loaded.readRpcFailure(detail);
        const finding = request && findingFor(request);
        if (finding) show(finding);
      });
    },
    remove,
    updateContext(readContext) {
      if (!current) return;
      current = { ...current, context: readContext() };
      draw();
    },
    prefetch() {
      if (!view) void load();
    },
  };
}
