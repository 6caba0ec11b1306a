// @vitest-environment happy-dom
/** The step card: what it says in each phase (never success before the result is seen). */
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { GuideCard, type GuideCardProps } from '@/components/GuideCard';
import type { CoachState, Phase } from '@/utils/guide/machine';
import { newGuideState, type GuideState, type RowChoice } from '@/utils/guide/state';
import type { GuideFlowId } from '@/utils/guide/flows';
import { GUIDE_TEXTS } from '@/utils/guide/texts';
import type { Locale } from '@/utils/i18n';

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

const PROJECT = 'gen-lang-client-0371227417';
const choice: RowChoice = { name: 'Generative Language API Key', detail: 'Nov 20, 2026', signature: 'x', index: 0 };

function show(flowId: GuideFlowId, stepId: string, phase: Phase, options: { locale?: Locale; extra?: Partial<CoachState>; guide?: Partial<GuideState>; props?: Partial<GuideCardProps> } = {}) {
  const guide: GuideState = { ...newGuideState(flowId, { project: PROJECT }, 0), stepId, choice, ...options.guide };
  const state: CoachState = { guide, phase, candidates: [], ...options.extra };
  render(
    <GuideCard
      state={state}
      locale={options.locale ?? 'en'}
      texts={GUIDE_TEXTS[flowId]}
      onDidIt={vi.fn()}
      onSkip={vi.fn()}
      onClose={vi.fn()}
      onChoose={vi.fn()}
      onOpenKeyTester={vi.fn()}
      onCopy={vi.fn()}
      {...options.props}
    />,
    root,
  );
  return { text: root.textContent ?? '', links: [...root.querySelectorAll('a')].map((link) => link.getAttribute('href') ?? '') };
}

describe('finish cards say success only once it is seen', () => {
  it('restored: "Checking the list…" while looking, the success once the row is outlined', () => {
    const seeking = show('restore-deleted-key', 'restored', 'seeking');
    expect(seeking.text).toContain('Checking the list…');
    expect(seeking.text).not.toContain('Your key is back');
    expect(seeking.text).not.toContain('is listed under API Keys again');
    expect(seeking.text).not.toContain('Back to AI Studio');
    const shown = show('restore-deleted-key', 'restored', 'shown', { props: { keyId: '43b0fe02-9493-4ea7-9255-0863fdef29b4' } });
    expect(shown.text).toContain('Your key is back');
    expect(shown.text).toContain('“Generative Language API Key” is listed under API Keys again.');
    // The key is back: the card never offers the restore again.
    expect(shown.text).not.toContain('undelete');
    expect(shown.text).not.toContain('restored for 30 days');
  });

  it('restored, not found: a failure title, not "Your key is back"', () => {
    const missing = show('restore-deleted-key', 'restored', 'missing');
    expect(missing.text).toContain('Your key is not listed yet');
    expect(missing.text).not.toContain('Your key is back');
  });

  it('your-row (check role): "Checking the list…" while looking', () => {
    const seeking = show('check-role', 'your-row', 'seeking');
    expect(seeking.text).toContain('Checking the list…');
    expect(seeking.text).not.toContain('Your row is outlined');
  });

  it('enabled: "Checking…" after the click; on failure the likely cause and the role guide', () => {
    const checking = show('enable-gemini-api', 'enabled', 'seeking', { guide: { confirming: 'enable' } });
    expect(checking.text).toContain('Checking that the API is on…');
    expect(checking.text).not.toContain('The API is enabled');
    expect(checking.text).not.toContain('is on for this project');
    const missing = show('enable-gemini-api', 'enabled', 'missing', { guide: { confirming: 'enable' } });
    expect(missing.text).toContain('The API is not on yet');
    expect(missing.text).toContain('serviceusage.services.enable');
    expect(missing.links).toContain(`https://console.cloud.google.com/iam-admin/iam?project=${PROJECT}&keyDoctorGuide=check-role`);
    expect(show('enable-gemini-api', 'enabled', 'shown').text).toContain('The API is enabled');
  });

  it('test-key: "Checking that the key was saved…" after Save', () => {
    const checking = show('create-and-restrict-key', 'test-key', 'seeking', { guide: { confirming: 'save' } });
    expect(checking.text).toContain('Checking that the key was saved…');
    expect(checking.text).not.toContain('Now test the key');
  });

  it('a click that did not take: the step again, with the likely cause', () => {
    const enable = show('enable-gemini-api', 'enable', 'shown', { extra: { retry: 'enable' } });
    expect(enable.text).toContain('did not see that click take effect');
    expect(enable.text).toContain('serviceusage.services.enable');
    expect(enable.links.some((link) => link.includes('keyDoctorGuide=check-role'))).toBe(true);
    const save = show('create-and-restrict-key', 'save', 'shown', { extra: { retry: 'save' } });
    expect(save.text).toContain('look for a field marked in red');
    expect(show('create-and-restrict-key', 'save', 'shown').text).not.toContain('did not see that click take effect');
  });

  it('zh-CN: the same words in Chinese', () => {
    expect(show('restore-deleted-key', 'restored', 'seeking', { locale: 'zh-CN' }).text).toContain('正在检查列表…');
    expect(show('enable-gemini-api', 'enabled', 'seeking', { locale: 'zh-CN', guide: { confirming: 'enable' } }).text).toContain('正在确认 API 已启用…');
  });
});

