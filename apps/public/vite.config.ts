import fs from 'node:fs';
import path from 'node:path';
import react from '@vitejs/plugin-react';
import { createServer, defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { possibleTypesPlugin } from '../api/src/graphql/possible-types';
import { webAppSecurityHeaders } from '../api/src/http/security-headers';
import {
  PRERENDERED_ATTRIBUTE,
  PRERENDERED_PATHS,
  prerenderedFile,
  SHELL_FILE,
} from './src/prerendered';

// The API runs separately; the dev and preview servers proxy it so the app calls it same-origin
// (session cookies stay first-party, no CORS).
const api = process.env.BLK_API_URL ?? 'http://127.0.0.1:4000';
const proxy = Object.fromEntries(
  ['/graphql', '/healthz', '/readyz', '/uploads', '/documents'].map((path) => [path, api]),
);

/** The page each path lazy-loads (src/app.tsx). */
const ROUTE_MODULES: Record<string, string> = {
  '/': 'src/pages/home.tsx',
  '/program': 'src/pages/programs.tsx',
  '/ajukan': 'src/request/request-page.tsx',
  '/lacak': 'src/pages/track.tsx',
  '/pengaduan': 'src/pages/feedback.tsx',
  '/standar-pelayanan': 'src/pages/standard.tsx',
  '/kinerja': 'src/pages/performance.tsx',
  '/permohonan-saya': 'src/pages/my-requests.tsx',
};

/** The service worker's URL: sw/sw.ts as the `pwa` plugin below builds it. */
const SERVICE_WORKER = '/sw.js';

/**
 * The order a cold load fetches what the page needs (issue 16). The page paints from its
 * prerendered HTML and inline CSS alone, and nothing of its own is fetched before that paint: the
 * page's one inline script starts the fetches once the first paint is on screen (the `paint`
 * timing entry), or at once for a page loaded out of sight.
 * - A phone's CPU and link go to the first paint alone: no script is fetched, streamed and
 *   compiled beside it. On a weak link the code could not arrive before that paint anyway.
 * - Lighthouse's simulation counts every request that ended before the observed paint as needed
 *   for it: with the code preloaded by the head, the app's 106 KB (fetched unthrottled, before the
 *   paint) put the largest paint at 5.4 s where the phone shows it at once. The browser's own
 *   fetches at the load event (which now comes before the paint) are kept out too: the web
 *   manifest's link is added with the code, and the SVG favicon is inline.
 * - The app (src/start.tsx) and the current page's chunks are preloaded beside the entry, so the
 *   code is one round trip, not three. Pages are split per route (ROUTE_MODULES).
 * - Once all of that code is in and the page has loaded, it registers the service worker, whose
 *   precache (the whole app) would otherwise share the weak link with the code the page needs.
 * - It keeps a tap on a button of the painted page from the start, and the app makes it once it
 *   runs (`window.blkTakeTap`, src/main.tsx).
 */
function loadOrder(): Plugin {
  return {
    name: 'blk-load-order',
    apply: 'build',
    // After the pwa plugin (itself `post`), which writes the manifest link into the page.
    enforce: 'post',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!ctx.bundle || !ctx.chunk) return;
        const entryFile = `/${ctx.chunk.fileName}`;
        const chunks = Object.values(ctx.bundle).filter((c) => c.type === 'chunk');
        const chunkFiles = (module: string) => {
          const chunk = chunks.find((c) => c.facadeModuleId?.endsWith(module));
          if (!chunk) throw new Error(`${module} is not a chunk of the build`);
          return [chunk.fileName, ...chunk.imports].map((f) => `/${f}`);
        };
        const app = chunkFiles('src/start.tsx').filter((f) => f !== entryFile);
        const routes = Object.fromEntries(
          Object.entries(ROUTE_MODULES).map(([path, module]) => [
            path,
            chunkFiles(module).filter((f) => !app.includes(f) && f !== entryFile),
          ]),
        );
        const entry = new RegExp(
          `<script type="module" crossorigin src="${entryFile.replace(/[.]/g, '[.]')}"></script>\\s*`,
        );
        const manifest = /<link rel="manifest" href="([^"]+)">\s*/;
        const favicon = 'href="/favicon.svg"';
        const manifestHref = manifest.exec(html)?.[1];
        if (!entry.test(html)) throw new Error(`index.html does not load ${entryFile}`);
        if (!manifestHref) throw new Error('index.html links no web manifest');
        if (!html.includes(favicon)) throw new Error('index.html links no /favicon.svg');
        const svg = fs
          .readFileSync(path.resolve(import.meta.dirname, 'public/favicon.svg'), 'utf8')
          .replace(/\s*\n\s*/g, '')
          .replaceAll('"', "'");
        const code = `(function(){
var tap=null;function keep(e){var b=e.target instanceof Element?e.target.closest('button'):null;if(b)tap=b}
document.addEventListener('click',keep,true);
window.blkTakeTap=function(){document.removeEventListener('click',keep,true);var b=tap;tap=null;return b};
var started=false,pending=0;
function add(tag,props,wait){var e=document.createElement(tag);for(var k in props)e[k]=props[k];if(wait){pending++;e.onload=e.onerror=fetched}document.head.appendChild(e)}
function fetched(){if(--pending===0&&'serviceWorker' in navigator){if(document.readyState==='complete')register();else addEventListener('load',register)}}
function register(){navigator.serviceWorker.register(${JSON.stringify(SERVICE_WORKER)},{scope:'/'})}
function load(){if(started)return;started=true;
${JSON.stringify(app)}.concat(${JSON.stringify(routes)}[location.pathname]||[]).forEach(function(h){add('link',{rel:'modulepreload',crossOrigin:'',href:h},true)});
add('script',{type:'module',crossOrigin:'',src:${JSON.stringify(entryFile)}},true);
add('link',{rel:'manifest',href:${JSON.stringify(manifestHref)}})}
if(document.visibilityState==='hidden')load();
else if(!window.PerformanceObserver||!(PerformanceObserver.supportedEntryTypes||[]).includes('paint'))requestAnimationFrame(function(){setTimeout(load,0)});
else{new PerformanceObserver(function(l){if(l.getEntriesByName('first-contentful-paint').length)load()}).observe({type:'paint',buffered:true});
document.addEventListener('visibilitychange',function(){if(document.visibilityState==='hidden')load()})}})()`;
        return {
          html: html
            .replace(entry, '')
            .replace(manifest, '')
            .replace(
              favicon,
              `href="data:image/svg+xml,${svg.replace(/[%#<>]/g, encodeURIComponent)}"`,
            ),
          tags: [{ tag: 'script', children: code, injectTo: 'head' }],
        };
      },
    },
  };
}

