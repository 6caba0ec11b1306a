import { readCorpus } from '../../mock-api/scenarios';

/** A corpus file's body as Google sent it (JSON text). */
export function corpusBody(file: string): string {
  const entry = readCorpus(file.replace(/\.json$/, ''));
  if (entry.body === null) throw new Error(`${file} has no body`);
  return JSON.stringify(entry.body);
}

export const json = (body: string, status = 200) =>
  new Response(body, { status, headers: { 'content-type': 'application/json; charset=UTF-8' } });

export const modelsList = (models: { name: string; methods: string[] }[]) =>
  JSON.stringify({ models: models.map(({ name, methods }) => ({ name: `models/${name}`, supportedGenerationMethods: methods })) });

export interface Call {
  url: string;
  init: RequestInit;
}

/** A fetch that answers from a queue and records every call. */
export function fakeFetch(...answers: ((call: Call) => Response | Promise<Response>)[]) {
  const calls: Call[] = [];
  const fetch = (async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const call = { url: String(input), init };
    calls.push(call);
    const answer = answers[calls.length - 1];
    if (!answer) throw new Error(`unexpected fetch #${calls.length}`);
    return answer(call);
  }) as typeof globalThis.fetch;
  return { fetch, calls };
}

/** Never answers, but rejects like the real fetch when its signal aborts. */
export const hangingAnswer = (call: Call) =>
  new Promise<Response>((_, reject) => {
    const signal = call.init.signal;
    signal?.addEventListener('abort', () => reject(new DOMException('The operation was aborted.', 'AbortError')));
  });

export const headerOf = (call: Call | undefined, name: string) => new Headers(call?.init.headers).get(name);
