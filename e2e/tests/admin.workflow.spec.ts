import { expect, type Page, test } from '@playwright/test';
import {
  actViaApi,
  apiAs,
  expectAccessible,
  gql,
  openRequest,
  PASSWORD,
  pageAs,
  signIn,
} from './admin-helpers';

// One request walks the SOP through four roles, so the tests run in order on one database.
test.describe.configure({ mode: 'serial' });

/** Computer assembly in Belitung, waiting at "diterima" in the demo data. */
const WALKED = '74390-X6DK2';
/** Another computer request; booked first so the coordinator meets a conflict. */
const BLOCKER = '5EM1T-93PSH';
/** A welding request at "diterima", for the stale double action. */
const STALE = '2MZC6-A9N5P';

function actionForm(page: Page, label: string) {
  return page.getByRole('form', { name: label });
}

async function instructorId(name: string, code: string): Promise<string> {
  const ctx = await apiAs('koordinator');
  const found = await gql(
    ctx,
    `query($q: String) { trainingRequests(first: 1, filter: { search: $q }) { edges { node { id } } } }`,
    { q: code },
  );
  const data = await gql(
    ctx,
    `query($id: ID!) { instructorSuggestions(requestId: $id, startDate: "2027-01-04", endDate: "2027-01-15") { instructorId name } }`,
    { id: found.trainingRequests.edges[0].node.id },
  );
  await ctx.dispose();
  return data.instructorSuggestions.find((s: { name: string }) => s.name === name).instructorId;
}

test('login page is accessible, refuses a wrong password in words, and signs out', async ({
  page,
}, info) => {
  await page.goto('/login');
  // The form shows once the app knows nobody is signed in (a loader until then): check the form.
  await expect(page.getByRole('button', { name: 'Masuk' })).toBeVisible();
  await expectAccessible(page, info, 'login');
  await page.getByLabel('E-mail').fill('petugas@blk.example');
  await page.getByLabel('Kata sandi').fill('salah-sekali-123');
  await page.getByRole('button', { name: 'Masuk' }).click();
  await expect(page.getByRole('alert')).toContainText(/salah/i);
  await signIn(page, 'petugas');
  await page.getByRole('button', { name: 'Keluar' }).click();
  await expect(page.getByRole('button', { name: 'Masuk' })).toBeVisible();
  await page.goto('/permohonan');
  await expect(page).toHaveURL(/\/login\?next=%2Fpermohonan/);
});

test('front desk sees My work and verifies a received request', async ({ page }, info) => {
  await signIn(page, 'petugas');
  const nav = page.getByRole('navigation');
  await expect(nav.getByRole('link', { name: 'Pekerjaan saya' })).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: WALKED });
  await expect(row).toContainText('Verifikasi permohonan');
  await expect(row).toContainText(/Terlambat|Tepat waktu|Segera jatuh tempo/);
  await expectAccessible(page, info, 'my-work');

  await row.getByRole('link', { name: WALKED }).click();
  await expect(page.getByRole('heading', { name: 'Verifikasi permohonan' })).toBeVisible();
  await expect(page.getByText('Kelengkapan', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Nyatakan lengkap' }).click();
  await expectAccessible(page, info, 'detail-petugas');
  const form = actionForm(page, 'Nyatakan lengkap');
  await form.getByLabel('Catatan').fill('Surat dan proposal lengkap.');
  await form.getByRole('button', { name: 'Nyatakan lengkap' }).click();
  await expect(page.getByRole('status')).toContainText('Asesmen kebutuhan');
  await expect(page.getByText('Tidak ada tindakan yang dapat Anda lakukan')).toBeVisible();
});

test('section head records the assessment; a missing field is named', async ({ page }, info) => {
  await signIn(page, 'kasi');
  await openRequest(page, WALKED);
  const form = actionForm(page, 'Kirim hasil asesmen');
  await form.getByRole('button', { name: 'Kirim hasil asesmen' }).click();
  await expect(form.getByText('Wajib diisi').first()).toBeVisible();
  await form.getByLabel('Tanggal survei').fill('2026-11-27');
  await form.getByLabel('Hasil survei').fill('Balai desa siap, 16 pemuda berminat.');
  await form.getByLabel('Potensi lokal').fill('Usaha servis komputer dan warnet.');
  await form.getByLabel('Sarana prasarana tersedia').fill('Listrik 2200 VA, ruang 8x10 m.');
  await form.getByLabel('Program pelatihan yang direkomendasikan').fill('Perakitan komputer');
  await expectAccessible(page, info, 'detail-kasi-form');
  await form.getByRole('button', { name: 'Kirim hasil asesmen' }).click();
  await expect(page.getByRole('status')).toContainText('Disetujui?');
  // The timeline shows each finished step against its standard.
  await expect(page.getByRole('table').filter({ hasText: 'Nyatakan lengkap' })).toContainText(
    'hari kerja',
  );
});

test('division head approves', async ({ page }) => {
  await signIn(page, 'kabid');
  await openRequest(page, WALKED);
  await page.getByRole('button', { name: 'Setujui' }).click();
  await actionForm(page, 'Setujui').getByRole('button', { name: 'Setujui' }).click();
  await expect(page.getByRole('status')).toContainText('Penjadwalan');
});