const outDir = process.env.BLK_OUT_DIR ?? 'dist';

/**
 * Pages that paint before their JavaScript (issue 16): after the client build, the app's own
 * components render each prerendered path (src/prerender.tsx, through Vite's SSR loader) into
 * a copy of the built page, and the frame alone into shell.html for every other path. Runs in
 * writeBundle, so the service worker's precache (built in closeBundle) lists the pages.
 */
function prerenderPages(): Plugin {
  let root = '';
  let dir = '';
  /**
   * The stylesheet (a few KB gzip) goes inline: a linked one costs a round trip before the first
   * paint, 0.8 s on issue 16's weak phone (400 ms). The file stays for the service worker.
   */
  const inlineStylesheets = (html: string) =>
    html.replace(
      /<link rel="stylesheet"[^>]*href="\/([^"]+\.css)"[^>]*>/g,
      (_tag, file: string) => {
        const css = fs.readFileSync(path.join(dir, file), 'utf8');
        if (css.includes('</style')) throw new Error(`${file} cannot be inlined`);
        return `<style>${css}</style>`;
      },
    );
  return {
    name: 'blk-prerender',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      dir = path.resolve(config.root, config.build.outDir);
    },
    writeBundle: {
      sequential: true,
      async handler() {
        const template = inlineStylesheets(fs.readFileSync(path.join(dir, 'index.html'), 'utf8'));
        const empty = '<div id="root"></div>';
        if (!template.includes(empty)) throw new Error('index.html has no empty <div id="root">');
        const server = await createServer({
          root,
          configFile: false,
          plugins: [react(), possibleTypesPlugin()],
          logLevel: 'warn',
          appType: 'custom',
          server: { middlewareMode: true, hmr: false, ws: false },
        });
        try {
          const { renderPage } = (await server.ssrLoadModule(
            '/src/prerender.tsx',
          )) as typeof import('./src/prerender');
          const write = async (file: string, page: string | null) => {
            const mark = page === null ? '' : ` ${PRERENDERED_ATTRIBUTE}="${page}"`;
            const html = `<div id="root"${mark}>${await renderPage(page)}</div>`;
            fs.writeFileSync(path.join(dir, file), template.replace(empty, html));
          };
          await write(SHELL_FILE, null);
          for (const page of PRERENDERED_PATHS) await write(prerenderedFile(page), page);
        } finally {
          await server.close();
        }
      },
    },
  };
}

