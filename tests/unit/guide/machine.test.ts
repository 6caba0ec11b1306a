// @vitest-environment happy-dom
/** The pure state machine, fed with observations of the replica pages. */
import { describe, expect, it } from 'vitest';
import { observePage } from '@/utils/guide/coach';
import type { GuideFlowId } from '@/utils/guide/flows';
import { currentStep, initialCoachState, progress, reduce, resumeAfterLoad, type CoachEvent, type CoachState } from '@/utils/guide/machine';
import { newGuideState, parseGuideState, type GuideState } from '@/utils/guide/state';
import { fixtureUrl, parseFixture } from './fixtures';

const on = (name: string): CoachEvent => ({ type: 'observed', observation: observePage(parseFixture(name), fixtureUrl(name)) });

function run(start: CoachState | GuideState | GuideFlowId, ...events: CoachEvent[]): CoachState {
  let state: CoachState =
    typeof start === 'string' ? initialCoachState(newGuideState(start, { project: 'gen-lang-client-0371227417' }, 0)) : 'phase' in start ? start : initialCoachState(start);
  for (const event of events) {
    const next = reduce(state, event);
    if (!next) throw new Error(`the flow ended at ${event.type}`);
    state = next;
  }
  return state;
}

const where = (state: CoachState) => `${state.guide.stepId}/${state.phase}`;
const click: CoachEvent = { type: 'targetClicked' };

describe('restore a deleted key', () => {
  it('walks credentials → deleted → confirm → back → restored, advancing on the user’s clicks', () => {
    let state = run('restore-deleted-key', on('credentials'));
    expect(where(state)).toBe('open-deleted/shown');
    expect(progress(state.guide)).toEqual({ number: 1, total: 5 });

    state = run(state, click);
    expect(where(state)).toBe('select-row/seeking');

    // One matching row: chosen for the user; it has its own RESTORE, so there is nothing to tick.
    state = run(state, on('deleted-one'));
    expect(where(state)).toBe('restore/shown');
    expect(state.guide.choice).toMatchObject({ name: 'Generative Language API Key' });
    expect(state.guide.foundDone).toEqual(['select-row']);

    state = run(state, click, on('deleted-dialog'));
    expect(where(state)).toBe('confirm/shown');

    state = run(state, click, on('deleted-empty'));
    expect(where(state)).toBe('back/shown');

    state = run(state, click, on('credentials-restored'));
    expect(where(state)).toBe('restored/shown');
    expect(currentStep(state.guide).step.kind).toBe('finish');
  });

  it('passes steps that are already done: a page opened straight on the confirm dialog', () => {
    const state = run('restore-deleted-key', on('deleted-dialog'));
    expect(where(state)).toBe('confirm/shown');
  });

  it('skips the confirm step when the console restores without a dialog (the row just goes)', () => {
    let state = run('restore-deleted-key', on('deleted-one'), click);
    expect(where(state)).toBe('confirm/seeking');
    state = run(state, on('deleted-empty'));
    expect(where(state)).toBe('back/shown');
  });

  it('asks which key when several match, then points at that row', () => {
    let state = run('restore-deleted-key', on('deleted-several'));
    expect(where(state)).toBe('select-row/choosing');
    expect(state.candidates.map((row) => `${row.name} ${row.detail}`)).toEqual([
      'Generative Language API Key Nov 18, 2026',
      'Generative Language API Key Nov 3, 2026',
      'Gemini API Key Oct 30, 2026',
    ]);
    state = run(state, { type: 'choose', choice: state.candidates[1]! }, on('deleted-several'));
    expect(where(state)).toBe('restore/shown');
    expect(state.guide.choice?.keyId).toBe('2a3b4c5d-6e7f-4809-9a1b-2c3d4e5f6a7b');
  });

  it('asks again when the chosen key is not on this page (another project)', () => {
    let state = run('restore-deleted-key', on('deleted-several'));
    // The replica's own URL names the same project: observe it as another project's page.
    const otherProject = fixtureUrl('deleted-zh-cn').replace(/project=[^&]*/, 'project=another-project-42');
    state = run(state, { type: 'choose', choice: state.candidates[0]! }, { type: 'observed', observation: observePage(parseFixture('deleted-zh-cn'), otherProject) });
    expect(state.guide.choice?.name).toBe('Generative Language API Key');
    expect(state.guide.choice?.keyId).toBeUndefined();
  });

  it('checkbox rows: tick the row first, then the toolbar RESTORE', () => {
    let state = run('restore-deleted-key', on('deleted-checkbox'));
    expect(where(state)).toBe('select-row/shown');
    state = run(state, click, on('deleted-checkbox'));
    expect(where(state)).toBe('restore/shown');
  });

  it('zh-CN list: same walk', () => {
    const state = run('restore-deleted-key', on('credentials-zh-cn'), click, on('deleted-zh-cn'));
    expect(where(state)).toBe('restore/shown');
  });

  it('says the step is on another page when the user wanders off', () => {
    const state = run('restore-deleted-key', on('iam'));
    expect(where(state)).toBe('open-deleted/elsewhere');
  });
});

