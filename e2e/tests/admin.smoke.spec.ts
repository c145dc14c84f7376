import { expect, test } from '@playwright/test';

test('the admin app loads on a desktop and sends a visitor to sign in', async ({ page }, info) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('BLK on the Spot — Admin');
  await page.screenshot({ path: info.outputPath('admin-home.png'), fullPage: true });
});
