import fs from 'node:fs/promises';
import path from 'node:path';
import { type Browser, devices, expect, type Page, test } from '@playwright/test';
import { expectAccessible, openRequest, signIn } from './admin-helpers';
import { messagesAbout } from './outbox';

// A request's life across people, through the two apps' screens only: no API call between
// steps. The requester uses a phone; the office uses desktops.
const PUBLIC = `http://127.0.0.1:${process.env.E2E_PUBLIC_PORT ?? 4273}`;
const ADMIN = `http://127.0.0.1:${process.env.E2E_ADMIN_PORT ?? 4274}`;
const PDF = (text: string) =>
  Buffer.from(`%PDF-1.4\n1 0 obj << >> endobj\n% ${text}\ntrailer << >>\n%%EOF\n`);

// Each person's part may take minutes on a busy 2-core machine (axe on a long page alone can).
test.describe.configure({ mode: 'serial', timeout: 300_000 });

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
  const program = page.getByLabel('Program', { exact: true });
  await expect(program.locator('option').nth(1)).toBeAttached();
  await program.selectOption({ label: 'Operator Mesin Bubut' });
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

// After approval: the coordinator schedules, the instructor runs the class on a tablet, the
// requester reads the messages and answers the survey, the head of office sees the month.
const SCHEDULE = {
  start: '2027-05-03',
  end: '2027-05-28',
  first: '3 Mei 2027',
  last: '28 Mei 2027',
};
const VENUE = 'Balai Desa Serah Terima, Jl. Pantai No. 2';
const INSTRUCTOR = 'Dedi Kurniawan';
const PARTICIPANTS = [
  { nik: '1906011506000001', name: 'Rahmat Hidayat', birth: '2000-06-15', sex: 'Laki-laki' },
  { nik: '1906015608010002', name: 'Nur Aisyah', birth: '2001-08-16', sex: 'Perempuan' },
];

/** The instructor's tablet: a touch device profile, as in the field. */
async function tabletPage(browser: Browser, who: string): Promise<Page> {
  const { defaultBrowserType: _, ...tablet } = devices['Galaxy Tab S4'];
  const context = await browser.newContext({ ...tablet, baseURL: ADMIN });
  const page = await context.newPage();
  await signIn(page, who);
  return page;
}

/** What the kepala dinas reads on the landing page: requests completed, survey respondents. */
async function monthFigures(page: Page) {
  const panel = page.getByRole('region', { name: 'Perlu perhatian hari ini' });
  const completed = panel.getByText(/\(\d+ permohonan selesai\)/);
  const respondents = panel.getByText(/\d+ responden|Belum ada survei bulan ini/);
  await expect(completed).toBeVisible();
  await expect(respondents).toBeVisible();
  const n = async (l: typeof completed, re: RegExp) =>
    Number((await l.textContent())?.match(re)?.[1] ?? 0);
  return {
    completed: await n(completed, /\((\d+) permohonan selesai\)/),
    respondents: await n(respondents, /(\d+) responden/),
  };
}
let before = { completed: 0, respondents: 0 };

// Every step's screenshots go into the test report, beside the step that took them.
test.afterEach(async ({ baseURL: _ }, info) => {
  const files = await fs.readdir(info.outputDir).catch(() => [] as string[]);
  for (const name of files.filter((f) => f.endsWith('.png')).sort())
    await info.attach(name, { path: path.join(info.outputDir, name), contentType: 'image/png' });
});

