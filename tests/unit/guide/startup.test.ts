/**
 * The Cloud Console startup script decides, the coach module acts: the decision's tables agree
 * with the coach's, and the startup script imports only the small deciding modules.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GUIDE_OFFERS } from '@/utils/guide/offers';
import { mayOffer, OFFER_PAGES } from '@/utils/guide/offer-pages';
import { COACH_MODULE_PATHS } from '@/utils/guide/coach-module';
import { LOCALES } from '@/utils/diagnosis/types';

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

  it('has a coach module for every UI language', () => {
    expect(Object.keys(COACH_MODULE_PATHS).sort()).toEqual([...LOCALES].sort());
  });

  it('imports only the small deciding modules at start (no flows, finders, views or Preact)', () => {
    const source = readFileSync(new URL('../../../entrypoints/cloud-console.content/index.ts', import.meta.url), 'utf8');
    const imports = [...source.matchAll(/^import (?!type )[^;]*? from '([^']+)';/gm)].map((match) => match[1]);
    expect(imports.sort()).toEqual(['#imports', '@/utils/guide/coach-module', '@/utils/guide/frame-wire', '@/utils/guide/offer-pages', '@/utils/guide/param', '@/utils/guide/step-texts', '@/utils/i18n', '@/utils/messaging'].sort());
  });
});
