import { expect, test } from '@playwright/test';
import { snap } from './public-helpers';

// Issue 16: the pages that need no data paint from the HTML the build wrote, before (and
// without) their JavaScript; every other path starts from the frame. Then React takes over
// the same markup without a hydration error.

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const { path, heading } of [
    { path: '/', heading: 'Pelatihan kerja datang ke tempat Anda' },
    { path: '/program', heading: 'Program pelatihan' },
    { path: '/ajukan', heading: 'Ajukan permohonan pelatihan' },
  ]) {
    test(`${path} is readable from its HTML alone`, async ({ page }, info) => {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
      await expect(page.getByRole('navigation', { name: 'Menu' })).toBeVisible();
      await expect(page.getByRole('link', { name: 'Lacak', exact: true })).toBeVisible();
      await snap(page, info, `no-js${path === '/' ? '-home' : path.replace('/', '-')}`);
    });
  }

  test('every other path gets the frame: header, navigation and footer', async ({ page }) => {
    await page.goto('/lacak?kode=ABCD-EFGH');
    await expect(page.getByRole('link', { name: /BLK on the Spot/ })).toBeVisible();
    await expect(page.getByRole('status')).toHaveText('Memuat…');
    await expect(page.getByRole('link', { name: 'Sampaikan pengaduan' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(0);
  });
});

test('React takes over the prerendered pages without a hydration error', async ({ page }) => {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || /hydrat/i.test(m.text())) problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  for (const path of ['/', '/program', '/standar-pelayanan', '/ajukan']) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
  }
  // The page answers input once hydrated: the menu opens.
  await page.goto('/');
  await page.getByRole('button', { name: 'Menu' }).click();
  await expect(page.getByRole('button', { name: 'Menu' })).toHaveAttribute('aria-expanded', 'true');
  // A reader who chose English gets English, rendered afresh over the Indonesian HTML.
  await page.getByRole('button', { name: 'English' }).click();
  await page.goto('/program');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Training programmes');
  expect(problems).toEqual([]);
});

test('a tap made before the app runs is not lost: the app makes it once it runs', async ({
  page,
}) => {
  // Hold all of the app's code back, as a weak link does, while the painted page is tapped:
  // the page's inline script keeps the tap from the start (vite.config.ts, blk-load-order).
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(/\/assets\/[^/]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/', { waitUntil: 'commit' });
  const menu = page.getByRole('button', { name: 'Menu' });
  await menu.click();
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  release();
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
});