describe('missing targets', () => {
  it('becomes words after the wait, stays words, and goes on with "I did it" or "Skip"', () => {
    let state = run('restore-deleted-key', on('credentials-no-restore-link'));
    expect(where(state)).toBe('open-deleted/seeking');
    state = run(state, { type: 'timedOut' });
    expect(where(state)).toBe('open-deleted/missing');
    state = run(state, on('credentials-no-restore-link'));
    expect(where(state)).toBe('open-deleted/missing');
    expect(where(run(state, { type: 'didIt' }))).toBe('select-row/seeking');
    expect(where(run(state, { type: 'skip' }))).toBe('select-row/seeking');
  });

  it('shows the element as soon as it turns up, even after giving up', () => {
    const state = run('restore-deleted-key', on('credentials-no-restore-link'), { type: 'timedOut' }, on('credentials'));
    expect(where(state)).toBe('open-deleted/shown');
  });

  it('shows the clicked step again when its click did not take (nothing changed on the page)', () => {
    const afterClick = run('create-and-restrict-key', on('key-edit'), click);
    expect(where(afterClick)).toBe('open-api-list/seeking');
    const timedOut = run(afterClick, on('key-edit'), { type: 'timedOut', observation: observePage(parseFixture('key-edit'), fixtureUrl('key-edit')) });
    expect(where(timedOut)).toBe('restrict-key/shown');
    // A click that did take leaves nothing to go back to: words instead.
    const ticked = run('create-and-restrict-key', on('key-edit'), click, { type: 'timedOut', observation: observePage(parseFixture('key-edit-restricted'), fixtureUrl('key-edit-restricted')) });
    expect(where(ticked)).toBe('open-api-list/missing');
  });

  it('ignores a late timeout once the target is shown, and clicks that are not on a shown target', () => {
    const shown = run('restore-deleted-key', on('credentials'));
    expect(run(shown, { type: 'timedOut' })).toBe(shown);
    const seeking = run('restore-deleted-key', on('credentials-no-restore-link'));
    expect(run(seeking, click)).toBe(seeking);
  });
});

describe('other flows', () => {
  it('enable: says the API was already enabled', () => {
    const state = run('enable-gemini-api', on('library-enabled'));
    expect(where(state)).toBe('enabled/shown');
    expect(state.guide.foundDone).toEqual(['enable']);
  });

  it('enable: the Enable click', () => {
    const state = run('enable-gemini-api', on('library-not-enabled'));
    expect(where(state)).toBe('enable/shown');
    expect(run(state, click).guide.foundDone).toEqual([]);
  });

  it('create and restrict: every step in turn', () => {
    let state = run('create-and-restrict-key', on('credentials'));
    expect(where(state)).toBe('create-credentials/shown');
    state = run(state, click, on('credentials-create-menu'));
    expect(where(state)).toBe('choose-api-key/shown');
    state = run(state, click, on('credentials-key-created'));
    expect(where(state)).toBe('edit-key/shown');
    state = run(state, click, on('key-edit'));
    expect(where(state)).toBe('restrict-key/shown');
    state = run(state, click, on('key-edit-select-open'));
    expect(where(state)).toBe('pick-gemini-api/shown');
    state = run(state, click, on('key-edit-select-open'));
    expect(where(state)).toBe('confirm-apis/shown');
    state = run(state, click, on('key-edit-restricted'));
    expect(where(state)).toBe('save/shown');
    state = run(state, click, on('credentials'));
    expect(where(state)).toBe('test-key/shown');
  });

  it('create and restrict: a key page already restricted skips to Save', () => {
    const state = run('create-and-restrict-key', on('key-edit-restricted'));
    expect(where(state)).toBe('save/shown');
    expect(state.guide.foundDone).toEqual([
      'create-credentials',
      'choose-api-key',
      // The 2026 form's steps: passed, a key is already there.
      'tick-service-account',
      'choose-service-account',
      'form-open-api-list',
      'form-pick-gemini',
      'form-confirm-apis',
      'create-key',
      'edit-key',
      'restrict-key',
      'open-api-list',
      'pick-gemini-api',
      'confirm-apis',
    ]);
  });

  it('check role: the finish card on the IAM page', () => {
    expect(where(run('check-role', on('iam')))).toBe('your-row/shown');
    expect(where(run('check-role', on('credentials')))).toBe('your-row/elsewhere');
  });
});