test('the coordinator schedules dates, venue and instructor', async ({ browser }, info) => {
  const page = await staffPage(browser, 'koordinator');
  await openRequest(page, code);
  // What the schedule depends on: the assessment's facilities and recommended program.
  const assessment = page.getByRole('region', { name: 'Hasil asesmen kebutuhan' });
  await expect(assessment).toContainText('Listrik 3 fase, ruang 10x12 m');
  await expect(assessment).toContainText('Operator Mesin Bubut');
  const form = page.getByRole('form', { name: 'Tetapkan jadwal' });
  await form.getByLabel('Tanggal mulai').fill(SCHEDULE.start);
  await form.getByLabel('Tanggal selesai').fill(SCHEDULE.end);
  await form.getByLabel('Tempat pelatihan').fill(VENUE);
  await form.getByRole('checkbox', { name: INSTRUCTOR }).check();
  await expectAccessible(page, info, '8-coordinator-schedules');
  await form.getByRole('button', { name: 'Tetapkan jadwal' }).click();
  await expect(page.getByRole('status')).toContainText('Persiapan dan pembukaan');
  const schedules = page.getByRole('region', { name: 'Jadwal' });
  await expect(schedules).toContainText(`${SCHEDULE.first} – ${SCHEDULE.last}`);
  await expect(schedules).toContainText(INSTRUCTOR);
  await page.screenshot({ path: info.outputPath('9-coordinator-scheduled.png'), fullPage: true });
  await page.context().close();
});

