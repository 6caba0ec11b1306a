import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const FIXTURE_DIR = join(__dirname, '../../fixtures/ai-studio');

export interface Fixture {
  file: string;
  html: string;
  /** Header fields: fixture, imitates, language, date, url, expect, signal, sources. */
  header: Record<string, string>;
  url: string;
  /** The text rule detect() must report, or undefined for "nothing". */
  expect?: string;
  /** A rule only the watcher raises (after a create-key click). */
  signal?: string;
}

/** Fields are `name: value` lines in the leading comment; indented lines continue a value. */
function parseHeader(html: string): Record<string, string> {
  const comment = /^\s*<!--([\s\S]*?)-->/.exec(html)?.[1];
  if (!comment) throw new Error('fixture has no header comment');
  const header: Record<string, string> = {};
  let last: string | undefined;
  for (const line of comment.split('\n')) {
    const field = /^\s{2}(\w+):\s*(.*)$/.exec(line);
    if (field?.[1] && field[2] !== undefined) {
      last = field[1];
      header[last] = field[2].trim();
    } else if (last && line.trim()) {
      header[last] += ` ${line.trim()}`;
    }
  }
  return header;
}

export function loadFixtures(): Fixture[] {
  return readdirSync(FIXTURE_DIR)
    .filter((file) => file.endsWith('.html'))
    .sort()
    .map((file) => {
      const html = readFileSync(join(FIXTURE_DIR, file), 'utf8');
      const header = parseHeader(html);
      const fixture: Fixture = { file, html, header, url: header.url ?? '' };
      if (header.expect && header.expect !== 'none') fixture.expect = header.expect;
      if (header.signal) fixture.signal = header.signal;
      return fixture;
    });
}

export function parseFixture(fixture: Fixture): Document {
  return new DOMParser().parseFromString(fixture.html, 'text/html');
}

/** Replace the global document's content with the fixture's (for the watcher and its observer). */
export function loadIntoDocument(fixture: Fixture): void {
  const parsed = parseFixture(fixture);
  document.head.replaceChildren(...[...parsed.head.childNodes].map((node) => document.importNode(node, true)));
  document.body.replaceChildren(...[...parsed.body.childNodes].map((node) => document.importNode(node, true)));
}