test('coordinator is refused a conflicting booking, then schedules', async ({ page }, info) => {
  // Hendra Wijaya is first booked on another computer class on the same dates.
  const hendra = await instructorId('Hendra Wijaya', BLOCKER);
  await actViaApi('petugas', BLOCKER, 'verify', {});
  await actViaApi('kasi', BLOCKER, 'submit_assessment', {
    surveyDate: '2026-11-27',
    findings: 'Siap',
    localPotential: 'Jasa komputer',
    facilities: 'Ruang kelas',
    recommendedProgramme: 'Perakitan komputer',
  });
  await actViaApi('kabid', BLOCKER, 'approve', {});
  await actViaApi('koordinator', BLOCKER, 'schedule', {
    startDate: '2027-01-04',
    endDate: '2027-01-22',
    instructors: [hendra],
    venue: 'Aula kecamatan',
  });

  await signIn(page, 'koordinator');
  await openRequest(page, WALKED);
  const form = actionForm(page, 'Tetapkan jadwal');
  // Too short a window for the program's 14 working days: the server names the field.
  await form.getByLabel('Tanggal mulai').fill('2027-01-05');
  await form.getByLabel('Tanggal selesai').fill('2027-01-14');
  await form.getByLabel('Tempat pelatihan').fill('Balai Desa Tanjungpendam');
  await form.getByRole('checkbox', { name: 'Fajar Nugroho' }).check();
  await form.getByRole('button', { name: 'Tetapkan jadwal' }).click();
  await expect(form.getByText(/butuh 14 hari kerja/)).toBeVisible();
  await form.getByRole('checkbox', { name: 'Fajar Nugroho' }).uncheck();
  await form.getByLabel('Tanggal selesai').fill('2027-01-25');
  await form.getByRole('checkbox', { name: 'Hendra Wijaya' }).check();
  await form.getByRole('button', { name: 'Tetapkan jadwal' }).click();
  const alert = form.getByRole('alert');
  // The server's explanation names the instructor, the other training and its dates.
  await expect(alert).toContainText(/Hendra Wijaya .*5EM1T-?93PSH.*Januari 2027/);
  await expectAccessible(page, info, 'detail-conflict');

  await form.getByRole('checkbox', { name: 'Hendra Wijaya' }).uncheck();
  await form.getByRole('checkbox', { name: 'Fajar Nugroho' }).check();
  await form.getByRole('button', { name: 'Tetapkan jadwal' }).click();
  await expect(page.getByRole('status')).toContainText('Persiapan dan pembukaan');
  // The instructor's name also appears in the history and the assignment list: read it in the schedule.
  await expect(
    page.getByRole('region', { name: 'Jadwal' }).getByText(/Fajar Nugroho/),
  ).toBeVisible();
});

test('a stale second action asks to reload', async ({ browser }, info) => {
  const first = await pageAs(browser, 'petugas');
  const second = await pageAs(browser, 'petugas');
  for (const p of [first, second]) {
    await openRequest(p, STALE);
    await p.getByRole('button', { name: 'Nyatakan lengkap' }).click();
  }
  await actionForm(first, 'Nyatakan lengkap')
    .getByRole('button', { name: 'Nyatakan lengkap' })
    .click();
  await expect(first.getByRole('status')).toContainText('Asesmen kebutuhan');

  await actionForm(second, 'Nyatakan lengkap')
    .getByRole('button', { name: 'Nyatakan lengkap' })
    .click();
  await expect(second.getByText('Permohonan ini sudah diubah, muat ulang')).toBeVisible();
  await second.screenshot({ path: info.outputPath('detail-stale.png'), fullPage: true });
  await second.getByRole('button', { name: 'Muat ulang' }).last().click();
  await expect(second.getByRole('heading', { name: 'Asesmen kebutuhan' })).toBeVisible();
  await first.context().close();
  await second.context().close();
});

test('requests table filters, sorts and exports the same view as CSV', async ({ page }, info) => {
  await signIn(page, 'kabid');
  await page.getByRole('link', { name: 'Permohonan', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Permohonan pelatihan' })).toBeVisible();
  await page.getByLabel('Tahap').selectOption({ label: 'Selesai' });
  await expect(page).toHaveURL(/state=selesai/);
  const rows = page.getByRole('table').getByRole('row');
  await expect(rows.nth(1)).toContainText('Selesai');
  await page.getByRole('button', { name: /Diterima/ }).click();
  await expect(page.getByRole('columnheader', { name: /Diterima/ })).toHaveAttribute(
    'aria-sort',
    'ascending',
  );
  await expectAccessible(page, info, 'requests');

  const shown = (await rows.count()) - 1;
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Unduh CSV' }).click(),
  ]);
  const path = await download.path();
  const { readFile } = await import('node:fs/promises');
  const csv = (await readFile(path, 'utf8')).replace(/^\uFEFF/, '');
  const lines = csv.trim().split(/\r?\n/);
  expect(lines[0]?.toLowerCase()).toMatch(/kode|tracking/);
  expect(lines.length - 1).toBe(shown);
});

test('password change and SOP screens are accessible', async ({ page }, info) => {
  await signIn(page, 'kadis');
  await page.getByRole('link', { name: 'Ganti kata sandi' }).click();
  await page.getByLabel('Kata sandi saat ini').fill(PASSWORD);
  await page.getByLabel('Kata sandi baru').fill('pendek');
  await page.getByRole('button', { name: 'Simpan kata sandi' }).click();
  await expect(page.getByText('Minimal 10 karakter', { exact: true })).toBeVisible();
  await expectAccessible(page, info, 'password');
  await page.getByRole('link', { name: 'SOP', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Diagram alir' })).toBeVisible();
  await expectAccessible(page, info, 'sop');
});