describe('nothing to restore', () => {
  it('says why and offers the create-and-restrict guide and a project switch', () => {
    const none = show('restore-deleted-key', 'select-row', 'none', { guide: { choice: undefined } });
    expect(none.text).toContain('Nothing to restore in this project');
    expect(none.text).toMatch(/30 days/);
    expect(none.text).toMatch(/another project or Google account/);
    expect(none.text).toMatch(/switch to it at the top of the console/);
    expect(none.text).not.toContain('Tick the box');
    expect(none.links).toEqual([`https://console.cloud.google.com/apis/credentials?project=${PROJECT}&keyDoctorGuide=create-and-restrict-key`]);
    expect(none.text).toContain('Guide me: Create a key in the Console and restrict it');
    expect(show('restore-deleted-key', 'select-row', 'none', { locale: 'zh-CN', guide: { choice: undefined } }).text).toContain('此项目中没有可恢复的密钥');
  });
});

describe('same-named keys', () => {
  it('several rows: says so, "open it from the list", no restore command', () => {
    // Before September 2026, when restricting a standard key still helped.
    const several = show('restore-deleted-key', 'restored', 'shown', { props: { several: true, today: new Date('2026-07-01T12:00:00Z') } });
    expect(several.text).toContain('Several keys named “Generative Language API Key” are listed');
    expect(several.text).toContain('Restrict it (open it from the list)');
    expect([...root.querySelectorAll('a')].map((link) => link.textContent)).not.toContain('Restrict this key');
    expect(several.text).not.toContain('undelete');
    expect(several.links.some((link) => link.includes('/apis/credentials/key/'))).toBe(false);
  });
});

