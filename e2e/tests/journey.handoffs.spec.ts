import { type Browser, expect, type Page, test } from '@playwright/test';
import { expectAccessible, openRequest, signIn } from './admin-helpers';
import { messagesAbout } from './outbox';

// A request's life across people, through the two apps' screens only: no API call between
// steps. The requester uses a phone; the office uses desktops.
const PUBLIC = `http://127.0.0.1:${process.env.E2E_PUBLIC_PORT ?? 4273}`;
const ADMIN = `http://127.0.0.1:${process.env.E2E_ADMIN_PORT ?? 4274}`;
const PDF = (text: string) =>
  Buffer.from(`%PDF-1.4\n1 0 obj << >> endobj\n% ${text}\ntrailer << >>\n%%EOF\n`);

test.describe.configure({ mode: 'serial', timeout: 180_000 });

async function staffPage(browser: Browser, who: string): Promise<Page> {
  const context = await browser.newContext({
    baseURL: ADMIN,
    viewport: { width: 1366, height: 768 },
  });
  const page = await context.newPage();
  await signIn(page, who);
  return page;
}

async function requesterPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({
    baseURL: PUBLIC,
    viewport: { width: 412, height: 915 },
    isMobile: true,
    hasTouch: true,
  });
  return context.newPage();
}

const next = (page: Page) => page.getByRole('button', { name: 'Lanjut' }).click();

async function pickFirst(page: Page, label: string) {
  const select = page.getByLabel(label, { exact: true });
  await expect(select.locator('option').nth(1)).toBeAttached();
  await select.selectOption({ index: 1 });
}

let code = '';
let requester: Page;

