/**
 * Build step for the Cloud Console coach's per-language modules (cloud-console-coach-<lang>.js):
 * the guide texts are written with every language side by side (`{ en: …, 'zh-CN': …, ja: … }`
 * in utils/guide/flows.ts, strings.ts and offers.ts); each module keeps only its own language, so
 * a page loads one language's texts. Only objects whose keys are exactly the UI languages are cut;
 * the console's words for finding controls (labels.ts, many more languages) are never touched.
 */
// @babel/core ships no types (and @types/babel__core is not a dependency): the little used here is typed below.
// @ts-expect-error -- untyped module
import { transformSync as untypedTransformSync } from '@babel/core';

interface KeyNode {
  type: string;
  name?: string;
  value?: unknown;
}
interface PropertyNode {
  type: string;
  computed?: boolean;
  key?: KeyNode;
}
interface ObjectNode {
  properties: PropertyNode[];
}
type Visitor = { visitor: { ObjectExpression: (path: { node: ObjectNode }) => void } };
const transformSync = untypedTransformSync as (code: string, options: Record<string, unknown> & { plugins: (() => Visitor)[] }) => { code?: string | null } | null;

export const UI_LOCALES = ['en', 'zh-CN', 'ja'] as const;
/** The files whose per-language texts are cut (the rest of the coach speaks the same language anyway). */
export const TEXT_FILES = [/\/utils\/guide\/flows\.ts$/, /\/utils\/guide\/strings\.ts$/, /\/utils\/guide\/offers\.ts$/, /\/utils\/guide\/texts\/[^/]+\.ts$/];

/** The entry name's language: `cloud-console-coach-zh-cn` → `zh-CN`; other entries: undefined. */
export function coachModuleLocale(entryName: string | undefined): (typeof UI_LOCALES)[number] | undefined {
  const match = /^cloud-console-(?:coach|guide-[a-z-]+)-(en|zh-cn|ja)$/.exec(entryName ?? '');
  return match ? UI_LOCALES.find((locale) => locale.toLowerCase() === match[1]) : undefined;
}

function keyName(property: PropertyNode): string | undefined {
  if (property.type !== 'ObjectProperty' || property.computed || !property.key) return undefined;
  if (property.key.type === 'Identifier') return property.key.name;
  if (property.key.type === 'StringLiteral' && typeof property.key.value === 'string') return property.key.value;
  return undefined;
}

/** The code with every `{ en, 'zh-CN', ja }` object reduced to `locale` (JavaScript in, JavaScript out). */
export function keepLocale(code: string, locale: (typeof UI_LOCALES)[number]): string {
  const result = transformSync(code, {
    configFile: false,
    babelrc: false,
    sourceMaps: false,
    compact: false,
    plugins: [
      () => ({
        visitor: {
          ObjectExpression(path: { node: ObjectNode }) {
            const keys = path.node.properties.map(keyName);
            if (keys.length !== UI_LOCALES.length || !UI_LOCALES.every((name) => keys.includes(name))) return;
            path.node.properties = path.node.properties.filter((property) => keyName(property) === locale);
          },
        },
      }),
    ],
  });
  if (!result?.code) throw new Error('strip-locales: no output');
  return result.code;
}
