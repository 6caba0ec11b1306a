/**
 * The usual frame of an e2e file: one local API mock and one browser with the built extension,
 * started before its tests and closed after them. Chromium unless the file asks for Firefox; the
 * mock, the replicas and every helper are the same for both.
 */
import { afterAll, beforeAll } from 'vitest';
import { startMockGemini, type MockGemini } from '../mock-api/server';
import type { BrowserName, LaunchedBrowser, LaunchOptions } from './harness';
import { launchWithExtension } from './launch-chromium';
import { launchFirefoxWithExtension } from './launch-firefox';

export interface ExtensionBrowser {
  readonly mock: MockGemini;
  readonly launched: LaunchedBrowser;
  /** Runs `during` with the mock API down (connection refused), then starts it again on its port. */
  withMockDown<T>(during: () => Promise<T>): Promise<T>;
}

const LAUNCHERS: Record<BrowserName, (mockPort: number, options: LaunchOptions) => Promise<LaunchedBrowser>> = {
  chromium: launchWithExtension,
  firefox: launchFirefoxWithExtension,
};

export function useExtensionBrowser(options: LaunchOptions & { browser?: BrowserName } = {}): ExtensionBrowser {
  const { browser = 'chromium', ...launchOptions } = options;
  let mock: MockGemini | undefined;
  let launched: LaunchedBrowser | undefined;
  beforeAll(async () => {
    mock = await startMockGemini();
    launched = await LAUNCHERS[browser](mock.port, launchOptions);
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
