// One Firefox ESR per test file, driven over WebDriver BiDi by puppeteer-core, with the Firefox build
// (.output/firefox-mv2) installed as a temporary add-on. Every http(s) request goes through the recording
// fixture server (it is Firefox's proxy, loopback included), so nothing leaves the machine.
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { badgesInPage, scoreOf, settleBadges, type BadgeSnapshot } from '../../e2e/harness/badges';
import { REPO_ROOT, startFixtureServer, type FixtureServer } from '../../e2e/harness/server';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_EXTENSION_DIR = join(REPO_ROOT, '.output/firefox-mv2');

export const hasFirefox = existsSync(FIREFOX_PATH);

export interface FirefoxE2E {
  browser: Browser;
  server: FixtureServer;
  /** The add-on id Firefox reports for the installed build (the manifest's gecko id). */
  addonId: string;
  pageErrors: { url: string; message: string }[];
  close(): Promise<void>;
}

/** Builds the Firefox extension, as the user would get it from `npm run build:firefox`. */
export function buildFirefoxExtension(): void {
  execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], { cwd: REPO_ROOT, stdio: 'pipe' });
}

export async function launchFirefoxWithExtension(): Promise<FirefoxE2E> {
  const server = await startFixtureServer();
  const home = await mkdtemp(join(tmpdir(), 'ml-editor-e2e-firefox-'));
  let browser: Browser | undefined;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX_PATH,
      headless: true,
      userDataDir: join(home, 'profile'),
      env: {
        ...process.env,
        // Firefox and its child processes write under $HOME and the XDG dirs even with a temp profile.
        HOME: home,
        XDG_CONFIG_HOME: join(home, 'config'),
        XDG_CACHE_HOME: join(home, 'cache'),
        XDG_DATA_HOME: join(home, 'data'),
        // Release builds ignore `services.settings.server` unless this is set; without it Remote Settings
        // polls firefox.settings.services.mozilla.com and drowns the "nothing leaves the machine" check.
        MOZ_REMOTE_SETTINGS_DEVTOOLS: '1',
      },
      extraPrefsFirefox: {
        // Firefox's own calls home (puppeteer sets most of the rest: updates, telemetry, safe browsing).
        'services.settings.server': 'data:,#remote-settings-dummy/v1',
        'network.captive-portal-service.enabled': false,
        'network.connectivity-service.enabled': false,
        'browser.region.network.url': '',
        'browser.topsites.contile.enabled': false,
        'extensions.getAddons.showPane': false,
        // Every request, loopback included, goes through the recording server; https arrives as CONNECT.
        'network.proxy.type': 1,
        'network.proxy.http': '127.0.0.1',
        'network.proxy.http_port': server.port,
        'network.proxy.ssl': '127.0.0.1',
        'network.proxy.ssl_port': server.port,
        'network.proxy.allow_hijacking_localhost': true,
        'network.proxy.no_proxies_on': '',
        'network.dns.disablePrefetch': true,
        'network.prefetch-next': false,
      },
    });
    // WebDriver BiDi webExtension.install: a temporary add-on from an unpacked directory (Firefox 138+).
    const addonId = await browser.installExtension(FIREFOX_EXTENSION_DIR);
    const opened = browser;
    return {
      browser: opened,
      server,
      addonId,
      pageErrors: [],
      async close() {
        await opened.close().catch(() => undefined);
        await server.close();
        await rm(home, { recursive: true, force: true }).catch(() => undefined);
      },
    };
  } catch (error) {
    await browser?.close().catch(() => undefined);
    await server.close();
    await rm(home, { recursive: true, force: true }).catch(() => undefined);
    throw error;
  }
}

export async function openFixture(env: FirefoxE2E, path: string): Promise<Page> {
  const page = await env.browser.newPage();
  page.on('pageerror', (error) => env.pageErrors.push({ url: page.url(), message: (error as Error).message }));
  await page.goto(env.server.url(path), { waitUntil: 'load' });
  return page;
}

/** Click into a field and type key by key, as a person would (newlines press Enter). */
export async function typeLikeAPerson(page: Page, selector: string, text: string): Promise<void> {
  await page.click(selector);
  await page.keyboard.type(text);
}

/** Select everything in the field and delete it with the keyboard. */
export async function clearLikeAPerson(page: Page, selector: string): Promise<void> {
  await page.click(selector);
  await page.keyboard.down('Control');
  await page.keyboard.press('KeyA');
  await page.keyboard.up('Control');
  await page.keyboard.press('Backspace');
}

/** Reads every badge of the top frame. */
export function readBadges(page: Page): Promise<BadgeSnapshot[]> {
  return page.evaluate(badgesInPage);
}

/** Waits until the page's badges have settled (see settleBadges). */
export function waitForSettledBadges(
  page: Page,
  opts: { timeoutMs?: number; previous?: BadgeSnapshot[] } = {},
): Promise<BadgeSnapshot[]> {
  return settleBadges(() => readBadges(page), { timeoutMs: 15_000, ...opts });
}

export { scoreOf, type BadgeSnapshot };

/** Proxy-seen requests that are neither a fixture the page loaded nor the page's own favicon probe. */
export function networkViolations(server: FixtureServer): string[] {
  return server.requests
    .filter((r) => !r.servedFixture && !(r.url === `${server.origin}/favicon.ico`))
    .map((r) => `proxy saw ${r.method} ${r.url} (status ${r.status})`);
}
