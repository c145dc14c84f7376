import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContextOptions, chromium, expect } from '@playwright/test';

/**
 * Lighthouse 12 dropped its PWA category, so installability is checked with Chromium's own
 * verdict: the DevTools protocol's `Page.getInstallabilityErrors` (what decides whether the
 * browser offers "Install app"), on a persistent profile (an incognito context is never
 * installable), after the service worker took control; plus the manifest as Chromium parsed it
 * (`Page.getAppManifest`) and every icon it names fetched for real.
 */
export interface Installability {
  errors: { errorId: string; errorArguments: { name: string; value: string }[] }[];
  manifestUrl: string;
  /** start_url and scope resolved against the manifest's URL, as the browser does. */
  startUrl: string;
  scope: string;
  manifest: {
    name?: string;
    short_name?: string;
    start_url?: string;
    scope?: string;
    display?: string;
    lang?: string;
    icons?: { src: string; sizes: string; type?: string; purpose?: string }[];
  };
  /** The service worker controls the page (after one reload). */
  controlled: boolean;
  /** Each icon of the manifest: its URL, HTTP status, content type and pixel size. */
  icons: { url: string; status: number; type: string; width: number; height: number }[];
  /** The favicon the page links, fetched. */
  favicon: { href: string; status: number };
}

export async function checkInstallability(
  baseURL: string,
  device: Omit<BrowserContextOptions, 'baseURL'> = {},
): Promise<Installability> {
  const dir = mkdtempSync(join(tmpdir(), 'blk-install-'));
  const { defaultBrowserType: _ignored, ...options } = device as BrowserContextOptions & {
    defaultBrowserType?: string;
  };
  const context = await chromium.launchPersistentContext(dir, {
    ...options,
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
    baseURL,
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto('/');
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
    await page.reload();
    await expect
      .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), {
        timeout: 30_000,
      })
      .toBe(true);
    // The public page links its manifest only once its first paint is on screen (nothing of its
    // own is fetched before it): Chromium judges installability once the link is there.
    await page.waitForFunction(() => document.querySelector('link[rel="manifest"]') !== null);
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
      installabilityErrors: Installability['errors'];
    };
    const { url, data } = (await cdp.send('Page.getAppManifest')) as { url: string; data: string };
    const manifest = JSON.parse(data) as Installability['manifest'];
    const icons = [];
    for (const icon of manifest.icons ?? []) {
      const iconUrl = new URL(icon.src, url).href;
      const response = await context.request.get(iconUrl);
      const body = await response.body();
      // PNG: width and height are the big-endian words at bytes 16 and 20 of the IHDR chunk.
      const png = body.subarray(1, 4).toString('latin1') === 'PNG';
      icons.push({
        url: iconUrl,
        status: response.status(),
        type: response.headers()['content-type'] ?? '',
        width: png ? body.readUInt32BE(16) : 0,
        height: png ? body.readUInt32BE(20) : 0,
      });
    }
    const href = await page.evaluate(
      () => (document.querySelector('link[rel~="icon"]') as HTMLLinkElement | null)?.href ?? '',
    );
    const favicon = { href, status: href ? (await context.request.get(href)).status() : 0 };
    return {
      errors: installabilityErrors,
      manifestUrl: url,
      startUrl: new URL(manifest.start_url ?? '.', url).href,
      scope: new URL(manifest.scope ?? '.', url).href,
      manifest,
      controlled: true,
      icons,
      favicon,
    };
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** What both apps must satisfy to be installed from the browser. */
export function expectInstallable(result: Installability, name: RegExp) {
  expect(result.errors, JSON.stringify(result.errors)).toEqual([]);
  expect(result.controlled).toBe(true);
  expect(result.manifest.name).toMatch(name);
  expect(result.manifest.short_name?.length ?? 0).toBeGreaterThan(0);
  expect(result.manifest.display).toBe('standalone');
  expect(result.manifest.lang).toBe('id');
  const sizes = result.icons.map((i) => [i.status, i.type, i.width, i.height]);
  expect(sizes).toContainEqual([200, 'image/png', 192, 192]);
  expect(sizes).toContainEqual([200, 'image/png', 512, 512]);
  expect(result.icons.every((i) => i.status === 200 && i.width === i.height)).toBe(true);
  expect(result.manifest.icons?.some((i) => i.purpose === 'maskable')).toBe(true);
  expect(result.favicon.status).toBe(200);
}
