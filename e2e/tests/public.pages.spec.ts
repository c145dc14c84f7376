import { expect, test } from '@playwright/test';
import { expectAccessible, snap } from './public-helpers';

const PAGES = [
  { path: '/', name: 'home', heading: 'Pelatihan kerja datang ke tempat Anda' },
  { path: '/program', name: 'programs', heading: 'Program pelatihan' },
  { path: '/standar-pelayanan', name: 'standard', heading: 'Standar Pelayanan' },
  { path: '/kinerja', name: 'performance', heading: 'Kinerja layanan' },
  { path: '/pengaduan', name: 'feedback', heading: 'Pengaduan, saran, dan pertanyaan' },
  { path: '/lacak', name: 'track-empty', heading: 'Lacak permohonan' },
  { path: '/privasi', name: 'privacy', heading: 'Pemberitahuan privasi' },
];

for (const { path, name, heading } of PAGES) {
  test(`${name} page reads well on a phone and passes axe`, async ({ page }, info) => {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    await page.waitForLoadState('networkidle');
    await expectAccessible(page, name);
    await snap(page, info, name);
  });
}

test('the service standard says when and with whom it was consulted', async ({ page }, info) => {
  await page.goto('/standar-pelayanan');
  const consultation = page.getByRole('region', { name: 'Konsultasi publik' });
  // The demo's forum on version 1 (kept when a later version is only an editorial change).
  await expect(consultation).toContainText('20 November 2025');
  await expect(consultation.getByRole('listitem').filter({ hasText: 'Akademisi' })).toContainText(
    'Universitas Bangka Belitung',
  );
  await expect(
    consultation.getByRole('listitem').filter({ hasText: 'Serikat pekerja' }),
  ).toContainText('KSPSI');
  await expect(
    consultation.getByRole('listitem').filter({ hasText: 'Asosiasi pengusaha' }),
  ).toContainText('Apindo');
  await expect(consultation).toContainText('3 masukan diterima; 2 di antaranya dipakai');
  // Organisations, never the participants' names.
  await expect(consultation).not.toContainText('Hendra Saputra');
  await consultation.scrollIntoViewIfNeeded();
  await snap(page, info, 'standard-consultation');
});

test('program detail leads to the form with the program chosen', async ({ page }, info) => {
  await page.goto('/program');
  await page.getByRole('link', { name: 'Barista' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Barista');
  await expect(
    page.getByRole('heading', { name: 'Yang disediakan pemohon di lokasi' }),
  ).toBeVisible();
  await expectAccessible(page, 'program');
  await snap(page, info, 'program');
  await page.getByRole('link', { name: 'Ajukan program ini' }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ajukan permohonan pelatihan');
});

test('the catalogue filters and loads more', async ({ page }) => {
  await page.goto('/program');
  const cards = page.locator('.cards > li');
  await expect(cards).toHaveCount(6);
  await page.getByRole('button', { name: 'Muat lebih banyak' }).click();
  await expect.poll(() => cards.count()).toBeGreaterThan(6);
  await page.getByLabel('Kejuruan').selectOption({ label: 'Teknik Las' });
  await page.getByRole('button', { name: 'Terapkan' }).click();
  await expect(cards.first()).toContainText('Teknik Las');
});

test('a complaint is sent and gets its own code and token', async ({ page }, info) => {
  await page.goto('/pengaduan');
  await page.getByRole('button', { name: 'Kirim', exact: true }).click();
  await expect(page.locator('#f-message-error')).toBeVisible();
  await page.getByLabel('Saran', { exact: true }).check();
  await page
    .getByRole('textbox', { name: 'Pesan' })
    .fill('Mohon jadwal pelatihan diumumkan lebih awal di desa.');
  await page.getByRole('button', { name: 'Kirim', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Pesan terkirim' })).toBeVisible();
  await snap(page, info, 'feedback-sent');
  await page.getByRole('button', { name: 'Lihat', exact: true }).click();
  await expect(page.getByText('Belum ada jawaban.')).toBeVisible();
});

test('the language switch turns the app to English and is remembered', async ({ page }) => {
  await page.goto('/');
  // "ID | EN" in the header, each button named in its own language.
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('button', { name: 'English' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Vocational training comes to you',
  );
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Vocational training comes to you',
  );
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});
