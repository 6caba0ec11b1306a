// @vitest-environment happy-dom
/** "Copy page outline": structure for a bug report, nothing of the user's data. */
import { describe, expect, it } from 'vitest';
import { maskForOutline, pageOutline } from '@/utils/guide/outline';
import { FIXTURES, fixtureUrl, parseFixture } from './fixtures';

const PROJECT = 'gen-lang-client-0371227417';
const outlineOf = (name: string) => pageOutline(parseFixture(name), { url: fixtureUrl(name) });

describe('pageOutline', () => {
  it('gives tags, roles, aria-labels and the words of buttons and links', () => {
    const outline = outlineOf('credentials-restored-standard');
    expect(outline.split('\n').slice(0, 2)).toEqual(['Key Doctor page outline', 'page: console.cloud.google.com/apis/credentials']);
    expect(outline).toMatch(/^\s*button\[cfccalloutsteptarget=credential-create-button\] "Create credentials"$/m);
    expect(outline).toMatch(/^\s*a "Restore deleted credentials"$/m);
    expect(outline).toMatch(/^\s*table\[role=table\]$/m);
    expect(outline).toMatch(/^\s*tr\[role=row\]$/m);
    expect(outline).toMatch(/^\s*cfc-platform-bar$/m);
    expect(outlineOf('library-aria-not-enabled')).toMatch(/button aria-label="enable this API" "Enable"/);
    expect(outlineOf('deleted-de')).toMatch(/a aria-label="Zurück"/);
  });

  it('carries nothing from data cells, no key string, no project id, no email: on every replica', () => {
    const cellText = ['Generative Language API Key', 'Gemini API Key', 'Browser key', 'Nov 20, 2026', '20.11.2026', 'Webclient 1', 'Dev User'];
    for (const name of FIXTURES) {
      const outline = outlineOf(name);
      for (const secret of [...cellText, 'AIza', 'AQ.Ab8', 'AQ.DEMO', PROJECT, 'dev.user@example.com', '43b0fe02', 'olivia.owner']) expect(outline, `${name}: ${secret}`).not.toContain(secret);
    }
  });

  it('masks keys, emails and the project wherever they show', () => {
    expect(maskForOutline('key AIzaSyDEMO-abcdefghijkl and AQ.Ab8cdefghij', 'my-proj')).toBe('key [key] and [key]');
    expect(maskForOutline('Dev (dev.user@example.com) on my-proj / gen-lang-client-0123456789', 'my-proj')).toBe('Dev ([email]) on [project] / [project]');
    const doc = parseFixture('credentials');
    doc.querySelector('h1')!.textContent = 'Credentials for my-proj AIzaSyDEMO-abcdefghijkl';
    expect(pageOutline(doc, { url: 'https://console.cloud.google.com/apis/credentials?project=my-proj' })).toContain('"Credentials for [project] [key]"');
  });

  it('is bounded', () => {
    const outline = pageOutline(parseFixture('credentials'), { url: fixtureUrl('credentials'), maxLines: 10 });
    expect(outline.split('\n')).toHaveLength(11);
    expect(outline).toMatch(/cut at 10 lines/);
  });
});
