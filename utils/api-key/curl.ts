import { GENERATE_PING_BODY, LIST_MODELS_URL, MODEL_ID_PATTERN, generateContentUrl } from './endpoints';

/**
 * The same probe as a command to run where the key is really used (a server, a CI runner): referrer,
 * IP and region restrictions make a browser result differ from the server's. The key stays in the
 * user's shell variable, so the command is safe to copy, paste into chats and keep in notes.
 */
const KEY_HEADER = '-H "x-goog-api-key: $GEMINI_API_KEY"';
// Prints the HTTP status after the body: Google's status codes carry half the diagnosis.
const STATUS_LINE = `-w "\\nHTTP %{http_code}\\n"`;
// POSIX `${VAR:?message}` stops with a clear message instead of calling a URL without a model.
const MODEL_FROM_SHELL = '${GEMINI_MODEL:?set GEMINI_MODEL to a model id from the models list}';

export function curlCommandFor(probe: 'listModels' | 'generateContent', model?: string): string {
  if (probe === 'listModels') return `curl -sS ${STATUS_LINE} "${LIST_MODELS_URL}" \\\n  ${KEY_HEADER}`;
  const url = model !== undefined && MODEL_ID_PATTERN.test(model)
    ? generateContentUrl(model)
    : generateContentUrl('MODEL').replace('MODEL', MODEL_FROM_SHELL);
  return [
    `curl -sS ${STATUS_LINE} "${url}"`,
    `  ${KEY_HEADER}`,
    '  -H "Content-Type: application/json"',
    `  -d '${GENERATE_PING_BODY}'`,
  ].join(' \\\n');
}
