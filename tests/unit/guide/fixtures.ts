/**
 * The Cloud Console replicas (tests/fixtures/cloud-console/), read for unit tests. Each replica's
 * header comment names the real URL it stands for (`URL: …`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// Path arithmetic, not `new URL(…, import.meta.url)`: happy-dom replaces the global URL.
const DIR = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/cloud-console/');

export const FIXTURES = readdirSync(DIR)
  .filter((name) => name.endsWith('.html'))
  .map((name) => name.replace(/\.html$/, ''))
  .sort();

export function fixtureHtml(name: string): string {
  return readFileSync(`${DIR}${name}.html`, 'utf8');
}

export function fixtureUrl(name: string): string {
  const url = /^\s*URL: (\S+)/m.exec(fixtureHtml(name))?.[1];
  if (!url) throw new Error(`${name}.html has no URL line in its header comment`);
  return url;
}

/** A detached document (scripts do not run: happy-dom evaluates no JavaScript by default). */
export function parseFixture(name: string): Document {
  return new DOMParser().parseFromString(fixtureHtml(name), 'text/html');
}

/** Swap the live test document's content for a replica, as a navigation would. */
export function showFixture(name: string, doc: Document = document): void {
  const parsed = parseFixture(name);
  doc.documentElement.replaceChildren(...[...parsed.documentElement.childNodes].map((node) => doc.importNode(node, true)));
  doc.documentElement.setAttribute('lang', parsed.documentElement.getAttribute('lang') ?? 'en');
}