describe('resume, choice, close', () => {
  it('resumes from a stored state after a reload, restarting steps inside dialogs and forms', () => {
    const stored: GuideState = { ...newGuideState('restore-deleted-key', {}, 0), stepId: 'confirm' };
    const resumed = resumeAfterLoad(stored);
    expect(resumed.stepId).toBe('restore');
    expect(where(run(resumed, on('deleted-one')))).toBe('restore/shown');
    expect(resumeAfterLoad({ ...stored, stepId: 'back' }).stepId).toBe('back');
    expect(resumeAfterLoad({ ...newGuideState('create-and-restrict-key', {}, 0), stepId: 'confirm-apis' }).stepId).toBe('restrict-key');
  });

  it('follows the project in the URL', () => {
    const state = run(initialCoachState(newGuideState('restore-deleted-key', {}, 0)), on('credentials'));
    expect(state.guide.context).toEqual({ project: 'gen-lang-client-0371227417' });
  });

  it('ends on Esc or Close', () => {
    expect(reduce(run('restore-deleted-key', on('credentials')), { type: 'close' })).toBeNull();
  });

  it('stays on the finish card', () => {
    const finished = run('enable-gemini-api', on('library-enabled'));
    expect(run(finished, click, { type: 'didIt' }, { type: 'skip' }).guide.stepId).toBe('enabled');
  });
});

/** An observation of a replica changed in place (a row gone…), at the replica's URL or another. */
function onChanged(name: string, change: (doc: Document) => void, url = fixtureUrl(name)): CoachEvent {
  const doc = parseFixture(name);
  change(doc);
  return { type: 'observed', observation: observePage(doc, url) };
}
const timedOutOn = (name: string): CoachEvent => ({ type: 'timedOut', observation: observePage(parseFixture(name), fixtureUrl(name)) });

