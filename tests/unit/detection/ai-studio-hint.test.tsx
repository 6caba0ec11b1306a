// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AiStudioHint, type AiStudioHintProps } from '@/components/AiStudioHint';
import { CAUSE_IDS, KEY_CREATION_PERMISSIONS, SERVICE_ACCOUNT_KEY_CONSTRAINT } from '@/utils/detection/ai-studio-causes';
import { NOTHING_FOUND } from '@/utils/detection/rules/ai-studio';
import { GUIDE_FLOWS } from '@/utils/guide/flows';
import { CARD_STRINGS } from '@/utils/detection/card-strings';
import { summarizeRpcFailure } from '@/utils/ai-studio-rpc/parse';

let root: HTMLElement;

beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

const context = { project: 'gen-lang-client-0123456789', authuser: '1' };

function show(props: Partial<AiStudioHintProps> = {}) {
  const handlers = { onToggleMinimised: vi.fn(), onDismiss: vi.fn() };
  render(
    <AiStudioHint
      ruleId="ai-studio/generate-key-permission-denied"
      message="Failed to generate API key: permission denied. Please try again."
      context={context}
      strings={CARD_STRINGS.en}
      locale="en"
      minimised={false}
      {...handlers}
      {...props}
    />,
    root,
  );
  return handlers;
}

const causeIds = () => [...root.querySelectorAll('[data-cause]')].map((li) => li.getAttribute('data-cause'));
const actionOf = (cause: string) => root.querySelector<HTMLAnchorElement>(`[data-cause="${cause}"] a.kd-action`)!;

