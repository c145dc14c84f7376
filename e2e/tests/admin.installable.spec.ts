import { expect, test } from '@playwright/test';
import { ADMIN } from './admin-helpers';
import { checkInstallability, expectInstallable } from './installability';

// Issue 14: the admin app's production build is installable (Chromium's own verdict, since
// Lighthouse 12 has no PWA category), on the tablet size the instructor uses.
test('the admin app is installable: manifest, icons, favicon and a service worker in control', async () => {
  const result = await checkInstallability(ADMIN, { viewport: { width: 820, height: 1180 } });
  expectInstallable(result, /BLK on the Spot/);
  // Relative paths: the same build installs at / and under /admin.
  expect(result.startUrl).toBe(`${ADMIN}/`);
  expect(result.scope).toBe(`${ADMIN}/`);
});