test('the instructor runs the class on a tablet and files the report from it', async ({
  browser,
}, info) => {
  // Twelve screens and eight saves on a busy 2-core machine: the longest part of the journey.
  test.setTimeout(600_000);
  const page = await tabletPage(browser, 'dedi.kurniawan');
  // My work leads the instructor to the class.
  await page.getByRole('link', { name: `Kelola kelas ${code}` }).tap();
  await page.waitForURL(/\/kelas\/[0-9a-f-]{36}/);
  await expect(page.getByRole('heading', { name: 'Kelas Operator Mesin Bubut' })).toBeVisible();
  await expect(page.getByText(VENUE)).toBeVisible();

  for (const p of PARTICIPANTS) {
    await page.getByRole('button', { name: 'Tambah peserta' }).tap();
    const dialog = page.getByRole('dialog', { name: 'Tambah peserta' });
    await dialog.getByLabel('NIK (16 digit, sesuai KTP)').fill(p.nik);
    await dialog.getByLabel('Nama lengkap').fill(p.name);
    await dialog.getByLabel('Tanggal lahir').fill(p.birth);
    await dialog.getByRole('textbox', { name: 'Jenis kelamin' }).tap();
    await page.getByRole('option', { name: p.sex, exact: true }).tap();
    await dialog.getByRole('textbox', { name: 'Pendidikan terakhir' }).tap();
    await page.getByRole('option', { name: 'SMA/SMK/sederajat' }).tap();
    await dialog.getByLabel('Alamat').fill('Desa Serah Terima RT 02');
    await dialog.getByRole('button', { name: 'Simpan' }).tap();
    await expect(page.getByText(`${p.name} ditambahkan.`)).toBeVisible();
  }
  const roster = page.getByRole('table', { name: 'Peserta' });
  for (const p of PARTICIPANTS)
    await expect(roster.getByRole('row', { name: p.name })).toBeVisible();
  await page.screenshot({ path: info.outputPath('10-instructor-participants.png') });

  // Attendance of the first day; scores of one participant only.
  await page.getByRole('tab', { name: /^Kehadiran/ }).tap();
  await expect(page.getByRole('textbox', { name: 'Hari pelatihan' })).toHaveValue(/^Hari 1:/);
  await page.getByRole('button', { name: 'Semua hadir' }).tap();
  await page.getByRole('button', { name: 'Simpan kehadiran' }).tap();
  await expect(page.getByRole('status')).toContainText('Kehadiran hari 1 (');
  await page.screenshot({ path: info.outputPath('11-instructor-attendance.png') });
  await page.getByRole('tab', { name: /^Nilai/ }).tap();
  const [first] = PARTICIPANTS;
  await page.getByLabel(`Pre-test ${first?.name}`).fill('40');
  await page.getByLabel(`Post-test ${first?.name}`).fill('85');
  await page.getByRole('button', { name: 'Simpan semua nilai' }).tap();
  await expect(page.getByRole('status')).toContainText('Nilai 1 peserta tersimpan.');
  await page.screenshot({ path: info.outputPath('12-instructor-scores.png') });

  // On the request, the step to act on comes first on a tablet; the schedule's hand-over names
  // the instructor. Opening the class a month early needs a recorded reason.
  await page.getByRole('link', { name: `Buka permohonan ${code}` }).tap();
  await page.waitForURL(/\/permohonan\/[0-9a-f-]{36}/);
  await expect(page.getByRole('heading', { name: 'Persiapan dan pembukaan' })).toBeInViewport();
  const handover = page.getByRole('region', { name: 'Diserahkan dari tahap sebelumnya' });
  await expect(handover).toContainText(INSTRUCTOR);
  const start = page.getByRole('form', { name: 'Mulai pelatihan' });
  await expect(start.getByTestId('action-warnings')).toContainText(
    `Hari ini belum hari pertama pelatihan (${SCHEDULE.first})`,
  );
  await start.getByRole('button', { name: 'Mulai pelatihan' }).tap();
  const reason = start.getByLabel('Alasan tetap melanjutkan');
  await expect(reason).toHaveAttribute('aria-invalid', 'true');
  await reason.fill('Kapal ke Belitung Timur dimajukan');
  await page.screenshot({ path: info.outputPath('13-instructor-start-warned.png') });
  await start.getByRole('button', { name: 'Mulai pelatihan' }).tap();
  const confirmStart = page.getByRole('dialog', { name: 'Mulai pelatihan?' });
  await confirmStart.getByRole('button', { name: 'Ya, Mulai pelatihan' }).tap();
  await expect(page.getByRole('status')).toContainText('Pelaksanaan pelatihan');

  // Finishing warns about the scores still missing and the days still ahead.
  const finish = page.getByRole('form', { name: 'Selesaikan pelatihan' });
  const warnings = finish.getByTestId('action-warnings');
  await expect(warnings).toContainText(
    'Nilai pre-test/post-test belum lengkap untuk 1 dari 2 peserta',
  );
  await expect(warnings).toContainText(`Hari ini belum hari terakhir pelatihan (${SCHEDULE.last})`);
  await finish.getByLabel('Alasan tetap melanjutkan').fill('Dipadatkan; Nur Aisyah sakit saat tes');
  await finish.getByRole('button', { name: 'Selesaikan pelatihan' }).tap();
  const confirmFinish = page.getByRole('dialog', { name: 'Selesaikan pelatihan?' });
  await expect(confirmFinish).toContainText('Nilai pre-test/post-test belum lengkap');
  await expect(confirmFinish).toContainText('tidak dapat dibatalkan');
  await page.screenshot({ path: info.outputPath('14-instructor-finish-confirm.png') });
  await confirmFinish.getByRole('button', { name: 'Ya, Selesaikan pelatihan' }).tap();
  await expect(page.getByRole('status')).toContainText('Pelaporan');

  // The report is prefilled from the class: nothing to type, the document is made and attached.
  const report = page.getByRole('form', { name: 'Kirim laporan' });
  const computed = report.getByTestId('computed-inputs');
  await expect(computed.getByLabel('Jumlah peserta terdaftar')).toHaveValue('2');
  await expect(computed.getByLabel('Rata-rata nilai pre-test')).toHaveValue('40');
  await expect(computed.getByLabel('Rata-rata nilai post-test')).toHaveValue('85');
  await expect(computed.getByLabel('Rekap kehadiran')).toHaveValue(/Rata-rata kehadiran/);
  await report.getByLabel('Catatan pelaksanaan').fill('Peserta antusias; bengkel desa memadai.');
  await page.screenshot({ path: info.outputPath('15-instructor-report.png') });
  await report.getByRole('button', { name: 'Kirim laporan' }).tap();
  await expect(page.getByRole('status')).toContainText('Survei kepuasan');
  const documents = page.getByRole('region', { name: 'Dokumen' });
  await expect(documents).toContainText('Laporan pelaksanaan');
  await expect(documents).toContainText(`laporan-pelaksanaan-${code}.pdf`);
  await page.screenshot({ path: info.outputPath('16-instructor-reported.png'), fullPage: true });
  await page.context().close();
});