describe('the restored key: what it is and what today’s rules make of it (issue 9)', () => {
  const late = new Date('2026-11-30T12:00:00Z');
  const summer = new Date('2026-07-01T12:00:00Z');
  const kindNote = () => root.querySelector('[data-key-kind]');

  it('a standard key after September 2026: leads with an auth key in AI Studio, no "restrict it", past tense', () => {
    const card = show('restore-deleted-key', 'restored', 'shown', { props: { keyKind: 'standard', today: late, keyId: 'k-1' } });
    expect(kindNote()?.getAttribute('data-key-kind')).toBe('standard');
    expect(card.text).toContain('This is a standard key (AIza…). Since September 2026, the Gemini API refuses every standard key');
    expect(card.text).not.toMatch(/will (?:refuse|stop)/);
    const primary = root.querySelector('a.kd-primary')!;
    expect(primary.textContent).toContain('Create an auth key in AI Studio');
    expect(primary.getAttribute('href')).toBe(`https://aistudio.google.com/api-keys?project=${PROJECT}`);
    expect(card.text).not.toContain('Restrict this key');
    expect(card.text).not.toContain('Back to AI Studio');
  });

  it('a standard key before September 2026: restrict it for now, the cut-off in the future tense', () => {
    const card = show('restore-deleted-key', 'restored', 'shown', { props: { keyKind: 'standard', today: summer, keyId: 'k-1' } });
    expect(card.text).toContain('Since 19 June 2026, the Gemini API refuses unrestricted standard keys');
    expect(card.text).toContain('From September 2026, the Gemini API will refuse every standard key');
    expect(card.text).toContain('Restrict this key');
  });

  it('an auth key: test it in Key Doctor first, back to AI Studio quietly, nothing about standard keys', () => {
    const onOpenKeyTester = vi.fn();
    const card = show('restore-deleted-key', 'restored', 'shown', { props: { keyKind: 'auth', today: late, onOpenKeyTester } });
    expect(card.text).toContain('This is an auth key (AQ.…)');
    const primary = root.querySelector<HTMLButtonElement>('button.kd-primary')!;
    expect(primary.textContent).toBe('Test the key in Key Doctor');
    primary.click();
    expect(onOpenKeyTester).toHaveBeenCalledOnce();
    expect(root.querySelector('a.kd-quiet[data-action="back-to-ai-studio"]')?.textContent).toContain('Back to AI Studio');
    expect(card.text).not.toContain('standard key');
  });

  it('a key whose kind the list does not show: says how to tell, in zh-CN too', () => {
    expect(show('restore-deleted-key', 'restored', 'shown', { props: { today: late } }).text).toContain('If this key starts with AIza, it is a standard key.');
    expect(show('restore-deleted-key', 'restored', 'shown', { locale: 'zh-CN', props: { keyKind: 'standard', today: late } }).text).toContain('自 2026 年 9 月 起，Gemini API 拒绝所有标准密钥');
  });
});

describe('greyed-out controls and the page outline (issue 9)', () => {
  it('a disabled control: its reason, no "Outlined"', () => {
    const card = show('create-and-restrict-key', 'form-pick-gemini', 'seeking', { props: { disabled: true } });
    expect(card.text).toContain('The Gemini API is greyed out');
    expect(card.text).toContain('Authenticate API calls through a service account');
    expect(card.text).not.toContain('Outlined on the page.');
  });

  it('offers "Copy page outline" only when a step cannot find its control, and copies what the builder gives', async () => {
    const onCopy = vi.fn(async () => {});
    expect(show('restore-deleted-key', 'open-deleted', 'shown', { props: { pageOutline: () => 'outline' } }).text).not.toContain('Copy page outline');
    show('restore-deleted-key', 'open-deleted', 'missing', { props: { pageOutline: () => 'the outline', onCopy } });
    const button = [...root.querySelectorAll('button')].find((candidate) => candidate.textContent === 'Copy page outline')!;
    button.click();
    await vi.waitFor(() => expect(onCopy).toHaveBeenCalledWith('the outline'));
  });
});

describe('the outline line', () => {
  it('says "Outlined" only when a ring is drawn (a 0×0 target gets none)', () => {
    expect(show('restore-deleted-key', 'open-deleted', 'shown').text).toContain('Outlined on the page.');
    const unboxed = show('restore-deleted-key', 'open-deleted', 'shown', { props: { ringShown: false } });
    expect(unboxed.text).not.toContain('Outlined on the page.');
    expect(unboxed.text).toContain('It is on the page but cannot be outlined');
    const zh = show('restore-deleted-key', 'open-deleted', 'shown', { locale: 'zh-CN', props: { ringShown: false } });
    expect(zh.text).not.toContain('已在页面上框出。');
    expect(zh.text).toContain('无法框出');
  });
});

describe('the command-line route', () => {
  it('is offered on the deleted-credentials steps of the restore, with the project filled in', () => {
    const restore = show('restore-deleted-key', 'restore', 'shown');
    expect(restore.text).toContain(`gcloud services api-keys list --show-deleted --project='${PROJECT}'`);
    expect(restore.text).toContain(`gcloud services api-keys undelete KEY_ID --project='${PROJECT}'`);
    const zh = show('restore-deleted-key', 'restore', 'shown', { locale: 'zh-CN' });
    expect(zh.text).toContain('也可以在终端中操作');
  });

  it('is not repeated on the Credentials page or in other guides', () => {
    expect(show('restore-deleted-key', 'open-deleted', 'shown').text).not.toContain('--show-deleted');
    expect(show('enable-gemini-api', 'enable', 'shown').text).not.toContain('gcloud');
  });
});

