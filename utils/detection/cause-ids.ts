/**
 * The AI Studio checklist's cause ids and the few facts the startup script needs about them, with
 * no texts: the card's words live in ai-studio-causes.ts, which loads only after a detection.
 * Guides share ids with causes through CAUSE_GUIDES (a test keeps it equal to utils/guide/flows.ts),
 * so neither this file nor the card pulls the guide flows into AI Studio.
 */

/** In the order the checklist ranks them when nothing on the page says otherwise. */
export const CAUSE_IDS = [
  'restore-deleted-key',
  'api-not-enabled',
  'missing-iam-permissions',
  'org-policy',
  'wrong-account',
  'terms-not-accepted',
  'billing-or-region',
  'suspicious-request',
  'create-in-cloud-console',
] as const;
export type CauseId = (typeof CAUSE_IDS)[number];

/** The click-coach flow (utils/guide/flows.ts) that walks through each cause's fix. */
export const CAUSE_GUIDES: Partial<Record<CauseId, string>> = {
  'restore-deleted-key': 'restore-deleted-key',
  'create-in-cloud-console': 'create-and-restrict-key',
  'api-not-enabled': 'enable-gemini-api',
  'missing-iam-permissions': 'check-role',
};

/** The console URL parameter that starts a guide (utils/guide/url.ts GUIDE_PARAM; a test keeps them equal). */
export const GUIDE_PARAM = 'keyDoctorGuide';

/** What AI Studio key creation needs (ai.google.dev/gemini-api/docs/api-key, 2026; console-facts C5). */
export const KEY_CREATION_PERMISSIONS = [
  'resourcemanager.projects.get',
  'apikeys.keys.create',
  'serviceusage.services.enable',
  'iam.serviceAccountApiKeyBindings.create',
  'iam.serviceAccounts.create',
] as const;

/** The default org-policy constraint that blocks keys bound to service accounts (Cloud "Manage API keys"). */
export const SERVICE_ACCOUNT_KEY_CONSTRAINT = 'constraints/iam.managed.disableServiceAccountApiKeyCreation';
