// Fixture server on 127.0.0.1 that is also Chromium's HTTP proxy: every http(s) request the browser makes,
// from any context (page, iframe, service worker, offscreen document, worker), passes through here and is
// recorded. Fixture files are served; anything else is refused, so nothing leaves the machine.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { AddressInfo, Socket } from 'node:net';

export const REPO_ROOT = resolve(import.meta.dirname, '../../..');
export const PAGES_DIR = join(REPO_ROOT, 'tests/fixtures/pages');
export const TMP_DIR = join(REPO_ROOT, 'tests/e2e/.tmp');

export const STRICT_CSP = "default-src 'self'; worker-src 'none'; frame-src 'none'";

interface Route {
  file: string;
  headers?: Record<string, string>;
}

/** Paths that are not a file of the same name under tests/fixtures/pages. */
const ROUTES: Record<string, Route> = {
  '/textarea-csp.html': { file: join(PAGES_DIR, 'textarea.html'), headers: { 'Content-Security-Policy': STRICT_CSP } },
  '/vendor/stacks-editor.js': { file: join(TMP_DIR, 'stacks-editor.bundle.js') },
  '/vendor/quill.js': { file: join(TMP_DIR, 'quill.bundle.js') },
  '/vendor/quill.snow.css': { file: join(REPO_ROOT, 'node_modules/quill/dist/quill.snow.css') },
  '/vendor/codemirror.js': { file: join(TMP_DIR, 'codemirror.bundle.js') },
  '/vendor/ckeditor5.js': { file: join(TMP_DIR, 'ckeditor5.bundle.js') },
  '/vendor/ckeditor5.css': { file: join(REPO_ROOT, 'node_modules/ckeditor5/dist/ckeditor5.css') },
  '/vendor/stacks-editor.css': { file: join(REPO_ROOT, 'node_modules/@stackoverflow/stacks-editor/dist/styles.css') },
  '/vendor/stacks.css': { file: join(REPO_ROOT, 'node_modules/@stackoverflow/stacks/dist/css/stacks.min.css') },
};

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
};

export interface RecordedRequest {
  method: string;
  url: string;
  /** True when the request was for this server's own origin and named a fixture that exists. */
  servedFixture: boolean;
  status: number;
}

export interface FixtureServer {
  origin: string;
  port: number;
  url(path: string): string;
  /** Everything the browser asked for through the proxy (or directly), in order. */
  requests: RecordedRequest[];
  close(): Promise<void>;
}

/** Folders served as they are installed: TinyMCE self-hosted from node_modules. */
const FOLDERS: Record<string, string> = { '/vendor/tinymce/': join(REPO_ROOT, 'node_modules/tinymce') };

async function routeFile(pathname: string): Promise<Route | null> {
  const route = ROUTES[pathname];
  if (route) return route;
  for (const [prefix, dir] of Object.entries(FOLDERS)) {
    if (!pathname.startsWith(prefix)) continue;
    const file = normalize(join(dir, decodeURIComponent(pathname.slice(prefix.length))));
    return file.startsWith(dir + sep) ? { file } : null;
  }
  const file = normalize(join(PAGES_DIR, decodeURIComponent(pathname)));
  if (!file.startsWith(PAGES_DIR + sep)) return null;
  return { file };
}

export async function startFixtureServer(): Promise<FixtureServer> {
  const requests: RecordedRequest[] = [];
  let origin = '';
  const sockets = new Set<Socket>();

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const method = req.method ?? 'GET';
    // As a proxy Chromium sends absolute URLs; a direct request sends a path.
    const raw = req.url ?? '/';
    const target = new URL(raw, origin);
    const entry: RecordedRequest = { method, url: target.href, servedFixture: false, status: 0 };
    requests.push(entry);
    if (target.origin !== origin) {
      entry.status = 403;
      res.writeHead(403, { 'Content-Type': 'text/plain' }).end('blocked by the e2e fixture proxy');
      return;
    }
    const route = await routeFile(target.pathname === '/' ? '/index.html' : target.pathname);
    let body: Buffer | null = null;
    if (route && (method === 'GET' || method === 'HEAD')) body = await readFile(route.file).catch(() => null);
    if (!route || !body) {
      entry.status = 404;
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    entry.servedFixture = true;
    entry.status = 200;
    res.writeHead(200, {
      'Content-Type': TYPES[extname(route.file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-store',
      ...route.headers,
    });
    res.end(method === 'HEAD' ? undefined : body);
  };

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error) => {
      res.writeHead(500).end(String(error));
    });
  });
  // https and websockets through the proxy arrive as CONNECT: record and refuse.
  server.on('connect', (req: IncomingMessage, socket: Socket) => {
    requests.push({ method: 'CONNECT', url: `https://${req.url ?? ''}/`, servedFixture: false, status: 403 });
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    port,
    url: (path: string) => `${origin}/${path.replace(/^\//, '')}`,
    requests,
    close: () =>
      new Promise<void>((done) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => done());
      }),
  };
}
