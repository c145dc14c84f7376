// Renders the admin app's PNG icons from its SVGs with Chromium. Run from e2e/ (it has Playwright):
//   cp ../apps/admin/icons/maskable.svg ../apps/admin/public/ && node ../apps/admin/icons/render.mjs ../apps/admin/public && rm ../apps/admin/public/maskable.svg
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';

const dir = process.argv[2];
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const shots = [
  ['favicon.svg', 'pwa-192x192.png', 192, true],
  ['favicon.svg', 'pwa-512x512.png', 512, true],
  ['favicon.svg', 'favicon-48.png', 48, true],
  ['maskable.svg', 'maskable-512x512.png', 512, false],
  ['maskable.svg', 'apple-touch-icon.png', 180, false],
];
for (const [src, out, size, transparent] of shots) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  const svg = readFileSync(`${dir}/${src}`, 'utf8').replace(
    '<svg ',
    `<svg width="${size}" height="${size}" `,
  );
  await page.setContent(`<style>html,body{margin:0;background:transparent}</style>${svg}`);
  await page.screenshot({ path: `${dir}/${out}`, omitBackground: transparent });
  await page.close();
}
await browser.close();
