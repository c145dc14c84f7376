import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, expect, type Page, test } from '@playwright/test';
import { ADMIN, apiAs, gql, PASSWORD } from './admin-helpers';

/**
 * Issue 14: the instructor's class without signal, on a tablet. The demo request waiting to
 * start (terjadwal) is started through the API and gets three participants; the instructor then
 * loads the class, loses the signal, records three days of attendance and every score, reloads,
 * closes the browser and opens it again (a persistent profile: IndexedDB and the service worker
 * survive, as on a real tablet), and gets the signal back: everything reaches the server exactly
 * once (the day's history holds one mark per participant). Then a second device marks a day
 * later than the tablet's queued mark, and the written rule holds: the later mark stands, the
 * tablet says so.
 */

const TABLET = { width: 820, height: 1180 };
const PEOPLE = [
  { nik: '1971011203980011', name: 'Rahmat Hidayat', birthDate: '1998-03-12', sex: 'L' },
  { nik: '1971024101000013', name: 'Siti Aminah', birthDate: '2000-01-01', sex: 'P' },
  { nik: '1971021505020014', name: 'Yogi Pratama', birthDate: '2002-05-15', sex: 'L' },
];
const SCORES: Record<string, [string, number, string, number]> = {
  'Rahmat Hidayat': ['55', 55, '72,5', 72.5],
  'Siti Aminah': ['60,25', 60.25, '88', 88],
  'Yogi Pratama': ['40', 40, '70,5', 70.5],
};

interface ClassRead {
  schedule: {
    participants: {
      id: string;
      name: string;
      preTestScore: number | null;
      postTestScore: number | null;
    }[];
    sessions: {
      id: string;
      attendance: { participantId: string; status: string }[];
      attendanceHistory: { participantId: string; status: string; applied: boolean }[];
    }[];
  };
}

let scheduleId = '';
let instructorEmail = '';
let userDataDir = '';

test.beforeAll(async () => {
  const coordinator = await apiAs('koordinator');
  const found = await gql(
    coordinator,
    `query { trainingRequests(first: 5, filter: { states: ["terjadwal"] }) { edges { node {
      id version schedules { id cancelledAt instructors { instructorId } } } } } }`,
  );
  const request = found.trainingRequests.edges[0].node;
  const schedule = request.schedules.find((s: { cancelledAt: string | null }) => !s.cancelledAt);
  scheduleId = schedule.id;
  const admin = await apiAs('admin');
  const users = await gql(
    admin,
    `query { staffUsers(first: 100, roleKey: "instruktur") { edges { node { email instructor { id } } } } }`,
  );
  const assigned = new Set(
    schedule.instructors.map((i: { instructorId: string }) => i.instructorId),
  );
  instructorEmail = users.staffUsers.edges
    .map((e: { node: { email: string; instructor: { id: string } | null } }) => e.node)
    .find(
      (u: { instructor: { id: string } | null }) => u.instructor && assigned.has(u.instructor.id),
    ).email;
  const instructor = await apiAs(instructorEmail.replace('@blk.example', ''));
  const started = await gql(
    instructor,
    `mutation($id: ID!, $v: Int!) { transitionTrainingRequest(id: $id, action: "start", input: {}, expectedVersion: $v) { __typename } }`,
    { id: request.id, v: request.version },
  );
  expect(started.transitionTrainingRequest.__typename).toBe('TrainingRequest');
  for (const p of PEOPLE) {
    const added = await gql(
      coordinator,
      `mutation($s: ID!, $i: ParticipantInput!) { addParticipant(scheduleId: $s, input: $i) { __typename ... on ValidationError { issues { path message } } ... on Error { message } } }`,
      { s: scheduleId, i: { ...p, education: 'sma', address: 'Desa Nelayan, Belitung Timur' } },
    );
    expect(added.addParticipant.__typename, JSON.stringify(added)).toBe('Participant');
  }
  userDataDir = mkdtempSync(join(tmpdir(), 'blk-tablet-'));
});

test.afterAll(() => {
  if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
});

