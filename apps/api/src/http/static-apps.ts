import fs from 'node:fs';
import path from 'node:path';
import express, { type Request, type RequestHandler, type Response } from 'express';
import { webAppSecurityHeaders } from './security-headers';

/**
 * The two built web apps, served by the API itself so that one Node process and one PostgreSQL
 * are a complete deployment (issue 15): the public app at `/`, the admin app under `adminPath`
 * (`/admin`), or at `/` of its own host name when `adminHost` is set.
 */
export interface BuiltApps {
  /** Folder of the built public app (its index.html and assets/); null serves none. */
  publicDir: string | null;
  /** Folder of the built admin app; null serves none. */
  adminDir: string | null;
  /** Path of the admin app on the public host, e.g. `/admin`. */
  adminPath: string;
  /** Host name (without port) whose `/` is the admin app, e.g. `admin.blk.example.go.id`. */
  adminHost?: string | null;
}

/** Paths of the API itself: never answered with an app page, so their 404s stay JSON. */
const API_PREFIXES = [
  '/graphql',
  '/graphiql',
  '/uploads',
  '/attachments',
  '/documents',
  '/exports',
  '/healthz',
  '/readyz',
  '/metrics',
];

/** Vite writes content-hashed file names under assets/: they never change, cache them a year. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Everything else (the page, the icon, a service worker) is revalidated on every load. */
const REVALIDATE = 'no-cache';

/**
 * The admin page as served under `basePath`: the built page declares `<base href="/">` (its asset
 * URLs are relative, vite `base: './'`), and the base tells both the browser (where `./assets/`
 * is) and the app's router (its basename) where the app lives.
 */
export function pageUnderBase(html: string, basePath: string): string {
  const base = /<base\s+href="\/"\s*\/?>/i;
  if (!base.test(html))
    throw new Error(
      'the built admin app has no <base href="/"> (rebuild it: pnpm --filter @blk/admin build)',
    );
  const href = `${basePath.replace(/\/+$/, '')}/`;
  return html.replace(base, `<base href="${href}" />`);
}

/**
 * The public app's build writes a page per prerendered path (`/program` as program.html) and
 * shell.html, the frame for every other path (apps/public/src/prerendered.ts). An app built
 * without them (the admin) answers every route with index.html.
 */
const SHELL_FILE = 'shell.html';

/**
 * A built page as served: rewritten under the base path, with its CSP admitting its scripts
 * (`headers`, the same for the files the page loads).
 */
function builtPage(file: string, basePath: string) {
  const raw = fs.readFileSync(file, 'utf8');
  const html = basePath === '/' ? raw : pageUnderBase(raw, basePath);
  // The CSP admits exactly the page's own inline scripts, by hash (security-headers.ts).
  const headers = webAppSecurityHeaders(html);
  const serve = (req: Request, res: Response) => {
    res.set(headers);
    res.set('cache-control', REVALIDATE);
    res.type('html');
    if (req.method === 'HEAD') res.end();
    else res.send(html);
  };
  return Object.assign(serve, { headers });
}

/** Serves one built app: its files, and its page for every other path (client-side routes). */
function appHandler(dir: string, basePath: string): RequestHandler {
  const indexFile = path.join(dir, 'index.html');
  if (!fs.existsSync(indexFile))
    throw new Error(`${indexFile} is missing: build the apps first (npm run build)`);
  const home = builtPage(indexFile, basePath);
  const shellFile = path.join(dir, SHELL_FILE);
  const otherPaths = fs.existsSync(shellFile) ? builtPage(shellFile, basePath) : home;
  const files = express.static(dir, {
    index: false,
    redirect: false,
    fallthrough: true,
    // `/program` is the page built for it, program.html, where there is one.
    extensions: ['html'],
    setHeaders: (res, file) => {
      res.set(home.headers);
      const relative = path.relative(dir, file).split(path.sep);
      res.setHeader('cache-control', relative[0] === 'assets' ? IMMUTABLE : REVALIDATE);
    },
  });
  return (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    // The home page is only ever served rewritten (index.html itself included).
    if (req.path === '/' || req.path === '/index.html') return home(req, res);
    files(req, res, () => {
      const last = req.path.split('/').pop() ?? '';
      // A missing file (an old hashed chunk) is a 404, never the page: the browser would try to
      // run HTML as JavaScript. Paths without an extension are the app's own routes.
      if (last.includes('.')) return next();
      otherPaths(req, res);
    });
  };
}

const isApiPath = (p: string) =>
  API_PREFIXES.some((prefix) => p === prefix || p.startsWith(`${prefix}/`));

/**
 * Express middleware serving the built apps; mount it after the API's routes and before the
 * JSON 404. Throws at start when a configured app has not been built.
 */
export function builtAppsRouter(apps: BuiltApps): express.Router {
  const router = express.Router();
  const adminPrefix = apps.adminPath.replace(/\/+$/, '');
  router.use((req, _res, next) => next(isApiPath(req.path) ? 'router' : undefined));
  if (apps.adminDir && apps.adminHost) {
    const adminAtRoot = appHandler(apps.adminDir, '/');
    router.use((req, res, next) =>
      req.hostname === apps.adminHost ? adminAtRoot(req, res, () => next('router')) : next(),
    );
  }
  if (apps.adminDir) router.use(adminPrefix, appHandler(apps.adminDir, adminPrefix));
  if (apps.publicDir) router.use(appHandler(apps.publicDir, '/'));
  return router;
}
