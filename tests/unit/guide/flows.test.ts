/** The flows table is complete: words in every language, a finder and a check wherever needed. */
import { describe, expect, it } from 'vitest';
import { DIAGNOSIS_IDS } from '@/utils/diagnosis/types';
import { CAUSE_IDS } from '@/utils/detection/ai-studio-causes';
import { GUIDE_FLOW_IDS, GUIDE_FLOWS, flowById, flowsFixing } from '@/utils/guide/flows';
import { CONSOLE_LABELS, CONSOLE_LANGUAGES, labelKey, matchesLabel, type LabelId } from '@/utils/guide/labels';
import { GUIDE_OFFERS } from '@/utils/guide/offers';
import { CONSOLE_PAGE_IDS } from '@/utils/guide/pages';
import { guideStrings, pageNames } from '@/utils/guide/strings';
import { GUIDE_TEXTS } from '@/utils/guide/texts';
import { CHECK_IDS, TARGET_IDS, TARGETS } from '@/utils/guide/targets';
import { LOCALES } from '@/utils/diagnosis/types';

describe('GUIDE_FLOWS', () => {
  it('has every flow id once', () => {
    expect(GUIDE_FLOWS.map((flow) => flow.id)).toEqual([...GUIDE_FLOW_IDS]);
  });

  it.each(GUIDE_FLOWS.map((flow) => [flow.id, flow] as const))('%s is complete', (_id, flow) => {
    for (const locale of LOCALES) {
      expect(flow.title[locale]).toBeTruthy();
      expect(flow.summary[locale]).toBeTruthy();
    }
    expect(flow.startUrl({ project: 'my-project-1', authuser: '1' })).toMatch(/^https:\/\/console\.cloud\.google\.com\/.+project=my-project-1.*authuser=1|^https:\/\/console\.cloud\.google\.com\/.+authuser=1.*project=my-project-1/);
    for (const diagnosis of flow.fixes) expect(DIAGNOSIS_IDS).toContain(diagnosis);
    for (const cause of flow.causes) expect(CAUSE_IDS).toContain(cause);

    // A list with nothing to choose gets its own card and a way out.
    if (flow.steps.some((step) => step.needsChoice)) {
      expect(flow.nothingToChoose, `${flow.id} says when there is nothing to choose`).toBeDefined();
      expect(GUIDE_FLOW_IDS).toContain(flow.nothingToChoose!.instead);
      for (const locale of LOCALES) for (const value of Object.values(GUIDE_TEXTS[flow.id].nothingToChoose![locale])) expect(value).toBeTruthy();
    }

    const ids = flow.steps.map((step) => step.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(flow.steps.at(-1)?.kind).toBe('finish');
    expect(flow.steps.filter((step) => step.kind === 'finish')).toHaveLength(1);
    // Each guide's texts (texts/<flow id>.ts) cover its steps and nothing else.
    expect(Object.keys(GUIDE_TEXTS[flow.id].steps).sort()).toEqual([...ids].sort());
    expect(Boolean(GUIDE_TEXTS[flow.id].nothingToChoose)).toBe(Boolean(flow.nothingToChoose));
    flow.steps.forEach((step, index) => {
      const text = GUIDE_TEXTS[flow.id].steps[step.id]!;
      for (const locale of LOCALES) {
        expect(text[locale].title, `${step.id} ${locale}`).toBeTruthy();
        expect(text[locale].body, `${step.id} ${locale}`).toBeTruthy();
        if (step.target) expect(text[locale].missing, `${step.id} ${locale} needs words for a missing target`).toBeTruthy();
        expect(Boolean(text[locale].alreadyDone)).toBe(Boolean(text.en.alreadyDone));
        for (const field of ['missingTitle', 'several', 'notTaken'] as const) expect(Boolean(text[locale][field]), `${step.id} ${locale} ${field}`).toBe(Boolean(text.en[field]));
        // A finish card has words for the wait before its result is seen, never the success.
        if (step.kind === 'finish') expect(text[locale].checking, `${step.id} ${locale} checking`).toBeTruthy();
      }
      if (step.help) expect(GUIDE_FLOW_IDS).toContain(step.help);
      if (step.settleMs !== undefined) expect(step.kind).toBe('click');
      for (const page of step.pages) expect(CONSOLE_PAGE_IDS).toContain(page);
      if (step.kind === 'click') {
        expect(step.target, `${step.id} is clicked on something`).toBeDefined();
        expect(step.done, `${step.id} can tell it is done`).toBeDefined();
        expect(step.pages.length).toBeGreaterThan(0);
      }
      if (step.target) expect(TARGET_IDS).toContain(step.target);
      if (step.done) expect(CHECK_IDS).toContain(step.done);
      if (step.resumeAt) expect(ids.indexOf(step.resumeAt), `${step.id} resumes at an earlier step`).toBeLessThan(index);
    });
  });

  it('offers guides for the diagnoses the popup shows', () => {
    expect(flowsFixing('key-creation-denied').map((flow) => flow.id)).toEqual(['restore-deleted-key', 'create-and-restrict-key', 'check-role']);
    expect(flowsFixing('key-creation-flagged').map((flow) => flow.id)).toEqual(['create-and-restrict-key']);
    // An API call refused for a model or resource: restoring keys or roles is not the fix.
    expect(flowsFixing('permission-denied')).toEqual([]);
    expect(flowsFixing('api-disabled').map((flow) => flow.id)).toEqual(['enable-gemini-api']);
    expect(flowsFixing('key-api-restricted').map((flow) => flow.id)).toEqual(['create-and-restrict-key']);
    expect(flowsFixing('key-invalid').map((flow) => flow.id)).toEqual(['create-and-restrict-key']);
  });

  it('uses every finder somewhere', () => {
    const used = new Set(GUIDE_FLOWS.flatMap((flow) => flow.steps.map((step) => step.target)));
    for (const id of TARGET_IDS) expect(used.has(id) || id === 'myIamRow', id).toBe(true);
    for (const id of TARGET_IDS) expect(TARGETS[id].describe).toBeTruthy();
  });
});

describe('labels and strings', () => {
  it('every console label has wordings in all eleven console languages and a source note', () => {
    expect(CONSOLE_LANGUAGES).toEqual(['en', 'zh-CN', 'zh-TW', 'ja', 'ko', 'es', 'pt-BR', 'fr', 'de', 'it', 'ru']);
    for (const [id, label] of Object.entries(CONSOLE_LABELS)) {
      for (const language of CONSOLE_LANGUAGES) {
        const wordings: readonly string[] = label.words[language];
        expect(wordings.length, `${id} ${language}`).toBeGreaterThan(0);
        for (const wording of wordings) expect(labelKey(wording), `${id} ${language}: ${wording}`).not.toBe('');
      }
      expect(label.seen, id).toBeTruthy();
      // A sourced language is one the table has words for.
      for (const language of label.sourced) expect(Object.keys(label.words), id).toContain(language);
    }
  });

  it('matches a label in any of its languages, normalised, and never another label', () => {
    const cases: [string, LabelId][] = [
      ['  WIEDERHERSTELLEN ', 'restore'],
      ['復元', 'restore'],
      ['enable this API', 'enable'],
      ['ENABLE  THIS  api', 'enable'],
      ['manage this API', 'manage'],
      ['Disable API', 'disableApi'],
      ['認証情報を作成', 'createCredentials'],
      ['Créer des identifiants', 'createCredentials'],
      ['No APIs selected', 'selectApis'],
      ['API-Schlüssel', 'apiKeyMenuItem'],
    ];
    for (const [text, id] of cases) expect(matchesLabel(text, id), `${text} is ${id}`).toBe(true);
    expect(matchesLabel('enable this API', 'manage')).toBe(false);
    expect(matchesLabel('Restore deleted credentials', 'restore')).toBe(false);
    expect(matchesLabel('Restore deleted credentials', 'restore', 'prefix')).toBe(true);
  });

  it('matches labels across case, width and spacing', () => {
    expect(labelKey('RESTORE')).toBe(labelKey('Restore'));
    expect(labelKey('API 密钥')).toBe(labelKey('API密钥'));
    expect(labelKey(' Create credentials… ')).toBe(labelKey('Create credentials'));
  });

  it('has every UI string and page name in every language', () => {
    for (const locale of LOCALES) {
      for (const value of Object.values(guideStrings[locale])) expect(value).toBeTruthy();
      for (const page of CONSOLE_PAGE_IDS) expect(pageNames[locale][page]).toBeTruthy();
    }
  });

  it('offers point at real flows, in both languages', () => {
    for (const offer of GUIDE_OFFERS) {
      expect(flowById(offer.flowId)).toBeDefined();
      for (const locale of LOCALES) expect(offer.question[locale]).toBeTruthy();
    }
  });
});
