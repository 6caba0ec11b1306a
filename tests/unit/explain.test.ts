import { describe, expect, it } from 'vitest';
import { AI_STUDIO_RULES } from '@/utils/detection/rules/ai-studio';
import { explainPastedText } from '@/utils/explain';

describe('explainPastedText', () => {
  it.each([
    ['Failed to generate API key: permission denied. Please try again.', 'key-creation-denied'],
    ['Failed to generate API key, The request is suspicious. Please try again.', 'key-creation-flagged'],
    ['You do not have permission to create a key in this project', 'key-creation-denied'],
    ['Permission denied. Please contact your project administrator for assistance.', 'key-creation-denied'],
    ['failed to generate api key: quota reached', 'key-creation-denied'],
  ])('AI Studio toast %j → %s', (text, id) => {
    const diagnosis = explainPastedText(text);
    expect(diagnosis?.id).toBe(id);
    expect(diagnosis?.message).toBe(text);
  });

  it('every AI Studio wording that names a diagnosis is explained', () => {
    for (const rule of AI_STUDIO_RULES) {
      for (const wording of rule.wordings) {
        const text = wording.text.replace('…', 'apikeys.keys.create');
        expect(explainPastedText(text)?.id, `${rule.id}: ${text}`).toBeDefined();
      }
    }
  });

  it('keeps the API meaning for generic Google wordings and API bodies', () => {
    expect(explainPastedText('403 The caller does not have permission')?.id).toBe('permission-denied');
    expect(explainPastedText('{"error":{"code":400,"message":"API key not valid. Please pass a valid API key.","status":"INVALID_ARGUMENT","details":[{"@type":"type.googleapis.com/google.rpc.ErrorInfo","reason":"API_KEY_INVALID"}]}}')?.id).toBe('key-invalid');
  });

  it('masks a key pasted along with the message, and says nothing for unrelated text', () => {
    const key = 'AIzaSyA1234567890abcdefghijklmnopqrstuv';
    expect(explainPastedText(`Failed to generate API key: permission denied. key=${key}`)?.message).not.toContain(key);
    expect(explainPastedText('hello world')).toBeNull();
  });
});
