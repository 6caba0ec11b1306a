/**
 * Build plugin: one language per built module (issue 11), the one mechanism for every surface.
 * In the files listed in PRUNED every object literal whose keys are all locales keeps only the
 * module's language. The sources keep every language (the `Record<Locale, …>` types and the
 * locale tests still see them); only the built code loses the other two. The language comes from:
 * - the popup: it imports its app as `./boot?only=<locale>`; every project module that graph
 *   reaches is loaded with the same query (code-split chunks of one multi-page build);
 * - the console's lazy modules: WXT builds each unlisted script on its own, so the entry's name
 *   says which language the build is for (`cloud-console-coach-<lang>`, `cloud-console-offer-<lang>`,
 *   `cloud-console-guide-<flow id>-<lang>`, utils/guide/step-texts.ts).
 */
import { readFileSync } from 'node:fs';
import ts from 'typescript';
import type { Plugin } from 'vite';

const LOCALE_KEYS = new Set(['en', 'zh-CN', 'ja']);
/**
 * The words tables, read by the module's own locale only (never labels.ts: console words match in
 * any language). The popup reaches the first six, the console coach and guide texts the guide ones.
 */
const PRUNED = [
  /\/utils\/diagnosis\/table\.ts$/,
  /\/utils\/i18n\/popup\.ts$/,
  /\/utils\/api-key\/precheck-words\.ts$/,
  /\/utils\/api-key\/report\.ts$/,
  /\/utils\/guide\/flows\.ts$/,
  /\/utils\/key-rules\.ts$/,
  /\/utils\/guide\/strings\.ts$/,
  /\/utils\/guide\/offers\.ts$/,
  /\/utils\/guide\/texts\/[^/]+\.ts$/,
];
const pruned = (file: string) => PRUNED.some((path) => path.test(file));
/** How the popup asks for its app in one locale. */
const QUERY = /\?only=(en|zh-CN|ja)$/;
/** Module ids in that graph: `file.kd-only-ja.ts`, still ending in .ts/.tsx so every transform (WXT's auto-imports, JSX) applies. */
const ONLY_ID = /^(.*)\.kd-only-(en|zh-CN|ja)(\.tsx?)$/;
const onlyId = (file: string, locale: string) => file.replace(/(\.tsx?)$/, `.kd-only-${locale}$1`);

function propertyName(property: ts.ObjectLiteralElementLike): string | undefined {
  if (!ts.isPropertyAssignment(property)) return undefined;
  const { name } = property;
  return ts.isIdentifier(name) || ts.isStringLiteral(name) ? name.text : undefined;
}

/** The language of a console lazy module's entry: `cloud-console-coach-zh-cn` → `zh-CN`; other entries: undefined. */
export function entryLocale(entryName: string | undefined): 'en' | 'zh-CN' | 'ja' | undefined {
  const match = /^cloud-console-(?:coach|offer|guide-[a-z-]+)-(en|zh-cn|ja)$/.exec(entryName ?? '');
  return match ? (match[1] === 'zh-cn' ? 'zh-CN' : (match[1] as 'en' | 'ja')) : undefined;
}

/** Source text with the other locales' properties cut out of every all-locale object literal. */
export function keepOneLocale(code: string, fileName: string, locale: string): string {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, fileName.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const cuts: [number, number][] = [];
  const visit = (node: ts.Node) => {
    if (ts.isObjectLiteralExpression(node) && node.properties.length >= 2) {
      const names = node.properties.map(propertyName);
      if (names.every((name) => name !== undefined && LOCALE_KEYS.has(name)) && names.includes(locale)) {
        node.properties.forEach((property, index) => {
          if (names[index] === locale) return visit(property);
          // The property and its trailing comma.
          const next = node.properties[index + 1];
          cuts.push([property.getFullStart(), next ? next.getFullStart() : property.getEnd()]);
        });
        return;
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  let result = code;
  for (const [start, end] of cuts.sort((a, b) => b[0] - a[0])) {
    const tail = result.slice(end).replace(/^\s*,/, '');
    result = result.slice(0, start) + tail;
  }
  return result;
}

export function localeOnly(root: string): Plugin {
  /** Set when this build is one console lazy module (one entry, one language). */
  let buildLocale: ReturnType<typeof entryLocale>;
  return {
    name: 'key-doctor:locale-only',
    apply: 'build',
    enforce: 'pre',
    configResolved(config) {
      const lib = config.build.lib;
      buildLocale = entryLocale(lib && typeof lib.fileName === 'string' ? lib.fileName : undefined);
    },
    async resolveId(source, importer, options) {
      const asked = source.match(QUERY);
      const importerMatch = importer?.match(ONLY_ID);
      const locale = asked?.[1] ?? importerMatch?.[2];
      if (!locale) return null;
      const realImporter = importerMatch ? `${importerMatch[1]}${importerMatch[3]}` : importer;
      const resolved = await this.resolve(source.replace(QUERY, ''), realImporter, { ...options, skipSelf: true });
      if (!resolved || resolved.external || !resolved.id.startsWith(root) || resolved.id.includes('/node_modules/') || !/\.tsx?$/.test(resolved.id)) return resolved;
      return onlyId(resolved.id, locale);
    },
    load(id) {
      const match = id.match(ONLY_ID);
      if (!match) {
        if (!buildLocale || !id.startsWith(root) || !pruned(id)) return null;
        return keepOneLocale(readFileSync(id, 'utf8'), id, buildLocale);
      }
      const file = `${match[1]}${match[3]}`;
      this.addWatchFile(file);
      const code = readFileSync(file, 'utf8');
      return pruned(file) ? keepOneLocale(code, file, match[2]!) : code;
    },
  };
}
