// One Chromium per test file with the built extension loaded (../shared/design/platform-notes.md), routed
// through the recording fixture server, plus helpers to drive pages, badges and the popup like a person.
import { chromium, type BrowserContext, type Frame, type Locator, type Page, type Worker } from 'playwright-core';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT, startFixtureServer, type FixtureServer } from './server';
import { buildVendorBundles } from './vendor-bundles';
import { NetworkRecorder } from './network';
import { badgesInPage, scoreOf, settleBadges, type BadgeSnapshot } from './badges';

export const EXTENSION_DIR = join(REPO_ROOT, '.output/chrome-mv3');

const DISABLED_FEATURES = [
  // Playwright's defaults (playwright-core chromiumSwitches), which this flag would otherwise replace.
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
  // Ours: the browser's own calls home.
  'AutofillServerCommunication',
  'Translate',
  'DialMediaRouteProvider',
  'CertificateTransparencyComponentUpdater',
];

export interface E2E {
  context: BrowserContext;
  server: FixtureServer;
  extensionId: string;
  network: NetworkRecorder;
  /** Uncaught errors of every page opened with `openFixture`, with the page URL. */
  pageErrors: { url: string; message: string }[];
  close(): Promise<void>;
}

export async function launchWithExtension(): Promise<E2E> {
  await stat(join(EXTENSION_DIR, 'manifest.json')).catch(() => {
    throw new Error(`No built extension at ${EXTENSION_DIR}: run \`npx wxt build\` (npm run test:e2e does).`);
  });
  const [server] = await Promise.all([startFixtureServer(), buildVendorBundles()]);
  const home = await mkdtemp(join(tmpdir(), 'ml-editor-e2e-'));
  const context = await chromium.launchPersistentContext(join(home, 'profile'), {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    // Chromium writes to ~/.config and ~/.cache even with a temp profile.
    env: { ...process.env, XDG_CONFIG_HOME: join(home, 'config'), XDG_CACHE_HOME: join(home, 'cache') },
    viewport: { width: 1100, height: 900 },
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      // Chromium's own traffic (autofill predictions, component/variations fetches) would drown the
      // "nothing leaves the machine" check: switch it off so every remaining request means something.
      // Chromium keeps only the last --disable-features, so Playwright's own list is repeated here.
      `--disable-features=${DISABLED_FEATURES.join(',')}`,
      '--disable-client-side-phishing-detection',
      '--disable-default-apps',
      '--disable-domain-reliability',
      '--metrics-recording-only',
      '--no-default-browser-check',
      '--safebrowsing-disable-auto-update',
      // Every request, loopback included, goes through the recording server.
      `--proxy-server=http://127.0.0.1:${server.port}`,
      '--proxy-bypass-list=<-loopback>',
    ],
  });
  const network = new NetworkRecorder(server);
  network.attach(context);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  const pageErrors: E2E['pageErrors'] = [];
  const env: E2E = {
    context,
    server,
    extensionId,
    network,
    pageErrors,
    async close() {
      await context.close().catch(() => undefined);
      await server.close();
      await rm(home, { recursive: true, force: true }).catch(() => undefined);
    },
  };
  return env;
}

/** The extension's service worker, woken if Chrome has stopped it. */
export async function extensionWorker(env: E2E): Promise<Worker> {
  const prefix = `chrome-extension://${env.extensionId}/`;
  const running = env.context.serviceWorkers().find((w) => w.url().startsWith(prefix));
  if (running) return running;
  // Opening any extension page wakes the worker.
  const waiting = env.context.waitForEvent('serviceworker', { timeout: 15_000 });
  const page = await env.context.newPage();
  await page.goto(`${prefix}popup.html`).catch(() => undefined);
  const worker = await waiting;
  await page.close();
  return worker;
}

export async function openFixture(env: E2E, path: string): Promise<Page> {
  const page = await env.context.newPage();
  page.on('pageerror', (error) => env.pageErrors.push({ url: page.url(), message: error.message }));
  await page.goto(env.server.url(path), { waitUntil: 'load' });
  return page;
}

/** Click into a field and type key by key, as a person would (newlines press Enter). */
export async function typeLikeAPerson(field: Locator, text: string): Promise<void> {
  await field.click();
  await field.page().keyboard.type(text);
}

/** Select everything in the focused field and delete it with the keyboard. */
export async function clearLikeAPerson(field: Locator): Promise<void> {
  await field.click();
  await field.page().keyboard.press('ControlOrMeta+A');
  await field.page().keyboard.press('Backspace');
}

/** Reads every badge of every frame. */
export async function readBadges(page: Page): Promise<BadgeSnapshot[]> {
  const perFrame = await Promise.all(
    page.frames().map(async (frame: Frame) => {
      const badges = await frame.evaluate(badgesInPage).catch(() => [] as BadgeSnapshot[]);
      return badges.map((b) => ({ ...b, frameUrl: frame.url() }));
    }),
  );
  return perFrame.flat();
}

