import { defineStrings, format, type Locale } from '@/utils/i18n';
import type { Diagnosis } from '@/utils/diagnosis/types';
import type { KeyTestResult } from '@/utils/messaging';
import { redactKeys } from '@/utils/redact';
import { keyKindOf, type KeyKind, type PrecheckFinding } from './precheck';
import { findingText } from './precheck-words';

/**
 * "Copy report": a markdown summary users can paste into an issue or a support case. Issue threads
 * are full of leaked keys, so the key appears only masked and the whole text goes through
 * redactKeys (Google echoes keys inside messages, e.g. CONSUMER_SUSPENDED's `api_key:…`).
 */
export interface ReportInput {
  /** Already masked (maskKey); masked again by redactKeys if a full key slips in. */
  maskedKey: string;
  /** Defaults to what the masked key's prefix says. */
  keyKind?: KeyKind;
  result: KeyTestResult;
  /** describe(result.facts) in the report's locale. */
  diagnosis: Diagnosis;
  findings?: readonly PrecheckFinding[];
  when: Date;
  /** Whether the user asked for probe 2, so a skipped probe 2 can be explained. */
  generateRequested?: boolean;
  locale?: Locale;
}

export const STRINGS = defineStrings({
  en: {
    heading: 'Key Doctor report',
    when: 'When',
    key: 'Key',
    verdict: 'Verdict',
    id: 'Diagnosis id',
    httpStatus: 'HTTP status',
    googleStatus: 'Google status',
    reason: 'Reason',
    message: "Google's message",
    project: 'Project',
    service: 'Service',
    model: 'Model',
    modelCount: 'Models visible to the key',
    generateModel: 'Model used for the generate test',
    generateSkipped: 'Generate test skipped: the key sees no model that supports generateContent.',
    generateSkippedForTime: 'Generate test skipped: only {leftMs} ms were left of the {limitMs} ms limit on the whole test.',
    generateStoppedForTime: 'Generate test stopped after {leftMs} ms, what was left of the {limitMs} ms limit on the whole test.',
    dependsOnCaller: 'The result depends on where the request is made (browser vs server, region): check from the server too.',
    probes: 'Probes',
    probe: 'Probe',
    result: 'Result',
    time: 'Time',
    precheck: 'Key pre-check',
    steps: 'What to do',
    cancelled: 'The test was cancelled before it finished.',
    refused: 'The test was refused ({why}).',
    standard: 'standard key (AIza…)',
    auth: 'auth key (AQ.…)',
    unknown: 'unrecognised format',
  },
  'zh-CN': {
    heading: 'Key Doctor 报告',
    when: '时间',
    key: '密钥',
    verdict: '结论',
    id: '诊断 ID',
    httpStatus: 'HTTP 状态码',
    googleStatus: 'Google 状态',
    reason: '原因',
    message: 'Google 的消息',
    project: '项目',
    service: '服务',
    model: '模型',
    modelCount: '该密钥可见的模型数',
    generateModel: '生成测试使用的模型',
    generateSkipped: '已跳过生成测试：该密钥看不到支持 generateContent 的模型。',
    generateSkippedForTime: '已跳过生成测试：整个测试的 {limitMs} 毫秒上限只剩下 {leftMs} 毫秒。',
    generateStoppedForTime: '生成测试在 {leftMs} 毫秒后被停止，这是整个测试 {limitMs} 毫秒上限剩下的时间。',
    dependsOnCaller: '结果取决于请求从哪里发出（浏览器或服务器、地区）：请也在服务器上检查。',
    probes: '探测',
    probe: '探测',
    result: '结果',
    time: '耗时',
    precheck: '密钥预检',
    steps: '怎么做',
    cancelled: '测试在完成前被取消。',
    refused: '测试被拒绝（{why}）。',
    standard: '标准密钥（AIza…）',
    auth: '认证密钥（AQ.…）',
    unknown: '无法识别的格式',
  },
  ja: {
    generateSkippedForTime: '生成テストは省略しました。テスト全体の上限 {limitMs} ミリ秒のうち、残りが {leftMs} ミリ秒しかありませんでした。',
    generateStoppedForTime: '生成テストは {leftMs} ミリ秒（テスト全体の上限 {limitMs} ミリ秒の残り）で打ち切りました。',
    heading: 'Key Doctor レポート',
    when: '日時',
    key: 'キー',
    verdict: '診断結果',
    id: '診断 ID',
    httpStatus: 'HTTP ステータス',
    googleStatus: 'Google のステータス',
    reason: '理由',
    message: 'Google のメッセージ',
    project: 'プロジェクト',
    service: 'サービス',
    model: 'モデル',
    modelCount: 'キーから見えるモデル数',
    generateModel: '生成テストに使ったモデル',
    generateSkipped: '生成テストはスキップしました: このキーからは generateContent に対応したモデルが見えません。',
    dependsOnCaller: 'この結果はリクエストを送る場所（ブラウザかサーバーか、地域）によって変わります。サーバーからも確認してください。',
    probes: 'プローブ',
    probe: 'プローブ',
    result: '結果',
    time: '所要時間',
    precheck: 'キーの事前チェック',
    steps: '対処方法',
    cancelled: 'テストは完了前にキャンセルされました。',
    refused: 'テストは拒否されました（{why}）。',
    standard: '標準キー（AIza…）',
    auth: '認可キー（AQ.…）',
    unknown: '不明な形式',
  },
});

