/**
 * The usual frame of an e2e file: one local API mock and one Chromium with the built extension,
 * started before its tests and closed after them.
 */
import { afterAll, beforeAll } from 'vitest';
import { startMockGemini, type MockGemini } from '../mock-api/server';
import { launchWithExtension, type LaunchedBrowser } from './harness';

export interface ExtensionBrowser {
  readonly mock: MockGemini;
  readonly launched: LaunchedBrowser;
  /** Runs `during` with the mock API down (connection refused), then starts it again on its port. */
  withMockDown<T>(during: () => Promise<T>): Promise<T>;
}

export function useExtensionBrowser(options: Parameters<typeof launchWithExtension>[1] = {}): ExtensionBrowser {
  let mock: MockGemini | undefined;
  let launched: LaunchedBrowser | undefined;
  beforeAll(async () => {
    mock = await startMockGemini();
    launched = await launchWithExtension(mock.port, options);
  });
  afterAll(async () => {
    await launched?.close();
    await mock?.close();
  });
  return {
    get mock() {
      if (!mock) throw new Error('the mock API starts in beforeAll');
      return mock;
    },
    get launched() {
      if (!launched) throw new Error('the browser starts in beforeAll');
      return launched;
    },
    async withMockDown(during) {
      const down = this.mock;
      await down.close();
      try {
        return await during();
      } finally {
        mock = await startMockGemini(down.port);
      }
    },
  };
}
