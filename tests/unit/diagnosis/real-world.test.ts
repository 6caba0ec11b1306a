import { describe, expect, it } from 'vitest';
import { classifyErrorText, classifyResponse, diagnoseErrorText } from '@/utils/diagnosis';
import { NOT_GOOGLE_TEXTS, REAL_WORLD_CASES, type RealWorldCase } from './real-world-cases';

function classify(entry: RealWorldCase) {
  if (entry.response) {
    const { status, body } = entry.response;
    return classifyResponse(status, typeof body === 'string' ? body : JSON.stringify(body));
  }
  return classifyErrorText(entry.text ?? '');
}

describe('real-world shapes beyond the corpus', () => {
  it('has a good spread', () => expect(REAL_WORLD_CASES.length).toBeGreaterThanOrEqual(15));
  it.each(REAL_WORLD_CASES.map((entry) => [`${entry.id}: ${entry.name}`, entry] as const))('%s', (_, entry) => {
    const facts = classify(entry);
    expect(facts?.id).toBe(entry.id);
    if (entry.facts) expect(facts).toMatchObject(entry.facts);
  });
  it('says where each reported text was found', () => {
    const reported = REAL_WORLD_CASES.filter((entry) => entry.source !== undefined);
    expect(reported.length).toBeGreaterThanOrEqual(25);
    for (const entry of reported) expect(entry.source, entry.name).toMatch(/^https:\/\/\S+ \(\d{4}-\d{2}-\d{2}\)$/);
  });
  it('redacts keys echoed anywhere in pasted text', () => {
    const pasted = REAL_WORLD_CASES.find((entry) => entry.name.includes('redacted'))?.text ?? '';
    const facts = classifyErrorText(pasted);
    expect(facts?.message).toContain('AIza…');
    expect(facts?.message).not.toMatch(/AIza[0-9A-Za-z_-]{20,}/);
  });
});

/** Word-boundary wrapping with a hanging indent, as gemini-cli and other terminal UIs print. */
function wrapLines(text: string, width = 80): string {
  return text
    .split('\n')
    .map((line) => {
      const lines: string[] = [];
      let current = '';
      for (const word of line.split(' ')) {
        if (current && current.length + word.length + 1 > width) {
          lines.push(current);
          current = `  ${word}`;
        } else {
          current = current ? `${current} ${word}` : word;
        }
      }
      return [...lines, current].join('\n');
    })
    .join('\n');
}

/** How reports re-present a pasted error: terminal wraps, TUI boxes, Markdown quotes. */
const REPRESENTATIONS: Record<string, (text: string) => string> = {
  wrapped: (text) => wrapLines(text),
  boxed: (text) => wrapLines(text).split('\n').map((line) => `│ ${line.padEnd(80)} │`).join('\n'),
  quoted: (text) => text.split('\n').map((line) => `> ${line}`).join('\n'),
};

describe('the same texts wrapped, boxed or quoted keep their diagnosis', () => {
  const cases = REAL_WORLD_CASES.filter((entry) => entry.text !== undefined).flatMap((entry) =>
    Object.keys(REPRESENTATIONS).map((kind) => [`${kind}: ${entry.name}`, kind, entry] as const),
  );
  it.each(cases)('%s', (_, kind, entry) => {
    expect(classifyErrorText(REPRESENTATIONS[kind]!(entry.text ?? ''))?.id).toBe(entry.id);
  });
});

describe('text that is not a Google API error', () => {
  it.each(NOT_GOOGLE_TEXTS.map((text) => [JSON.stringify(text.slice(0, 40)), text] as const))('%s → null', (_, text) => {
    expect(diagnoseErrorText(text)).toBeNull();
  });
});

describe('never executes pasted text', () => {
  it('treats code-looking input as data', () => {
    const globals = globalThis as { keyDoctorPwned?: boolean };
    const pasted = "{'error': {'code': 400, 'message': __import__('os').system('x')}} (globalThis.keyDoctorPwned = true) API key not valid.";
    expect(diagnoseErrorText(pasted)?.id).toBe('key-invalid');
    expect(globals.keyDoctorPwned).toBeUndefined();
  });
  it('stays fast on long pastes full of unclosed brackets', () => {
    const pasted = `API key not valid. Please pass a valid API key. ${"[{'it ".repeat(20_000)}`;
    expect(diagnoseErrorText(pasted)?.id).toBe('key-invalid');
  });
});

describe('words and links follow the service in real reports', () => {
  const text = (fragment: string) => REAL_WORLD_CASES.find((entry) => entry.name.includes(fragment))?.text ?? '';
  it('Vertex AI API disabled links to aiplatform in the named project', () => {
    const diagnosis = diagnoseErrorText(text('Failed to connect to Vertex AI'));
    expect(diagnosis?.id).toBe('vertex-api-disabled');
    expect(diagnosis?.links.map((link) => link.url)).toContain(
      'https://console.cloud.google.com/apis/library/aiplatform.googleapis.com?project=ffeldhaus-assistent',
    );
    expect(diagnosis?.links.some((link) => link.url.includes('generativelanguage'))).toBe(false);
  });
  it('Firebase AI Logic links to the Firebase console page of the project in the message', () => {
    const diagnosis = diagnoseErrorText(text('Gemini Developer API key not configured'));
    expect(diagnosis?.links[0]?.url).toBe('https://console.firebase.google.com/project/dreamstale-stage/ailogic');
  });
  it('a key blocked from the Firebase AI Logic API names that API, not the Generative Language API', () => {
    const diagnosis = diagnoseErrorText(text('blocked by the Firebase key'));
    expect(diagnosis?.steps.join('\n')).toContain('firebasevertexai.googleapis.com');
    expect(diagnosis?.links[0]?.url).toContain('project=board-games-315b9');
  });
  it('Live API closes carry the status of the refusal', () => {
    expect(classifyErrorText(text('after the model name'))?.httpStatus).toBe(400);
    expect(classifyErrorText(text('LiveKit agent'))?.httpStatus).toBe(500);
  });
  it('cut copies of the new reports keep their diagnosis while the telling words survive', () => {
    const cut = (fragment: string, length: number) => text(fragment).slice(0, length);
    expect(classifyErrorText(cut('Code Assist capacity behind', 200))?.id).toBe('quota-exceeded');
    expect(classifyErrorText(cut('LiteLLM NotFoundError', 300))?.id).toBe('model-not-found');
    expect(classifyErrorText(cut('opencode: Gemini disabled', 80))?.id).toBe('account-tos-disabled');
    expect(classifyErrorText(cut('proto is invalid', 200))?.id).toBe('bad-request');
  });
});
