import { render } from 'preact';
import type { ContentScriptContext } from '#imports';
import { GuideCard, GuideHighlight, GuideTextsNotLoaded, type GuideRect } from '@/components/GuideCard';
import { createOfferUi } from './offer-ui';
import coachCss from './guide-coach.css?inline';
import offerCss from './offer-card.css?inline';
import { lazyShadowUi } from './shadow-ui';
import type { CoachView } from '@/utils/guide/coach';
import type { CoachEvent } from '@/utils/guide/machine';
import type { GuideOffer as Offer } from '@/utils/guide/offers';
import { abortableFrame } from '@/utils/abortable';
import { createFrameBatch } from '@/utils/guide/frame-batch';
import { offsetRect } from '@/utils/guide/frames';
import { pageOutline } from '@/utils/guide/outline';
import { placeCard, type CardSlot } from '@/utils/guide/placement';
import { createRingTracker } from '@/utils/guide/rings';
import type { RowChoice } from '@/utils/guide/state';
import type { GuideFlowId } from '@/utils/guide/flow-ids';
import type { FlowTexts } from '@/utils/guide/step-texts';
import type { Locale } from '@/utils/i18n';

export interface GuideUiHandlers {
  onEvent: (event: CoachEvent) => void;
  onOpenKeyTester: () => void;
  onCopy: (text: string) => Promise<void>;
  onOfferStart: (offer: Offer) => void;
  onOfferLater: (offer: Offer) => void;
  onOfferNever: (offer: Offer) => void;
  /** The running guide's texts (a module of their own, usually prefetched by the startup script). */
  loadTexts: (flowId: GuideFlowId) => Promise<FlowTexts>;
}

export interface GuideUi {
  showGuide: (view: CoachView | null) => void;
  showOffer: (offer: Offer | null) => void;
  /** The frame batch the rings measure in; the coach checks the page in it too. */
  requestFrame: (callback: () => void) => unknown;
}

/** Same card: a check of an unchanged page (a poll, a mutation elsewhere) re-renders nothing. */
function sameView(a: CoachView | null, b: CoachView): boolean {
  return (
    a !== null &&
    a.flow === b.flow &&
    a.step === b.step &&
    a.disabled === b.disabled &&
    a.keyId === b.keyId &&
    a.several === b.several &&
    a.keyKind === b.keyKind &&
    JSON.stringify(a.state) === JSON.stringify(b.state) &&
    JSON.stringify(a.iam) === JSON.stringify(b.iam)
  );
}

/** The card's CSS max-height (overlay-card.css): min(75vh, 640px). */
const cardMaxHeight = () => Math.min(innerHeight * 0.75, 640);

