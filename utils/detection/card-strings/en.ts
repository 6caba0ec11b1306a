/**
 * The AI Studio card's English words: the card frame, what each rule's message means, and each
 * checklist cause. One file per language, so the lazy card module of a language carries only its
 * own strings (entrypoints/ai-studio-card-*.ts); every other language must have exactly these keys.
 */
export const en = {
  hint: {
    product: 'Key Doctor',
    titleFound: 'Why AI Studio could not create your key',
    titleNothingFound: 'No error message found on this page',
    titleAppPublish: 'Why AI Studio could not publish your app',
    whatToDo: 'What to do',
    pageSaid: 'AI Studio said',
    causesHeading: 'What usually causes it',
    project: 'Project: {project}',
    noProject: 'Project: not shown on this page (pick it in the console)',
    account: 'Account: {account}',
    minimise: 'Minimise Key Doctor',
    expand: 'Show Key Doctor’s checklist',
    dismiss: 'Close Key Doctor',
    newTab: '(opens in a new tab)',
    guided: 'guided by Key Doctor on that page',
    // The checklist shows its top three causes; this button shows the rest.
    showAll: 'Show all {count} causes',
    showFewer: 'Show the top three only',
    // The card's request part (a failed GenerateCloudApiKey/CreateCloudProject answer).
    requestSaid: 'The request said',
    exactHeading: 'The cause',
    otherCauses: 'If that is not it',
    copyDetails: 'Copy details',
    copied: 'Copied',
    copyFailed: 'Could not copy',
    permissionsNamed: 'Missing: {permissions}',
    constraintNamed: 'Policy: {constraint}',
  },
  meanings: {
    'ai-studio/generate-key-permission-denied':
      'Google Cloud refused to create a key in the selected project. The message does not say why; these are the usual causes, most likely first.',
    'ai-studio/generate-key-suspicious':
      'Google’s anti-abuse check blocked the request. It is not about your permissions: it often clears by itself, or when you retry from a clean browser without VPN.',
    'ai-studio/caller-no-permission':
      'Google Cloud refused the request for this project. This message has followed deleting a key in the project.',
    'ai-studio/no-permission-create-key':
      'Your account lacks an IAM permission AI Studio needs to create a key in this project.',
    'ai-studio/missing-permissions':
      'AI Studio names the permissions your account is missing in this project. A project owner or admin must grant them.',
    'ai-studio/project-admin-permission-denied':
      'Your account is not allowed to do this in the project. A project owner or admin must grant access.',
    'ai-studio/generate-key-failed': 'AI Studio could not create the key and gave an unusual reason. These are the common causes.',
    'ai-studio/unreadable-create-failure':
      'A message appeared right after you tried to create a key, and no key was shown. We could not read the message (it may be in another language); here is what usually causes it.',
    'ai-studio/nothing-found': 'No error message found on this page. If creating a key fails, here is what usually causes it.',
    'ai-studio/app-publish-suspicious':
      'Publishing gives your app a new API key, and Google’s anti-abuse check refused to create it. It is not about your app’s code or your permissions; this publish did not go through.',
    'ai-studio/create-request-failed':
      'AI Studio’s request to create the key failed. When the answer names the reason it is shown first; otherwise these are the usual causes for that answer.',
  },
  // The short card of an app's publish failure (AI Studio Build, /apps/…).
  appPublish: {
    'retry.title': 'Publish again later',
    'retry.detail':
      'The check often clears by itself. Wait 15–30 minutes, then publish again from a normal browser window, with VPN, proxies and automation off.',
    'troubleshoot.action': 'Read Google’s AI Studio troubleshooting',
  },
  causes: {
    'restore-deleted-key.title': 'A deleted key still occupies the project',
    'restore-deleted-key.detail':
      // {standardRefused}: Google's dated rule (utils/key-rules.ts), in the tense of the day.
      'Deleted keys stay in the project for 30 days and can block a new one: restore it to free the project. If the restored key starts with AIza: {standardRefused}',
    'restore-deleted-key.action': 'Restore it',
    'api-not-enabled.title': 'The Generative Language API is not enabled',
    'api-not-enabled.detail':
      'AI Studio enables the API when it creates a key, and that fails without permission to enable services. Enable it yourself, then retry.',
    'api-not-enabled.action': 'Enable the API',
    'missing-iam-permissions.title': 'Your account lacks IAM permissions in the project',
    'missing-iam-permissions.detail':
      'Creating a key in AI Studio needs all of these. Custom roles made before 2026 often lack the two service-account ones.',
    'missing-iam-permissions.action': 'Check your role in IAM',
    'org-policy.title': 'An organisation policy or Workspace admin blocks it',
    'org-policy.detail':
      'Work and school accounts often forbid keys bound to service accounts. Ask your admin to allow {constraint} for this project, or to create the key for you.',
    'org-policy.action': 'Open organisation policies',
    'wrong-account.title': 'The wrong Google account is signed in',
    'wrong-account.detail':
      'This page uses {account}. The project may belong to another of your accounts: switch with the avatar at the top right, then retry.',
    'wrong-account.action': 'Open the project as this account',
    'wrong-account.default': 'your default account',
    'wrong-account.index': 'Google account #{number} in this browser (authuser={authuser})',
    'wrong-account.email': 'Google account {email}',
    'terms-not-accepted.title': 'The Gemini API terms are not accepted',
    'terms-not-accepted.detail': 'Each account has to accept the Generative Language API terms once before keys work.',
    'terms-not-accepted.action': 'Open the terms',
    'billing-or-region.title': 'Billing, or a region Google does not serve',
    'billing-or-region.detail':
      'AI Studio is not available in every country, and some projects need a linked billing account.',
    'billing-or-region.action': 'Check available regions',
    'billing-or-region.secondary': 'Link billing',
    'suspicious-request.title': 'Google flagged the request as suspicious',
    'suspicious-request.detail':
      'Common with new accounts, VPNs and automated clicks. Wait 15–30 minutes, then retry in a clean browser profile or guest window, with VPN and other extensions off.',
    'suspicious-request.action': 'Read Google’s troubleshooting',
    'create-in-cloud-console.title': 'Create the key in the Cloud Console instead',
    'create-in-cloud-console.detail':
      'Credentials → Create credentials → API key, then restrict it to the Generative Language API. It works with the Gemini API like an AI Studio key.',
    'create-in-cloud-console.action': 'Create it in the Cloud Console',
  },
};

/** Every language has exactly the English keys (a missing translation is a compile error). */
export type CardStrings = { [Group in keyof typeof en]: Record<keyof (typeof en)[Group], string> };
