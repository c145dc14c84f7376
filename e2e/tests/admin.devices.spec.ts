import { expect, type Page, test } from '@playwright/test';
import { ADMIN, apiAs, expectAccessible, gql, PASSWORD, signIn } from './admin-helpers';

/**
 * Issue 14: a training device the admin can sign out. The instructor signs a tablet in with the
 * "Perangkat pelatihan" option (21 days, a name), opens the class and, without signal, adds a
 * participant: it waits in the device's queue. The admin revokes the tablet on the staff-user
 * screen. When the signal returns, the change is not applied: the tablet says plainly that it
 * was signed out, lists what stays on it and what to do; signed in again, the instructor finds
 * the change held with the reason and decides (here: discards it, so the class is untouched for
 * the specs after this one).
 */

const TABLET = { width: 820, height: 1180 };
const DEVICE = 'Tablet kelas Belitung';
const PERSON = 'Peserta Tablet Hilang';
const DAY_MS = 24 * 60 * 60 * 1000;

let scheduleId = '';
let instructorEmail = '';
let instructorName = '';

test.beforeAll(async () => {
  const coordinator = await apiAs('koordinator');
  const found = await gql(
    coordinator,
    `query { trainingRequests(first: 5, filter: { states: ["terjadwal"] }) { edges { node {
      schedules { id cancelledAt instructors { instructorId } } } } } }`,
  );
  const schedule = found.trainingRequests.edges[0].node.schedules.find(
    (s: { cancelledAt: string | null }) => !s.cancelledAt,
  );
  scheduleId = schedule.id;
  const assigned = new Set(
    schedule.instructors.map((i: { instructorId: string }) => i.instructorId),
  );
  const admin = await apiAs('admin');
  const users = await gql(
    admin,
    `query { staffUsers(first: 100, roleKey: "instruktur") { edges { node { name email instructor { id } } } } }`,
  );
  const user = users.staffUsers.edges
    .map(
      (e: { node: { name: string; email: string; instructor: { id: string } | null } }) => e.node,
    )
    .find(
      (u: { instructor: { id: string } | null }) => u.instructor && assigned.has(u.instructor.id),
    );
  instructorEmail = user.email;
  instructorName = user.name;
});

async function participantNames(): Promise<string[]> {
  const coordinator = await apiAs('koordinator');
  const data = await gql(
    coordinator,
    'query($id: ID!) { schedule(id: $id) { participants { name } } }',
    {
      id: scheduleId,
    },
  );
  return data.schedule.participants.map((p: { name: string }) => p.name);
}

async function signInTablet(page: Page, asDevice: boolean) {
  await page.goto('/login');
  await page.getByLabel('E-mail').fill(instructorEmail);
  await page.getByLabel('Kata sandi').fill(PASSWORD);
  const option = page.getByRole('checkbox', { name: /Perangkat pelatihan: tetap masuk 21 hari/ });
  if (asDevice) {
    await option.check();
    await page.getByRole('textbox', { name: 'Nama perangkat' }).fill(DEVICE);
  } else await option.uncheck();
}