/** The tablet: one Chromium profile kept on disk between "restarts". */
async function openTablet(offline = false): Promise<{ context: BrowserContext; page: Page }> {
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
    baseURL: ADMIN,
    viewport: TABLET,
    hasTouch: true,
    locale: 'id-ID',
    // Switched on where there is no signal: nothing may leave the tablet before the test says so
    // (with signal, Background Sync would send the queue as soon as the browser starts).
    offline,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return { context, page };
}

async function readClass(): Promise<ClassRead['schedule']> {
  const coordinator = await apiAs('koordinator');
  const data = (await gql(
    coordinator,
    `query($id: ID!) { schedule(id: $id) {
      participants { id name preTestScore postTestScore }
      sessions { id attendance { participantId status } attendanceHistory { participantId status applied } }
    } }`,
    { id: scheduleId },
  )) as ClassRead;
  return data.schedule;
}

async function openTab(page: Page, name: string) {
  await page.getByRole('tab', { name: new RegExp(`^${name}`) }).click();
  await expect(page.getByRole('tab', { name: new RegExp(`^${name}`) })).toHaveAttribute(
    'aria-selected',
    'true',
  );
}

async function chooseDay(page: Page, n: number) {
  await page.getByRole('textbox', { name: 'Hari pelatihan' }).click();
  await page.getByRole('option', { name: new RegExp(`^Hari ${n}:`) }).click();
}

