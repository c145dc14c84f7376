import { expect as baseExpect, test } from '@playwright/test';
import { expectAccessible, pageAs, signIn } from './admin-helpers';

// One version goes from draft to in force; later specs run under it, so the change is harmless:
// the reporting step (after training) gets 4 working days instead of 3.
test.describe.configure({ mode: 'serial' });
// The editor is a large form (a row of fields per step): give a busy machine time to render it.
const expect = baseExpect.configure({ timeout: 15_000 });

const CHANGE_NOTE = 'Pelaporan pelatihan paling lama 4 hari kerja';

test('the head of office approves a new SOP version', async ({ page, browser }, info) => {
  test.setTimeout(240_000);
  // The section head drafts a new version from the one in force.
  await signIn(page, 'kasi');
  await page.getByRole('link', { name: 'Versi SOP', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Versi SOP' })).toBeVisible();
  const inForce = page.getByRole('row').filter({ has: page.getByText('Berlaku', { exact: true }) });
  await expect(inForce).toHaveCount(1);
  await expectAccessible(page, info, 'sop-versions');

  await page.getByRole('button', { name: 'Buat versi baru' }).click();
  const dialog = page.getByRole('dialog', { name: 'Buat versi baru' });
  await dialog.getByRole('button', { name: 'Buat draf' }).click();
  await expect(dialog.locator('.mantine-InputWrapper-error')).toBeVisible();
  await dialog.getByLabel('Catatan perubahan').fill(CHANGE_NOTE);
  await dialog.getByRole('button', { name: 'Buat draf' }).click();
  await page.waitForURL(/\/sop\/versi\/[0-9a-f-]{36}$/);
  const versionUrl = new URL(page.url()).pathname;
  const heading = page.getByRole('heading', { level: 1, name: /^SOP versi \d+$/ });
  await expect(heading).toBeVisible();
  const versionNo = Number((await heading.textContent())?.match(/\d+/)?.[0]);
  await expect(page.getByText('Draf', { exact: true })).toBeVisible();

  // An invalid time standard: the server's rule check answers beside the row.
  const reporting = page.locator('tr[data-step="pelaporan"]');
  const time = reporting.getByLabel(/^Waktu langkah \d+$/);
  await expect(time).toHaveValue('3');
  await time.fill('1,5');
  await expect(
    reporting.getByText('Mutu baku waktu dalam hari kerja harus bilangan bulat (sekarang 1.5)'),
  ).toBeVisible();
  await expect(time).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText(/1 pelanggaran aturan SOP/)).toBeVisible();
  await expectAccessible(page, info, 'sop-editor-invalid');

  // Fixed: no rule broken, and the diff names the change with old → new.
  await time.fill('4');
  await expect(reporting.getByText(/bilangan bulat/)).toHaveCount(0);
  await expect(page.getByText('Tidak ada pelanggaran aturan SOP', { exact: false })).toBeVisible();
  const diff = page.getByRole('region', { name: 'Perubahan dari versi yang berlaku' });
  await expect(diff).toContainText('Langkah diubah: Pelaporan (pelaporan)');
  await expect(diff).toContainText('Waktu: 3 hari kerja → 4 hari kerja');
  await expect(
    page.getByRole('region', { name: 'Diagram alir (pratinjau)' }).getByRole('img'),
  ).toBeVisible();

  await page.getByRole('button', { name: 'Simpan draf' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Draf tersimpan.' })).toBeVisible();
  await expectAccessible(page, info, 'sop-editor');

  await page.getByRole('button', { name: 'Ajukan untuk disahkan' }).click();
  await expect(page.getByText('Diajukan', { exact: true })).toBeVisible();
  await expect(page.getByText('Menunggu pengesahan Kepala Dinas.')).toBeVisible();
  // The section head may not sign.
  await expect(page.getByRole('button', { name: 'Sahkan versi ini' })).toHaveCount(0);

  // The head of office reviews, signs and puts it in force.
  const kadis = await pageAs(browser, 'kadis');
  await kadis.getByRole('link', { name: 'Versi SOP', exact: true }).click();
  await kadis.getByRole('link', { name: `Buka versi ${versionNo}` }).click();
  await kadis.waitForURL(`**${versionUrl}`);
  await expect(kadis.getByText('Diajukan', { exact: true })).toBeVisible();
  await expect(kadis.getByText(CHANGE_NOTE)).toBeVisible();
  const review = kadis.getByRole('region', { name: 'Perubahan dari versi yang berlaku' });
  await expect(review).toContainText('Waktu: 3 hari kerja → 4 hari kerja');
  await expect(kadis.getByText('Tidak ada pelanggaran aturan SOP', { exact: false })).toBeVisible();
  await expectAccessible(kadis, info, 'sop-review');

  await kadis.getByRole('button', { name: 'Sahkan versi ini' }).click();
  await expect(kadis.getByRole('status').filter({ hasText: 'Versi disahkan.' })).toBeVisible();
  await expect(kadis.getByText('Disahkan', { exact: true }).first()).toBeVisible();
  await kadis.getByRole('button', { name: 'Berlakukan sekarang' }).click();
  const confirm = kadis.getByRole('dialog', { name: 'Berlakukan sekarang' });
  await expect(confirm).toContainText(`Berlakukan versi ${versionNo}?`);
  await expectAccessible(kadis, info, 'sop-publish-confirm');
  await confirm.getByRole('button', { name: 'Ya, berlakukan' }).click();
  await expect(
    kadis.getByRole('status').filter({ hasText: `Versi ${versionNo} kini berlaku.` }),
  ).toBeVisible();

  // The SOP page now shows the new version in force with the new time standard.
  await kadis.getByRole('navigation').getByRole('link', { name: 'SOP', exact: true }).click();
  await expect(kadis.getByText(new RegExp(`Versi ${versionNo} · berlaku sejak`))).toBeVisible();
  const row = kadis.getByRole('row').filter({ hasText: 'Menyusun dan menyampaikan laporan' });
  await expect(row).toContainText('4 hari kerja');
  await expectAccessible(kadis, info, 'sop-in-force');

  await kadis.getByRole('link', { name: 'Versi SOP', exact: true }).click();
  const versions = kadis.getByRole('table');
  await expect(
    versions
      .getByRole('row')
      .filter({ hasText: CHANGE_NOTE })
      .getByText('Berlaku', { exact: true }),
  ).toBeVisible();
  await expect(versions.getByText('Diganti', { exact: true })).toBeVisible();
  await kadis.context().close();
});
