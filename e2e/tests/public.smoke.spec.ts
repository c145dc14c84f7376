import { expect, test } from '@playwright/test';

test('the public app loads on a phone and reaches the API', async ({ page }, info) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('BLK on the Spot');
  await expect(page.getByRole('status')).toHaveText('Layanan: siap');
  await page.screenshot({ path: info.outputPath('public-home.png'), fullPage: true });
});
