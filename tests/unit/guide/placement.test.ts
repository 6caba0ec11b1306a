/** The coach card's place: never over the outlined target, in the window, at any width. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CLEARANCE, EDGE, placeCard } from '@/utils/guide/placement';

const card = { width: 380, height: 260 };
const box = (place: { top: number; left: number; maxHeight?: number }, size = card) => ({ left: place.left, top: place.top, right: place.left + size.width, bottom: place.top + Math.min(size.height, place.maxHeight ?? Infinity) });
const ringBox = (rect: { top: number; left: number; width: number; height: number }) => ({ left: rect.left - 4, top: rect.top - 4, right: rect.left + rect.width + 4, bottom: rect.top + rect.height + 4 });
const overlaps = (a: ReturnType<typeof box>, b: ReturnType<typeof box>) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('placeCard', () => {
  it('sits in the bottom-right corner when nothing is outlined or the target is elsewhere', () => {
    expect(placeCard({ card, targets: [], viewport: { width: 1280, height: 800 } })).toEqual({ slot: 'bottom-right', left: 1280 - EDGE - 380, top: 800 - EDGE - 260 });
    expect(placeCard({ card, targets: [{ top: 100, left: 100, width: 80, height: 30 }], viewport: { width: 1280, height: 800 } }).slot).toBe('bottom-right');
  });

  it('moves to the other corner when the target is in the bottom-right one, and back when it moves away', () => {
    const viewport = { width: 1280, height: 800 };
    const corner = placeCard({ card, targets: [{ top: 700, left: 1100, width: 100, height: 36 }], viewport });
    expect(corner.slot).toBe('bottom-left');
    // Held while it still fits (no hopping), then the first free place.
    expect(placeCard({ card, targets: [{ top: 100, left: 1100, width: 100, height: 36 }], viewport, previous: 'bottom-left' }).slot).toBe('bottom-left');
  });

  it('at 360 px wide, a target low on the page: above it; a full-width row near the middle: below or above, scrolling if need be', () => {
    const narrow = { width: 360, height: 700 };
    const small = { width: 328, height: 260 };
    const low = { top: 600, left: 20, width: 120, height: 36 };
    const above = placeCard({ card: small, targets: [low], viewport: narrow });
    expect(overlaps(box(above, small), ringBox(low))).toBe(false);
    const tall = { width: 328, height: 600 };
    const middle = { top: 300, left: 0, width: 360, height: 48 };
    const squeezed = placeCard({ card: tall, targets: [middle], viewport: narrow });
    expect(squeezed.maxHeight).toBeGreaterThan(0);
    expect(overlaps(box(squeezed, tall), ringBox(middle))).toBe(false);
  });

  it('never overlaps the ring and stays in the window, whenever there is room for it (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 360, max: 1600 }),
        fc.integer({ min: 480, max: 1000 }),
        fc.integer({ min: 120, max: 700 }),
        fc.record({ x: fc.double({ min: 0, max: 0.95, noNaN: true }), y: fc.double({ min: 0, max: 0.95, noNaN: true }), width: fc.integer({ min: 1, max: 400 }), height: fc.integer({ min: 1, max: 120 }) }),
        (vw, vh, height, target) => {
          const size = { width: Math.min(380, vw - 32), height };
          const rect = { left: Math.round(target.x * vw), top: Math.round(target.y * vh), width: Math.min(target.width, vw), height: target.height };
          const place = placeCard({ card: size, targets: [rect], viewport: { width: vw, height: vh } });
          const placed = box(place, size);
          // Room exists whenever one band above or below the ring can hold a usable card.
          const room = Math.max(rect.top - CLEARANCE - EDGE, vh - EDGE - (rect.top + rect.height + CLEARANCE));
          if (room >= 140 || place.maxHeight === undefined) expect(overlaps(placed, ringBox(rect))).toBe(false);
          expect(placed.left).toBeGreaterThanOrEqual(0);
          expect(placed.right).toBeLessThanOrEqual(vw);
          expect(placed.top).toBeGreaterThanOrEqual(0);
          expect(placed.bottom).toBeLessThanOrEqual(vh + 0.5);
        },
      ),
      { numRuns: 500 },
    );
  });
});
