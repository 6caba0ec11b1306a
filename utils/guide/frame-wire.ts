/**
 * The frame messages' envelope (frames.ts checks the contents strictly). Apart, so a console
 * iframe's startup script can say hello and notice the top frame's first query without loading the
 * agent, its finders and its checks.
 */
export const CONSOLE_FRAME_ORIGINS = new Set(['https://console.cloud.google.com']);
export const FRAME_MARK = 'key-doctor-guide-frames';

export type Envelope<T> = { [FRAME_MARK]: 1; message: T };

export function envelope<T>(message: T): Envelope<T> {
  return { [FRAME_MARK]: 1, message };
}

/** Looks like a query from the top frame (a loose check: the agent then parses it strictly). */
export function looksLikeQuery(data: unknown): boolean {
  try {
    const message = (data as Envelope<{ type?: unknown }> | null)?.[FRAME_MARK] === 1 ? (data as Envelope<{ type?: unknown }>).message : undefined;
    return message?.type === 'query';
  } catch {
    return false;
  }
}
