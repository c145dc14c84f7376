import { expect, test } from '@playwright/test';

test('the public app loads on a phone and reaches the API', async ({ page }, info) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Pelatihan kerja datang ke tempat Anda',
  );
  // The steps come from the SOP in force, through the API.
  await expect(page.locator('ol.steps > li').first()).toBeVisible();
  await page.screenshot({ path: info.outputPath('public-home.png'), fullPage: true });
});
