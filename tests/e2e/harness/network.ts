// Proves the extension sends nothing over the network. Two independent views:
// 1. the fixture server is Chromium's proxy (loopback included), so it sees every http(s) request of every
//    context in the browser: the only allowed ones are fixture files the pages load themselves;
// 2. Playwright's request events (pages, frames, workers, the extension's service worker) with who made them:
//    an extension context may only fetch its own chrome-extension:// files.
import type { BrowserContext, Request } from 'playwright-core';
import type { FixtureServer } from './server';

export interface SeenRequest {
  url: string;
  method: string;
  /** Page/frame URL or service worker URL that made the request. */
  by: string;
}

/** Requests the browser makes by itself for a page, never caused by the extension. */
const BROWSER_OWN = [/\/favicon\.ico$/];

/**
 * Chromium 156's own calls home that the flags in browser.ts cannot switch off. A run with no extension
 * loaded makes exactly these (on-demand component update check, its download redirector, Gaia account
 * probe), so they say nothing about the extension. Any other host is a violation.
 */
const CHROMIUM_SERVICE_ENDPOINTS = [
  /^https:\/\/update\.googleapis\.com:443\/$/,
  /^http:\/\/update\.googleapis\.com\/service\/update2\/json\?/,
  /^https:\/\/redirector\.gvt1\.com:443\/$/,
  /^https:\/\/accounts\.google\.com:443\/$/,
];

export class NetworkRecorder {
  readonly seen: SeenRequest[] = [];

  constructor(private readonly server: FixtureServer) {}

  attach(context: BrowserContext): void {
    context.on('request', (request) => this.seen.push(describe(request)));
  }

  /** Everything that went wrong, empty when the extension stayed off the network. */
  violations(): string[] {
    const out: string[] = [];
    for (const r of this.server.requests) {
      if (r.servedFixture) continue;
      if (r.url.startsWith(this.server.origin) && BROWSER_OWN.some((re) => re.test(r.url))) continue;
      if (CHROMIUM_SERVICE_ENDPOINTS.some((re) => re.test(r.url))) continue;
      out.push(`proxy saw ${r.method} ${r.url} (status ${r.status})`);
    }
    for (const r of this.seen) {
      const ownFixture = r.url.startsWith(`${this.server.origin}/`);
      const byExtension = r.by.startsWith('chrome-extension://');
      if (/^https?:/.test(r.url) && (!ownFixture || byExtension)) out.push(`${r.by} requested ${r.method} ${r.url}`);
      if (byExtension && !/^(chrome-extension|data|blob):/.test(r.url)) out.push(`${r.by} requested ${r.url}`);
      if (/^wss?:/.test(r.url)) out.push(`${r.by} opened ${r.url}`);
    }
    return [...new Set(out)];
  }
}

function describe(request: Request): SeenRequest {
  let by = 'unknown';
  const worker = request.serviceWorker();
  if (worker) by = worker.url();
  else {
    try {
      by = request.frame().url();
    } catch {
      by = 'unknown (no frame)';
    }
  }
  return { url: request.url(), method: request.method(), by };
}
