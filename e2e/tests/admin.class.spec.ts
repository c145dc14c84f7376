import { expect, type Page, test } from '@playwright/test';
import { ADMIN, expectAccessible, signIn } from './admin-helpers';

/**
 * Lathe operator class (Operator Mesin Bubut) in Desa Beluluk, under way (pelaksanaan) in the
 * demo data and taught by Rudi Hartono (login `instruktur`). No other spec uses it.
 */
const CLASS_REQUEST = 'VY9G6-3SFWZ';

/** Three good rows and one the server must flag (born 1980: over the program's 35 years). */
const CSV = [
  'NIK;Nama;Tanggal Lahir;Jenis Kelamin;Pendidikan;No HP;Alamat',
  '1971011203980001;Andi Saputra;12/03/1998;L;SMK;0812 7000 1001;Jl. Raya Beluluk No. 1',
  '1971024101000003;Citra Lestari;01/01/2000;P;SMA;;Jl. Raya Beluluk No. 2',
  '1971011203800002;Budi Santoso;12/03/1980;L;SMP;;Jl. Raya Beluluk No. 3',
  '1971025505020004;Dewi Anggraini;2002-05-15;P;D3;0812 7000 1004;Jl. Raya Beluluk No. 4',
].join('\r\n');

const NAMES = ['Andi Saputra', 'Citra Lestari', 'Dewi Anggraini'];

async function openTab(page: Page, name: string) {
  await page.getByRole('tab', { name: new RegExp(`^${name}`) }).tap();
  await expect(page.getByRole('tab', { name: new RegExp(`^${name}`) })).toHaveAttribute(
    'aria-selected',
    'true',
  );
}

