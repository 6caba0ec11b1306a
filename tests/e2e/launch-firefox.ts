/**
 * The Firefox launcher: Debian's firefox-esr, headless, driven over WebDriver BiDi, with the
 * BUILT Firefox add-on (.output/firefox-mv2) installed as a temporary add-on. Recipe and traps:
 * ../shared/research/firefox-e2e.md. Firefox has no host-resolver rules, so every connection goes
 * through a local CONNECT proxy that pipes the Gemini API host to the HTTPS mock and refuses all
 * else: nothing can reach the internet.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { connect, type Socket } from 'node:net';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Page } from 'puppeteer-core';
import type { LaunchedBrowser, LaunchOptions } from './harness';

export const FIREFOX_EXTENSION_DIR = fileURLToPath(new URL('../../.output/firefox-mv2', import.meta.url));
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/**
 * The add-on's internal UUID, fixed through a pref so its pages have a known address (Firefox
 * otherwise picks a random one per profile, and BiDi shows no background target to read it from).
 */
export const FIREFOX_EXTENSION_UUID = '6b1e6c4e-2a57-4d3c-9f0e-4b9d3f6e7a10';
const API_HOST = 'generativelanguage.googleapis.com';

interface ConnectProxy {
  port: number;
  /** host:port of every CONNECT it refused (Firefox tries its own services once). */
  refused: string[];
  close(): Promise<void>;
}

/** Pipes CONNECT generativelanguage.googleapis.com:443 to the mock; refuses anything else. */
async function startConnectProxy(mockPort: number): Promise<ConnectProxy> {
  const refused: string[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((_request, response) => response.writeHead(403).end());
  server.on('connect', (request, client: Socket) => {
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    client.on('error', () => client.destroy());
    if (request.url !== `${API_HOST}:443`) {
      refused.push(request.url ?? '');
      client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    const upstream = connect(mockPort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.pipe(client);
      client.pipe(upstream);
    });
    sockets.add(upstream);
    upstream.on('close', () => {
      sockets.delete(upstream);
      client.destroy();
    });
    // The mock is down (withMockDown): the browser sees the connection dropped.
    upstream.on('error', () => client.destroy());
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('proxy has no port');
  return {
    port: address.port,
    refused,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** Rejects after `ms` so a hung Firefox fails the run instead of stalling it. */
function within<T>(ms: number, what: string, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`Firefox: ${what} took over ${ms / 1000} s`)), ms)));
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

export async function launchFirefoxWithExtension(mockPort: number, options: LaunchOptions = {}): Promise<LaunchedBrowser> {
  const manifestPath = `${FIREFOX_EXTENSION_DIR}/manifest.json`;
  if (!existsSync(manifestPath)) throw new Error(`No Firefox build at ${FIREFOX_EXTENSION_DIR}: run \`npm run build:firefox\` first.`);
  if (!existsSync(FIREFOX)) throw new Error(`No Firefox at ${FIREFOX}: install Debian's firefox-esr package (apt-get install -y firefox-esr) or set FIREFOX_PATH.`);
  // The id comes from the build, so the UUID pref always names the add-on actually installed.
  const geckoId = (JSON.parse(readFileSync(manifestPath, 'utf8')) as { browser_specific_settings?: { gecko?: { id?: string } } }).browser_specific_settings?.gecko?.id;
  if (!geckoId) throw new Error(`${manifestPath} has no browser_specific_settings.gecko.id`);
  const lang = options.lang ?? 'en-US';
  const proxy = await startConnectProxy(mockPort);
  const browser = await puppeteer
    .launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: options.headless ?? true,
      // The mock's throwaway certificate, for pages and the background's fetches alike.
      acceptInsecureCerts: true,
      protocolTimeout: 30_000,
      timeout: 30_000,
      defaultViewport: null,
      // Without it BiDi refuses to navigate to moz-extension:// pages.
      args: ['--remote-allow-system-access', ...(options.extraArgs ?? [])],
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: FIREFOX_EXTENSION_UUID }),
        'network.proxy.type': 1,
        'network.proxy.ssl': '127.0.0.1',
        'network.proxy.ssl_port': proxy.port,
        'network.proxy.http': '127.0.0.1',
        'network.proxy.http_port': proxy.port,
        'network.proxy.no_proxies_on': '',
        'network.proxy.allow_hijacking_localhost': true,
        'intl.accept_languages': lang,
        'intl.locale.requested': lang,
      },
    })
    .catch(async (error: unknown) => {
      await proxy.close();
      throw error;
    });
  const close = async () => {
    await within(20_000, 'closing', browser.close()).catch(() => browser.process()?.kill('SIGKILL'));
    await proxy.close();
  };
  try {
    await within(options.readyTimeoutMs ?? 30_000, 'installing the add-on', browser.installExtension(FIREFOX_EXTENSION_DIR));
  } catch (error) {
    await close();
    throw error;
  }
  const origin = `moz-extension://${FIREFOX_EXTENSION_UUID}`;
  return {
    name: 'firefox',
    browser,
    extensionId: FIREFOX_EXTENSION_UUID,
    extensionOrigin: origin,
    openExtensionPage: (page, path) => navigateWithoutWaiting(page, `${origin}/${path}`),
    close,
  };
}

/**
 * Firefox reports no navigation to a moz-extension:// page over BiDi, so `page.goto` would time
 * out although the page loads: ask for the navigation without waiting. Going through about:blank
 * first (a normal navigation) means the caller's next `waitForSelector` can only find the new page.
 */
async function navigateWithoutWaiting(page: Page, url: string): Promise<void> {
  await page.goto('about:blank');
  const frame = page.mainFrame() as unknown as { browsingContext?: { navigate(url: string, wait: 'none'): Promise<void> } };
  if (!frame.browsingContext) throw new Error('not a WebDriver BiDi page: puppeteer-core changed its internals');
  await frame.browsingContext.navigate(url, 'none');
}