describe('a click is not a result: the finish waits for the clicked step’s done-check', () => {
  it('Enable clicked, page unchanged: "Checking…", never "enabled"; then Enable again with the likely cause', () => {
    let state = run('enable-gemini-api', on('library-not-enabled'), click);
    expect(where(state)).toBe('enabled/seeking');
    expect(state.guide.confirming).toBe('enable');
    state = run(state, on('library-not-enabled'));
    expect(where(state)).toBe('enabled/seeking');
    state = run(state, timedOutOn('library-not-enabled'));
    expect(where(state)).toBe('enable/shown');
    expect(state.retry).toBe('enable');
    expect(state.guide.confirming).toBeUndefined();
    // It went through after all: success, and not "it was already enabled".
    state = run(state, on('library-enabled'));
    expect(where(state)).toBe('enabled/shown');
    expect(state.guide.foundDone).toEqual([]);
  });

  it('Enable clicked, the API turns on: success', () => {
    const state = run('enable-gemini-api', on('library-not-enabled'), click, on('library-enabled'));
    expect(where(state)).toBe('enabled/shown');
    expect(state.guide.confirming).toBeUndefined();
    expect(state.guide.foundDone).toEqual([]);
  });

  it('Save clicked, still on the key page: "Checking…", then Save again', () => {
    let state = run('create-and-restrict-key', on('key-edit-restricted'));
    expect(where(state)).toBe('save/shown');
    state = run(state, click, on('key-edit-restricted'));
    expect(where(state)).toBe('test-key/seeking');
    state = run(state, timedOutOn('key-edit-restricted'));
    expect(where(state)).toBe('save/shown');
    expect(state.retry).toBe('save');
    state = run(state, click, on('credentials'));
    expect(where(state)).toBe('test-key/shown');
  });

  it('no clicked element left to show again: the finish’s words (the likely cause), until the result shows', () => {
    let state = run('enable-gemini-api', on('library-not-enabled'), click);
    // Another page without Enable (the console went elsewhere, nothing enabled).
    state = run(state, onChanged('library-not-enabled', (doc) => doc.querySelector('.mp-product-actions button')!.remove()));
    state = run(state, { type: 'timedOut', observation: observePage(parseFixture('iam'), fixtureUrl('iam')) });
    expect(where(state)).toBe('enabled/missing');
    state = run(state, on('iam'));
    expect(where(state)).toBe('enabled/missing');
    state = run(state, on('library-enabled'));
    expect(where(state)).toBe('enabled/shown');
  });

  it('"I did it" or "Skip" into the finish is checked the same way', () => {
    const skipped = run('create-and-restrict-key', on('key-edit-restricted'), { type: 'skip' }, on('key-edit-restricted'));
    expect(where(skipped)).toBe('test-key/seeking');
    const said = run('enable-gemini-api', on('library-not-enabled'), { type: 'didIt' }, on('library-not-enabled'));
    expect(where(said)).toBe('enabled/seeking');
  });

  it('the wait survives a reload: stored, and resumed still checking on the unchanged page', () => {
    const clicked = run('create-and-restrict-key', on('key-edit-restricted'), click);
    const stored = parseGuideState(JSON.parse(JSON.stringify(clicked.guide)));
    expect(stored?.confirming).toBe('save');
    expect(parseGuideState({ ...clicked.guide, confirming: 'no-such-step' })?.confirming).toBeUndefined();
    expect(where(run(resumeAfterLoad(stored!), on('key-edit-restricted')))).toBe('test-key/seeking');
    expect(where(run(resumeAfterLoad(stored!), on('credentials')))).toBe('test-key/shown');
  });
});

describe('nothing to restore', () => {
  it('an empty deleted list: a card of its own, no row to tick and no walk to a false success', () => {
    let state = run('restore-deleted-key', on('deleted-empty'));
    expect(where(state)).toBe('select-row/none');
    state = run(state, on('deleted-empty'));
    expect(where(state)).toBe('select-row/none');
    // Rows show up (the user switched to the right project): choose as usual.
    expect(where(run(state, on('deleted-several')))).toBe('select-row/choosing');
  });

  it('only when the deleted list is really there: not behind a dialog, not while the old list or a loading bar shows', () => {
    expect(where(run('restore-deleted-key', on('deleted-dialog')))).toBe('confirm/shown');
    const stale = { type: 'observed', observation: observePage(parseFixture('credentials'), fixtureUrl('deleted-empty')) } as const;
    expect(where(run('restore-deleted-key', stale))).toBe('select-row/seeking');
    const loading = onChanged('deleted-empty', (doc) => doc.querySelector('main')!.append(doc.createElement('mat-progress-bar')));
    expect(where(run('restore-deleted-key', loading))).toBe('select-row/seeking');
  });

  it('still nothing to choose when the wait runs out (a loading bar that never goes): the same card', () => {
    const loading = onChanged('deleted-empty', (doc) => doc.querySelector('main')!.append(doc.createElement('mat-progress-bar')));
    let state = run('restore-deleted-key', loading, timedOutOn('deleted-empty'));
    expect(where(state)).toBe('select-row/none');
    state = run(state, loading);
    expect(where(state)).toBe('select-row/none');
  });

  it('without a pick, the finish outlines no key and claims nothing', () => {
    const state = run({ ...newGuideState('restore-deleted-key', {}, 0), stepId: 'restored' }, on('credentials-restored'));
    expect(where(state)).toBe('restored/seeking');
    expect(where(run(state, { type: 'timedOut' }))).toBe('restored/missing');
  });
});

