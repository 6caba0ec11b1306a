/**
 * Which replica page answers which real URL, for the e2e suite and `npm start`. Replicas are
 * saved, reduced copies of AI Studio and Cloud Console pages (tests/fixtures/<site>/), each with
 * a header comment saying what it imitates.
 */
import { readFixture, type ServedPage } from './harness';

interface ReplicaRoute {
  /** Matches the real URL (host + path; the query is free, as on the real site). */
  test: (url: URL) => boolean;
  fixture: string;
  headers?: Record<string, string>;
}

/** AI Studio and the console send this CSP; we keep the part that breaks careless extensions. */
export const TRUSTED_TYPES_CSP = { 'content-security-policy': "require-trusted-types-for 'script'; trusted-types angular goog#html" };

export const REPLICA_ROUTES: ReplicaRoute[] = [];

/** Pages `npm start` opens next to the popup. */
export const START_PAGES: string[] = [];

export function replicaFor(url: URL): ServedPage | undefined {
  const route = REPLICA_ROUTES.find((candidate) => candidate.test(url));
  return route ? { body: readFixture(route.fixture), headers: route.headers } : undefined;
}

// Cloud Console pages for the click coach (tests/fixtures/cloud-console/, one state per page; the
// e2e suite serves other states of the same URL as a flow moves on).
const onConsole = (path: RegExp) => (url: URL) => url.hostname === 'console.cloud.google.com' && path.test(url.pathname);
REPLICA_ROUTES.push(
  { test: onConsole(/^\/apis\/credentials\/?$/), fixture: 'cloud-console/credentials.html', headers: TRUSTED_TYPES_CSP },
  { test: onConsole(/^\/apis\/credentials\/deleted\/?$/), fixture: 'cloud-console/deleted-one.html', headers: TRUSTED_TYPES_CSP },
  { test: onConsole(/^\/apis\/credentials\/key\/[^/]+\/?$/), fixture: 'cloud-console/key-edit.html', headers: TRUSTED_TYPES_CSP },
  { test: onConsole(/^\/apis\/library\/generativelanguage\.googleapis\.com\/?$/), fixture: 'cloud-console/library-not-enabled.html', headers: TRUSTED_TYPES_CSP },
  { test: onConsole(/^\/marketplace\/product\/google\/generativelanguage\.googleapis\.com\/?$/), fixture: 'cloud-console/marketplace-not-enabled.html', headers: TRUSTED_TYPES_CSP },
  { test: onConsole(/^\/iam-admin\/iam\/?$/), fixture: 'cloud-console/iam.html', headers: TRUSTED_TYPES_CSP },
);
START_PAGES.push('https://console.cloud.google.com/apis/credentials?project=gen-lang-client-0371227417&keyDoctorGuide=restore-deleted-key');

// AI Studio pages for the failure hint (tests/fixtures/ai-studio/). Every key path, under any
// /u/N/ account prefix, serves the keys page whose "Create API key" fails like the real one; chat
// pages serve the chat that quotes every error wording (it must show nothing).
const onAiStudio = (path: RegExp) => (url: URL) => url.hostname === 'aistudio.google.com' && path.test(url.pathname.replace(/^\/u\/\d+(?=\/)/, ''));
REPLICA_ROUTES.push(
  { test: onAiStudio(/^(?:\/app)?\/(?:apikey|api-keys)\/?$/), fixture: 'ai-studio/create-key-click-demo.html', headers: TRUSTED_TYPES_CSP },
  { test: onAiStudio(/^(?:\/app)?\/prompts\//), fixture: 'ai-studio/chat-mentions-error.html', headers: TRUSTED_TYPES_CSP },
  // A Build app whose publish just failed with the "suspicious" toast: the short app card.
  { test: onAiStudio(/^\/apps(?:\/|$)/), fixture: 'ai-studio/app-publish-suspicious.html', headers: TRUSTED_TYPES_CSP },
);
START_PAGES.push(
  // Click "Create API key": the toast, then Key Doctor's hint with links for this project and account.
  'https://aistudio.google.com/u/1/apikey?project=gen-lang-client-0371227417',
  // The same in Japanese: the hint comes from the click-then-toast signal, not from the words.
  'https://aistudio.google.com/apikey?hl=ja',
);