test.describe('the instructor records attendance and completes, on a tablet', () => {
  test.use({ viewport: { width: 820, height: 1180 }, hasTouch: true });

  test('imports participants, records every day, enters scores and finishes', async ({
    page,
  }, info) => {
    // Ten training days through the UI on a shared, busy CI machine.
    test.setTimeout(300_000);
    await signIn(page, 'instruktur');

    // My work leads the instructor to the class.
    const row = page.getByRole('row').filter({ hasText: CLASS_REQUEST });
    await row.getByRole('link', { name: `Kelola kelas ${CLASS_REQUEST}` }).tap();
    await page.waitForURL(/\/kelas\/[0-9a-f-]{36}/);
    await expect(page.getByRole('heading', { name: 'Kelas Operator Mesin Bubut' })).toBeVisible();
    await expect(page.getByText('Belum ada peserta.')).toBeVisible();
    await expectAccessible(page, info, 'class-participants-empty');

    // Import: the server's dry run flags the bad row before anything is saved.
    await page.getByRole('button', { name: 'Impor dari berkas' }).tap();
    const dialog = page.getByRole('dialog', { name: 'Impor peserta' });
    await expect(dialog.getByRole('button', { name: 'Unduh templat CSV' })).toBeVisible();
    await dialog.locator('input[type=file]').setInputFiles({
      name: 'peserta-beluluk.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(CSV, 'utf8'),
    });
    await expect(dialog.getByText('4 baris: 3 siap diimpor, 1 bermasalah.')).toBeVisible();
    const bad = dialog.getByTestId('import-row-4');
    await expect(bad).toContainText('Budi Santoso');
    await expect(bad).toContainText('Bermasalah');
    await expect(bad).toContainText(
      'Tanggal lahir: Usia peserta maksimal 35 tahun pada tanggal mulai pelatihan',
    );
    await expect(page.getByRole('row', { name: /Andi Saputra/ })).toHaveCount(1);
    await expectAccessible(page, info, 'class-import-report');
    await dialog.getByRole('button', { name: 'Impor 3 baris yang valid' }).tap();
    await expect(dialog.getByRole('status')).toContainText('3 peserta diimpor');
    await expect(dialog.getByText('Diimpor', { exact: true })).toHaveCount(3);
    await dialog.getByRole('button', { name: 'Tutup' }).tap();
    const roster = page.getByRole('table', { name: 'Peserta' });
    for (const name of NAMES) await expect(roster.getByRole('row', { name })).toBeVisible();
    await expect(roster).not.toContainText('Budi Santoso');
    // The NIK is masked unless asked for.
    await expect(roster).toContainText('••••••••••••0001');
    await expect(roster).not.toContainText('1971011203980001');
    // The whole NIK only through the audited reveal, asked for per participant by the switch.
    await page.getByLabel('Tampilkan NIK lengkap').check();
    await expect(roster).toContainText('1971011203980001');
    await page.getByLabel('Tampilkan NIK lengkap').uncheck();
    await expect(roster).not.toContainText('1971011203980001');
    await expectAccessible(page, info, 'class-participants');

    // Attendance, day by day: everyone present, except Citra, sick on the last three days.
    await openTab(page, 'Kehadiran');
    const daySelect = page.getByRole('textbox', { name: 'Hari pelatihan' });
    await daySelect.tap();
    const days = await page.getByRole('option').count();
    await page.keyboard.press('Escape');
    expect(days).toBeGreaterThanOrEqual(7);
    for (let day = 1; day <= days; day++) {
      await daySelect.tap();
      await page.getByRole('option', { name: new RegExp(`^Hari ${day}:`) }).tap();
      await expect(page.getByText('Belum dicatat')).toBeVisible();
      await page.getByRole('button', { name: 'Semua hadir' }).tap();
      if (day > days - 3) {
        await page.getByRole('group', { name: 'Kehadiran Citra Lestari' }).getByText('Sakit').tap();
      }
      await page.getByRole('button', { name: 'Simpan kehadiran' }).tap();
      await expect(page.getByRole('status')).toContainText(`Kehadiran hari ${day} (`, {
        timeout: 15_000,
      });
      await expect(page.getByTestId('attendance-saved')).toContainText(
        'Tersimpan: 3 peserta, terakhir',
      );
      if (day === days) await expectAccessible(page, info, 'class-attendance');
    }

    // Scores: pre-test and post-test for all, saved together; the gain is shown.
    await openTab(page, 'Nilai');
    const scores: Record<string, [string, string]> = {
      'Andi Saputra': ['45', '82'],
      'Citra Lestari': ['50', '78.5'],
      'Dewi Anggraini': ['40', '88'],
    };
    for (const [name, [pre, post]] of Object.entries(scores)) {
      await page.getByLabel(`Pre-test ${name}`).fill(pre);
      await page.getByLabel(`Post-test ${name}`).fill(post);
    }
    await expect(page.getByRole('row', { name: /Dewi Anggraini/ })).toContainText('+48');
    await page.getByRole('button', { name: 'Simpan semua nilai' }).tap();
    await expect(page.getByRole('status')).toContainText('Nilai 3 peserta tersimpan.');
    await expectAccessible(page, info, 'class-scores');

    // Before the training is finished, completers are known but have no certificate yet.
    await openTab(page, 'Laporan');
    await expect(page.getByText('Terbit saat pelatihan diselesaikan')).toHaveCount(2);

    // Finish the delivery step on the request, through its action form.
    await page.getByRole('link', { name: `Buka permohonan ${CLASS_REQUEST}` }).tap();
    await page.waitForURL(/\/permohonan\/[0-9a-f-]{36}/);
    // The step's only action shows its (input-less) form at once.
    const form = page.getByRole('form', { name: 'Selesaikan pelatihan' });
    await form.getByRole('button', { name: 'Selesaikan pelatihan' }).tap();
    // Closing a training cannot be undone: one tap only asks.
    const confirm = page.getByRole('dialog', { name: 'Selesaikan pelatihan?' });
    await expect(confirm).toContainText('tidak dapat dibatalkan');
    await expectAccessible(page, info, 'class-finish-confirm');
    await confirm.getByRole('button', { name: 'Ya, Selesaikan pelatihan' }).tap();
    await expect(page.getByRole('status')).toContainText('Pelaporan');
    await expectAccessible(page, info, 'class-request-finished');

    // Back to the class: the report and the certificates of those who completed.
    await page.getByRole('link', { name: /^Kelola kelas/ }).tap();
    await openTab(page, 'Laporan');
    const report = page.getByRole('table', { name: 'Laporan pelaksanaan pelatihan' });
    await expect(report.getByRole('row', { name: /Andi Saputra/ })).toContainText('100%');
    await expect(report.getByRole('row', { name: /Citra Lestari/ })).toContainText('70%');
    await expect(report.getByRole('row', { name: /Citra Lestari/ })).toContainText('Belum selesai');
    await expect(page.getByText('Rata-rata kehadiran')).toBeVisible();
    await expect(
      page.getByText(/Angka untuk isian laporan.*jumlah peserta selesai 2/),
    ).toBeVisible();
    const certificate = page.getByRole('link', { name: /sertifikat Andi Saputra \(PDF\)$/ });
    await expect(certificate).toHaveText(new RegExp(`^BLK-OTS/\\d{4}/${CLASS_REQUEST}/\\d{2}$`));
    await expect(page.getByRole('link', { name: /sertifikat Citra Lestari/ })).toHaveCount(0);
    await expectAccessible(page, info, 'class-report');

    const href = await certificate.getAttribute('href');
    const pdf = await page.request.get(`${ADMIN}${href}`);
    expect(pdf.status()).toBe(200);
    expect((await pdf.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });
});