/**
 * `vite preview` answers a path with `<path>.html` where the build wrote one, else index.html
 * (the home page here): send every other page path to the shell instead, as the API does.
 */
function previewShell(): Plugin {
  return {
    name: 'blk-preview-shell',
    configurePreviewServer(server) {
      const dir = path.resolve(server.config.root, server.config.build.outDir);
      server.middlewares.use((req, _res, next) => {
        const url = new URL(req.url ?? '/', 'http://preview');
        const page =
          (req.method === 'GET' || req.method === 'HEAD') &&
          (req.headers.accept ?? '').includes('text/html') &&
          url.pathname !== '/' &&
          !url.pathname.includes('.') &&
          !Object.keys(proxy).some((p) => url.pathname.startsWith(p));
        if (
          page &&
          !fs.existsSync(path.join(dir, prerenderedFile(url.pathname))) &&
          fs.existsSync(path.join(dir, SHELL_FILE))
        )
          req.url = `/${SHELL_FILE}${url.search}`;
        next();
      });
    },
  };
}

/**
 * The API's security headers for the built app (same policy, from one module); the CSP admits
 * the built page's own inline scripts by hash. `vite preview` runs after the build, so the page
 * is there to read.
 */
function previewHeaders(): Record<string, string> {
  const page = path.resolve(import.meta.dirname, outDir, 'index.html');
  return webAppSecurityHeaders(fs.existsSync(page) ? fs.readFileSync(page, 'utf8') : '');
}

/**
 * Installable app (issue 14): the web manifest and icons, and a service worker (sw/sw.ts, built by
 * Workbox's injectManifest) that precaches the app shell and every page and keeps the public
 * reference data for reading offline. The page's inline script registers it once the page's code is
 * in (`blk-load-order` above), so the first-load budget does not carry it.
 */
const pwa = VitePWA({
  strategies: 'injectManifest',
  srcDir: 'sw',
  filename: 'sw.ts',
  injectRegister: false,
  registerType: 'autoUpdate',
  includeAssets: ['favicon.svg', 'favicon.ico', 'apple-touch-icon.png'],
  injectManifest: {
    globPatterns: ['**/*.{js,css,html,svg,png,ico}'],
  },
  manifest: {
    name: 'BLK on the Spot — Pelatihan Kerja di Tempat Anda',
    short_name: 'BLK on the Spot',
    description:
      'Ajukan pelatihan kerja keliling Disnaker Kepulauan Bangka Belitung, lacak permohonan, baca katalog dan standar pelayanan, juga tanpa sinyal.',
    lang: 'id',
    dir: 'ltr',
    start_url: '/',
    scope: '/',
    id: '/',
    display: 'standalone',
    orientation: 'portrait',
    background_color: '#ffffff',
    theme_color: '#0b5394',
    categories: ['government', 'education'],
    icons: [
      { src: '/pwa-192x192.png', sizes: '192x192', type: 'image/png' },
      { src: '/pwa-512x512.png', sizes: '512x512', type: 'image/png' },
      { src: '/maskable-512x512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  },
});

export default defineConfig({
  plugins: [react(), possibleTypesPlugin(), pwa, loadOrder(), prerenderPages(), previewShell()],
  server: { port: Number(process.env.PORT ?? 5173), strictPort: true, proxy },
  preview: {
    port: Number(process.env.PORT ?? 4173),
    strictPort: true,
    proxy,
    headers: previewHeaders(),
  },
  // The manifest lets bench/public-bundle.mjs sum what each route loads first.
  // BLK_OUT_DIR lets two builds (two e2e runs on one machine) keep apart; preview serves the same.
  build: {
    target: 'es2022',
    sourcemap: true,
    manifest: true,
    outDir,
  },
});
