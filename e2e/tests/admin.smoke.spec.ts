import { expect, test } from '@playwright/test';

test('the admin app loads on a desktop and reaches the API', async ({ page }, info) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('BLK on the Spot — Admin');
  await expect(page.getByRole('status')).toHaveText('Server: siap');
  await page.screenshot({ path: info.outputPath('admin-home.png'), fullPage: true });
});