/** Waits until the page's badges have settled (see settleBadges). */
export function waitForSettledBadges(
  page: Page,
  opts: { timeoutMs?: number; previous?: BadgeSnapshot[] } = {},
): Promise<BadgeSnapshot[]> {
  return settleBadges(() => readBadges(page), opts);
}

export { scoreOf, type BadgeSnapshot };

/** Elements of the extension's in-page UI that a person can see, in every frame (badges and highlights). */
export async function visibleExtensionUi(page: Page): Promise<string[]> {
  const perFrame = await Promise.all(
    page.frames().map((frame) =>
      frame
        .evaluate(() => {
          const seen: string[] = [];
          for (const root of document.querySelectorAll('ml-editor-root')) {
            const shadow = root.shadowRoot;
            if (!shadow) continue;
            for (const el of shadow.querySelectorAll('*')) {
              if (['STYLE', 'LINK', 'SCRIPT', 'TEMPLATE', 'SLOT'].includes(el.tagName)) continue;
              if (el.closest('[data-ml-editor-badge][data-state="disabled"]')) continue;
              const rect = el.getBoundingClientRect();
              const style = getComputedStyle(el);
              const visible =
                rect.width > 0 &&
                rect.height > 0 &&
                style.visibility !== 'hidden' &&
                style.display !== 'none' &&
                Number(style.opacity) > 0;
              if (visible) seen.push(el.outerHTML.slice(0, 120));
            }
          }
          return seen;
        })
        .catch(() => [] as string[]),
    ),
  );
  return perFrame.flat();
}

/**
 * Chrome's id of the tab showing `page`, asked of the extension's service worker. Without the "tabs"
 * permission tab URLs are hidden, so the page is brought to the front and the one active tab is taken.
 */
export async function tabIdOf(env: E2E, page: Page): Promise<number> {
  await page.bringToFront();
  const worker = await extensionWorker(env);
  const tabs = await worker.evaluate(async () => {
    type Tab = { id?: number; url?: string; pendingUrl?: string; active: boolean };
    const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Tab[]> } } }).chrome;
    const all = await api.tabs.query({});
    return all.map((t) => ({ id: t.id ?? -1, url: t.url ?? t.pendingUrl ?? '', active: t.active }));
  });
  const byUrl = tabs.filter((t) => t.url === page.url());
  if (byUrl.length === 1) return byUrl[0].id;
  const active = tabs.filter((t) => t.active);
  if (active.length === 1 && active[0].url === '') return active[0].id;
  throw new Error(`cannot find the tab of ${page.url()} among ${JSON.stringify(tabs)}`);
}

/** The question the extension last analysed in the tab of `page` (what the popup shows), from session storage. */
export async function analysedInput(env: E2E, page: Page): Promise<{ title: string; body: string } | null> {
  const tabId = await tabIdOf(env, page);
  const worker = await extensionWorker(env);
  return worker.evaluate(async (key) => {
    const api = (
      globalThis as unknown as {
        chrome: {
          storage: {
            session: { get(k: string): Promise<Record<string, { input?: { title: string; body: string } }>> };
          };
        };
      }
    ).chrome;
    return (await api.storage.session.get(key))[key]?.input ?? null;
  }, `tabAnalysis:${tabId}`);
}

/** Back to default site settings (every site on), whatever a test or the popup did: by the storage key. */
export async function resetSiteSettings(env: E2E): Promise<void> {
  const worker = await extensionWorker(env);
  await worker.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: { storage: { local: { remove(k: string): Promise<void> } } } })
      .chrome;
    await api.storage.local.remove('siteSettings');
  });
}

/** Opens the popup for tab `tabId` as a page of its own (`popup.html?tabId=N`). */
export async function openPopup(env: E2E, tabId: number): Promise<Page> {
  const popup = await env.context.newPage();
  popup.on('pageerror', (error) => env.pageErrors.push({ url: popup.url(), message: error.message }));
  await popup.goto(`chrome-extension://${env.extensionId}/popup.html?tabId=${tabId}`);
  return popup;
}

/** The popup's score as a number: its `data-score` attribute, else the first number in its text. */
export async function readPopupScore(popup: Page, timeoutMs = 10_000): Promise<string> {
  const score = popup.locator('[data-testid="score"]').first();
  await score.waitFor({ state: 'attached', timeout: timeoutMs });
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const attr = await score.getAttribute('data-score');
    if (attr) return attr;
    const text = (await score.textContent()) ?? '';
    const number = text.match(/\d+(?:\.\d+)?/);
    if (number) return number[0];
    await popup.waitForTimeout(100);
  }
  throw new Error('popup score never showed a number');
}