test('the head of office notes the month before the survey', async ({ browser }) => {
  const page = await staffPage(browser, 'kadis');
  before = await monthFigures(page);
  await page.context().close();
});

/** A date and time as the messages write a deadline. */
const BY_WHEN = /\d{1,2} \w+ 20\d\d pukul 23\.59 WIB/;

test('the requester reads the messages and answers the survey on the phone', async ({
  baseURL: _,
}, info) => {
  const sms = (subject: string) =>
    messagesAbout(['To: +6281277771234', `kode=${code}`, subject], 1).then(([m]) => m ?? '');
  // Each says what happened, what to do next and by when, with the tracking page's link.
  const scheduled = await sms('Pelatihan sudah dijadwalkan');
  expect(scheduled).toContain(`Jadwal: ${SCHEDULE.first} s.d. ${SCHEDULE.last}`);
  expect(scheduled).toContain(`Tempat: ${VENUE}`);
  expect(scheduled).toContain(`Instruktur: ${INSTRUCTOR}`);
  expect(scheduled).toContain(`Siapkan tempat dan peserta sebelum ${SCHEDULE.first}`);
  for (const subject of ['Permohonan disetujui', 'Pelatihan dimulai', 'Pelatihan selesai']) {
    const message = await sms(subject);
    expect(message, subject).toContain('Belum ada yang perlu Anda lakukan');
    expect(message, subject).toMatch(BY_WHEN);
  }
  const survey = await sms('Mohon isi Survei Kepuasan Masyarakat');
  expect(survey).toContain('Isi survei (9 pertanyaan) lewat tautan ini sebelum');
  expect(survey).toMatch(BY_WHEN);
  for (const m of [scheduled, survey]) expect(m).toContain(`${PUBLIC}/lacak?kode=${code}`);

  // The link opens the request on the phone that sent it.
  const page = requester;
  await page.goto(`/lacak?kode=${code}`);
  await expect(page.getByText('Pelatihan sudah selesai')).toBeVisible();
  // The schedule on the tracking page names whom the village received, as the SMS did.
  await expect(page.getByText(INSTRUCTOR, { exact: true })).toBeVisible();
  await page.screenshot({ path: info.outputPath('17-requester-survey-asked.png'), fullPage: true });
  await page.getByRole('button', { name: 'Isi survei kepuasan' }).click();
  const questions = page.locator('fieldset.question');
  await expect(questions).toHaveCount(9);
  for (let i = 0; i < 9; i++) await questions.nth(i).getByRole('radio').nth(3).check();
  await page.getByLabel('Saran atau komentar').fill('Instruktur datang tepat waktu.');
  await page.screenshot({ path: info.outputPath('18-requester-survey.png'), fullPage: true });
  await page.getByRole('button', { name: 'Kirim survei' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Terima kasih');
  await page.screenshot({ path: info.outputPath('19-requester-thanks.png'), fullPage: true });
  await page.context().close();
});

test('the head of office sees the request in the month’s figures', async ({ browser }, info) => {
  const page = await staffPage(browser, 'kadis');
  const after = await monthFigures(page);
  // The survey closes the request: it counts among this month's completed requests (the median
  // against the standard) and its answers in the month's IKM.
  expect(after).toEqual({
    completed: before.completed + 1,
    respondents: before.respondents + 1,
  });
  await expectAccessible(page, info, '20-kadis-landing');
  await openRequest(page, code);
  await expect(page.getByRole('heading', { name: 'Selesai' })).toBeVisible();
  await page.context().close();
});