describe('the finish card ends with the action that fits what happened (utils/guide/finish.ts)', () => {
  const late = new Date('2026-11-30T12:00:00Z');
  const summer = new Date('2026-07-01T12:00:00Z');
  const actions = () => [...root.querySelectorAll<HTMLElement>('.kd-finish-actions [data-action]')].map((element) => `${element.dataset.action}${element.classList.contains('kd-primary') ? '*' : ''}`);

  it.each([
    ['restore-deleted-key', 'restored', { keyKind: 'auth' as const, today: late }, ['test-key*', 'back-to-ai-studio', 'done']],
    ['restore-deleted-key', 'restored', { keyKind: 'standard' as const, today: late }, ['create-auth-key*', 'create-key', 'done']],
    ['restore-deleted-key', 'restored', { keyKind: 'standard' as const, today: summer, keyId: 'k-1' }, ['restrict-key*', 'test-key', 'create-auth-key', 'done']],
    ['restore-deleted-key', 'restored', { today: late }, ['test-key*', 'create-auth-key', 'done']],
    ['create-and-restrict-key', 'test-key', {}, ['test-key*', 'done']],
    ['restrict-key', 'test-key', {}, ['test-key*', 'done']],
    ['enable-gemini-api', 'enabled', {}, ['test-key*', 'back-to-ai-studio', 'done']],
    ['check-role', 'your-row', {}, ['done*']],
  ] as const)('%s (%s, %j): %j', (flowId, stepId, props, expected) => {
    show(flowId, stepId, 'shown', { props });
    expect(actions()).toEqual(expected);
    // One filled action on the card, whatever the flow.
    expect(root.querySelectorAll('.kd-primary')).toHaveLength(1);
  });

  it('no next step before the result is seen or when it failed: only a quiet Done', () => {
    for (const phase of ['seeking', 'missing'] as const) {
      show('enable-gemini-api', 'enabled', phase);
      expect(actions()).toEqual([]);
      expect(root.querySelectorAll('.kd-primary')).toHaveLength(0);
      expect([...root.querySelectorAll('button')].map((button) => button.textContent)).toContain('Done');
    }
  });

  it('every plan names actions the card draws, and Done only when nothing else fits', async () => {
    const { FINISH_PLANS } = await import('@/utils/guide/finish');
    for (const plan of Object.values(FINISH_PLANS)) {
      expect(plan.quiet).not.toContain(plan.primary);
      expect(plan.quiet).not.toContain('done');
    }
  });

  it('zh-CN and ja: the same actions in their words', () => {
    show('restore-deleted-key', 'restored', 'shown', { locale: 'zh-CN', props: { keyKind: 'auth', today: late } });
    expect(root.querySelector('.kd-primary')?.textContent).toBe('在 Key Doctor 中测试密钥');
    show('restore-deleted-key', 'restored', 'shown', { locale: 'ja', props: { keyKind: 'standard', today: late } });
    expect(root.querySelector('.kd-primary')?.textContent).toContain('AI Studio で認可キーを作成');
  });
});

describe('one filled action per card', () => {
  it.each([
    ['restore-deleted-key', 'open-deleted', 'shown'],
    ['restore-deleted-key', 'open-deleted', 'missing'],
    ['restore-deleted-key', 'restore', 'shown'],
    ['restore-deleted-key', 'select-row', 'elsewhere'],
    ['enable-gemini-api', 'enable', 'missing'],
  ] as const)('%s %s %s: at most one .kd-primary, every other action quiet or outlined', (flowId, stepId, phase) => {
    show(flowId, stepId, phase);
    expect(root.querySelectorAll('.kd-primary').length).toBeLessThanOrEqual(1);
    // No action is drawn with the coach's old link style.
    expect(root.querySelectorAll('.kd-action')).toHaveLength(0);
    for (const action of root.querySelectorAll('.kd-actions a, .kd-actions button')) expect(action.classList.contains('kd-button')).toBe(true);
  });
});