describe('a quick restore, another project', () => {
  const withoutRow = (index: number) => (doc: Document) => {
    const rows = [...doc.querySelectorAll('[role="row"]')].filter((row) => /Key/.test(row.textContent ?? '') && row.querySelector('a[href*="/key/"]'));
    rows[index]!.remove();
  };

  it('the chosen row is gone at "select the key" (restored in one go): on to Back, not asked again', () => {
    let state = run('restore-deleted-key', on('deleted-several'));
    state = run(state, { type: 'choose', choice: state.candidates[0]! }, onChanged('deleted-several', withoutRow(0)));
    expect(where(state)).toBe('back/shown');
    expect(state.guide.choice?.keyId).toBe('7c1e4f2a-3b5d-4e6f-8a9b-0c1d2e3f4a5b');
  });

  it('a switch to another project drops the pick: its list has other rows', () => {
    let state = run('restore-deleted-key', on('deleted-several'));
    state = run(state, { type: 'choose', choice: state.candidates[0]! });
    const other = fixtureUrl('deleted-several').replace('gen-lang-client-0371227417', 'another-project-123');
    state = run(state, onChanged('deleted-several', withoutRow(0), other));
    expect(where(state)).toBe('select-row/choosing');
    expect(state.guide.choice).toBeUndefined();
    expect(state.guide.context.project).toBe('another-project-123');
  });
});

describe('the step counter counts only the steps the coach shows', () => {
  it('a step the page already shows done is left out: 1 of 5, then 2 of 4, never 3 of 5', () => {
    let state = run('restore-deleted-key', on('credentials'));
    expect(progress(state.guide)).toEqual({ number: 1, total: 5 });
    // Between the click and the page it opens, the card says the next step is elsewhere: not shown.
    state = run(state, click, on('credentials'));
    expect(where(state)).toBe('select-row/elsewhere');
    // One matching row: "select the key" is passed, found done.
    state = run(state, on('deleted-one'));
    expect(where(state)).toBe('restore/shown');
    expect(progress(state.guide)).toEqual({ number: 2, total: 4 });
    state = run(state, click, on('deleted-dialog'));
    expect(progress(state.guide)).toEqual({ number: 3, total: 4 });
    state = run(state, click, on('deleted-empty'));
    expect(where(state)).toBe('back/shown');
    expect(progress(state.guide)).toEqual({ number: 4, total: 4 });
  });

  it('a guide opened on a page past its first steps starts at 1', () => {
    const state = run('restore-deleted-key', on('deleted-dialog'));
    expect(where(state)).toBe('confirm/shown');
    expect(progress(state.guide)).toEqual({ number: 1, total: 2 });
    const restricted = run('create-and-restrict-key', on('key-edit-restricted'));
    expect(where(restricted)).toBe('save/shown');
    expect(progress(restricted.guide)).toEqual({ number: 1, total: 1 });
  });

  it('a step passed with Skip was shown: it keeps its number and the next one follows it', () => {
    let state = run('restore-deleted-key', on('credentials-no-restore-link'), { type: 'timedOut' });
    expect(progress(state.guide)).toEqual({ number: 1, total: 5 });
    state = run(state, { type: 'skip' });
    expect(state.guide.shown).toEqual(['open-deleted']);
    expect(progress(state.guide)).toEqual({ number: 2, total: 5 });
  });

  it('a step the user did keeps its number after a reload finds it done (resumeAt walks back over it)', () => {
    // Shown: open-deleted and restore; select-row was found done; the page reloads inside the dialog.
    let state = run('restore-deleted-key', on('credentials'), click, on('deleted-one'), click, on('deleted-dialog'));
    expect(where(state)).toBe('confirm/shown');
    expect(progress(state.guide)).toEqual({ number: 3, total: 4 });
    const stored = parseGuideState(JSON.parse(JSON.stringify(state.guide)))!;
    expect(stored.shown).toEqual(['open-deleted', 'restore', 'confirm']);
    const resumed = resumeAfterLoad(stored);
    expect(resumed.stepId).toBe('restore');
    state = run(resumed, on('deleted-dialog'));
    expect(where(state)).toBe('confirm/shown');
    expect(state.guide.foundDone).toContain('restore');
    expect(progress(state.guide)).toEqual({ number: 3, total: 4 });
  });

  it('a stored state from before the count (no shown list) still numbers sensibly', () => {
    const stored = parseGuideState({ ...newGuideState('restore-deleted-key', {}, 0), stepId: 'restore', foundDone: ['open-deleted'], shown: ['nope', 42] })!;
    expect(stored.shown).toEqual([]);
    // Without the list, a step the user passed (select-row, not found done) still counts.
    expect(progress(stored)).toEqual({ number: 2, total: 4 });
  });
});
