import { statSync } from 'node:fs';
import { expect, type Page, request as playwrightRequest, test } from '@playwright/test';
import { countRequests, signInAsStaff, snap } from './public-helpers';

const API = `http://127.0.0.1:${process.env.E2E_API_PORT ?? 4100}`;

const next = (page: Page) => page.getByRole('button', { name: 'Lanjut' }).click();

async function pickFirst(page: Page, label: string) {
  const select = page.getByLabel(label, { exact: true });
  await expect(select.locator('option').nth(1)).toBeAttached();
  await select.selectOption({ index: 1 });
}

async function staffCount() {
  const api = await playwrightRequest.newContext({ baseURL: API });
  await signInAsStaff(api);
  const n = await countRequests(api);
  await api.dispose();
  return n;
}

/** The first three steps, as a requester in a village hall types them. */
async function fillUpToDates(page: Page, organization: string) {
  await page.getByLabel('Pemerintah desa').check();
  await page.getByLabel('Nama lembaga/kelompok').fill(organization);
  await page.getByLabel('Nama penanggung jawab').fill('Rina Marlina');
  await page.getByLabel('Nomor HP/WhatsApp penanggung jawab').fill('0813 7777 1234');
  await next(page);
  await page.getByLabel('Kabupaten/kota').selectOption({ label: 'Kabupaten Belitung Timur' });
  await pickFirst(page, 'Kecamatan');
  await pickFirst(page, 'Desa/kelurahan');
  await page.getByLabel('Alamat tempat pelatihan').fill('Balai Desa, Jl. Pantai No. 3');
  await next(page);
  const program = page.getByLabel('Program', { exact: true });
  await expect(program.locator('option').nth(1)).toBeAttached();
  await program.selectOption({ label: 'Operator Mesin Bubut' });
  await page.getByLabel('Perkiraan jumlah peserta').fill('16');
  await next(page);
  await page.getByLabel('Mulai paling cepat').fill('2027-04-05');
  await page.getByLabel('Selesai paling lambat').fill('2027-04-30');
  await next(page);
}

test('a request filled and sent without signal waits on the phone and goes when the signal returns', async ({
  page,
  context,
}, info) => {
  const before = await staffCount();
  // With signal once: the app installs its service worker and keeps the form's lists.
  await page.goto('/ajukan');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ajukan permohonan pelatihan');
  await expect(page.getByText('Formulir ini siap dipakai tanpa sinyal')).toBeVisible({
    timeout: 90_000,
  });

  // The signal goes. Even a reload works: the app comes from the phone.
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ajukan permohonan pelatihan');
  await expect(page.getByText('Anda sedang offline')).toBeVisible();
  await fillUpToDates(page, 'Pemerintah Desa Tanpa Sinyal');

  // The letter is kept on the phone until there is a signal to send it.
  await page.getByLabel('Surat permohonan resmi').setInputFiles({
    name: 'surat-offline.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n'),
  });
  await expect(page.getByText('Tersimpan di HP ini: surat-offline.pdf')).toBeVisible();
  await next(page);
  await expect(page.getByText('Pemerintah Desa Tanpa Sinyal')).toBeVisible();
  // Dates read as people write them, not ISO.
  await expect(page.getByText('5 April 2027')).toBeVisible();
  await page.getByRole('checkbox', { name: /Saya telah membaca pemberitahuan privasi/ }).check();
  await page.getByRole('button', { name: 'Kirim permohonan' }).click();

  // Queued, and said plainly.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Permohonan saya');
  await expect(page.getByRole('heading', { name: 'Menunggu sinyal' })).toBeVisible();
  await expect(page.getByText('akan dikirim otomatis begitu ada sinyal').first()).toBeVisible();
  await expect(page.getByText('1 permohonan menunggu sinyal di HP ini')).toBeVisible();
  await snap(page, info, 'offline-queued');
  expect(await staffCount()).toBe(before);

  // A reload without signal keeps it queued.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Menunggu sinyal' })).toBeVisible();

  // The signal returns: it goes by itself, and the code is there.
  await context.setOffline(false);
  const sent = page.getByRole('status').filter({ hasText: 'Permohonan terkirim. Kode pelacakan:' });
  await expect(sent).toBeVisible({ timeout: 60_000 });
  const code = ((await sent.textContent()) ?? '').match(/[0-9A-Z]{5}-[0-9A-Z]{5}/)?.[0] ?? '';
  expect(code).not.toBe('');
  await expect(page.getByRole('heading', { name: 'Menunggu sinyal' })).toBeHidden();
  const receipt = page.getByTestId('my-receipt').filter({ hasText: code });
  await expect(receipt).toBeVisible();
  await expect(page.getByText('menunggu sinyal di HP ini')).toBeHidden();
  await snap(page, info, 'offline-sent');
  // Exactly once on the server.
  expect(await staffCount()).toBe(before + 1);

  // Kept on the phone: the tracking page opens without typing the token.
  await receipt.getByRole('button', { name: `Lacak ${code}` }).click();
  await expect(page.getByTestId('status')).toBeVisible();
  await expect(page.getByRole('heading', { name: new RegExp(code) })).toBeVisible();
  await page.goto('/permohonan-saya');
  const kept = page.getByTestId('my-receipt').filter({ hasText: code });
  await expect(kept).toBeVisible();

  // The receipt again, saved as an image for the phone's gallery.
  await kept.getByRole('button', { name: 'Bukti' }).click();
  await expect(page.getByTestId('tracking-code')).toHaveText(code);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Simpan sebagai gambar' }).click();
  const image = await download;
  expect(image.suggestedFilename()).toBe(`bukti-permohonan-${code}.png`);
  const saved = info.outputPath('receipt.png');
  await image.saveAs(saved);
  const { size } = statSync(saved);
  expect(size).toBeGreaterThan(10_000);
  expect(size).toBeLessThan(300_000);
});

