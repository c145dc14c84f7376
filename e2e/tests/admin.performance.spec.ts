import { readFile } from 'node:fs/promises';
import { expect, request as playwrightRequest, test } from '@playwright/test';
import { API, expectAccessible, signIn } from './admin-helpers';

/** The performance CSV: `;`-separated sections, a UTF-8 BOM first. */
function parseCsv(text: string): string[][] {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map((line) => line.split(';'));
}

test('the head of office reads the performance evaluation and downloads it', async ({
  page,
}, info) => {
  await signIn(page, 'kadis');
  await page.getByRole('link', { name: 'Evaluasi kinerja' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Evaluasi kinerja' })).toBeVisible();

  const year = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Jakarta',
    year: 'numeric',
  }).format(new Date());
  await expect(page.getByLabel('Dari tanggal')).toHaveValue(`${year}-01-01`);
  await expect(page.getByLabel('Sampai tanggal')).toHaveValue(`${year}-12-31`);

  const requestsFigure = page.getByText('Permohonan diterima', { exact: true }).locator('xpath=..');
  await expect(requestsFigure).toContainText(/\d/);
  const shown = ((await requestsFigure.textContent()) ?? '').replace(/\D/g, '');

  for (const name of [
    'Kepatuhan SLA per tahap',
    'Kepatuhan SLA per peran',
    'Kepatuhan SLA per petugas',
    'Tren per periode: kepatuhan SLA dan IKM',
    'Indeks kepuasan masyarakat (IKM)',
    'Permohonan per kabupaten/kota',
    'Permohonan per jenis pemohon',
    'Permohonan per program',
  ]) {
    await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
  }
  await expect(page.getByRole('table', { name: 'Kepatuhan SLA per tahap' })).toContainText(
    'Verifikasi permohonan',
  );

  const map = page.getByRole('figure', { name: /Peta permohonan per kabupaten\/kota/ });
  await expect(map.getByRole('img', { name: /: \d+ permohonan$/ })).toHaveCount(7);
  await expect(map.getByRole('img', { name: /^Kota Pangkal Pinang: \d+ permohonan$/ })).toHaveCount(
    1,
  );
  const regionTable = page.getByRole('table', { name: 'Permohonan per kabupaten/kota' });
  await expect(regionTable.getByRole('row')).toHaveCount(8);

  await map.screenshot({ path: info.outputPath('performance-map.png') });
  await expectAccessible(page, info, 'performance');

  // The quarter split changes the trend (chart and table) and the export link alike.
  await page.getByRole('textbox', { name: 'Pembagian periode' }).click();
  await page.getByRole('option', { name: 'Triwulan' }).click();
  await expect(
    page.getByRole('table', { name: 'Tren per periode: kepatuhan SLA dan IKM' }),
  ).toContainText(`${year}-Q`);

  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Unduh CSV' }).click();
  const download = await downloading;
  expect(download.url()).toContain(`from=${year}-01-01`);
  expect(download.url()).toContain('period=quarter');
  const rows = parseCsv(await readFile((await download.path()) as string, 'utf8'));
  const received = rows.find((r) => r[0] === 'Permohonan diterima');
  expect(received?.[1]).toBe(shown);
  expect(rows.some((r) => r[0] === 'diterima' && r[1] === 'Verifikasi permohonan')).toBe(true);
  await expect(page.getByRole('link', { name: 'Unduh Excel' })).toHaveAttribute(
    'href',
    `/exports/performance.xlsx?from=${year}-01-01&to=${year}-12-31&period=quarter`,
  );
});

test('a service officer answers a complaint and closes it', async ({ page }, info) => {
  const api = await playwrightRequest.newContext({ baseURL: API });
  const message = `Instruktur belum datang pada hari pertama pelatihan (${Date.now()}).`;
  const res = await api.post('/graphql', {
    data: {
      query: `mutation($i: SubmitFeedbackInput!) { submitFeedback(input: $i) {
        __typename ... on SubmitFeedbackSuccess { trackingCode } } }`,
      variables: {
        i: {
          kind: 'pengaduan',
          name: 'Rahmat Hidayat',
          phone: '081234567890',
          message,
          privacyConsent: true,
        },
      },
    },
  });
  const sent = (await res.json()).data.submitFeedback;
  expect(sent.__typename).toBe('SubmitFeedbackSuccess');
  const code: string = sent.trackingCode;
  await api.dispose();

  await signIn(page, 'petugas');
  await expect(page.getByRole('link', { name: 'Evaluasi kinerja' })).toHaveCount(0);
  await page.getByRole('link', { name: 'Pengaduan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Pengaduan dan saran' })).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: code });
  await expect(row).toContainText('Diterima');
  await expectAccessible(page, info, 'complaints-inbox');

  await row.getByRole('button', { name: `Buka ${code}` }).click();
  const drawer = page.getByRole('dialog', { name: `Pesan ${code}` });
  await expect(drawer).toContainText(message);
  await expect(drawer).toContainText('Rahmat Hidayat');

  // Too short: the shared rule answers in words, nothing is sent.
  await drawer.getByRole('textbox', { name: 'Jawaban' }).fill('Ok');
  await drawer.getByRole('button', { name: 'Kirim jawaban' }).click();
  await expect(drawer.getByText(/minimal 5/i)).toBeVisible();

  await drawer
    .getByRole('textbox', { name: 'Jawaban' })
    .fill('Mohon maaf, instruktur pengganti sudah kami tugaskan mulai besok pagi.');
  await drawer.getByRole('button', { name: 'Kirim jawaban' }).click();
  await expect(drawer.getByRole('status')).toHaveText('Jawaban terkirim.');
  await expect(drawer).toContainText('Dijawab');
  await expectAccessible(page, info, 'complaint-answered');

  await drawer.getByRole('button', { name: 'Tutup pesan' }).click();
  await expect(drawer.getByRole('status')).toHaveText('Pesan ditutup.');
  await expect(drawer).toContainText('Ditutup');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('row').filter({ hasText: code })).toContainText('Ditutup');
});
