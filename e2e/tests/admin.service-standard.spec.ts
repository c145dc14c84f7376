import { expect, test } from '@playwright/test';
import { expectAccessible, pageAs, signIn } from './admin-helpers';

const PUBLIC = `http://127.0.0.1:${process.env.E2E_PUBLIC_PORT ?? 4273}`;
/**
 * One more complaint channel: the only change this spec publishes, so the specs after it (the
 * public pages, the workflow) still meet the same fees ("gratis"), times and requirements.
 */
const CHANNEL = 'Pengaduan juga dapat disampaikan melalui kotak saran di kantor UPTD BLK';
const COMPLAINTS = 'Penanganan pengaduan, saran, dan masukan';
/** Each save, submit, sign and publish waits on the API, which is slow on a busy machine. */
const SENT = { timeout: 20_000 };

test('kepala bidang drafts a new service standard, kepala dinas signs and publishes it, and the public page shows it', async ({
  page,
  browser,
}, info) => {
  test.setTimeout(240_000);
  await signIn(page, 'kabid');
  await page.getByRole('link', { name: 'Standar pelayanan', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Standar pelayanan' })).toBeVisible(
    SENT,
  );
  const table = page.getByRole('table', { name: 'Standar pelayanan' });
  const inForceRow = table
    .getByRole('row')
    .filter({ has: page.getByText('Berlaku', { exact: true }) });
  await expect(inForceRow).toBeVisible();
  const inForceNo = Number((await inForceRow.getByRole('link').textContent())?.replace('v', ''));
  await expectAccessible(page, info, 'service-standard-versions');

  // A new draft is a copy of the version in force.
  await page.getByRole('button', { name: 'Buat versi baru' }).click();
  await page.waitForURL(/\/standar-pelayanan\/[0-9a-f-]{36}$/, SENT);
  const versionUrl = page.url();
  const newNo = inForceNo + 1;
  await expect(
    page.getByRole('heading', { level: 1, name: `Standar pelayanan v${newNo}` }),
  ).toBeVisible(SENT);
  await expect(page.getByRole('status')).toContainText(`Draf v${newNo} dibuat.`, SENT);
  await expect(page.getByRole('textbox', { name: 'Biaya/tarif, butir 1' })).toHaveValue(/gratis/);
  await expectAccessible(page, info, 'service-standard-draft');

  // Emptying a required component is refused beside it, before anything is sent.
  const product = page.getByRole('textbox', { name: 'Produk pelayanan, butir 1' });
  const productText = await product.inputValue();
  await product.fill('');
  await page.getByRole('button', { name: 'Simpan draf' }).click();
  await expect(page.getByTestId('component-produk_pelayanan')).toContainText('Wajib diisi');
  await product.fill(productText);

  // One more complaint channel.
  await page.getByRole('button', { name: `Tambah butir pada ${COMPLAINTS}` }).click();
  const items = page.getByRole('textbox', { name: new RegExp(`^${COMPLAINTS}, butir`) });
  await items.last().fill(CHANNEL);
  await expect(page.getByTestId('component-penanganan_pengaduan')).toContainText('Berubah');
  await page.getByRole('button', { name: 'Simpan draf' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Draf disimpan.' })).toBeVisible(SENT);

  // The public page preview shows the new channel under its heading.
  await page.getByRole('tab', { name: 'Pratinjau halaman publik' }).click();
  const preview = page.getByRole('region', { name: 'Pratinjau halaman publik' });
  await expect(preview.getByRole('heading', { name: COMPLAINTS })).toBeVisible();
  await expect(preview.getByText(CHANNEL)).toBeVisible();
  await expectAccessible(page, info, 'service-standard-preview');

  // The diff against the version in force names only the changed component.
  await page.getByRole('tab', { name: `Perbedaan dengan v${inForceNo} (berlaku)` }).click();
  await expect(page.getByText('1 dari 14 komponen berubah.')).toBeVisible();
  await expect(page.getByTestId('diff-penanganan_pengaduan')).toContainText(CHANNEL);
  await expectAccessible(page, info, 'service-standard-diff');

  // One more channel changes no promise: an editorial change, recorded instead of a consultation.
  const consultation = page.getByRole('region', { name: 'Konsultasi publik' });
  await expect(consultation.getByRole('note')).toContainText('belum dapat diajukan');
  await consultation
    .getByLabel('Alasan konsultasi tidak diperlukan')
    .fill('Perubahan redaksional: menambah satu saluran pengaduan, layanan tidak berubah.');
  await consultation.getByRole('button', { name: 'Simpan alasan' }).click();
  await expect(consultation.getByRole('status')).toContainText('Alasan tersimpan.', SENT);
  await expect(consultation.getByRole('note')).toHaveCount(0);
  await page.getByRole('button', { name: 'Simpan dan ajukan' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Diajukan kepada kepala dinas' }),
  ).toBeVisible(SENT);
  await expect(page.getByText('Menunggu tanda tangan kepala dinas.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Simpan draf' })).toHaveCount(0);
  await expectAccessible(page, info, 'service-standard-submitted');

  // Kepala dinas signs it with the Maklumat, then publishes it.
  const kadis = await pageAs(browser, 'kadis');
  await kadis.goto(versionUrl);
  await expect(
    kadis.getByRole('heading', { level: 1, name: `Standar pelayanan v${newNo}` }),
  ).toBeVisible(SENT);
  await expect(kadis.getByText('Dengan menandatangani, Anda menyetujui')).toBeVisible();
  await expectAccessible(kadis, info, 'service-standard-sign');
  await kadis.getByRole('button', { name: 'Setujui dan tandatangani beserta Maklumat' }).click();
  await expect(
    kadis.getByRole('status').filter({ hasText: 'Standar dan Maklumat ditandatangani.' }),
  ).toBeVisible(SENT);
  await expect(kadis.getByText(/^Ditandatangani \S.*, \d/)).toBeVisible();
  await kadis.getByRole('button', { name: 'Terbitkan ke halaman publik' }).click();
  await expect(kadis.getByRole('status').filter({ hasText: 'Diterbitkan' })).toBeVisible(SENT);
  await expect(kadis.getByText('Hanya draf yang dapat diubah')).toBeVisible();
  await expectAccessible(kadis, info, 'service-standard-published');

  // The list marks the new version as the one in force.
  await kadis.getByRole('link', { name: 'Semua versi' }).click();
  const row = kadis
    .getByRole('row')
    .filter({ has: kadis.getByRole('link', { name: `v${newNo}`, exact: true }) });
  await expect(row).toContainText('Berlaku');
  await expect(
    kadis
      .getByRole('row')
      .filter({ has: kadis.getByRole('link', { name: `v${inForceNo}`, exact: true }) }),
  ).toContainText('Diganti');
  await kadis.context().close();

  // Citizens see the change on the public service-standard page.
  const publicContext = await browser.newContext({ baseURL: PUBLIC });
  const citizen = await publicContext.newPage();
  await citizen.goto('/standar-pelayanan');
  await expect(citizen.getByRole('heading', { level: 1, name: 'Standar Pelayanan' })).toBeVisible(
    SENT,
  );
  // The intro names the version; the consultation section also says "Versi N" in its editorial line.
  await expect(
    citizen.getByText(`Standar Pelayanan BLK on the Spot, versi ${newNo},`),
  ).toBeVisible();
  await expect(citizen.getByRole('region', { name: 'Konsultasi publik' })).toContainText(
    `Versi ${newNo} adalah perubahan redaksional tanpa konsultasi baru`,
  );
  await expect(citizen.getByText(CHANNEL)).toBeVisible();
  await expect(citizen.getByText(/Tidak dipungut biaya \(gratis\)/)).toBeVisible();
  await citizen.screenshot({ path: info.outputPath('public-standard.png'), fullPage: true });
  await publicContext.close();
});