test('the requester submits a request with a letter from a phone', async ({ browser }, info) => {
  requester = await requesterPage(browser);
  const page = requester;
  await page.goto('/ajukan');
  await page.getByLabel('Pemerintah desa').check();
  await page.getByLabel('Nama lembaga/kelompok').fill('Pemerintah Desa Serah Terima');
  await page.getByLabel('Nama penanggung jawab').fill('Siti Aminah');
  await page.getByLabel('Nomor HP/WhatsApp penanggung jawab').fill('0812 7777 1234');
  await next(page);
  await page.getByLabel('Kabupaten/kota').selectOption({ label: 'Kabupaten Belitung Timur' });
  await pickFirst(page, 'Kecamatan');
  await pickFirst(page, 'Desa/kelurahan');
  await page.getByLabel('Alamat tempat pelatihan').fill('Balai Desa, Jl. Pantai No. 2');
  await next(page);
  const programme = page.getByLabel('Program', { exact: true });
  await expect(programme.locator('option').nth(1)).toBeAttached();
  await programme.selectOption({ label: 'Operator Mesin Bubut' });
  await page.getByLabel('Perkiraan jumlah peserta').fill('16');
  await next(page);
  await page.getByLabel('Mulai paling cepat').fill('2027-05-03');
  await page.getByLabel('Selesai paling lambat').fill('2027-05-28');
  await next(page);
  await page.getByLabel('Surat permohonan resmi').setInputFiles({
    name: 'surat-permohonan.pdf',
    mimeType: 'application/pdf',
    buffer: PDF('surat tanpa tanda tangan'),
  });
  await expect(page.getByText('Terunggah: surat-permohonan.pdf')).toBeVisible();
  await next(page);
  await page.getByRole('checkbox', { name: /Saya telah membaca pemberitahuan privasi/ }).check();
  await page.getByRole('button', { name: 'Kirim permohonan' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Permohonan terkirim');
  code = ((await page.getByTestId('tracking-code').textContent()) ?? '').trim();
  // The token to type back is short, grouped and free of look-alikes.
  await expect(page.getByTestId('access-token')).toHaveText(
    /^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/,
  );
  expect(code).toMatch(/^[0-9A-Z]{5}-[0-9A-Z]{5}$/);
  await page.screenshot({ path: info.outputPath('1-receipt.png'), fullPage: true });
});

test('the front desk opens the letter and returns the request with a note', async ({
  browser,
}, info) => {
  const page = await staffPage(browser, 'petugas');
  await openRequest(page, code);
  const documents = page.getByRole('region', { name: 'Dokumen' });
  await expect(documents).toContainText('Surat permohonan');
  await expect(documents).toContainText('surat-permohonan.pdf');
  await expect(documents).toContainText('Pemohon');
  await documents.getByRole('button', { name: 'Lihat surat-permohonan.pdf' }).click();
  const preview = page.getByRole('dialog', { name: 'surat-permohonan.pdf' });
  await expect(preview.locator('iframe[title="surat-permohonan.pdf"]')).toBeAttached();
  await page.screenshot({ path: info.outputPath('2-front-desk-letter.png') });
  // The close button, not Escape: the PDF viewer in the frame may hold the keyboard.
  await preview.getByRole('button', { name: 'Tutup' }).click();
  await expect(preview).toBeHidden();

  await page.getByRole('button', { name: 'Kembalikan untuk dilengkapi' }).click();
  const form = page.getByRole('form', { name: 'Kembalikan untuk dilengkapi' });
  await expect(form).toBeInViewport();
  await form.getByLabel('Kekurangan berkas').fill('Surat belum ditandatangani kepala desa');
  await form.getByRole('button', { name: 'Kembalikan untuk dilengkapi' }).click();
  await expect(page.getByRole('status')).toContainText('Melengkapi berkas');
  // The note is on the history for the next person in the office too.
  const history = page.getByRole('table', { name: /Riwayat/ });
  await history.getByText('Isi').last().click();
  await expect(history).toContainText('Surat belum ditandatangani kepala desa');
  await expectAccessible(page, info, '3-front-desk-returned');
  await page.context().close();
});

test('the requester reads the note and sends the signed letter from the tracking page', async ({
  baseURL: _,
}, info) => {
  // The SMS (the phone is required) says what is missing, by when, and links to the page.
  const [sms] = await messagesAbout(
    ['To: +6281277771234', `kode=${code}`, 'Surat belum ditandatangani kepala desa'],
    1,
  );
  expect(sms).toContain('To: +6281277771234');
  expect(sms).toMatch(/\d{1,2} \w+ 20\d\d pukul 23\.59 WIB/);
  expect(sms).toContain(`/lacak?kode=${code}`);
  const page = requester;
  await page.goto(`/lacak?kode=${code}`);
  const task = page.getByRole('region', { name: 'Yang perlu Anda lakukan' });
  await expect(task).toContainText('Surat belum ditandatangani kepala desa');
  await expect(task).toContainText(/Kirim sebelum .* WIB/);
  await page.screenshot({ path: info.outputPath('4-requester-task.png'), fullPage: true });
  await task.getByRole('button', { name: 'Kirim kelengkapan' }).click();
  await expect(task).toContainText('Lampirkan berkas yang diminta petugas');
  await task.getByLabel('Berkas pelengkap').setInputFiles({
    name: 'surat-bertanda-tangan.pdf',
    mimeType: 'application/pdf',
    buffer: PDF('surat bertanda tangan'),
  });
  await expect(task).toContainText('surat-bertanda-tangan.pdf');
  await task.getByLabel('Keterangan').fill('Surat sudah ditandatangani dan distempel.');
  await task.getByRole('button', { name: 'Kirim kelengkapan' }).click();
  await expect(page.getByText('Terkirim. Petugas layanan akan memeriksa')).toBeVisible();
  await expect(page.getByTestId('status')).toBeVisible();
  await page.screenshot({ path: info.outputPath('5-requester-sent.png'), fullPage: true });
});

test('the front desk sees the answer with the new letter and verifies', async ({
  browser,
}, info) => {
  const page = await staffPage(browser, 'petugas');
  await openRequest(page, code);
  const handover = page.getByRole('region', { name: 'Diserahkan dari tahap sebelumnya' });
  await expect(handover).toContainText('Surat sudah ditandatangani dan distempel.');
  await expect(handover).toContainText('surat-bertanda-tangan.pdf');
  await expect(page.getByRole('region', { name: 'Dokumen' })).toContainText('Berkas pelengkap');
  await page.screenshot({ path: info.outputPath('6-front-desk-answer.png'), fullPage: true });
  await page.getByRole('button', { name: 'Nyatakan lengkap' }).click();
  const form = page.getByRole('form', { name: 'Nyatakan lengkap' });
  await form.getByRole('button', { name: 'Nyatakan lengkap' }).click();
  await expect(page.getByRole('status')).toContainText('Asesmen kebutuhan');
  await page.context().close();
});

test('the section head assesses; the division head reads it and approves', async ({
  browser,
}, info) => {
  const kasi = await staffPage(browser, 'kasi');
  await openRequest(kasi, code);
  const form = kasi.getByRole('form', { name: 'Kirim hasil asesmen' });
  await form.getByLabel('Tanggal survei').fill('2026-12-03');
  await form
    .getByLabel('Hasil survei')
    .fill('Bengkel desa siap; 16 pemuda putus sekolah berminat.');
  await form.getByLabel('Potensi lokal').fill('Bengkel kapal nelayan');
  await form.getByLabel('Sarana prasarana tersedia').fill('Listrik 3 fase, ruang 10x12 m');
  await form.getByLabel('Program pelatihan yang direkomendasikan').fill('Operator Mesin Bubut');
  await form.getByRole('button', { name: 'Kirim hasil asesmen' }).click();
  await expect(kasi.getByRole('status')).toContainText('Disetujui?');
  await kasi.context().close();

  const kabid = await staffPage(browser, 'kabid');
  await openRequest(kabid, code);
  const handover = kabid.getByRole('region', { name: 'Diserahkan dari tahap sebelumnya' });
  await expect(handover).toContainText('Bengkel desa siap; 16 pemuda putus sekolah berminat.');
  await expect(handover).toContainText('Bengkel kapal nelayan');
  await expect(handover).toContainText('3 Desember 2026');
  await expectAccessible(kabid, info, '7-kabid-reads-assessment');
  await kabid.getByRole('button', { name: 'Setujui' }).click();
  await kabid
    .getByRole('form', { name: 'Setujui' })
    .getByRole('button', { name: 'Setujui' })
    .click();
  await expect(kabid.getByRole('status')).toContainText('Penjadwalan');
  await kabid.context().close();
});
