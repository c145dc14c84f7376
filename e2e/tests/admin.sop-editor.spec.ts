import { expect as baseExpect, test } from '@playwright/test';
import { expectAccessible, pageAs, signIn } from './admin-helpers';

// One version goes from draft to in force; later specs run under it, so the change is harmless:
// the reporting step (after training) gets 4 working days instead of 3.
test.describe.configure({ mode: 'serial' });
// The editor is a large form (a row of fields per step): give a busy machine time to render it.
const expect = baseExpect.configure({ timeout: 15_000 });

const CHANGE_NOTE = 'Pelaporan pelatihan paling lama 4 hari kerja';
const BERITA_ACARA = 'berita-acara-konsultasi.pdf';
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << >> endobj\n% berita acara\ntrailer << >>\n%%EOF\n');
const PARTICIPANTS = [
  ['Dr. Rina Oktaviani', 'Universitas Bangka Belitung', 'Akademisi'],
  ['Hendra Saputra', 'DPD KSPSI Kepulauan Bangka Belitung', 'Serikat pekerja (mis. KSPSI)'],
  ['Sari Wulandari', 'DPP Apindo Kepulauan Bangka Belitung', 'Asosiasi pengusaha (mis. Apindo)'],
] as const;

test('the head of office approves a new SOP version', async ({ page, browser }, info) => {
  // Two people, a dozen screens, an upload: on a busy 2-core machine this journey takes minutes.
  test.setTimeout(420_000);
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
  // The editor's code loads once the version shows as a draft: wait for its table as the user does.
  const reporting = page.locator('tr[data-step="pelaporan"]');
  await expect(reporting).toBeVisible({ timeout: 60_000 });
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

  // Not consulted yet: the submission is refused with the reason.
  const consultation = page.getByRole('region', { name: 'Konsultasi publik' });
  await expect(consultation.getByRole('note')).toContainText('belum dapat diajukan');
  await page.getByRole('button', { name: 'Ajukan untuk disahkan' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'belum dikonsultasikan' })).toBeVisible();

  // The section head records the public consultation: three participants, two inputs with the
  // decision on each, and the berita acara.
  await consultation.getByRole('button', { name: 'Catat konsultasi' }).click();
  const form = page.getByRole('dialog', { name: 'Konsultasi publik' });
  await form.getByLabel('Tanggal').fill('2026-11-20');
  await form
    .getByLabel('Tempat atau media')
    .fill('Aula Disnaker Provinsi Kepulauan Bangka Belitung');
  for (const [i, [name, organisation, category]] of PARTICIPANTS.entries()) {
    if (i > 0) await form.getByRole('button', { name: 'Tambah peserta' }).click();
    const row = form.getByRole('group', { name: `Peserta ${i + 1}` });
    await row.getByLabel('Nama').fill(name);
    await row.getByLabel('Organisasi').fill(organisation);
    await row.getByLabel('Unsur').click();
    await page.getByRole('option', { name: category, exact: true }).click();
  }
  await form.getByRole('button', { name: 'Tambah masukan' }).click();
  await form
    .getByRole('textbox', { name: 'Masukan 1', exact: true })
    .fill('Laporan pelatihan butuh waktu untuk tanda tangan mitra.');
  await form.getByLabel('Keputusan').click();
  await page.getByRole('option', { name: 'Diterima dengan perubahan', exact: true }).click();
  // A changed input without its reason is refused beside the field, before anything is sent.
  await form.getByRole('button', { name: 'Simpan konsultasi' }).click();
  await expect(form.getByText('Tuliskan alasan keputusan')).toBeVisible();
  await form.getByLabel('Alasan (Masukan 1)').fill('Pelaporan menjadi 4 hari kerja, bukan 5.');
  // Mantine's file input is a button over a hidden native input, which takes the file.
  await form.locator('input[type="file"]').setInputFiles({
    name: BERITA_ACARA,
    mimeType: 'application/pdf',
    buffer: PDF,
  });
  await expect(form.getByText('Mengunggah…')).toHaveCount(0);
  await expectAccessible(page, info, 'sop-consultation-form');
  await form.getByRole('button', { name: 'Simpan konsultasi' }).click();
  await expect(form).toBeHidden();
  await expect(
    consultation.getByRole('status').filter({ hasText: 'Konsultasi tersimpan.' }),
  ).toBeVisible();
  await expect(consultation.getByRole('note')).toHaveCount(0);
  await expect(consultation).toContainText('3 peserta · 1 masukan');
  await expect(consultation).toContainText('DPD KSPSI Kepulauan Bangka Belitung');
  await expect(consultation).toContainText(BERITA_ACARA);
  await page.screenshot({ path: info.outputPath('sop-consultation-recorded.png'), fullPage: true });

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
  // Beside the diff: the consultation, who took part, what was decided, and the berita acara.
  const consulted = kadis.getByRole('region', { name: 'Konsultasi publik' });
  await expect(consulted).toContainText('20 November 2026');
  for (const [name, organisation, category] of PARTICIPANTS) {
    const row = consulted.getByRole('row').filter({ hasText: name });
    await expect(row).toContainText(organisation);
    await expect(row).toContainText(category);
  }
  await expect(consulted).toContainText('Diterima dengan perubahan');
  await expect(consulted.getByRole('button', { name: 'Catat konsultasi' })).toHaveCount(0);
  const diffBox = await review.boundingBox();
  const consultedBox = await consulted.boundingBox();
  // Side by side on a desktop: the consultation starts to the right of the diff, on its level.
  expect(consultedBox?.x ?? 0).toBeGreaterThan((diffBox?.x ?? 0) + (diffBox?.width ?? 0) - 1);
  await kadis.screenshot({ path: info.outputPath('sop-review-consultation.png'), fullPage: true });
  await consulted.getByRole('button', { name: `Lihat ${BERITA_ACARA}` }).click();
  const minutes = kadis.getByRole('dialog', { name: BERITA_ACARA });
  await expect(minutes.locator(`iframe[title="${BERITA_ACARA}"]`)).toBeAttached();
  await kadis.screenshot({ path: info.outputPath('sop-review-berita-acara.png') });
  // The close button, not Escape: the PDF viewer in the frame may hold the keyboard.
  await minutes.getByRole('button', { name: 'Tutup' }).click();
  await expect(minutes).toBeHidden();
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