/** Table cells and list items are single-line; a `|` would split a cell. */
const inline = (text: string) => text.replace(/\s*[\r\n]+\s*/g, ' ').replace(/\|/g, '\\|');

export function buildReport(input: ReportInput): string {
  const t = STRINGS[input.locale ?? 'en'];
  const { diagnosis, result } = input;
  const lines: string[] = [`## ${t.heading}`, ''];
  const item = (label: string, value: string | number | undefined) => {
    if (value !== undefined && value !== '') lines.push(`- ${label}: ${inline(String(value))}`);
  };

  item(t.when, input.when.toISOString());
  // maskKey keeps the first four characters, enough to tell `AIza` from `AQ.`.
  item(t.key, `${input.maskedKey} (${t[input.keyKind ?? keyKindOf(input.maskedKey.slice(0, 4))]})`);

  if (result.outcome === 'cancelled') lines.push('', t.cancelled);
  if (result.outcome === 'refused') lines.push('', format(t.refused, { why: result.why }));

  if (result.outcome === 'tested') {
    for (const [label, value] of diagnosisFacts(diagnosis, t, { withService: true })) item(label, value);
    item(t.modelCount, result.modelCount);
    item(t.generateModel, result.generateModel);
    const generateSkipped =
      input.generateRequested && !result.deadline && result.generateModel === undefined && result.probes.every((p) => p.name !== 'generateContent');
    if (generateSkipped && result.probes[0]?.facts.id === 'key-ok') lines.push('', t.generateSkipped);
    if (result.deadline) {
      const template = result.deadline.generate === 'skipped' ? t.generateSkippedForTime : t.generateStoppedForTime;
      lines.push('', format(template, { leftMs: Math.round(result.deadline.leftMs), limitMs: result.deadline.limitMs }));
    }
    if (diagnosis.dependsOnCaller) lines.push('', t.dependsOnCaller);

    lines.push('', `### ${t.probes}`, '', `| ${t.probe} | HTTP | ${t.result} | ${t.time} |`, '|---|---|---|---|');
    for (const probe of result.probes) {
      lines.push(`| ${probe.name} | ${probe.httpStatus ?? '—'} | ${inline(probe.facts.id)} | ${Math.round(probe.elapsedMs)} ms |`);
    }
  }

  const findings = input.findings ?? [];
  if (findings.length) {
    lines.push('', `### ${t.precheck}`, '');
    for (const finding of findings) {
      lines.push(`- [${finding.severity}] \`${finding.id}\`: ${inline(findingText(finding, input.locale))}`);
    }
  }

  if (result.outcome === 'tested') lines.push(...stepsAndLinks(diagnosis, t));

  return redactKeys(`${lines.join('\n')}\n`);
}

/** The verdict and what Google said, in report order; the key test's report adds the service. */
function diagnosisFacts(diagnosis: Diagnosis, t: (typeof STRINGS)[Locale], options: { withService?: boolean } = {}): [string, string | number | undefined][] {
  return [
    [t.verdict, `${diagnosis.title} (${diagnosis.severity})`],
    [t.id, `\`${diagnosis.id}\``],
    [t.httpStatus, diagnosis.httpStatus],
    [t.googleStatus, diagnosis.googleStatus],
    [t.reason, diagnosis.reason],
    [t.message, diagnosis.message],
    [t.project, diagnosis.project],
    ...(options.withService ? ([[t.service, diagnosis.service]] as [string, string | undefined][]) : []),
    [t.model, diagnosis.model],
  ];
}

function stepsAndLinks(diagnosis: Diagnosis, t: (typeof STRINGS)[Locale]): string[] {
  if (!diagnosis.steps.length) return [];
  const lines = ['', `### ${t.steps}`, ''];
  diagnosis.steps.forEach((step, i) => lines.push(`${i + 1}. ${inline(step)}`));
  if (diagnosis.links.length) lines.push('');
  for (const link of diagnosis.links) lines.push(`- [${inline(link.label)}](${link.url})`);
  return lines;
}

/** "Copy report" for a pasted error (no key test): the verdict, Google's facts, the fix. */
export function buildExplanationReport(diagnosis: Diagnosis, locale: Locale = 'en'): string {
  const t = STRINGS[locale];
  const lines: string[] = [`## ${t.heading}`, ''];
  for (const [label, value] of diagnosisFacts(diagnosis, t)) if (value !== undefined && value !== '') lines.push(`- ${label}: ${inline(String(value))}`);
  lines.push(...stepsAndLinks(diagnosis, t));
  return redactKeys(`${lines.join('\n')}\n`);
}
