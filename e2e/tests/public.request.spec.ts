import { expect, type Page, test } from '@playwright/test';
import { countRequests, expectAccessible, signInAsStaff, snap } from './public-helpers';

const next = (page: Page) => page.getByRole('button', { name: 'Lanjut' }).click();

async function fillWho(page: Page) {
  await page.getByLabel('Pemerintah desa').check();
  await page.getByLabel('Nama lembaga/kelompok').fill('Pemerintah Desa Uji Coba');
  await page.getByLabel('Nama penanggung jawab').fill('Budi Santoso');
  await page.getByLabel('Nomor HP/WhatsApp penanggung jawab').fill('0812 3456 7890');
}

async function pickFirst(page: Page, label: string) {
  const select = page.getByLabel(label, { exact: true });
  await expect(select.locator('option').nth(1)).toBeAttached();
  await select.selectOption({ index: 1 });
}

test('a request with its letter is sent, confirmed and tracked', async ({ page }, info) => {
  await page.goto('/ajukan');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ajukan permohonan pelatihan');
  await expectAccessible(page, 'form step 1');
  await fillWho(page);
  await snap(page, info, 'form-1-who');
  await next(page);

  await expect(page.getByRole('heading', { level: 2 })).toContainText('Lokasi');
  await page.getByLabel('Kabupaten/kota').selectOption({ label: 'Kabupaten Bangka' });
  await pickFirst(page, 'Kecamatan');
  await pickFirst(page, 'Desa/kelurahan');
  await page.getByLabel('Alamat tempat pelatihan').fill('Balai Desa, Jl. Raya No. 1');
  await expectAccessible(page, 'form step 2');
  await snap(page, info, 'form-2-where');
  await next(page);

  await pickFirst(page, 'Program');
  await page.getByLabel('Perkiraan jumlah peserta').fill('16');
  await snap(page, info, 'form-3-what');
  await next(page);

  await page.getByLabel('Mulai paling cepat').fill('2027-03-01');
  await page.getByLabel('Selesai paling lambat').fill('2027-03-31');
  await next(page);

  await page.getByLabel('Surat permohonan resmi').setInputFiles({
    name: 'surat-permohonan.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n'),
  });
  await expect(page.getByText('Terunggah: surat-permohonan.pdf')).toBeVisible();
  await snap(page, info, 'form-5-letter');
  await next(page);

  await expect(page.getByText('Pemerintah Desa Uji Coba')).toBeVisible();
  await expectAccessible(page, 'form review');
  await snap(page, info, 'form-6-review');
  await page.getByRole('button', { name: 'Kirim permohonan' }).click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Permohonan terkirim');
  const code = (await page.getByTestId('tracking-code').textContent()) ?? '';
  expect(code).toMatch(/^[0-9A-Z]{5}-[0-9A-Z]{5}$/);
  await expect(page.getByText('hanya ditampilkan sekali')).toBeVisible();
  await expectAccessible(page, 'confirmation');
  await snap(page, info, 'confirmation');

  // The draft is gone once sent.
  expect(await page.evaluate('localStorage.getItem("blk.request-draft")')).toBeNull();

  await page.getByRole('link', { name: 'Lacak permohonan ini' }).click();
  await expect(page.getByTestId('status')).toBeVisible();
  await expect(page.getByRole('heading', { name: new RegExp(code) })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Batalkan permohonan' })).toBeVisible();
  await expectAccessible(page, 'track');
  await snap(page, info, 'track');
});

test('invalid input shows Indonesian messages beside the fields and stores nothing', async ({
  page,
  request,
}, info) => {
  await signInAsStaff(request);
  const before = await countRequests(request);
  await page.goto('/ajukan');
  await next(page);
  await expect(page.locator('#f-organizationName-error')).toHaveText('Wajib diisi');
  await expect(page.locator('#f-requesterType-error')).toHaveText('Wajib diisi');
  // Focus goes to the first invalid field.
  await expect(page.locator('#f-requesterType')).toBeFocused();
  await page.getByLabel('Nomor HP/WhatsApp penanggung jawab').fill('12345');
  await next(page);
  await expect(page.locator('#f-contactPhone-error')).toContainText('Nomor telepon');
  await expectAccessible(page, 'form errors');
  await snap(page, info, 'form-errors');

  await fillWho(page);
  await next(page);
  await page.getByLabel('Kabupaten/kota').selectOption({ label: 'Kabupaten Bangka' });
  await pickFirst(page, 'Kecamatan');
  await pickFirst(page, 'Desa/kelurahan');
  await page.getByLabel('Alamat tempat pelatihan').fill('Balai Desa');
  await next(page);
  // Neither a programme nor a described need: the shared cross-field rule speaks.
  await page.getByLabel('Perkiraan jumlah peserta').fill('16');
  await next(page);
  await expect(page.locator('#f-needDescription-error')).toHaveText(
    'Pilih program pelatihan atau jelaskan kebutuhan pelatihan',
  );
  await page.getByLabel('Pelatihan yang dibutuhkan').fill('Pelatihan menjahit dasar untuk ibu-ibu');
  await next(page);
  await page.getByLabel('Mulai paling cepat').fill('2027-03-10');
  await page.getByLabel('Selesai paling lambat').fill('2027-03-01');
  await next(page);
  await expect(page.locator('#f-preferredEnd-error')).toHaveText(
    'Tanggal selesai tidak boleh sebelum tanggal mulai',
  );
  await page.getByLabel('Selesai paling lambat').fill('2027-03-20');
  await next(page);
  // A file of the wrong type is refused on the phone, before any upload.
  await page.getByLabel('Surat permohonan resmi').setInputFiles({
    name: 'surat.docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    buffer: Buffer.from('PK fake'),
  });
  await expect(page.locator('#f-letter-error')).toContainText('Jenis file tidak didukung');
  await next(page);
  await expect(page.locator('#f-letter-error')).toHaveText('Lampirkan surat permohonan');
  expect(await countRequests(request)).toBe(before);
});

test('a reload in the middle of the form keeps what was typed', async ({ page }) => {
  await page.goto('/ajukan');
  await fillWho(page);
  await next(page);
  await page.getByLabel('Alamat tempat pelatihan').fill('Gedung Serbaguna RT 02');
  await page.reload();
  await expect(page.getByText('Isian Anda sebelumnya dipulihkan')).toBeVisible();
  await expect(page.getByLabel('Alamat tempat pelatihan')).toHaveValue('Gedung Serbaguna RT 02');
  await page.getByRole('button', { name: 'Kembali' }).click();
  await expect(page.getByLabel('Nama lembaga/kelompok')).toHaveValue('Pemerintah Desa Uji Coba');
  await expect(page.getByLabel('Pemerintah desa')).toBeChecked();
});
