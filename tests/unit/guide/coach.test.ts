// @vitest-environment happy-dom
/** The coach at run time on a live (happy-dom) document: late elements, clicks, timeouts, Esc. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FINISH_FOLLOW_MS, MISSING_AFTER_MS, startCoach, type CoachView } from '@/utils/guide/coach';
import { newGuideState, type GuideState } from '@/utils/guide/state';
import { deletedKeyRows } from '@/utils/guide/targets';
import { fixtureUrl, parseFixture, showFixture } from './fixtures';

let controller: AbortController;
let url: string;
let saved: (GuideState | null)[];
let views: (CoachView | null)[];
let logged: string[];

const lastView = () => views.at(-1);
const where = () => {
  const view = lastView();
  return view ? `${view.step.id}/${view.state.phase}` : 'ended';
};

function open(name: string) {
  showFixture(name);
  url = fixtureUrl(name);
}

function start(guide: GuideState) {
  return startCoach({
    document,
    getUrl: () => url,
    signal: controller.signal,
    initial: guide,
    onState: (state) => saved.push(state),
    onView: (view) => views.push(view),
    log: (message) => logged.push(message),
  });
}

const settle = () => vi.advanceTimersByTimeAsync(200);

/** A click; `trusted` stands for the user's own (happy-dom marks no event trusted, Chromium does). */
function click(element: Element, trusted = true) {
  const event = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
  if (trusted) Object.defineProperty(event, 'isTrusted', { value: true });
  element.dispatchEvent(event);
}

beforeEach(() => {
  vi.useFakeTimers();
  controller = new AbortController();
  saved = [];
  views = [];
  logged = [];
  // The replicas' links must not navigate the test window.
  document.addEventListener('click', (event) => event.preventDefault(), { signal: controller.signal });
});

afterEach(() => {
  controller.abort();
  vi.useRealTimers();
});

