import fs from 'node:fs';
import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { possibleTypesPlugin } from '../api/src/graphql/possible-types';
import { webAppSecurityHeaders } from '../api/src/http/security-headers';

// The API runs separately; the dev and preview servers proxy it so the app calls it same-origin
// (session cookies stay first-party, no CORS).
const api = process.env.BLK_API_URL ?? 'http://127.0.0.1:4000';
const proxy = Object.fromEntries(
  [
    '/graphql',
    '/healthz',
    '/readyz',
    '/uploads',
    '/attachments',
    '/documents',
    '/exports',
    '/graphiql',
  ].map((path) => [path, api]),
);

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
 * Workbox's injectManifest) that precaches the app shell and every screen and replays the class
 * queue through Background Sync. It registers from a small deferred script after the page, so
 * the first-load budget does not carry it. Paths are relative, like the build: the same app
 * installs at / and under /admin.
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
    // The spreadsheet and PDF chunks of the class import are large; precached too, so a class
    // list can be checked offline.
    maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
  },
  manifest: {
    name: 'BLK on the Spot — Admin',
    short_name: 'BLK Admin',
    description:
      'Layanan pelatihan kerja keliling Disnaker Kepulauan Bangka Belitung untuk petugas dan instruktur: permohonan, kelas, kehadiran dan nilai, juga tanpa sinyal.',
    lang: 'id',
    dir: 'ltr',
    start_url: './',
    scope: './',
    id: './',
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#0b5394',
    categories: ['government', 'education', 'productivity'],
    icons: [
      { src: 'pwa-192x192.png', sizes: '192x192', type: 'image/png' },
      { src: 'pwa-512x512.png', sizes: '512x512', type: 'image/png' },
      { src: 'maskable-512x512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  },
});

export default defineConfig({
  // Relative asset URLs, resolved against the page's <base href>: the same build works at / (vite
  // preview, npm start) and under /admin when the API serves it (src/lib/base-path.ts).
  base: './',
  plugins: [react(), possibleTypesPlugin(), pwa],
  server: { port: Number(process.env.PORT ?? 5174), strictPort: true, proxy },
  preview: {
    port: Number(process.env.PORT ?? 4174),
    strictPort: true,
    proxy,
    headers: previewHeaders(),
  },
  // The manifest lets bench/admin-bundle.mjs sum the JS each route loads first.
  // BLK_OUT_DIR lets two builds (two e2e runs on one machine) keep apart; preview serves the same.
  build: {
    target: 'es2022',
    sourcemap: true,
    manifest: true,
    outDir,
  },
});