export function createGuideUi(ctx: ContentScriptContext, locale: Locale, handlers: GuideUiHandlers): GuideUi {
  let view: CoachView | null = null;
  let rects: GuideRect[] = [];
  /** The view changed since the card was last drawn. */
  let dirty = false;
  let scrolledFor: Element | undefined;
  /**
   * The card's width and the natural height of its content (header + body, not clamped by a
   * max-height we set, or placing it would go back and forth), from a ResizeObserver: no layout
   * read of ours. Unknown until the card's first layout: a typical card's size until then.
   */
  const sizes = new Map<Element, { width: number; height: number }>();
  let observedCard: Element | undefined;
  let lastSlot: CardSlot | undefined;
  const cardSize = () => {
    const card = observedCard && sizes.get(observedCard);
    const parts = observedCard ? [...observedCard.children].map((child) => sizes.get(child)?.height ?? 0) : [];
    const natural = parts.reduce((sum, height) => sum + height, 2);
    return {
      width: card?.width ?? Math.min(380, innerWidth - 32),
      height: Math.min(card && natural > 2 ? natural : 260, cardMaxHeight()),
    };
  };
  const cardResizes =
    typeof ResizeObserver === 'function'
      ? new ResizeObserver((entries) => {
          let changed = false;
          for (const entry of entries) {
            const box = entry.borderBoxSize[0];
            const size = box ? { width: box.inlineSize, height: box.blockSize } : { width: entry.contentRect.width, height: entry.contentRect.height };
            const before = sizes.get(entry.target);
            if (before?.width !== size.width || before.height !== size.height) changed = true;
            sizes.set(entry.target, size);
          }
          // After layout, before paint: the card is moved in the frame it changed size.
          if (changed && view) guide.show();
        })
      : undefined;
  ctx.onInvalidated(() => cardResizes?.disconnect());
  /** Watches the card (and its header and body) once per card element Preact creates. */
  const observeCard = (container: HTMLElement) => {
    const card = container.querySelector('.kd-guide');
    if (!card || card === observedCard || !cardResizes) return;
    cardResizes.disconnect();
    sizes.clear();
    observedCard = card;
    cardResizes.observe(card);
    for (const child of card.children) cardResizes.observe(child);
  };
  /** Texts of the guides shown so far; the rings do not wait for them, the card does. */
  const texts = new Map<GuideFlowId, FlowTexts>();
  /** Guides whose texts did not load: the card says so, with a way to load again, never a ring with no words. */
  const textsFailed = new Set<GuideFlowId>();
  const redraw = () => {
    dirty = true;
    rings.request();
  };
  /** The card is drawn again when the guide whose texts settled is the one shown. */
  const redrawIfShown = (flowId: GuideFlowId) => {
    if (view?.flow.id === flowId) redraw();
  };
  const needTexts = (flowId: GuideFlowId) => {
    if (texts.has(flowId)) return;
    handlers.loadTexts(flowId).then(
      (loaded) => {
        texts.set(flowId, loaded);
        redrawIfShown(flowId);
      },
      () => {
        textsFailed.add(flowId);
        redrawIfShown(flowId);
      },
    );
  };
  const loadTextsAgain = (flowId: GuideFlowId) => {
    textsFailed.delete(flowId);
    redraw();
    needTexts(flowId);
  };

  const guide = lazyShadowUi(
    ctx,
    'key-doctor-guide',
    // The card base (shared with the offer card), then the coach's own rules.
    `${offerCss}\n${coachCss}`,
    (container, host) => {
      if (!view) return render(null, container);
      host.setAttribute('data-flow', view.flow.id);
      host.setAttribute('data-step', view.step.id);
      host.setAttribute('data-phase', view.state.phase);
      // Clear of the rings, from the boxes the rings' frame measured (utils/guide/placement.ts).
      const placement = placeCard({ card: cardSize(), targets: rects, viewport: { width: innerWidth, height: innerHeight }, ...(lastSlot ? { previous: lastSlot } : {}) });
      lastSlot = placement.slot;
      const flowTexts = texts.get(view.flow.id);
      const props = {
        state: view.state,
        locale,
        placement,
        onDidIt: () => handlers.onEvent({ type: 'didIt' }),
        onSkip: () => handlers.onEvent({ type: 'skip' }),
        onClose: () => handlers.onEvent({ type: 'close' }),
        onChoose: (choice: RowChoice) => handlers.onEvent({ type: 'choose', choice }),
        onOpenKeyTester: handlers.onOpenKeyTester,
        onCopy: handlers.onCopy,
        // No box to ring (0×0, hidden): the card must not say "Outlined on the page."
        ringShown: rects.length > 0,
        disabled: view.disabled === true,
        // Built only when the user asks for it (CopyButton calls it at click time).
        pageOutline: () => pageOutline(document, { url: location.href }),
      };
      render(
        <>
          <GuideHighlight rects={rects} />
          {flowTexts && <GuideCard {...props} texts={flowTexts} {...(view.keyKind ? { keyKind: view.keyKind } : {})} {...(view.keyId ? { keyId: view.keyId } : {})} {...(view.several ? { several: true } : {})} {...(view.iam ? { iam: view.iam } : {})} />}
          {!flowTexts && textsFailed.has(view.flow.id) && <GuideTextsNotLoaded locale={locale} placement={placement} onLoadAgain={() => loadTextsAgain(view!.flow.id)} onClose={props.onClose} />}
        </>,
        container,
      );
      observeCard(container);
    },
    (container) => {
      render(null, container);
      cardResizes?.disconnect();
      observedCard = undefined;
    },
  );

  const offerUi = createOfferUi(ctx, locale, { onStart: handlers.onOfferStart, onLater: handlers.onOfferLater, onNever: handlers.onOfferNever });

  // Layout is read only in the tracker's animation frames (one batch per frame), never in a mutation callback.
  const requestFrame = createFrameBatch((callback) =>
    // Not ctx.requestAnimationFrame: it leaves an abort listener on ctx.signal per frame, about
    // 30 a second while a step waits for its control (utils/abortable.ts).
    abortableFrame(ctx.signal, () => {
      if (ctx.isValid) callback();
    }),
  );
  const rings = createRingTracker({
    requestFrame,
    ...(typeof ResizeObserver === 'function' ? { ResizeObserver } : {}),
    ...(typeof IntersectionObserver === 'function' ? { IntersectionObserver } : {}),
    onMeasure(measured) {
      if (!view) return;
      // Targets inside console iframes: their rect (in the frame) moved by the iframe's content box.
      const framed = (view.framed ?? []).flatMap(({ frame, rect }) => {
        if (!frame.isConnected) return [];
        const box = frame.getBoundingClientRect();
        return [offsetRect(rect, box, { top: frame.clientTop, left: frame.clientLeft })];
      });
      const all = [...measured, ...framed];
      const changed = all.length !== rects.length || all.some((rect, i) => rect.top !== rects[i]!.top || rect.left !== rects[i]!.left || rect.width !== rects[i]!.width || rect.height !== rects[i]!.height);
      if (!changed && !dirty) return;
      dirty = false;
      rects = all;
      const target = view.outlined[0];
      const rect = rects[0];
      // Bring the element into view once per element; after that the user scrolls freely.
      if (target && rect && target !== scrolledFor) {
        scrolledFor = target;
        if (rect.top + rect.height < 0 || rect.top > innerHeight || rect.left + rect.width < 0 || rect.left > innerWidth) target.scrollIntoView({ block: 'center', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
      }
      guide.show();
    },
  });
  const requestMeasure = () => {
    if (view) rings.request();
  };
  ctx.addEventListener(window, 'scroll', requestMeasure, { capture: true, passive: true });
  ctx.addEventListener(window, 'resize', requestMeasure, { passive: true });
  // A transition or animation (a dialog sliding in) moves the target with no other sign.
  for (const type of ['transitionrun', 'transitionend', 'animationend']) document.addEventListener(type, requestMeasure, { capture: true, passive: true, signal: ctx.signal });
  ctx.onInvalidated(() => rings.stop());

  return {
    requestFrame,
    showGuide(next) {
      const before = view;
      view = next;
      if (!next) {
        rects = [];
        rings.track([]);
        guide.hide();
        return;
      }
      // The rings are measured again either way (rows added above the target move it).
      if (!sameView(before, next)) dirty = true;
      needTexts(next.flow.id);
      rings.track(next.outlined);
    },
    showOffer: offerUi.showOffer,
  };
}
