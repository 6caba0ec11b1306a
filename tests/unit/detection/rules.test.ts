// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { CAUSE_IDS, meaningOf } from '@/utils/detection/ai-studio-causes';
import { CARD_STRINGS } from '@/utils/detection/card-strings';
import {
  AI_STUDIO_RULES,
  CONTAINERS,
  CREATE_KEY_CONTROLS,
  EXCLUDED,
  KEY_PAGE_PATHS,
  KEY_SHOWN,
  NOTHING_FOUND,
  PROJECT_SCOPES,
  UNREADABLE_CREATE_FAILURE,
  APP_PAGE_PATHS,
  HEADER_TOAST_HOSTS,
  cardOf,
  hintIdOf,
  pagesOf,
  ruleById,
} from '@/utils/detection/rules/ai-studio';
import { DIAGNOSIS_IDS } from '@/utils/diagnosis/types';
import { SUPPORTED_LOCALES as LOCALES } from '@/utils/i18n';

const allRules = [...AI_STUDIO_RULES, UNREADABLE_CREATE_FAILURE, NOTHING_FOUND];

describe('AI Studio rule table conventions', () => {
  it('ids are unique ai-studio/<kebab-slug>', () => {
    const ids = allRules.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^ai-studio\/[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it('every selector, wording and path says what it was written against', () => {
    const entries = [
      ...Object.values(CONTAINERS).flatMap((c) => c.selectors),
      ...EXCLUDED.selectors,
      ...EXCLUDED.tagPrefixes,
      ...CREATE_KEY_CONTROLS,
      ...KEY_SHOWN.selectors,
      ...PROJECT_SCOPES,
      ...KEY_PAGE_PATHS,
      ...APP_PAGE_PATHS,
      ...HEADER_TOAST_HOSTS,
      ...AI_STUDIO_RULES.flatMap((rule) => rule.wordings),
    ];
    for (const entry of entries) expect(entry.seen.length, JSON.stringify(entry)).toBeGreaterThan(10);
  });

  it('selectors are valid CSS', () => {
    const selectors = [
      ...Object.values(CONTAINERS).flatMap((c) => c.selectors.map((s) => s.selector)),
      ...EXCLUDED.selectors.map((s) => s.selector),
      ...CREATE_KEY_CONTROLS.map((s) => s.selector),
      ...KEY_SHOWN.selectors.map((s) => s.selector),
      ...PROJECT_SCOPES.map((s) => s.selector),
      ...HEADER_TOAST_HOSTS.map((s) => s.selector),
    ];
    for (const selector of selectors) expect(() => document.querySelector(selector), selector).not.toThrow();
  });

  it('dated TODOs use TODO [YYYY-MM-DD]', async () => {
    const { readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const source = readFileSync(join(__dirname, '../../../utils/detection/rules/ai-studio.ts'), 'utf8');
    for (const todo of source.match(/TODO.{0,14}/g) ?? []) expect(todo).toMatch(/^TODO \[\d{4}-\d{2}-\d{2}\]/);
  });

  it('every rule ranks known causes without repeats (a short card has none), maps to a known diagnosis and explains itself', () => {
    for (const rule of allRules) {
      if (cardOf(rule) === 'checklist') expect(rule.causes.length, rule.id).toBeGreaterThan(0);
      else expect(rule.causes, rule.id).toEqual([]);
      expect(new Set(rule.causes).size, rule.id).toBe(rule.causes.length);
      for (const cause of rule.causes) expect(CAUSE_IDS).toContain(cause);
      if (rule.diagnosisId) expect(DIAGNOSIS_IDS).toContain(rule.diagnosisId);
      for (const locale of LOCALES) expect(meaningOf(rule.id, CARD_STRINGS[locale]), `${rule.id} ${locale}`).toBeTruthy();
    }
  });

  it('the full checklist shows all nine causes', () => {
    expect([...NOTHING_FOUND.causes].sort()).toEqual([...CAUSE_IDS].sort());
    expect([...UNREADABLE_CREATE_FAILURE.causes].sort()).toEqual([...CAUSE_IDS].sort());
  });

  it('"suspicious" is not an IAM problem: anti-abuse first, no restore', () => {
    const suspicious = ruleById('ai-studio/generate-key-suspicious')!;
    expect(suspicious.causes[0]).toBe('suspicious-request');
    expect(suspicious.causes).not.toContain('restore-deleted-key');
    expect(suspicious.diagnosisId).toBe('key-creation-flagged');
    expect(hintIdOf(suspicious)).toBe('key-creation-flagged');
  });

  it('permission wordings and the generic prefix map to key-creation-denied (not the API-call permission-denied)', () => {
    for (const id of ['generate-key-permission-denied', 'caller-no-permission', 'no-permission-create-key', 'missing-permissions', 'project-admin-permission-denied', 'generate-key-failed']) {
      expect(hintIdOf(ruleById(`ai-studio/${id}`)!)).toBe('key-creation-denied');
    }
    expect(ruleById('ai-studio/no-permission-create-key')!.causes[0]).toBe('missing-iam-permissions');
    expect(ruleById('ai-studio/caller-no-permission')!.causes[0]).toBe('restore-deleted-key');
  });

  it('an app\'s publish failure is its own short card, only on app pages, with no key diagnosis', () => {
    const app = ruleById('ai-studio/app-publish-suspicious')!;
    expect(cardOf(app)).toBe('app-publish');
    expect(pagesOf(app as (typeof AI_STUDIO_RULES)[number])).toEqual(['app']);
    expect(app.diagnosisId).toBeUndefined();
    expect(hintIdOf(app)).toBe('ai-studio/app-publish-suspicious');
    // Every other text rule is a key-page rule with the checklist.
    for (const rule of AI_STUDIO_RULES.filter((r) => r !== app)) expect([pagesOf(rule), cardOf(rule)], rule.id).toEqual([['keys'], 'checklist']);
  });

  it('the zh-CN no-permission wording is Google\'s own', () => {
    const rule = ruleById('ai-studio/no-permission-create-key') as (typeof AI_STUDIO_RULES)[number];
    expect(rule.wordings.map((w) => w.text)).toContain('您无权在此项目中创建密钥');
  });

  it('the generic prefix rule comes last so specific wordings win', () => {
    expect(AI_STUDIO_RULES[AI_STUDIO_RULES.length - 1]!.id).toBe('ai-studio/generate-key-failed');
  });
});