async function markDay(page: Page, n: number) {
  await chooseDay(page, n);
  await page.getByRole('button', { name: 'Semua hadir' }).click();
  // Day n: one participant is not there, a different one each day.
  const away = PEOPLE[n - 1]?.name as string;
  await page
    .getByRole('group', { name: `Kehadiran ${away}` })
    .getByText('Izin', { exact: true })
    .click();
  await page.getByRole('button', { name: 'Simpan kehadiran' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Kehadiran hari ${n}` })).toContainText(
    'disimpan di perangkat',
  );
}

test('the instructor’s class works without signal and every change reaches the server once', async ({
  browser,
}, info) => {
  test.setTimeout(300_000);
  let { context, page } = await openTablet();
  await page.goto('/login');
  await page.getByLabel('E-mail').fill(instructorEmail);
  await page.getByLabel('Kata sandi').fill(PASSWORD);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await expect(page.getByTestId('viewer-name')).toBeVisible();
  await page.goto(`/kelas/${scheduleId}`);
  await expect(page.getByRole('heading', { name: /^Kelas / })).toBeVisible();
  await expect(page.getByTestId('queue-state')).toHaveText(/Semua tersimpan/);
  // The app is installed on the tablet: its service worker holds every screen.
  await page.evaluate('navigator.serviceWorker.ready.then(() => true)');
  for (const tab of ['Kehadiran', 'Nilai', 'Peserta']) await openTab(page, tab);

  // No signal.
  await context.setOffline(true);
  await openTab(page, 'Kehadiran');
  for (const n of [1, 2, 3]) await markDay(page, n);
  await openTab(page, 'Nilai');
  for (const [name, [pre, , post]] of Object.entries(SCORES)) {
    await page.getByRole('textbox', { name: `Pre-test ${name}` }).fill(pre);
    await page.getByRole('textbox', { name: `Post-test ${name}` }).fill(post);
  }
  // "72,5" is 72.5: the gain shows with a decimal comma, not +685.
  await expect(page.getByRole('row').filter({ hasText: 'Rahmat Hidayat' })).toContainText('+17,5');
  await page.getByRole('button', { name: 'Simpan semua nilai' }).click();
  await expect(page.getByText('Nilai 3 peserta disimpan di perangkat')).toBeVisible();
  await expect(page.getByTestId('queue-state')).toContainText('6 perubahan menunggu sinyal');
  await page.screenshot({ path: info.outputPath('offline-queued.png'), fullPage: true });

  // A reload without signal: the page, the class and the queue are all still there.
  await page.reload();
  await expect(page.getByRole('heading', { name: /^Kelas / })).toBeVisible();
  await expect(page.getByTestId('queue-state')).toContainText('6 perubahan menunggu sinyal');
  await openTab(page, 'Nilai');
  await expect(page.getByRole('textbox', { name: 'Post-test Rahmat Hidayat' })).toHaveValue('72,5');

  // The tablet is switched off and on again, still without signal: the app opens from the
  // device. (Its service worker may already send the queue through Background Sync: Chromium's
  // offline emulation does not cover service workers, and the server takes each change once.)
  await context.close();
  ({ context, page } = await openTablet(true));
  await page.goto(`/kelas/${scheduleId}?tab=kehadiran`);
  await expect(page.getByRole('heading', { name: /^Kelas / })).toBeVisible();

  // The signal returns: the queue empties by itself, in order.
  await context.setOffline(false);
  await expect(page.getByTestId('queue-state')).toHaveText(/Semua tersimpan/, { timeout: 60_000 });
  const stored = await readClass();
  const byId = new Map(stored.participants.map((p) => [p.id, p.name]));
  for (const n of [1, 2, 3]) {
    const day = stored.sessions[n - 1];
    const marks = Object.fromEntries(
      (day?.attendance ?? []).map((a) => [byId.get(a.participantId), a.status]),
    );
    expect(marks).toEqual(
      Object.fromEntries(PEOPLE.map((p, i) => [p.name, i === n - 1 ? 'izin' : 'hadir'])),
    );
    // Exactly once: one mark per participant in the day's history, however often it was sent.
    expect(day?.attendanceHistory).toHaveLength(PEOPLE.length);
  }
  for (const p of stored.participants) {
    const [, pre, , post] = SCORES[p.name] as [string, number, string, number];
    expect([p.preTestScore, p.postTestScore]).toEqual([pre, post]);
  }

  // Two devices, one day: the coordinator marks day 4 from the office; the tablet, whose marks
  // were made earlier (its clock an hour behind: marked offline, sent later), sends afterwards.
  // The mark made last stands, whatever order they arrive in, and the tablet says so.
  const office = await browser.newContext({ baseURL: ADMIN });
  const desk = await office.newPage();
  await desk.goto('/login');
  await desk.getByLabel('E-mail').fill('koordinator@blk.example');
  await desk.getByLabel('Kata sandi').fill(PASSWORD);
  await desk.getByRole('button', { name: 'Masuk' }).click();
  await expect(desk.getByTestId('viewer-name')).toBeVisible();
  await desk.goto(`/kelas/${scheduleId}?tab=kehadiran`);
  await chooseDay(desk, 4);
  await desk
    .getByRole('group', { name: `Kehadiran ${PEOPLE[0]?.name}` })
    .getByText('Sakit', { exact: true })
    .click();
  await desk.getByRole('button', { name: 'Simpan kehadiran' }).click();
  await expect(desk.getByRole('status').filter({ hasText: 'Kehadiran hari 4' })).toContainText(
    'tersimpan',
  );
  await office.close();

  await page.clock.install({ time: new Date(Date.now() - 3_600_000) });
  await page.reload();
  await openTab(page, 'Kehadiran');
  await chooseDay(page, 4);
  await page.getByRole('button', { name: 'Semua hadir' }).click();
  await page.getByRole('button', { name: 'Simpan kehadiran' }).click();
  const notice = page.getByTestId('queue-overridden');
  await expect(notice).toContainText(
    `${PEOPLE[0]?.name}: Anda menandai Hadir; yang berlaku Sakit`,
    { timeout: 60_000 },
  );
  await page.screenshot({ path: info.outputPath('offline-overridden.png'), fullPage: true });
  const after = await readClass();
  const day4 = after.sessions[3];
  const first = stored.participants.find((p) => p.name === PEOPLE[0]?.name)?.id;
  expect(day4?.attendance.find((a) => a.participantId === first)?.status).toBe('sakit');
  // Nothing dropped: the tablet's outranked mark is in the history.
  expect(
    day4?.attendanceHistory
      .filter((m) => m.participantId === first)
      .map((m) => [m.status, m.applied]),
  ).toEqual([
    ['sakit', true],
    ['hadir', false],
  ]);
  await page.getByRole('button', { name: 'Mengerti' }).click();
  await expect(page.getByTestId('queue-state')).toHaveText(/Semua tersimpan/);
  await context.close();
});
