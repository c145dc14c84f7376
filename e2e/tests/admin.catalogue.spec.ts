import { expect, test } from '@playwright/test';
import { expectAccessible, signIn } from './admin-helpers';

// One program and one instructor of this spec's own are created and changed in order; the
// seeded ones (Rudi Hartono's expired certificate included) are only looked at.
// Each test walks a whole screen through several dialogs and axe checks: on a busy 2-core
// machine that takes minutes.
test.describe.configure({ mode: 'serial', timeout: 300_000 });

const PROGRAM = {
  code: 'E2E-KAT-01',
  name: 'Pengelasan Pagar E2E',
  renamed: 'Pengelasan Pagar dan Teralis E2E',
};
const INSTRUCTOR = { name: 'Wahyu Katalog E2E', phone: '0812-7300-9911' };

test('the coordinator adds a program, edits it, archives and restores it', async ({
  page,
}, info) => {
  await signIn(page, 'koordinator');
  await page.getByRole('link', { name: 'Program pelatihan', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Program pelatihan' })).toBeVisible();
  const table = page.getByRole('table', { name: 'Program pelatihan' });
  await expect(
    table.getByRole('cell', { name: 'Operator Mesin Bubut', exact: true }),
  ).toBeVisible();
  await expect(page.getByRole('table', { name: 'Kejuruan' })).toContainText('Teknik Las');
  await expectAccessible(page, info, 'catalogue');

  // The kejuruan dialog checks the shared rule in the browser; it is left without saving, as the
  // public catalogue lists every kejuruan.
  await page.getByRole('button', { name: 'Tambah kejuruan' }).click();
  const kejuruan = page.getByRole('dialog', { name: 'Tambah kejuruan' });
  await kejuruan.getByLabel('Kode kejuruan').fill('LA-S');
  await kejuruan.getByLabel('Nama kejuruan').fill('Las');
  await kejuruan.getByRole('button', { name: 'Tambah kejuruan' }).click();
  await expect(kejuruan.locator('.mantine-InputWrapper-error')).toHaveCount(1);
  await expectAccessible(page, info, 'catalogue-kejuruan');
  await kejuruan.getByRole('button', { name: 'Batal' }).click();
  await expect(kejuruan).toBeHidden();

  await page.getByRole('button', { name: 'Tambah program' }).click();
  const drawer = page.getByRole('dialog', { name: 'Tambah program' });
  // The shared program schema answers before anything is sent.
  await drawer.getByRole('button', { name: 'Tambah program' }).click();
  await expect(drawer.getByText('Minimal 3 karakter')).toBeVisible();
  await drawer.getByLabel('Kode program').fill(PROGRAM.code);
  await drawer.getByRole('textbox', { name: 'Kejuruan' }).click();
  await page.getByRole('option', { name: 'Teknik Las (LAS)' }).click();
  await drawer.getByLabel('Nama program').fill(PROGRAM.name);
  await drawer.getByLabel('Uraian').fill('Membuat pagar dan teralis dengan las listrik.');
  await drawer.getByLabel('Lama (hari pelatihan)').fill('12');
  await drawer.getByLabel('Jam pelajaran (JP)').fill('96');
  await drawer.getByLabel('Persyaratan peserta').fill('KTP\nSehat jasmani');
  await drawer.getByLabel('Yang disediakan pemohon di lokasi').fill('Listrik 4.400 VA');
  await drawer.getByRole('button', { name: 'Tambah unit' }).click();
  await drawer.getByLabel('Kode unit 1').fill('c.24.las.01');
  await drawer.getByLabel('Judul unit 1').fill('Mengelas sambungan sudut');
  await drawer.getByLabel('JP unit 1').fill('200');
  // More unit hours than the program has: the shared rule puts it beside the units.
  await drawer.getByRole('button', { name: 'Tambah program' }).click();
  await expect(drawer.getByText(/Jumlah JP unit kompetensi \(200\) melebihi/)).toBeVisible();
  await drawer.getByLabel('JP unit 1').fill('60');
  await expectAccessible(page, info, 'catalogue-create');
  await drawer.getByRole('button', { name: 'Tambah program' }).click();
  await expect(page.getByRole('status')).toContainText(`Program ${PROGRAM.name} ditambahkan.`);
  await expect(drawer).toBeHidden();

  await page.getByLabel('Cari nama atau kode').fill('E2E-KAT');
  const row = table.getByRole('row').filter({ hasText: PROGRAM.code });
  await expect(row).toContainText(PROGRAM.name);
  await expect(row).toContainText('Teknik Las');
  await expect(row).toContainText('12 hari · 96 JP');
  await expect(row).toContainText('10–16');
  await expect(row).toContainText('Aktif');

  // The same code again: the server's refusal shows in words.
  await page.getByRole('button', { name: 'Tambah program' }).click();
  await drawer.getByLabel('Kode program').fill(PROGRAM.code);
  await drawer.getByRole('textbox', { name: 'Kejuruan' }).click();
  await page.getByRole('option', { name: 'Teknik Las (LAS)' }).click();
  await drawer.getByLabel('Nama program').fill('Duplikat E2E');
  await drawer.getByRole('button', { name: 'Tambah program' }).click();
  await expect(
    drawer.getByRole('alert').or(drawer.locator('.mantine-InputWrapper-error')).first(),
  ).toBeVisible();
  await page.screenshot({ path: info.outputPath('catalogue-duplicate.png'), fullPage: true });
  await drawer.getByRole('button', { name: 'Batal' }).click();

  await row.getByRole('button', { name: `Ubah ${PROGRAM.name}` }).click();
  const editor = page.getByRole('dialog', { name: `Ubah ${PROGRAM.name}` });
  await expect(editor.getByLabel('Kode unit 1')).toHaveValue('C.24.LAS.01');
  await editor.getByLabel('Nama program').fill(PROGRAM.renamed);
  await editor.getByLabel('Peserta paling banyak').fill('20');
  await expectAccessible(page, info, 'catalogue-edit');
  await editor.getByRole('button', { name: 'Simpan' }).click();
  await expect(page.getByRole('status')).toContainText(`Program ${PROGRAM.renamed} disimpan.`);
  const renamed = table.getByRole('row').filter({ hasText: PROGRAM.code });
  await expect(renamed).toContainText(PROGRAM.renamed);
  await expect(renamed).toContainText('10–20');

  await renamed.getByRole('button', { name: `Arsipkan ${PROGRAM.renamed}` }).click();
  const confirm = page.getByRole('dialog', { name: `Arsipkan ${PROGRAM.renamed}?` });
  await expectAccessible(page, info, 'catalogue-archive');
  await confirm.getByRole('button', { name: 'Arsipkan' }).click();
  await expect(page.getByRole('status')).toContainText(`Program ${PROGRAM.renamed} diarsipkan.`);
  // Gone from the active list; found under "Diarsipkan".
  await expect(renamed).toHaveCount(0);
  await page.getByRole('textbox', { name: 'Status' }).click();
  await page.getByRole('option', { name: 'Diarsipkan' }).click();
  await expect(renamed).toContainText('Diarsipkan');
  await renamed.getByRole('button', { name: `Pulihkan ${PROGRAM.renamed}` }).click();
  await page
    .getByRole('dialog', { name: `Pulihkan ${PROGRAM.renamed}?` })
    .getByRole('button', { name: 'Pulihkan' })
    .click();
  await expect(page.getByRole('status')).toContainText(`Program ${PROGRAM.renamed} dipulihkan.`);
  await page.getByRole('textbox', { name: 'Status' }).click();
  await page.getByRole('option', { name: 'Aktif' }).click();
  await expect(renamed).toContainText('Aktif');
});

test('the coordinator sees expired certificates and registers a certified instructor', async ({
  page,
}, info) => {
  await signIn(page, 'koordinator');
  await page.getByRole('link', { name: 'Instruktur', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Instruktur' })).toBeVisible();
  const table = page.getByRole('table', { name: 'Instruktur' });
  const rudi = table.getByRole('row').filter({ hasText: 'Rudi Hartono' });
  await expect(rudi.locator('[data-state="expired"]')).toHaveText(/Kedaluwarsa \d+ hari lalu/);
  await expect(
    table.getByRole('row').filter({ hasText: 'Slamet Riyadi' }).locator('[data-state="valid"]'),
  ).toHaveText('Berlaku');
  await expectAccessible(page, info, 'instructors');

  // Only instructors with a certificate expired or expiring soon.
  await page.getByLabel(/Sertifikat segera habis/).check();
  await expect(rudi).toBeVisible();
  await expect(table.getByRole('row').filter({ hasText: 'Slamet Riyadi' })).toHaveCount(0);
  await page.screenshot({ path: info.outputPath('instructors-expiring.png'), fullPage: true });
  await page.getByLabel(/Sertifikat segera habis/).uncheck();

  await rudi.getByRole('button', { name: 'Buka Rudi Hartono' }).click();
  const rudiDrawer = page.getByRole('dialog', { name: 'Instruktur Rudi Hartono' });
  const rudiCerts = rudiDrawer.getByRole('table', { name: 'Sertifikat' });
  await expect(rudiCerts.locator('[data-state="expired"]')).toBeVisible();
  await expectAccessible(page, info, 'instructors-detail-rudi');
  await rudiDrawer.getByRole('button', { name: 'Tutup' }).first().click();
  await expect(rudiDrawer).toBeHidden();

  await page.getByRole('button', { name: 'Tambah instruktur' }).click();
  const create = page.getByRole('dialog', { name: 'Tambah instruktur' });
  await create.getByLabel('Nama lengkap').fill(INSTRUCTOR.name);
  await create.getByLabel('Telepon').fill('12');
  await create.getByLabel('NIP', { exact: true }).fill('123');
  await create.getByRole('button', { name: 'Tambah instruktur' }).click();
  await expect(create.getByText('NIP harus 18 digit angka')).toBeVisible();
  await create.getByLabel('NIP', { exact: true }).fill('');
  await create.getByLabel('Telepon').fill(INSTRUCTOR.phone);
  await create.getByRole('textbox', { name: 'Pulau asal' }).click();
  await page.getByRole('option', { name: 'Pulau Belitung' }).click();
  await create.getByRole('textbox', { name: 'Program yang boleh diajarkan' }).click();
  await page.getByRole('option', { name: /Pengelasan Pagar dan Teralis E2E/ }).click();
  await page.keyboard.press('Escape');
  await expectAccessible(page, info, 'instructors-create');
  await create.getByRole('button', { name: 'Tambah instruktur' }).click();
  await expect(page.getByRole('status').first()).toContainText(
    `Instruktur ${INSTRUCTOR.name} ditambahkan.`,
  );

  // The new instructor opens at once, without a certificate yet.
  const drawer = page.getByRole('dialog', { name: `Instruktur ${INSTRUCTOR.name}` });
  await expect(drawer.getByText('Belum ada sertifikat.')).toBeVisible();
  const row = table.getByRole('row').filter({ hasText: INSTRUCTOR.name });
  await expect(row).toContainText('Pulau Belitung');
  await expect(row.locator('[data-state="none"]')).toHaveText('Belum ada sertifikat');

  await drawer.getByLabel('Nama sertifikat').fill('Sertifikat Kompetensi Las E2E');
  await drawer.getByLabel('Penerbit').fill('LSP P1 BLK Babel');
  await drawer.getByLabel('Nomor').fill('LSP-E2E-0001');
  await drawer.getByLabel('Terbit').fill('2026-02-01');
  await drawer.getByLabel('Berlaku sampai').fill('2026-01-01');
  await drawer.getByRole('button', { name: 'Tambah sertifikat' }).click();
  await expect(drawer.getByText('Tanggal kedaluwarsa harus setelah tanggal terbit')).toBeVisible();
  await drawer.getByLabel('Berlaku sampai').fill('2029-01-31');
  await drawer.getByRole('textbox', { name: 'Skema / program' }).click();
  await page.getByRole('option', { name: /Pengelasan Pagar dan Teralis E2E/ }).click();
  await expectAccessible(page, info, 'instructors-detail-new');
  await drawer.getByRole('button', { name: 'Tambah sertifikat' }).click();
  await expect(drawer.getByRole('status')).toContainText(
    'Sertifikat Sertifikat Kompetensi Las E2E dicatat.',
  );
  const certs = drawer.getByRole('table', { name: 'Sertifikat' });
  await expect(
    certs.getByRole('row').filter({ hasText: 'Sertifikat Kompetensi Las E2E' }),
  ).toContainText('Pengelasan Pagar dan Teralis E2E');
  await expect(certs.locator('[data-state="valid"]')).toHaveText('Berlaku');
  await expect(row.locator('[data-state="valid"]')).toHaveText('Berlaku');
  await page.screenshot({ path: info.outputPath('instructors-certified.png'), fullPage: true });
});
