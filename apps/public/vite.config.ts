import fs from 'node:fs';
import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { webAppSecurityHeaders } from '../api/src/http/security-headers';

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

/**
 * Pages are split per route, so on a cold load the page's chunk would only be requested after
 * the main bundle has run: one more round trip on a slow mobile link. A few bytes of inline
 * script in index.html start the current page's chunks together with the main bundle.
 */
function preloadCurrentRoute(): Plugin {
  return {
    name: 'blk-preload-current-route',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        if (!ctx.bundle) return;
        const chunks = Object.values(ctx.bundle).filter((c) => c.type === 'chunk');
        const files: Record<string, string[]> = {};
        for (const [path, module] of Object.entries(ROUTE_MODULES)) {
          const chunk = chunks.find((c) => c.facadeModuleId?.endsWith(module));
          if (chunk)
            files[path] = [chunk.fileName, ...chunk.imports]
              .filter((f) => f !== ctx.chunk?.fileName)
              .map((f) => `/${f}`);
        }
        const code = `(function(){var f=${JSON.stringify(files)}[location.pathname];if(f)f.forEach(function(h){var l=document.createElement('link');l.rel='modulepreload';l.href=h;document.head.appendChild(l)})})()`;
        return [{ tag: 'script', children: code, injectTo: 'head' }];
      },
    },
  };
}

const outDir = process.env.BLK_OUT_DIR ?? 'dist';

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
 * reference data for reading offline. It registers from a small deferred script after the page,
 * so the first-load budget does not carry it.
 */
const pwa = VitePWA({
  strategies: 'injectManifest',
  srcDir: 'sw',
  filename: 'sw.ts',
  injectRegister: 'script-defer',
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
  plugins: [react(), preloadCurrentRoute(), pwa],
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