describe('coach', () => {
  it('waits for an element that renders late, then outlines it', async () => {
    open('credentials-no-restore-link');
    start(newGuideState('restore-deleted-key'));
    await settle();
    expect(where()).toBe('open-deleted/seeking');

    const link = document.createElement('a');
    link.setAttribute('href', '/apis/credentials/deleted?project=p');
    link.textContent = 'Restore deleted credentials';
    document.querySelector('.cfc-action-bar-content')!.append(link);
    await settle();
    expect(where()).toBe('open-deleted/shown');
    expect(lastView()?.outlined).toEqual([link]);
  });

  it('turns into words after the wait, logs once with the step id, and goes on with "I did it"', async () => {
    open('credentials-no-restore-link');
    const coach = start(newGuideState('restore-deleted-key'));
    await vi.advanceTimersByTimeAsync(MISSING_AFTER_MS - 500);
    expect(where()).toBe('open-deleted/seeking');
    await vi.advanceTimersByTimeAsync(1_000);
    expect(where()).toBe('open-deleted/missing');
    await vi.advanceTimersByTimeAsync(10_000);
    expect(where()).toBe('open-deleted/missing');
    expect(logged).toEqual([expect.stringMatching(/^\[Key Doctor\] guide restore-deleted-key\/open-deleted: not found: .*Restore deleted credentials/)]);

    coach.dispatch({ type: 'didIt' });
    await settle();
    expect(saved.at(-1)?.stepId).toBe('select-row');
    expect(where()).toBe('select-row/elsewhere');
  });

  it('advances on the user’s own click of the outlined element, and only that', async () => {
    open('credentials');
    const clickSpy = vi.spyOn(HTMLElement.prototype, 'click');
    start(newGuideState('restore-deleted-key'));
    await settle();
    expect(where()).toBe('open-deleted/shown');

    click(document.querySelector('#_0rif_action-bar-create-button')!);
    await settle();
    expect(where()).toBe('open-deleted/shown');

    click(lastView()!.outlined[0]!.querySelector('span')!);
    expect(saved.at(-1)?.stepId).toBe('select-row');
    expect(clickSpy).not.toHaveBeenCalled();
  });

  it('lets the user pick among several deleted keys by clicking one of the outlined rows', async () => {
    open('deleted-several');
    start(newGuideState('restore-deleted-key'));
    await settle();
    expect(where()).toBe('select-row/choosing');
    expect(lastView()?.outlined).toHaveLength(3);

    const second = deletedKeyRows(document)[1]!;
    click(second.element.querySelector('[role="cell"]')!);
    await settle();
    expect(saved.at(-1)?.choice?.keyId).toBe('2a3b4c5d-6e7f-4809-9a1b-2c3d4e5f6a7b');
    expect(where()).toBe('restore/shown');
    expect(lastView()?.outlined).toEqual([second.restore]);
  });

  it('resumes from a stored state and points at the chosen row again', async () => {
    open('deleted-one');
    const choice = deletedKeyRows(parseFixture('deleted-one'))[0]!.choice;
    start({ ...newGuideState('restore-deleted-key'), stepId: 'restore', choice });
    await settle();
    expect(where()).toBe('restore/shown');
    expect(lastView()?.outlined[0]?.textContent).toBe('RESTORE');
  });

  it('follows a navigation: new page, new step', async () => {
    open('credentials');
    start(newGuideState('restore-deleted-key'));
    await settle();
    open('deleted-one');
    await settle();
    expect(where()).toBe('restore/shown');
    expect(saved.at(-1)).toMatchObject({ stepId: 'restore', foundDone: ['open-deleted', 'select-row'] });
  });

  it('ends on Esc, unless a console dialog is open (its Esc closes the dialog)', async () => {
    open('deleted-dialog');
    start(newGuideState('restore-deleted-key'));
    await settle();
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(where()).toBe('confirm/shown');

    open('deleted-one');
    await settle();
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(where()).toBe('ended');
    expect(saved.at(-1)).toBeNull();
  });

  it('ends on Close, and then watches no more', async () => {
    open('credentials');
    const coach = start(newGuideState('restore-deleted-key'));
    await settle();
    coach.dispatch({ type: 'close' });
    expect(views.at(-1)).toBeNull();
    const count = views.length;
    open('deleted-one');
    await settle();
    expect(views.length).toBe(count);
  });

  it('stops watching when the content script goes away', async () => {
    open('credentials');
    start(newGuideState('restore-deleted-key'));
    await settle();
    const count = views.length;
    const states = saved.length;
    controller.abort();
    open('deleted-one');
    document.body.append(document.createElement('div'));
    await vi.advanceTimersByTimeAsync(MISSING_AFTER_MS * 2);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(views.length).toBe(count);
    expect(saved.length).toBe(states);
  });

  it('a stopped coach keeps no listener: Esc and clicks no longer reach it, the stored guide stays', async () => {
    open('credentials');
    const coach = start(newGuideState('restore-deleted-key'));
    await settle();
    expect(where()).toBe('open-deleted/shown');
    const link = lastView()!.outlined[0]!;
    coach.stop();
    const count = views.length;
    const states = saved.length;
    click(link);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    coach.dispatch({ type: 'skip' });
    open('deleted-one');
    await vi.advanceTimersByTimeAsync(MISSING_AFTER_MS * 2);
    expect(views.length).toBe(count);
    expect(saved.length).toBe(states);
  });

  it('ends a shown finish card once the user goes to another page, also after a reload', async () => {
    open('iam');
    const coach = start(newGuideState('check-role'));
    await settle();
    expect(where()).toBe('your-row/shown');
    const finished = saved.at(-1)!;
    expect(finished.finishedOn).toBe('/iam-admin/iam');
    // Reading the card for a while on the same page keeps it.
    await vi.advanceTimersByTimeAsync(FINISH_FOLLOW_MS + 1_000);
    coach.refresh();
    await settle();
    expect(where()).toBe('your-row/shown');
    open('credentials');
    coach.refresh();
    await settle();
    expect(lastView()).toBeNull();
    expect(saved.at(-1)).toBeNull();

    // The same stored state on another page after a full load: ended at once, no card drawn.
    views = [];
    saved = [];
    start(finished);
    expect(views).toEqual([null]);
    expect(saved).toEqual([null]);
  });

  it('a finish card follows a page change the console makes right after the result (Enable → overview)', async () => {
    open('iam');
    const coach = start(newGuideState('check-role'));
    await settle();
    expect(where()).toBe('your-row/shown');
    url = 'https://console.cloud.google.com/iam-admin/iam;tab=x?project=p';
    coach.refresh();
    await settle();
    expect(where()).toBe('your-row/shown');
    url = 'https://console.cloud.google.com/iam-admin/roles?project=p';
    coach.refresh();
    await settle();
    expect(saved.at(-1)?.finishedOn).toBe('/iam-admin/roles');
    expect(lastView()).not.toBeNull();
  });

  it('reads the IAM page for the check-role card', async () => {
    open('iam');
    start(newGuideState('check-role'));
    await settle();
    expect(lastView()?.iam).toMatchObject({ email: 'dev.user@example.com', roles: ['Editor'] });
  });

  it('gives the restored key’s id for its edit link', async () => {
    open('credentials-restored');
    // The pick from deleted-one: a name, no id (deleted rows rarely link their key page).
    const choice = deletedKeyRows(parseFixture('deleted-one'))[0]!.choice;
    start({ ...newGuideState('restore-deleted-key'), stepId: 'restored', choice });
    await settle();
    expect(lastView()?.keyId).toBe('43b0fe02-9493-4ea7-9255-0863fdef29b4');
    expect(lastView()?.several).toBeUndefined();
  });
  it('counts only the user’s own clicks: a page script’s synthetic click does not advance', async () => {
    open('credentials');
    start(newGuideState('restore-deleted-key'));
    await settle();
    const link = lastView()!.outlined[0]!;
    click(link, false);
    await settle();
    expect(where()).toBe('open-deleted/shown');
    expect(saved.map((state) => state?.stepId)).not.toContain('select-row');
    click(link);
    expect(saved.at(-1)?.stepId).toBe('select-row');
  });

  it('leaves Esc typed in a page text field to the page; Esc elsewhere still ends', async () => {
    open('key-edit');
    start(newGuideState('create-and-restrict-key'));
    await settle();
    expect(where()).toBe('restrict-key/shown');
    const esc = (target: EventTarget) => target.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    const field = document.querySelector('input[name="displayName"]')!;
    esc(field);
    const textarea = document.body.appendChild(document.createElement('textarea'));
    esc(textarea);
    const editable = document.body.appendChild(document.createElement('div'));
    editable.setAttribute('contenteditable', 'true');
    editable.append(document.createElement('b'));
    esc(editable.firstChild!);
    expect(where()).toBe('restrict-key/shown');
    // A radio keeps the focus after its click; Esc there is not typing.
    esc(document.querySelector('input[type="radio"]')!);
    expect(where()).toBe('ended');
  });

  it('gives the Enable click its time (enabling runs for a while) before showing Enable again', async () => {
    open('library-not-enabled');
    start(newGuideState('enable-gemini-api'));
    await settle();
    click(lastView()!.outlined[0]!);
    await settle();
    expect(where()).toBe('enabled/seeking');
    await vi.advanceTimersByTimeAsync(MISSING_AFTER_MS * 2);
    expect(where()).toBe('enabled/seeking');
    await vi.advanceTimersByTimeAsync(30_000);
    expect(where()).toBe('enable/shown');
    expect(lastView()?.state.retry).toBe('enable');
    // The console finishes after all and shows the API as enabled.
    open('library-enabled');
    await settle();
    expect(where()).toBe('enabled/shown');
    expect(saved.at(-1)).toMatchObject({ stepId: 'enabled', foundDone: [] });
    expect(saved.at(-1)?.confirming).toBeUndefined();
  });

  it('several keys of the restored key’s name: outlines them all and gives no key id', async () => {
    open('credentials-restored-same-name');
    const choice = deletedKeyRows(parseFixture('deleted-one'))[0]!.choice;
    start({ ...newGuideState('restore-deleted-key'), stepId: 'restored', choice });
    await settle();
    expect(where()).toBe('restored/shown');
    expect(lastView()?.outlined).toHaveLength(2);
    expect(lastView()?.several).toBe(true);
    expect(lastView()?.keyId).toBeUndefined();
  });

  it('an empty deleted list: the nothing-to-restore card, nothing outlined, no "missing" later', async () => {
    open('deleted-empty');
    start(newGuideState('restore-deleted-key'));
    await settle();
    expect(where()).toBe('select-row/none');
    expect(lastView()?.outlined).toEqual([]);
    await vi.advanceTimersByTimeAsync(MISSING_AFTER_MS * 2);
    expect(where()).toBe('select-row/none');
  });

  it('started and stopped 50 times while waiting for a missing control, leaves no listener on the content script’s signal', async () => {
    // The platform drops a listener added with `{ signal }` when that signal aborts, without
    // calling removeEventListener: counted here the same way.
    const live = new Set<unknown>();
    const { signal } = controller;
    const add = signal.addEventListener.bind(signal);
    const remove = signal.removeEventListener.bind(signal);
    signal.addEventListener = (type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions) => {
      if (type === 'abort') {
        live.add(listener);
        if (typeof options === 'object') options.signal?.addEventListener('abort', () => live.delete(listener), { once: true });
      }
      add(type, listener, options);
    };
    signal.removeEventListener = (type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions) => {
      if (type === 'abort') live.delete(listener);
      remove(type, listener, options);
    };
    open('credentials-no-restore-link');
    for (let run = 0; run < 50; run += 1) {
      const coach = start(newGuideState('restore-deleted-key'));
      await vi.advanceTimersByTimeAsync(1_500);
      expect(live.size).toBe(1);
      coach.stop();
    }
    expect(live.size).toBe(0);
  });
});