/** A photo of a letter as a phone camera takes it: 3000×4000 px, about 3 MB of JPEG. */
async function letterPhoto(page: Page): Promise<Buffer> {
  const base64 = await page.evaluate(async () => {
    const canvas = document.createElement('canvas');
    canvas.width = 3000;
    canvas.height = 4000;
    const ctx = canvas.getContext('2d') as CanvasRenderingContext2D;
    ctx.fillStyle = '#f4f1e8';
    ctx.fillRect(0, 0, 3000, 4000);
    ctx.fillStyle = '#222';
    ctx.font = '64px serif';
    for (let y = 300; y < 3800; y += 110)
      ctx.fillText(
        'Dengan hormat, kami mengajukan permohonan pelatihan kerja di desa kami.',
        200,
        y,
      );
    // Camera grain, which makes photos large.
    const img = ctx.getImageData(0, 0, 3000, 4000);
    let seed = 7;
    for (let i = 0; i < img.data.length; i += 4) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      const n = (seed % 31) - 15;
      img.data[i] = Math.max(0, Math.min(255, (img.data[i] ?? 0) + n));
      img.data[i + 1] = Math.max(0, Math.min(255, (img.data[i + 1] ?? 0) + n));
      img.data[i + 2] = Math.max(0, Math.min(255, (img.data[i + 2] ?? 0) + n));
    }
    ctx.putImageData(img, 0, 0);
    const blob = await new Promise<Blob>((resolve) =>
      canvas.toBlob((b) => resolve(b as Blob), 'image/jpeg', 0.88),
    );
    const bytes = new Uint8Array(await blob.arrayBuffer());
    let s = '';
    for (let i = 0; i < bytes.length; i += 0x8000)
      s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(s);
  });
  return Buffer.from(base64, 'base64');
}

test('a 3 MB photo of the letter goes over a 100 kbps link after it is made smaller on the phone', async ({
  page,
  context,
}, info) => {
  test.setTimeout(240_000);
  await page.goto('/ajukan');
  await fillUpToDates(page, 'Kelompok Nelayan Sinyal Lemah');
  const photo = await letterPhoto(page);
  expect(photo.length).toBeGreaterThan(3_000_000);

  // About 100 kbit/s each way, with a mobile network's latency.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 400,
    downloadThroughput: 12_500,
    uploadThroughput: 12_500,
  });

  await page.getByLabel('Surat permohonan resmi').setInputFiles({
    name: 'foto-surat.jpg',
    mimeType: 'image/jpeg',
    buffer: photo,
  });
  // The progress bar shows while it goes, and the form waits for it.
  const progress = page.locator('.upload-progress progress');
  await expect(progress).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole('button', { name: 'Lanjut' })).toBeDisabled();
  await snap(page, info, 'upload-progress');

  await expect(page.getByText('Terunggah: foto-surat.jpg')).toBeVisible({ timeout: 180_000 });
  await expect(page.getByRole('button', { name: 'Lanjut' })).toBeEnabled();
  await expect(page.getByText(/Foto diperkecil dari [\d.]+ KB menjadi [\d.]+ KB/)).toBeVisible();
  const uploaded = (await page.getByText('Terunggah: foto-surat.jpg').textContent()) ?? '';
  const kb = Number(uploaded.match(/\((\d+) KB\)/)?.[1]);
  // Small enough for the link, about the 300 KB aimed at.
  expect(kb).toBeGreaterThan(50);
  expect(kb).toBeLessThanOrEqual(320);
  // No error left over from the wait.
  await expect(page.locator('#f-letter-error')).toHaveCount(0);
  await snap(page, info, 'upload-done');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 0,
    downloadThroughput: -1,
    uploadThroughput: -1,
  });
});
