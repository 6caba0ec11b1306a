/**
 * The Cloud Console startup script decides, the coach module acts: the decision's tables agree
 * with the coach's, and the startup script imports only the small deciding modules.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { GUIDE_OFFERS } from '@/utils/guide/offers';
import { mayOffer, OFFER_PAGES } from '@/utils/guide/offer-pages';
import { COACH_MODULE_PATHS, OFFER_MODULE_PATHS } from '@/utils/guide/coach-module';
import { LOCALES } from '@/utils/diagnosis/types';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** The project files a module reaches through its value imports (type-only imports and CSS left out). */
function reached(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    for (const [, spec] of source.matchAll(/^import (?!type )[^;]*? from '([^']+)';/gm)) {
      if (!spec!.startsWith('@/') && !spec!.startsWith('.')) continue;
      const base = spec!.startsWith('@/') ? resolve(ROOT, spec!.slice(2)) : resolve(dirname(file), spec!);
      const found = ['.ts', '.tsx', '/index.ts'].map((ext) => base + ext).find(existsSync);
      if (found) visit(found);
    }
  };
  visit(resolve(ROOT, entry));
  return new Set([...seen].map((file) => file.slice(ROOT.length + 1)));
}

const CREDENTIALS = 'https://console.cloud.google.com/apis/credentials?project=my-project';

describe('console startup decision', () => {
  it('knows every offer and its pages', () => {
    expect(Object.keys(OFFER_PAGES).sort()).toEqual(GUIDE_OFFERS.map((offer) => offer.id).sort());
    for (const offer of GUIDE_OFFERS) expect(offer.pages).toEqual(OFFER_PAGES[offer.id]);
  });

  it('loads the coach on an offer page unless its offers were all turned down', () => {
    expect(mayOffer(CREDENTIALS, [])).toBe(true);
    expect(mayOffer(CREDENTIALS, ['restore-deleted-key'])).toBe(false);
    expect(mayOffer(CREDENTIALS, ['enable-gemini-api'])).toBe(true);
    expect(mayOffer('https://console.cloud.google.com/home/dashboard?project=my-project', [])).toBe(false);
    expect(mayOffer('https://console.cloud.google.com/apis/library/generativelanguage.googleapis.com', [])).toBe(true);
  });

  it('has a coach module and an offer module for every UI language', () => {
    expect(Object.keys(COACH_MODULE_PATHS).sort()).toEqual([...LOCALES].sort());
    expect(Object.keys(OFFER_MODULE_PATHS).sort()).toEqual([...LOCALES].sort());
  });

  it('gives an offer page the offer card and its checks, not the coach', () => {
    const offer = reached('components/console-offer.tsx');
    for (const file of ['components/offer-ui.tsx', 'components/GuideOffer.tsx', 'utils/guide/offer-session.ts', 'utils/guide/offers.ts', 'utils/guide/targets.ts']) expect(offer, file).toContain(file);
    for (const file of ['utils/guide/coach.ts', 'utils/guide/session.ts', 'utils/guide/machine.ts', 'utils/guide/rings.ts', 'components/guide-ui.tsx', 'components/GuideCard.tsx']) expect(offer, file).not.toContain(file);
    // The coach shows offers with the same code.
    const coach = reached('components/console-coach.tsx');
    for (const file of ['components/offer-ui.tsx', 'utils/guide/offer-session.ts']) expect(coach, file).toContain(file);
  });

  it('imports only the small deciding modules at start (no flows, finders, views or Preact)', () => {
    const source = readFileSync(new URL('../../../entrypoints/cloud-console.content/index.ts', import.meta.url), 'utf8');
    const imports = [...source.matchAll(/^import (?!type )[^;]*? from '([^']+)';/gm)].map((match) => match[1]);
    expect(imports.sort()).toEqual(['#imports', '@/utils/guide/coach-module', '@/utils/guide/frame-wire', '@/utils/guide/handed-once', '@/utils/guide/offer-pages', '@/utils/guide/param', '@/utils/guide/step-texts', '@/utils/i18n', '@/utils/messaging'].sort());
  });
});