test('a training device signed in for 21 days is revoked by the admin and told so, losing nothing', async ({
  browser,
}, info) => {
  test.setTimeout(420_000);
  // No service worker on this tablet: Background Sync would send the queue while the page is
  // "offline" (Chromium's emulation does not cover workers), before the admin has revoked it.
  const tablet = await browser.newContext({
    baseURL: ADMIN,
    viewport: TABLET,
    hasTouch: true,
    locale: 'id-ID',
    serviceWorkers: 'block',
  });
  const page = await tablet.newPage();
  await signInTablet(page, true);
  await expectAccessible(page, info, 'device-sign-in');
  await page.getByRole('button', { name: 'Masuk' }).click();
  await expect(page.getByTestId('viewer-name')).toHaveText(instructorName);
  // The device holds only the session cookie, for the length of a training.
  const cookie = (await tablet.cookies()).find((c) => c.name === 'blk_session');
  expect(cookie?.httpOnly).toBe(true);
  expect((cookie?.expires ?? 0) * 1000 - Date.now()).toBeGreaterThan(20.9 * DAY_MS);
  expect(await page.evaluate(() => JSON.stringify({ ...localStorage }))).not.toContain(PASSWORD);

  await page.goto(`/kelas/${scheduleId}`);
  await expect(page.getByRole('heading', { name: /^Kelas / })).toBeVisible();
  await expect(page.getByTestId('queue-state')).toHaveText(/Semua tersimpan/);
  await page.getByRole('tab', { name: /^Peserta/ }).click();
  await page.getByRole('button', { name: 'Tambah peserta' }).click();
  const form = page.getByRole('dialog', { name: 'Tambah peserta' });
  await expect(form.getByLabel('NIK (16 digit, sesuai KTP)')).toBeVisible();

  // No signal: the new participant waits on the tablet.
  await tablet.setOffline(true);
  await form.getByLabel('NIK (16 digit, sesuai KTP)').fill('1971011203980099');
  await form.getByLabel('Nama lengkap').fill(PERSON);
  await form.getByLabel('Tanggal lahir').fill('1998-03-12');
  await form.getByRole('textbox', { name: 'Jenis kelamin' }).click();
  await page.getByRole('option', { name: 'Laki-laki' }).click();
  await form.getByRole('textbox', { name: 'Pendidikan terakhir' }).click();
  await page.getByRole('option', { name: 'SMA/SMK/sederajat' }).click();
  await form.getByLabel('Alamat').fill('Desa Nelayan, Belitung Timur');
  await form.getByRole('button', { name: 'Simpan' }).click();
  await expect(page.getByTestId('queue-state')).toContainText('1 perubahan menunggu sinyal');

  // At the office, the admin lists the account's devices and revokes the tablet, once asked.
  const office = await browser.newContext({ baseURL: ADMIN });
  const desk = await office.newPage();
  await signIn(desk, 'admin');
  await desk.goto('/admin/pengguna');
  const devices = desk.getByRole('table', { name: 'Perangkat pelatihan' });
  const row = devices.getByRole('row').filter({ hasText: DEVICE });
  await expect(row).toContainText(instructorName);
  await expect(row).toContainText('Masuk');
  await expectAccessible(desk, info, 'device-sessions');
  await row.getByRole('button', { name: `Cabut ${DEVICE}` }).click();
  const confirm = desk.getByRole('dialog', { name: `Cabut perangkat “${DEVICE}”?` });
  await expect(confirm).toContainText('log audit');
  await confirm.getByRole('button', { name: 'Cabut' }).click();
  await expect(desk.getByRole('status')).toContainText(`Perangkat “${DEVICE}” telah dicabut.`);
  await expect(row).toContainText('Dicabut');
  await expect(row.getByRole('button', { name: `Cabut ${DEVICE}` })).toHaveCount(0);
  await office.close();

  // The signal returns: the queued change is refused, not applied, and the tablet says why.
  await tablet.setOffline(false);
  const notice = page.getByTestId('device-revoked');
  await expect(notice).toBeVisible({ timeout: 60_000 });
  await expect(page).toHaveURL(/\/login/);
  await expect(notice).toContainText('Perangkat ini sudah dikeluarkan');
  await expect(notice).toContainText(`“${DEVICE}” dicabut`);
  await expect(notice).toContainText('1 perubahan kelas yang belum terkirim tidak diterapkan');
  await expect(notice).toContainText(`Peserta baru ${PERSON}`);
  await expect(notice).toContainText('masuk lagi dengan akun Anda');
  await expectAccessible(page, info, 'device-revoked');
  expect(await participantNames()).not.toContain(PERSON);

  // Signed in again (an ordinary session this time), the change is there, held with the reason.
  await signInTablet(page, false);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await expect(page.getByTestId('viewer-name')).toBeVisible();
  await page.goto(`/kelas/${scheduleId}`);
  const held = page.getByTestId('queue-refused');
  await expect(held).toContainText(`Peserta baru ${PERSON}: Perangkat ini sudah dikeluarkan`);
  await expect(held.getByRole('button', { name: 'Kirim lagi' })).toBeVisible();
  await page.screenshot({ path: info.outputPath('device-held-change.png'), fullPage: true });
  expect(await participantNames()).not.toContain(PERSON);
  await held.getByRole('button', { name: 'Buang perubahan ini' }).click();
  await expect(page.getByTestId('queue-state')).toHaveText(/Semua tersimpan/);
  await tablet.close();
});
