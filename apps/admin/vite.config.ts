import fs from 'node:fs';
import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
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

export default defineConfig({
  // Relative asset URLs, resolved against the page's <base href>: the same build works at / (vite
  // preview, npm start) and under /admin when the API serves it (src/lib/base-path.ts).
  base: './',
  plugins: [react()],
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
