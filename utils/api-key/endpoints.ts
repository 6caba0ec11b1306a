// The key test's two requests, shared by the probes (background) and the curl builder (popup card).

export const GEMINI_API_ORIGIN = 'https://generativelanguage.googleapis.com';
export const LIST_MODELS_URL = `${GEMINI_API_ORIGIN}/v1beta/models?pageSize=1000`;
export const GENERATE_PING_BODY = JSON.stringify({
  contents: [{ parts: [{ text: 'ping' }] }],
  generationConfig: { maxOutputTokens: 1 },
});

/** Model ids are plain slugs; anything else in a response is not put into a URL. */
export const MODEL_ID_PATTERN = /^[a-z0-9][a-z0-9._-]{0,127}$/i;

export function generateContentUrl(model: string): string {
  return `${GEMINI_API_ORIGIN}/v1beta/models/${encodeURIComponent(model)}:generateContent`;
}
