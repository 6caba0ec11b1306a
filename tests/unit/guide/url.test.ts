/** The deep link that starts a guide, and the per-tab state that survives navigations. */
import { describe, expect, it } from 'vitest';
import { consoleLinks } from '@/utils/console-links';
import { newGuideState, parseGuideState } from '@/utils/guide/state';
import { GUIDE_PARAM, guideUrl, readGuideParam } from '@/utils/guide/url';

describe('guideUrl', () => {
  it('opens the flow’s start page for the project and account, with the guide parameter', () => {
    const url = new URL(guideUrl('restore-deleted-key', { project: 'gen-lang-client-0371227417', authuser: '1' }));
    expect(url.origin + url.pathname).toBe('https://console.cloud.google.com/apis/credentials');
    expect(url.searchParams.get('project')).toBe('gen-lang-client-0371227417');
    expect(url.searchParams.get('authuser')).toBe('1');
    expect(url.searchParams.get(GUIDE_PARAM)).toBe('restore-deleted-key');
  });

  it('starts each flow on its own page', () => {
    expect(guideUrl('enable-gemini-api', { project: '445009168042' })).toBe(
      'https://console.cloud.google.com/apis/library/generativelanguage.googleapis.com?project=445009168042&keyDoctorGuide=enable-gemini-api',
    );
    expect(guideUrl('check-role')).toBe('https://console.cloud.google.com/iam-admin/iam?keyDoctorGuide=check-role');
  });

  it('takes a given console page (a key’s edit page) but never another site', () => {
    const keyPage = consoleLinks.keyEdit('43b0fe02-9493-4ea7-9255-0863fdef29b4', { project: 'my-project' });
    expect(guideUrl('restrict-key', { project: 'my-project' }, keyPage)).toBe(`${keyPage}&keyDoctorGuide=restrict-key`);
    expect(guideUrl('restrict-key', { project: 'my-project' }, 'https://evil.example/apis/credentials')).toBe(
      'https://console.cloud.google.com/apis/credentials?project=my-project&keyDoctorGuide=restrict-key',
    );
  });
});

describe('readGuideParam', () => {
  it('reads the flow and gives the URL without the parameter', () => {
    expect(readGuideParam('https://console.cloud.google.com/apis/credentials?project=my-project&keyDoctorGuide=restore-deleted-key#x')).toEqual({
      flowId: 'restore-deleted-key',
      cleanUrl: 'https://console.cloud.google.com/apis/credentials?project=my-project#x',
    });
  });

  it('strips an unknown flow without starting anything, and ignores URLs without it', () => {
    expect(readGuideParam('https://console.cloud.google.com/apis/credentials?keyDoctorGuide=nope')).toEqual({ cleanUrl: 'https://console.cloud.google.com/apis/credentials' });
    expect(readGuideParam('https://console.cloud.google.com/apis/credentials?project=my-project')).toBeNull();
    expect(readGuideParam('not a url')).toBeNull();
  });

  it('round-trips with guideUrl', () => {
    const url = guideUrl('create-and-restrict-key', { project: 'my-project', authuser: 'me@example.com' });
    expect(readGuideParam(url)?.flowId).toBe('create-and-restrict-key');
  });
});

describe('parseGuideState', () => {
  it('keeps a valid state and drops unknown fields, flows and steps', () => {
    const state = { ...newGuideState('restore-deleted-key', { project: 'my-project' }, 5), choice: { name: 'Gemini API Key', detail: 'Nov 1', signature: 'geminiapikey', index: 0, keyId: '43b0fe02-9493-4ea7-9255-0863fdef29b4' } };
    expect(parseGuideState(JSON.parse(JSON.stringify({ ...state, extra: 1 })))).toEqual(state);
    expect(parseGuideState({ ...state, flowId: 'other' })).toBeNull();
    expect(parseGuideState({ ...state, stepId: 'nope' })).toBeNull();
    expect(parseGuideState({ ...state, version: 2 })).toBeNull();
    expect(parseGuideState('x')).toBeNull();
    expect(parseGuideState({ ...state, choice: { ...state.choice, keyId: '<script>' } })?.choice?.keyId).toBeUndefined();
  });
});
