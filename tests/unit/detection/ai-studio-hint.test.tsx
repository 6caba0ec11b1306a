// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AiStudioHint, type AiStudioHintProps } from '@/components/AiStudioHint';
import { CAUSE_IDS, KEY_CREATION_PERMISSIONS, SERVICE_ACCOUNT_KEY_CONSTRAINT } from '@/utils/detection/ai-studio-causes';
import { NOTHING_FOUND } from '@/utils/detection/rules/ai-studio';
import { GUIDE_FLOWS } from '@/utils/guide/flows';

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
    expect(root.querySelector('.kd-context')!.textContent).toContain('Account: 1');
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
    const buttons = [...root.querySelectorAll('button')];
    expect(buttons.map((b) => b.getAttribute('aria-label'))).toEqual(['Minimise Key Doctor', 'Close Key Doctor']);
    buttons[0]!.click();
    expect(onToggleMinimised).toHaveBeenCalledOnce();
    const link = actionOf('api-not-enabled');
    link.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(onDismiss).toHaveBeenCalledOnce();
    buttons[1]!.click();
    expect(onDismiss).toHaveBeenCalledTimes(2);
  });

  it('speaks Simplified Chinese', () => {
    show({ locale: 'zh-CN' });
    expect(root.querySelector('h2')!.textContent).toBe('AI Studio 为何无法创建你的密钥');
    expect(actionOf('missing-iam-permissions').textContent).toContain('在 IAM 中检查你的角色');
  });
});
