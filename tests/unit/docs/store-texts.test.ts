/**
 * Keeps the policy texts true to the code: PRIVACY.md names every storage item utils/storage.ts
 * defines, every content-script site and every request the AI Studio reader looks at, and there is a store listing for every UI language that justifies every permission,
 * host and content-script site the extension asks for.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { KEY_CREATION_RPCS } from '@/utils/ai-studio-rpc/parse';

const read = (path: string) => readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');
const PRIVACY = read('PRIVACY.md');
const STORAGE = read('utils/storage.ts');
const WXT_CONFIG = read('wxt.config.ts');

/** `session:rememberedApiKey`, `local:dismissedGuideOffers`, `session:guide:` (a per-tab prefix). */
const storageKeys = [...STORAGE.matchAll(/['`]((?:local|session|sync|managed):[\w:]+?)(?:\$\{|['`])/g)].map((match) => match[1]!);

const permissions = [...(WXT_CONFIG.match(/permissions: \[([^\]]*)\]/)?.[1] ?? '').matchAll(/'([^']+)'/g)].map((match) => match[1]!);
const apiOrigin = WXT_CONFIG.match(/API_ORIGIN = '([^']+)'/)?.[1];
const contentScriptSites = readdirSync(new URL('../../../entrypoints/', import.meta.url), { recursive: true, encoding: 'utf8' })
  .filter((path) => /\.content(?:\/index)?\.tsx?$/.test(path))
  .flatMap((path) => [...(read(`entrypoints/${path}`).match(/matches: \[([^\]]*)\]/)?.[1] ?? '').matchAll(/'([^']+)'/g)].map((match) => match[1]!));

/** public/_locales/zh_CN → docs/store/listing.zh-CN.md */
const locales = readdirSync(new URL('../../../public/_locales/', import.meta.url)).map((dir) => dir.replace('_', '-'));

describe('PRIVACY.md', () => {
  it('is dated', () => {
    expect(PRIVACY).toMatch(/^Last updated: \d{4}-\d{2}-\d{2}\./m);
  });

  it('names every storage item, where it lives', () => {
    expect(storageKeys.length).toBeGreaterThanOrEqual(3);
    for (const key of storageKeys) expect(PRIVACY, `${key} from utils/storage.ts`).toContain(key);
  });

  it('says so when a content script also runs in frames', () => {
    const inFrames = readdirSync(new URL('../../../entrypoints/', import.meta.url), { recursive: true, encoding: 'utf8' })
      .filter((path) => /\.content(?:\/index)?\.tsx?$/.test(path))
      .filter((path) => /allFrames: true/.test(read(`entrypoints/${path}`)));
    expect(inFrames).toEqual(['cloud-console.content/index.ts']);
    expect(PRIVACY).toMatch(/inside frames of that\s+same address/);
    for (const locale of locales) expect(read(`docs/store/listing.${locale}.md`), locale).toMatch(/frames|フレーム|框架/);
  });

  it('names every content-script site', () => {
    expect(contentScriptSites.length).toBeGreaterThanOrEqual(2);
    for (const site of contentScriptSites) expect(PRIVACY, site).toContain(`\`${site}\``);
  });

  it('says which AI Studio requests the MAIN-world reader reads: failed answers only, never a success', () => {
    expect(KEY_CREATION_RPCS.length).toBeGreaterThanOrEqual(1);
    for (const rpc of KEY_CREATION_RPCS) expect(PRIVACY, rpc).toContain(`\`${rpc}\``);
    expect(PRIVACY).toMatch(/only when its HTTP status is not 2xx/);
    expect(PRIVACY).toMatch(/never reads a successful answer/);
  });

  it('names the only host it sends to, and the header the key goes in', () => {
    expect(apiOrigin).toBeDefined();
    expect(PRIVACY).toContain(apiOrigin!);
    expect(PRIVACY).toContain('x-goog-api-key');
  });
});

describe('store listings', () => {
  it('the sources of truth were read', () => {
    expect(permissions).toContain('storage');
    expect(contentScriptSites.length).toBeGreaterThanOrEqual(2);
    expect(locales).toContain('en');
  });

  it.each(locales)('%s: single purpose, every permission and site justified, Limited Use', (locale) => {
    const listing = read(`docs/store/listing.${locale}.md`);
    for (const permission of permissions) expect(listing, permission).toContain(`\`${permission}\``);
    expect(listing).toContain(`\`${apiOrigin}/*\``);
    for (const site of contentScriptSites) expect(listing, site).toContain(`\`${site}\``);
    expect(listing).toContain('Limited Use');
    expect(listing).toContain('authenticationInfo');
  });
});
