import { useEffect, useState } from 'preact/hooks';
import type { LinkContext } from '@/utils/console-links';
import { buildChecklist, meaningOf } from '@/utils/detection/ai-studio-causes';
import { NOTHING_FOUND, ruleById } from '@/utils/detection/rules/ai-studio';
import { defineStrings, format, type Locale } from '@/utils/i18n';
import { redactKeys } from '@/utils/redact';

export const hintStrings = defineStrings({
  en: {
    product: 'Key Doctor',
    titleFound: 'Why AI Studio could not create your key',
    titleNothingFound: 'No error message found on this page',
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
  },
  'zh-CN': {
    product: 'Key Doctor',
    titleFound: 'AI Studio 为何无法创建你的密钥',
    titleNothingFound: '此页面上没有找到错误消息',
    pageSaid: 'AI Studio 显示',
    causesHeading: '常见原因',
    project: '项目：{project}',
    noProject: '项目：此页面未显示（请在控制台中选择）',
    account: '账号：{account}',
    minimise: '最小化 Key Doctor',
    expand: '显示 Key Doctor 检查清单',
    dismiss: '关闭 Key Doctor',
    newTab: '（在新标签页中打开）',
    guided: '打开后由 Key Doctor 在该页面上引导',
  },
  ja: {
    product: 'Key Doctor',
    titleFound: 'AI Studio でキーを作成できなかった理由',
    titleNothingFound: 'このページにエラー メッセージは見つかりませんでした',
    pageSaid: 'AI Studio の表示',
    causesHeading: 'よくある原因',
    project: 'プロジェクト: {project}',
    noProject: 'プロジェクト: このページには表示されていません（コンソールで選択してください）',
    account: 'アカウント: {account}',
    minimise: 'Key Doctor を最小化',
    expand: 'Key Doctor のチェックリストを表示',
    dismiss: 'Key Doctor を閉じる',
    newTab: '（新しいタブで開きます）',
    guided: '開いたページで Key Doctor が案内します',
  },
});

export interface AiStudioHintProps {
  /** A rule id from utils/detection/rules/ai-studio.ts, or NOTHING_FOUND.id. */
  ruleId: string;
  /** The page's own message: rendered as a text node, never as HTML. */
  message?: string;
  context: LinkContext;
  locale: Locale;
  minimised: boolean;
  onToggleMinimised: () => void;
  onDismiss: () => void;
}

/**
 * Tells screen readers the card appeared without moving focus: a live region rendered empty and
 * filled a moment later (text inserted together with its region is not announced).
 */
function Announcement({ text }: { text: string }) {
  const [spoken, setSpoken] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setSpoken(text), 150);
    return () => clearTimeout(timer);
  }, [text]);
  return (
    <p class="kd-visually-hidden" role="status" aria-live="polite" data-announcement>
      {spoken}
    </p>
  );
}

/**
 * The in-page card: what AI Studio's message means and a ranked checklist, one action per cause.
 * Never takes focus by itself; Esc inside it closes it.
 */
export function AiStudioHint({ ruleId, message: pageMessage, context, locale, minimised, onToggleMinimised, onDismiss }: AiStudioHintProps) {
  // Page text is shown and announced: any key-like string in it is masked first.
  const message = pageMessage && redactKeys(pageMessage);
  const strings = hintStrings[locale];
  const rule = ruleById(ruleId) ?? NOTHING_FOUND;
  const found = rule.id !== NOTHING_FOUND.id;
  const title = found ? strings.titleFound : strings.titleNothingFound;
  const items = buildChecklist(rule.causes, context, locale);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    // Ours, not the page's: AI Studio closes its own dialogs on Esc.
    event.stopPropagation();
    onDismiss();
  };
  return (
    <section class={`kd-card${minimised ? ' kd-minimised' : ''}`} role="region" aria-labelledby="kd-title" onKeyDown={onKeyDown}>
      <header class="kd-header">
        <span class="kd-product">{strings.product}</span>
        <h2 id="kd-title" class="kd-title">
          {title}
        </h2>
        <button
          type="button"
          class="kd-icon-button"
          aria-expanded={!minimised}
          aria-controls="kd-body"
          aria-label={minimised ? strings.expand : strings.minimise}
          title={minimised ? strings.expand : strings.minimise}
          onClick={onToggleMinimised}
        >
          <span aria-hidden="true">{minimised ? '▴' : '▾'}</span>
        </button>
        <button type="button" class="kd-icon-button" aria-label={strings.dismiss} title={strings.dismiss} onClick={onDismiss}>
          <span aria-hidden="true">×</span>
        </button>
      </header>
      <Announcement text={message ? `${strings.product}: ${title}. ${message}` : `${strings.product}: ${title}`} />
      {!minimised && (
        <div id="kd-body" class="kd-body">
          {message && (
            <figure class="kd-page-said">
              <figcaption>{strings.pageSaid}</figcaption>
              <blockquote>{message}</blockquote>
            </figure>
          )}
          <p class="kd-meaning">{meaningOf(rule.id, locale)}</p>
          <p class="kd-context">
            <span>{context.project ? format(strings.project, { project: context.project }) : strings.noProject}</span>
            {context.authuser && <span>{format(strings.account, { account: context.authuser })}</span>}
          </p>
          <h3 class="kd-causes-heading">{strings.causesHeading}</h3>
          <ol class="kd-checklist">
            {items.map((item) => (
              <li data-cause={item.id}>
                <strong class="kd-cause-title">{item.title}</strong>
                <p class="kd-cause-detail">{item.detail}</p>
                {item.codes && (
                  <ul class="kd-codes">
                    {item.codes.map((code) => (
                      <li>
                        <code>{code}</code>
                      </li>
                    ))}
                  </ul>
                )}
                <p class="kd-actions">
                  {[item.action, item.secondary].map(
                    (action) =>
                      action && (
                        <a class="kd-action" href={action.url} target="_blank" rel="noopener" data-guide={action.guide}>
                          {action.label}
                          <span class="kd-visually-hidden"> {strings.newTab}</span>
                        </a>
                      ),
                  )}
                  {item.action.guide && <span class="kd-guided">{strings.guided}</span>}
                </p>
              </li>
            ))}
          </ol>
        </div>
      )}
    </section>
  );
}
