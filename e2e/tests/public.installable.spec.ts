import { devices, expect, test } from '@playwright/test';
import { checkInstallability, expectInstallable } from './installability';

const PUBLIC = `http://127.0.0.1:${process.env.E2E_PUBLIC_PORT ?? 4273}`;

// Issue 14: the public app's production build is installable on a phone (Chromium's own
// verdict, since Lighthouse 12 has no PWA category).
test('the public app is installable: manifest, icons, favicon and a service worker in control', async () => {
  const result = await checkInstallability(PUBLIC, devices['Pixel 7']);
  expectInstallable(result, /BLK on the Spot/);
  expect(result.startUrl).toBe(`${PUBLIC}/`);
});
