/**
 * Where the coach's card goes so that it never covers the outlined control: pure arithmetic on
 * boxes the caller already has (the rings' one-frame measure, the card's size from a
 * ResizeObserver, the window's size), so placing it costs no layout read of its own.
 *
 * Out of the way first (the bottom corners, where the card always sat), then beside the target
 * (below, above, right, left), in the window. When nothing fits whole, the card goes where the
 * most room is and scrolls inside (maxHeight). The last place is tried first, so the card does not
 * hop about while the target moves a little.
 */
import type { GuideRect } from '@/components/GuideCard';

export type CardSlot = 'bottom-right' | 'bottom-left' | 'top-right' | 'below' | 'above' | 'right' | 'left';

export interface CardPlacement {
  slot: CardSlot;
  top: number;
  left: number;
  /** Set when the card must scroll to stay clear of the target. */
  maxHeight?: number;
}

export interface PlaceInput {
  /** The card's own size (its width is fixed by CSS; its height by its content). */
  card: { width: number; height: number };
  /** The outlined boxes (the rings are drawn 4 px outside each). */
  targets: readonly GuideRect[];
  viewport: { width: number; height: number };
  previous?: CardSlot;
}

/** Distance kept from the window's edges. */
export const EDGE = 16;
/** The ring's 4 px outside the target plus its halo and a small gap. */
export const CLEARANCE = 16;
/** Below this, a scrolling card is too short to use: try the other sides first. */
const MIN_HEIGHT = 140;

const SLOTS: readonly CardSlot[] = ['bottom-right', 'bottom-left', 'below', 'above', 'right', 'left', 'top-right'];

interface Box {
  top: number;
  left: number;
  right: number;
  bottom: number;
}

const clamp = (value: number, low: number, high: number) => Math.max(low, Math.min(value, high));

function union(targets: readonly GuideRect[]): Box | undefined {
  if (!targets.length) return undefined;
  return {
    top: Math.min(...targets.map((rect) => rect.top)),
    left: Math.min(...targets.map((rect) => rect.left)),
    right: Math.max(...targets.map((rect) => rect.left + rect.width)),
    bottom: Math.max(...targets.map((rect) => rect.top + rect.height)),
  };
}

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

export function placeCard({ card, targets, viewport, previous }: PlaceInput): CardPlacement {
  const { width: vw, height: vh } = viewport;
  const edge = Math.min(EDGE, Math.max(0, (vw - card.width) / 2));
  const maxLeft = Math.max(edge, vw - edge - card.width);
  const target = union(targets);
  const corner = (slot: CardSlot, left: number, top: number): CardPlacement => ({ slot, left, top });
  const fallback = corner('bottom-right', maxLeft, Math.max(edge, vh - edge - card.height));
  if (!target) return fallback;
  const avoid: Box = { top: target.top - CLEARANCE, left: target.left - CLEARANCE, right: target.right + CLEARANCE, bottom: target.bottom + CLEARANCE };

  const at = (slot: CardSlot): CardPlacement => {
    const alignedLeft = clamp(target.left, edge, maxLeft);
    const alignedTop = clamp(target.top, edge, Math.max(edge, vh - edge - card.height));
    switch (slot) {
      case 'bottom-right':
        return fallback;
      case 'bottom-left':
        return corner(slot, edge, fallback.top);
      case 'top-right':
        return corner(slot, maxLeft, edge);
      case 'below':
        return { slot, left: alignedLeft, top: avoid.bottom };
      case 'above':
        return { slot, left: alignedLeft, top: avoid.top - card.height };
      case 'right':
        return { slot, left: avoid.right, top: alignedTop };
      case 'left':
        return { slot, left: avoid.left - card.width, top: alignedTop };
    }
  };
  const fits = ({ left, top }: CardPlacement) => {
    const box = { left, top, right: left + card.width, bottom: top + card.height };
    return left >= edge - 0.5 && top >= edge - 0.5 && box.right <= vw - edge + 0.5 && box.bottom <= vh - edge + 0.5 && !overlaps(box, avoid);
  };
  const order = previous ? [previous, ...SLOTS.filter((slot) => slot !== previous)] : SLOTS;
  for (const slot of order) {
    const place = at(slot);
    if (fits(place)) return place;
  }

  // Nothing fits whole: the taller of the bands below and above the target, the card scrolling.
  const below = vh - edge - avoid.bottom;
  const above = avoid.top - edge;
  const alignedLeft = clamp(target.left, edge, maxLeft);
  if (Math.max(below, above) >= MIN_HEIGHT || card.width > vw - 2 * edge - 1) {
    if (below >= above && below > 0) return { slot: 'below', left: alignedLeft, top: avoid.bottom, maxHeight: below };
    if (above > 0) return { slot: 'above', left: alignedLeft, top: edge, maxHeight: above };
  }
  // Beside it, full height, when the window is wide enough.
  if (avoid.left - edge >= card.width) return { slot: 'left', left: avoid.left - card.width, top: edge, maxHeight: vh - 2 * edge };
  if (vw - edge - avoid.right >= card.width) return { slot: 'right', left: avoid.right, top: edge, maxHeight: vh - 2 * edge };
  // The target fills the window: nowhere is clear; the usual corner.
  return fallback;
}
