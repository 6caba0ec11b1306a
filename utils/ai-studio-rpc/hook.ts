/**
 * The MAIN-world request reader: wraps XMLHttpRequest and fetch in AI Studio's page so that a
 * FAILED key-creation RPC (GenerateCloudApiKey, CreateCloudProject) is summarised and handed to
 * the extension. It reads a response body only when the status is not 2xx: success bodies carry
 * the new key in plain text (research ai-studio-rpc.md §1.2, §5.1) and are never read, cloned or
 * forwarded. Every other request passes through untouched. Takes the window as a parameter, so
 * unit tests drive it with fakes; imports only the pure parser.
 */
import { keyCreationRpcOf, summarizeRpcFailure, type KeyCreationRpc, type RpcFailureSummary } from './parse';

/** The CustomEvent on `document` that carries a summary (detail: a JSON string) to the isolated world. */
export const RPC_FAILURE_EVENT = 'key-doctor-rpc-failure';

type PageWindow = Pick<typeof globalThis, 'XMLHttpRequest' | 'fetch' | 'location' | 'TextDecoder'>;

const isFailure = (status: number) => status !== 0 && (status < 200 || status > 299);

function rpcOf(win: PageWindow, url: unknown): KeyCreationRpc | undefined {
  try {
    const href = typeof url === 'string' ? url : url instanceof URL ? url.href : (url as { url?: unknown } | null)?.url;
    return typeof href === 'string' ? keyCreationRpcOf(new URL(href, win.location.href).href) : undefined;
  } catch {
    return undefined;
  }
}

/** A failed XHR's body as text; only ever called for a non-2xx status. */
function failureBody(win: PageWindow, xhr: XMLHttpRequest): string {
  switch (xhr.responseType) {
    case '':
    case 'text':
      return xhr.responseText;
    case 'json':
      return JSON.stringify(xhr.response);
    case 'arraybuffer':
      return xhr.response ? new win.TextDecoder().decode(xhr.response as ArrayBuffer) : '';
    default:
      return '';
  }
}

export function installRpcReader(win: PageWindow, emit: (summary: RpcFailureSummary) => void): void {
  const safeEmit = (rpc: KeyCreationRpc, status: number, body: () => string) => {
    try {
      emit(summarizeRpcFailure(rpc, status, body()));
    } catch {
      // The page must never notice us.
    }
  };

  const proto = win.XMLHttpRequest.prototype;
  const open = proto.open;
  const send = proto.send;
  const calls = new WeakMap<XMLHttpRequest, KeyCreationRpc>();
  function onLoadEnd(this: XMLHttpRequest) {
    const rpc = calls.get(this);
    const status = this.status;
    if (rpc && isFailure(status)) safeEmit(rpc, status, () => failureBody(win, this));
  }
  proto.open = function (this: XMLHttpRequest, ...args: Parameters<XMLHttpRequest['open']>) {
    const rpc = rpcOf(win, args[1]);
    if (rpc) calls.set(this, rpc);
    else calls.delete(this);
    return (open as (...a: unknown[]) => void).apply(this, args);
  } as XMLHttpRequest['open'];
  proto.send = function (this: XMLHttpRequest, ...args: Parameters<XMLHttpRequest['send']>) {
    if (calls.has(this)) {
      try {
        this.addEventListener('loadend', onLoadEnd);
      } catch {
        // ignore: the request goes out either way
      }
    }
    return send.apply(this, args);
  };

  const originalFetch = win.fetch;
  if (typeof originalFetch === 'function') {
    win.fetch = function (this: unknown, ...args: Parameters<typeof fetch>) {
      const response = originalFetch.apply(this, args);
      const rpc = rpcOf(win, args[0]);
      if (rpc) {
        response.then(
          (answer) => {
            // A success is left alone: its body holds the new key.
            if (!isFailure(answer.status)) return;
            answer
              .clone()
              .text()
              .then(
                (text) => safeEmit(rpc, answer.status, () => text),
                () => {},
              );
          },
          () => {},
        );
      }
      return response;
    } as typeof fetch;
  }
}