describe('AiStudioHint', () => {
  it('shows the ranked checklist for the rule, all nine causes for permission denied', () => {
    show();
    expect(causeIds()).toEqual([...CAUSE_IDS]);
  });

  it('ranks the anti-abuse cause first for "suspicious" and leaves out restore', () => {
    show({ ruleId: 'ai-studio/generate-key-suspicious' });
    expect(causeIds()[0]).toBe('suspicious-request');
    expect(causeIds()).not.toContain('restore-deleted-key');
  });

  it.each(['en', 'zh-CN', 'ja'] as const)('an app\'s publish failure is a short card in %s: meaning, what to do, no checklist', (locale) => {
    const strings = CARD_STRINGS[locale];
    show({ ruleId: 'ai-studio/app-publish-suspicious', message: 'Failed to generate API key, The request is suspicious. Please try again.', strings, request: summarizeRpcFailure('GenerateCloudApiKey', 403, '[7,"The request is suspicious."]') });
    expect(root.querySelector('.kd-card')?.getAttribute('data-card')).toBe('app-publish');
    expect(root.querySelector('.kd-title')?.textContent).toBe(strings.hint.titleAppPublish);
    expect(root.querySelector('.kd-meaning')?.textContent).toBe(strings.meanings['ai-studio/app-publish-suspicious']);
    expect(causeIds()).toEqual([]);
    expect([...root.querySelectorAll('[data-step]')].map((li) => li.getAttribute('data-step'))).toEqual(['retry']);
    expect([...root.querySelectorAll<HTMLAnchorElement>('a.kd-action')].map((a) => a.href)).toEqual(['https://ai.google.dev/gemini-api/docs/troubleshoot-ai-studio']);
    // No project line and no request quote: neither is about publishing.
    expect(root.querySelector('.kd-context')).toBeNull();
    expect(root.querySelector('[data-request]')).toBeNull();
    expect(root.querySelector('[data-toast]')?.textContent).toBe('Failed to generate API key, The request is suspicious. Please try again.');
  });

  it('the key card says which card it is', () => {
    show();
    expect(root.querySelector('.kd-card')?.getAttribute('data-card')).toBe('checklist');
  });

  it('links every action to the right page for this project and account, in a new tab', () => {
    show();
    const expected: Record<string, string> = {
      'restore-deleted-key': 'https://console.cloud.google.com/apis/credentials/deleted?project=gen-lang-client-0123456789&authuser=1&keyDoctorGuide=restore-deleted-key',
      'api-not-enabled': 'https://console.cloud.google.com/apis/library/generativelanguage.googleapis.com?project=gen-lang-client-0123456789&authuser=1&keyDoctorGuide=enable-gemini-api',
      'missing-iam-permissions': 'https://console.cloud.google.com/iam-admin/iam?project=gen-lang-client-0123456789&authuser=1&keyDoctorGuide=check-role',
      'org-policy': 'https://console.cloud.google.com/iam-admin/orgpolicies?project=gen-lang-client-0123456789&authuser=1',
      'wrong-account': 'https://console.cloud.google.com/home/dashboard?project=gen-lang-client-0123456789&authuser=1',
      'terms-not-accepted': 'https://console.cloud.google.com/terms/generative-language-api?project=gen-lang-client-0123456789&authuser=1',
      'billing-or-region': 'https://ai.google.dev/gemini-api/docs/available-regions',
      'suspicious-request': 'https://ai.google.dev/gemini-api/docs/troubleshoot-ai-studio',
      'create-in-cloud-console': 'https://console.cloud.google.com/apis/credentials?project=gen-lang-client-0123456789&authuser=1&keyDoctorGuide=create-and-restrict-key',
    };
    for (const [cause, url] of Object.entries(expected)) expect(actionOf(cause).href, cause).toBe(url);
    const billing = root.querySelectorAll<HTMLAnchorElement>('[data-cause="billing-or-region"] a');
    expect(billing[1]!.href).toBe('https://console.cloud.google.com/billing/linkedaccount?project=gen-lang-client-0123456789&authuser=1');
    for (const link of root.querySelectorAll('a')) {
      expect(link.getAttribute('target')).toBe('_blank');
      expect(link.getAttribute('rel')).toBe('noopener');
    }
  });

  it('starts the click coach where a guided fix exists, and says so', () => {
    show();
    const guided = Object.fromEntries([...root.querySelectorAll<HTMLAnchorElement>('a[data-guide]')].map((link) => [link.closest('[data-cause]')!.getAttribute('data-cause'), link.dataset.guide]));
    expect(guided).toEqual({
      'restore-deleted-key': 'restore-deleted-key',
      'api-not-enabled': 'enable-gemini-api',
      'missing-iam-permissions': 'check-role',
      'create-in-cloud-console': 'create-and-restrict-key',
    });
    expect(actionOf('restore-deleted-key').textContent).toContain('Restore it');
    expect(root.querySelector('[data-cause="restore-deleted-key"] .kd-guided')!.textContent).toBe('guided by Key Doctor on that page');
    expect(root.querySelector('[data-cause="org-policy"] .kd-guided')).toBeNull();
  });

  it('a cause is walked by at most one guide, so its one action is unambiguous', () => {
    for (const cause of CAUSE_IDS) expect(GUIDE_FLOWS.filter((flow) => flow.causes.includes(cause)).length, cause).toBeLessThanOrEqual(1);
  });

  it('lists the IAM permissions and names the org-policy constraint', () => {
    show();
    const codes = [...root.querySelectorAll('[data-cause="missing-iam-permissions"] code')].map((c) => c.textContent);
    expect(codes).toEqual([...KEY_CREATION_PERMISSIONS]);
    expect(root.querySelector('[data-cause="org-policy"]')!.textContent).toContain(SERVICE_ACCOUNT_KEY_CONSTRAINT);
  });

  it('renders the page\'s message as text, never as HTML', () => {
    const hostile = '<img src=x onerror="alert(1)"><b>bold</b>';
    show({ message: hostile });
    expect(root.querySelector('img, b')).toBeNull();
    expect(root.querySelector('blockquote')!.textContent).toBe(hostile);
  });

  it('masks a key in the page\'s message, in the quote and the announcement', () => {
    const key = 'AIzaSyDEMO-suspended-012345678901234567';
    show({ message: `Failed to generate API key: ${key} permission denied.` });
    expect(root.textContent).not.toContain(key);
    expect(root.querySelector('blockquote')!.textContent).toBe('Failed to generate API key: AIza…4567 permission denied.');
  });

  it('shows the project and account it links to', () => {
    show();
    expect(root.querySelector('.kd-context')!.textContent).toContain('gen-lang-client-0123456789');
    expect(root.querySelector('.kd-context')!.textContent).toContain('Account: Google account #2 in this browser (authuser=1)');
  });

  it('without a message found, says so and offers the full checklist', () => {
    show({ ruleId: NOTHING_FOUND.id, message: undefined, context: {} });
    expect(root.querySelector('h2')!.textContent).toBe('No error message found on this page');
    expect(root.querySelector('blockquote')).toBeNull();
    expect(causeIds()).toHaveLength(9);
    expect(actionOf('missing-iam-permissions').href).toBe('https://console.cloud.google.com/iam-admin/iam?keyDoctorGuide=check-role');
  });

  it('minimised, it keeps only the header', () => {
    show({ minimised: true });
    expect(root.querySelector('.kd-body')).toBeNull();
    expect(root.querySelector('[aria-expanded]')!.getAttribute('aria-expanded')).toBe('false');
  });

  it('is keyboard usable: buttons with names, Esc closes, nothing takes focus', () => {
    const before = document.activeElement;
    const { onToggleMinimised, onDismiss } = show();
    expect(document.activeElement).toBe(before);
    expect(root.querySelector('[autofocus]')).toBeNull();
    const buttons = [...root.querySelectorAll<HTMLButtonElement>('header button')];
    expect(buttons.map((b) => b.getAttribute('aria-label'))).toEqual(['Minimise Key Doctor', 'Close Key Doctor']);
    expect(root.querySelector('.kd-copy')!.textContent).toBe('Copy details');
    buttons[0]!.click();
    expect(onToggleMinimised).toHaveBeenCalledOnce();
    const link = actionOf('api-not-enabled');
    link.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(onDismiss).toHaveBeenCalledOnce();
    buttons[1]!.click();
    expect(onDismiss).toHaveBeenCalledTimes(2);
  });

  it('speaks Simplified Chinese', () => {
    show({ strings: CARD_STRINGS['zh-CN'] });
    expect(root.querySelector('h2')!.textContent).toBe('AI Studio 为何无法创建你的密钥');
    expect(actionOf('missing-iam-permissions').textContent).toContain('在 IAM 中检查你的角色');
  });

  describe('with AI Studio’s failed request', () => {
    const EI = 'type.googleapis.com/google.rpc.ErrorInfo';
    const request = (body: string, status = 403) => summarizeRpcFailure('GenerateCloudApiKey', status, body);
    const causes = () => [...root.querySelectorAll<HTMLElement>('li[data-cause]')].map((li) => li.dataset.cause);

    it('an exact cause comes first, quoting the request, with the permissions it named', () => {
      show({ message: undefined, ruleId: 'ai-studio/create-request-failed', request: request(`[7,"Permission 'iam.serviceAccounts.create' denied on resource",[["${EI}",["IAM_PERMISSION_DENIED","iam.googleapis.com"]]]]`) });
      expect(causes()[0]).toBe('missing-iam-permissions');
      expect(new Set(causes()).size).toBe(CAUSE_IDS.length);
      expect(root.querySelector('.kd-exact [data-cause]')!.getAttribute('data-cause')).toBe('missing-iam-permissions');
      expect(root.querySelector('[data-request]')!.textContent).toBe("Permission 'iam.serviceAccounts.create' denied on resource");
      expect([...root.querySelectorAll('.kd-exact code')].map((c) => c.textContent)).toEqual(['iam.serviceAccounts.create']);
      // The request's quote comes before the cause, which comes before the checklist.
      const order = [...root.querySelectorAll('[data-request], .kd-exact, .kd-checklist:not(.kd-exact)')].map((e) => e.className || 'request');
      expect(order).toEqual(['request', 'kd-checklist kd-exact', 'kd-checklist']);
    });

    it('names the org-policy constraint the request named', () => {
      show({ request: request('[9,"Precondition failed",[["type.googleapis.com/google.rpc.PreconditionFailure",[[["constraints/iam.disableServiceAccountKeyUpload","projects/1","x"]]]]]]', 400) });
      expect(causes()[0]).toBe('org-policy');
      expect(root.querySelector('.kd-exact .kd-cause-detail')!.textContent).toContain('constraints/iam.disableServiceAccountKeyUpload');
    });

    it('the bare "caller does not have permission" keeps the checklist, no exact cause', () => {
      show({ message: undefined, ruleId: 'ai-studio/create-request-failed', request: request('[,[7,"The caller does not have permission"]]') });
      expect(root.querySelector('.kd-exact')).toBeNull();
      expect(causes()[0]).toBe('restore-deleted-key');
      expect(root.querySelector('[data-request]')!.textContent).toBe('The caller does not have permission');
    });

    it('"Copy details" gives the redacted summary', async () => {
      const copied: string[] = [];
      show({ request: request(`[7,"The request is suspicious. AIzaSy${'Q'.repeat(33)}"]`), onCopy: async (text) => void copied.push(text) });
      (root.querySelector('.kd-copy') as HTMLButtonElement).click();
      await Promise.resolve();
      expect(copied).toHaveLength(1);
      expect(copied[0]).toContain('cause: suspicious-request');
      expect(copied[0]).toContain('request: GenerateCloudApiKey HTTP 403, code 7 PERMISSION_DENIED');
      expect(copied[0]).toContain('AIza…QQQQ');
      expect(copied[0]).not.toContain('Q'.repeat(33));
    });

    it('"Copy details" masks a key in the page\'s toast too', async () => {
      const copied: string[] = [];
      const key = `AIzaSy${'T'.repeat(33)}`;
      show({ message: `Failed to generate API key: ${key}`, onCopy: async (text) => void copied.push(text) });
      (root.querySelector('.kd-copy') as HTMLButtonElement).click();
      await Promise.resolve();
      expect(copied).toHaveLength(1);
      expect(copied[0]).toContain('toast: Failed to generate API key: AIza…TTTT');
      expect(copied[0]).not.toContain('T'.repeat(33));
    });
  });
});
