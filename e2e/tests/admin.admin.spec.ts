import { expect, request as playwrightRequest, test } from '@playwright/test';
import { API, expectAccessible, PASSWORD, signIn } from './admin-helpers';
import { messagesAbout } from './outbox';

// The screens change shared data (users, keys, holidays), so the steps run in order.
test.describe.configure({ mode: 'serial' });

const NEW_USER = {
  name: 'Rina Petugas Baru',
  email: 'rina.baru@blk.example',
  password: 'Sementara#2027',
};

/** `viewer.kind` as the API sees a request with this bearer key. */
async function viewerKindWith(key: string): Promise<string> {
  const api = await playwrightRequest.newContext();
  const response = await api.post(`${API}/graphql`, {
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    data: { query: '{ viewer { kind } }' },
  });
  const body = (await response.json()) as { data?: { viewer: { kind: string } } };
  await api.dispose();
  return body.data?.viewer.kind ?? `HTTP ${response.status()}`;
}

test('the system admin creates a staff user who can then sign in', async ({
  page,
  browser,
}, info) => {
  await signIn(page, 'admin@blk.example', PASSWORD);
  await page.getByRole('link', { name: 'Pengguna', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Pengguna' })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'admin@blk.example' })).toBeVisible();
  await expectAccessible(page, info, 'admin-users');

  await page.getByRole('button', { name: 'Tambah pengguna' }).click();
  const dialog = page.getByRole('dialog', { name: 'Tambah pengguna' });
  // The shared rules answer before anything is sent.
  await dialog.getByRole('button', { name: 'Tambah pengguna' }).click();
  await expect(dialog.locator('.mantine-InputWrapper-error').first()).toBeVisible();
  await dialog.getByLabel('Nama lengkap').fill(NEW_USER.name);
  await dialog.getByLabel('E-mail').fill(NEW_USER.email);
  await dialog.getByRole('textbox', { name: 'Peran' }).click();
  await page.getByRole('option', { name: 'Petugas Layanan' }).click();
  await dialog.getByLabel('Kata sandi awal').fill(NEW_USER.password);
  await expectAccessible(page, info, 'admin-users-create');
  await dialog.getByRole('button', { name: 'Tambah pengguna' }).click();
  await expect(page.getByRole('status')).toContainText(`Pengguna ${NEW_USER.name} dibuat.`);
  await expect(page.getByRole('cell', { name: NEW_USER.email })).toBeVisible();

  // The same e-mail twice: the server's refusal is shown in words.
  await page.getByRole('button', { name: 'Tambah pengguna' }).click();
  await dialog.getByLabel('Nama lengkap').fill(NEW_USER.name);
  await dialog.getByLabel('E-mail').fill(NEW_USER.email);
  await dialog.getByRole('textbox', { name: 'Peran' }).click();
  await page.getByRole('option', { name: 'Petugas Layanan' }).click();
  await dialog.getByLabel('Kata sandi awal').fill(NEW_USER.password);
  await dialog.getByRole('button', { name: 'Tambah pengguna' }).click();
  await expect(dialog.getByRole('alert')).toBeVisible();
  await page.screenshot({ path: info.outputPath('admin-users-duplicate.png'), fullPage: true });
  await dialog.getByRole('button', { name: 'Batal' }).click();

  const other = await browser.newContext();
  const newPage = await other.newPage();
  await signIn(newPage, NEW_USER.email, NEW_USER.password);
  await expect(newPage.getByTestId('viewer-name')).toHaveText(NEW_USER.name);
  await other.close();
});

test('the system admin issues an API key, sees it once, and revokes it', async ({ page }, info) => {
  await signIn(page, 'admin@blk.example', PASSWORD);
  await page.getByRole('link', { name: 'Kunci API', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kunci API' })).toBeVisible();
  await expectAccessible(page, info, 'admin-api-keys');

  await page.getByRole('button', { name: 'Buat kunci API' }).click();
  const form = page.getByRole('dialog', { name: 'Buat kunci API' });
  await form.getByLabel(/Nama \/ keperluan/).fill('Dasbor Bappeda E2E');
  await form.getByLabel('catalog:read').check();
  await form.getByLabel('reports:read').check();
  await expectAccessible(page, info, 'admin-api-keys-create');
  await form.getByRole('button', { name: 'Buat kunci API' }).click();

  const shown = page.getByRole('dialog', { name: 'Kunci API baru' });
  await expect(shown).toContainText('tidak dapat ditampilkan lagi');
  const key = (await shown.getByTestId('new-api-key').textContent())?.trim() ?? '';
  expect(key.length).toBeGreaterThan(20);
  await expect(shown.getByRole('button', { name: 'Salin kunci' })).toBeVisible();
  await expectAccessible(page, info, 'admin-api-keys-secret');
  await shown.getByRole('button', { name: 'Saya sudah menyimpan kunci' }).click();
  await expect(shown).toBeHidden();
  await expect(page.getByText(key)).toHaveCount(0);

  expect(await viewerKindWith(key)).toBe('integrator');

  const row = page.getByRole('row').filter({ hasText: 'Dasbor Bappeda E2E' });
  await expect(row).toBeVisible();
  await row.getByRole('button', { name: 'Cabut Dasbor Bappeda E2E' }).click();
  const confirm = page.getByRole('dialog', { name: 'Cabut kunci Dasbor Bappeda E2E?' });
  await expect(confirm).toContainText('tidak dapat dibatalkan');
  await confirm.getByRole('button', { name: 'Cabut' }).click();
  await expect(page.getByRole('status')).toContainText('Kunci Dasbor Bappeda E2E dicabut.');
  await expect(row).toHaveCount(0);
  await page.screenshot({ path: info.outputPath('admin-api-keys-revoked.png'), fullPage: true });

  expect(await viewerKindWith(key)).toBe('anonymous');
});

test('the system admin adds a holiday and marks a cuti bersama as a working day', async ({
  page,
}, info) => {
  await signIn(page, 'admin@blk.example', PASSWORD);
  await page.getByRole('link', { name: 'Hari libur', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Hari libur' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Tahun' }).click();
  await page.getByRole('option', { name: '2027' }).click();
  await expectAccessible(page, info, 'admin-holidays');

  await page.getByRole('button', { name: 'Tambah hari libur' }).click();
  const dialog = page.getByRole('dialog', { name: 'Tambah hari libur' });
  await dialog.getByLabel('Tanggal').fill('2027-12-31');
  await dialog.getByLabel('Nama').fill('Cuti bersama akhir tahun (uji)');
  await dialog.getByRole('textbox', { name: 'Jenis' }).click();
  await page.getByRole('option', { name: 'Cuti bersama' }).click();
  await dialog.getByLabel('Dasar hukum').fill('SKB 3 Menteri 2027');
  await expectAccessible(page, info, 'admin-holidays-add');
  await dialog.getByRole('button', { name: 'Simpan' }).click();
  await expect(page.getByRole('status')).toContainText('Cuti bersama akhir tahun (uji) disimpan.');
  const row = page.getByRole('row').filter({ hasText: 'Cuti bersama akhir tahun (uji)' });
  await expect(row).toBeVisible();

  const dayOff = row.getByRole('switch', {
    name: 'Kantor tutup pada Cuti bersama akhir tahun (uji)',
  });
  await expect(dayOff).toBeChecked();
  // The switch follows the server: it flips once updateHoliday answers.
  await row.locator('.mantine-Switch-track').click();
  await expect(dayOff).not.toBeChecked();
  await expect(page.getByRole('status')).toContainText('Cuti bersama akhir tahun (uji) disimpan.');
  await page.screenshot({ path: info.outputPath('admin-holidays-done.png'), fullPage: true });
});

test('the system admin reads a message in the outbox', async ({ page }, info) => {
  // A question with an e-mail address is acknowledged by e-mail: that message is this test's own.
  const email = `kotak.keluar.${Date.now()}@example.com`;
  const anon = await playwrightRequest.newContext({ baseURL: API });
  const res = await anon.post('/graphql', {
    data: {
      query: `mutation($i: SubmitFeedbackInput!) { submitFeedback(input: $i) { __typename } }`,
      variables: {
        i: {
          kind: 'pertanyaan',
          name: 'Uji Kotak Keluar',
          email,
          message: 'Mohon informasi jadwal pelatihan menjahit di Pangkalpinang.',
          privacyConsent: true,
        },
      },
    },
  });
  expect((await res.json()).data.submitFeedback.__typename).toBe('SubmitFeedbackSuccess');
  await anon.dispose();
  // Once it is written to the outbox folder, the outbox shows its text.
  await messagesAbout([email], 1);

  await signIn(page, 'admin@blk.example', PASSWORD);
  await page.getByRole('link', { name: 'Kotak keluar', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kotak keluar' })).toBeVisible();
  const table = page.getByRole('table', { name: 'Kotak keluar' });
  await expect(table).toHaveAttribute('aria-busy', 'false');
  await expect(table.getByRole('row').filter({ hasText: email })).toContainText('Terkirim');
  await expectAccessible(page, info, 'admin-outbox');
  await table.getByRole('button', { name: new RegExp(`^Lihat teks .* ${email}$`) }).click();
  const dialog = page.getByRole('dialog', { name: new RegExp(`→ ${email}$`) });
  await expect(dialog).toContainText('Kode pelacakan');
  await expectAccessible(page, info, 'admin-outbox-text');
  await page.screenshot({ path: info.outputPath('admin-outbox-text.png'), fullPage: true });
});
