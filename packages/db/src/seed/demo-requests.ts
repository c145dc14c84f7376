import {
  addCalendarDays,
  createWorkingCalendar,
  generateTrackingCode,
  isWorkingDay,
  nextWorkingDay,
  normalizeAccessToken,
  REQUESTER_TYPES,
  type RequesterType,
  toJakartaDate,
  type WorkingCalendar,
  workingDaysBetween,
} from '@blk/domain';
import {
  type Actor,
  actionsOf,
  actionWarnings,
  checkTransition,
  DEFAULT_SOP,
  findStep,
  firstDeadline,
  initialState,
  type RequestSnapshot,
  type SopDefinition,
} from '@blk/sop';
import { hashToken } from '../crypto';
import type { PrismaClient } from '../generated/prisma/client';
import { insertTrainingRequest, recordTransition } from '../requests/record';
import { DEMO_PASSWORD } from './catalogue';
import { createRandom, type Random } from './random';
import { SEED_TRANSACTION } from './reference';

/**
 * Every demo request's access token, as a receipt shows it, so the README and e2e tests can
 * track one. Typed as "demo-2026-babe-7k2m" it works too (case, dashes and O/0 are forgiven).
 */
export const DEMO_ACCESS_TOKEN = 'DEM0-2026-BABE-7K2M';
/** The demo token before access tokens became 16 Crockford characters; rewritten on seeding. */
const OLD_DEMO_ACCESS_TOKEN = 'demo-token-blk-2026';

type Step = {
  action: string;
  actor: 'staff' | 'requester' | 'system';
  inputs?: (ctx: StepContext) => Record<string, unknown>;
};
interface StepContext {
  now: Date;
  random: Random;
  programName: string;
  instructorIds: string[];
}

const ASSESS: Step = {
  action: 'submit_assessment',
  actor: 'staff',
  inputs: ({ now, programName, random }) => ({
    surveyDate: toJakartaDate(now),
    findings: random.pick([
      'Peserta potensial 20 orang usia produktif, sebagian besar belum bekerja tetap.',
      'Kebutuhan keterampilan tinggi; desa memiliki balai yang layak dipakai.',
      'Lembaga siap menyediakan ruang dan listrik; peserta sudah terdata.',
    ]),
    localPotential: random.pick([
      'UMKM kuliner dan kopi lokal',
      'Bengkel dan usaha jasa',
      'Konveksi rumahan',
      'Wisata pantai',
    ]),
    facilities: 'Balai desa, listrik 4.400 VA, air bersih',
    recommendedProgramme: programName,
  }),
};

/** The path from submission to each state of the default SOP. */
const PATHS: Record<string, Step[]> = {
  diterima: [],
  menunggu_kelengkapan: [
    {
      action: 'return_for_completion',
      actor: 'staff',
      inputs: () => ({ missingItems: 'Surat permohonan belum ditandatangani kepala desa' }),
    },
  ],
  ditutup_tidak_lengkap: [
    {
      action: 'return_for_completion',
      actor: 'staff',
      inputs: () => ({ missingItems: 'Daftar calon peserta belum dilampirkan' }),
    },
    { action: 'auto_close', actor: 'system' },
  ],
  dibatalkan: [
    {
      action: 'cancel',
      actor: 'requester',
      inputs: () => ({ reason: 'Jadwal kegiatan desa berubah' }),
    },
  ],
  asesmen_kebutuhan: [{ action: 'verify', actor: 'staff' }],
  persetujuan: [{ action: 'verify', actor: 'staff' }, ASSESS],
  ditolak: [
    { action: 'verify', actor: 'staff' },
    ASSESS,
    {
      action: 'reject',
      actor: 'staff',
      inputs: () => ({
        reason: 'Kuota pelatihan tahun berjalan sudah penuh; silakan ajukan kembali tahun depan.',
      }),
    },
  ],
  penjadwalan: [
    { action: 'verify', actor: 'staff' },
    ASSESS,
    { action: 'approve', actor: 'staff' },
  ],
};
PATHS.terjadwal = [
  ...(PATHS.penjadwalan ?? []),
  {
    action: 'schedule',
    actor: 'staff',
    inputs: ({ now, instructorIds }) => {
      const start = addCalendarDays(toJakartaDate(now), 7);
      return {
        startDate: start,
        endDate: addCalendarDays(start, 13),
        instructors: instructorIds,
        venue: 'Balai Desa',
      };
    },
  },
];
PATHS.pelaksanaan = [...PATHS.terjadwal, { action: 'start', actor: 'staff' }];
PATHS.pelaporan = [...PATHS.pelaksanaan, { action: 'finish', actor: 'staff' }];
PATHS.menunggu_survei = [
  ...PATHS.pelaporan,
  {
    action: 'submit_report',
    actor: 'staff',
    inputs: ({ random }) => ({
      participantsEnrolled: 16,
      participantCount: 16,
      attendanceSummary: 'Kehadiran rata-rata 94%',
      preTestAverage: random.int(45, 60),
      postTestAverage: random.int(75, 90),
    }),
  },
];
PATHS.selesai = [...PATHS.menunggu_survei, { action: 'submit_survey', actor: 'requester' }];

/** How many demo requests end in each state: more finished ones, so dashboards have figures. */
const DEMO_STATES: [state: string, count: number][] = [
  ['diterima', 3],
  ['menunggu_kelengkapan', 1],
  ['asesmen_kebutuhan', 2],
  ['persetujuan', 2],
  ['penjadwalan', 2],
  ['terjadwal', 1],
  ['pelaksanaan', 1],
  ['pelaporan', 1],
  ['menunggu_survei', 2],
  ['selesai', 8],
  ['ditolak', 1],
  ['dibatalkan', 1],
  ['ditutup_tidak_lengkap', 1],
];

const ORGANISATIONS: Record<RequesterType, string[]> = {
  desa: ['Pemerintah Desa {v}'],
  kelurahan: ['Kelurahan {v}'],
  lapas: ['Lapas Narkotika Kelas IIA Pangkalpinang', 'Lapas Kelas IIB Tanjungpandan'],
  bapas: ['Bapas Kelas II Pangkalpinang'],
  sekolah: ['SMK Negeri 1 {v}', 'SMA Negeri 1 {v}'],
  komunitas: ['Karang Taruna {v}', 'Kelompok Wanita Tani {v}', 'PKK {v}'],
  perusahaan: ['PT Timah Tbk (CSR) wilayah {v}', 'CV Lada Putih {v}'],
  instansi: ['Dinas Sosial Kabupaten', 'UPTD Pemberdayaan Masyarakat'],
};
const CONTACTS = [
  'Ahmad Rizal',
  'Sri Wahyuni',
  'Hendri Saputra',
  'Nurul Aini',
  'Yusuf Effendi',
  'Desi Ratnasari',
  'Bayu Setiawan',
  'Rina Marlina',
];

/**
 * Demo requests in every state of the default SOP, walked through the SOP's own transition
 * check so their events, deadlines and SLA figures are real. Deterministic for a given anchor
 * date; requests that already exist (by tracking code) are left alone.
 */
export async function seedDemoRequests(
  prisma: PrismaClient,
  options: { sopVersionId: string; definition?: SopDefinition; anchor: Date },
): Promise<number> {
  const def = options.definition ?? DEFAULT_SOP;
  const holidays = await prisma.holiday.findMany({
    where: { isDayOff: true },
    select: { date: true },
  });
  const calendar = createWorkingCalendar(holidays.map((h) => h.date.toISOString().slice(0, 10)));
  const villages = await prisma.region.findMany({
    where: { level: { in: ['desa', 'kelurahan'] } },
    select: {
      code: true,
      name: true,
      parent: { select: { parent: { select: { island: true } } } },
    },
    orderBy: { code: 'asc' },
  });
  const programs = await prisma.trainingProgram.findMany({
    include: { instructors: { include: { instructor: { include: { user: true } } } } },
    orderBy: { code: 'asc' },
  });
  const staff = new Map(
    (await prisma.staffUser.findMany({ select: { id: true, roleKey: true } })).map((s) => [
      s.roleKey,
      s.id,
    ]),
  );
  const tokenHash = hashToken(normalizeAccessToken(DEMO_ACCESS_TOKEN) ?? DEMO_ACCESS_TOKEN);
  // Demo data seeded before the token format changed keeps working with the documented token.
  await prisma.trainingRequest.updateMany({
    where: { accessTokenHash: hashToken(OLD_DEMO_ACCESS_TOKEN) },
    data: { accessTokenHash: tokenHash },
  });
  // Standing classes per instructor, so the demo never double-books one (the database refuses).
  const toIsoDay = (d: Date) => d.toISOString().slice(0, 10);
  const bookings = new Map<string, { start: string; end: string }[]>();
  const book = (instructorId: string, start: string, end: string) =>
    bookings.set(instructorId, [...(bookings.get(instructorId) ?? []), { start, end }]);
  for (const a of await prisma.instructorAssignment.findMany({
    where: { schedule: { cancelledAt: null } },
    select: { instructorId: true, schedule: { select: { startDate: true, endDate: true } } },
  }))
    book(a.instructorId, toIsoDay(a.schedule.startDate), toIsoDay(a.schedule.endDate));
  const isFree = (instructorId: string, start: string, end: string) =>
    (bookings.get(instructorId) ?? []).every((b) => b.end < start || b.start > end);
  let created = 0;
  let index = 0;

  for (const [state, count] of DEMO_STATES) {
    for (let n = 0; n < count; n++) {
      // One generator per request, so skipping an existing one does not shift the others.
      const random = createRandom(20261129 + index++);
      const trackingCode = generateTrackingCode((len) => random.bytes(len));
      const village = random.pick(villages);
      const program = random.pick(programs);
      const type = random.pick(REQUESTER_TYPES);
      const org = random.pick(ORGANISATIONS[type]).replace('{v}', village.name);
      const path = PATHS[state] ?? [];
      // Finished requests were submitted months ago; open ones recently.
      const ageDays = path.length * 9 + random.int(2, 25);
      if (
        await prisma.trainingRequest.findUnique({ where: { trackingCode }, select: { id: true } })
      )
        continue;
      let now = workingMorning(
        calendar,
        addCalendarDays(toJakartaDate(options.anchor), -ageDays),
        random,
      );

      const preferredStart = addCalendarDays(toJakartaDate(now), 30);
      const request = await prisma.$transaction(
        (tx) =>
          insertTrainingRequest(tx, {
            input: {
              requesterType: type,
              organizationName: org,
              contactName: random.pick(CONTACTS),
              contactPhone: `+62812${String(random.int(10_000_000, 99_999_999))}`,
              contactEmail: random.int(0, 1) ? `pemohon${index}@contoh.id` : undefined,
              regionCode: village.code,
              address: `Jl. ${random.pick(['Merdeka', 'Sudirman', 'Pantai', 'Raya', 'Masjid'])} No. ${random.int(1, 120)}, ${village.name}`,
              venueDetails: 'Balai pertemuan, listrik tersedia',
              programId: program.id,
              needDescription: undefined,
              participantsExpected: 16,
              participantProfile: 'Pemuda dan ibu rumah tangga usia 18-40 tahun',
              preferredStart,
              preferredEnd: addCalendarDays(preferredStart, 30),
              note: undefined,
              privacyConsent: true,
            },
            trackingCode,
            accessTokenHash: tokenHash,
            sopVersionId: options.sopVersionId,
            initialState: initialState(def),
            firstDeadline: firstDeadline(def, now, calendar),
            submittedAt: now,
          }),
        SEED_TRANSACTION,
      );
      created++;

      const island = village.parent?.parent?.island ?? 'Bangka';
      const instructors = program.instructors
        .map((c) => c.instructor)
        .filter((i) => i.homeIsland === island);
      const candidates = [
        ...instructors,
        ...program.instructors.map((c) => c.instructor).filter((i) => !instructors.includes(i)),
      ];
      let team = (
        instructors.length ? instructors : program.instructors.map((c) => c.instructor)
      ).slice(0, 2);
      let snapshot: RequestSnapshot = {
        state: request.state,
        stepStartedAt: now,
        assignedStaffIds: team.flatMap((i) => (i.user ? [i.user.id] : [])),
      };
      let version = request.version;
      for (const step of path) {
        const standardDays = stepStandardDays(def, snapshot.state);
        // Most steps finish within their standard; about one in five runs late. The system
        // only closes a step once its standard has run out.
        const spent =
          step.actor === 'system'
            ? standardDays + 1
            : random.int(0, 4) === 0
              ? standardDays + random.int(1, 3)
              : Math.max(0.2, random.float() * standardDays);
        now = addWorkingTime(calendar, now, spent);
        if (now > options.anchor) now = new Date(options.anchor.getTime() - 60_000);
        const actor = actorFor(step, def, snapshot, staff, team);
        let inputs =
          step.inputs?.({
            now,
            random,
            programName: program.name,
            instructorIds: team.map((i) => i.id),
          }) ?? {};
        const { startDate, endDate } = inputs;
        if (
          typeof startDate === 'string' &&
          typeof endDate === 'string' &&
          'instructors' in inputs
        ) {
          // The usual team where it is free on these dates, else the next free qualified ones;
          // when nobody qualified is free, the class moves a week later (a few instructors per
          // program cannot teach every demo class at once).
          let shift = 0;
          const shifted = (d: string) => addCalendarDays(d, shift);
          let free = candidates.filter((i) => isFree(i.id, startDate, endDate));
          while (free.length === 0 && shift < 52 * 7) {
            shift += 7;
            free = candidates.filter((i) => isFree(i.id, shifted(startDate), shifted(endDate)));
          }
          team = [
            ...team.filter((i) => free.includes(i)),
            ...free.filter((i) => !team.includes(i)),
          ].slice(0, Math.max(1, team.length));
          inputs = {
            ...inputs,
            startDate: shifted(startDate),
            endDate: shifted(endDate),
            instructors: team.map((i) => i.id),
          };
          snapshot = {
            ...snapshot,
            assignedStaffIds: team.flatMap((i) => (i.user ? [i.user.id] : [])),
          };
        }
        // A guard rail that warns (a class opened before its first day, closed before its last)
        // is passed as staff do: with the reason recorded in the input the rail names.
        const effects = actionsOf(def, snapshot.state).find((a) => a.key === step.action)?.effects;
        for (const w of actionWarnings(effects, snapshot, now))
          inputs = { ...inputs, [w.reasonInput]: 'Jadwal disesuaikan dengan kesiapan peserta' };
        const result = checkTransition(def, snapshot, actor, step.action, inputs, {
          now,
          calendar,
        });
        if (!result.ok)
          throw new Error(
            `demo seed: ${step.action} from ${snapshot.state} refused: ${JSON.stringify(result.reasons)}`,
          );
        const role = actor.kind === 'staff' ? actor.roles[0] : null;
        ({ version } = await prisma.$transaction(
          (tx) =>
            recordTransition(tx, {
              requestId: request.id,
              expectedVersion: version,
              definition: def,
              event: result.event,
              deadline: result.deadline,
              actorRole: role,
            }),
          SEED_TRANSACTION,
        ));
        if (result.event.schedule) {
          for (const i of team)
            book(i.id, String(result.event.inputs.startDate), String(result.event.inputs.endDate));
          await seedSchedule(
            prisma,
            request.id,
            program.id,
            island,
            result.event.inputs,
            team.map((i) => i.id),
            calendar,
          );
        }
        if (step.action === 'submit_survey') await seedSurvey(prisma, request.id, now, random);
        snapshot = {
          ...snapshot,
          state: result.to,
          stepStartedAt: now,
          ...(result.event.schedule ? { schedule: result.event.schedule } : {}),
        };
      }
    }
  }
  return created;
}

function stepStandardDays(def: SopDefinition, state: string): number {
  const ts = findStep(def, state)?.timeStandard;
  if (!ts) return 1;
  if (ts.unit === 'hari_kerja') return ts.value;
  if (ts.unit === 'jam_kerja') return ts.value / 8;
  return 10;
}

function actorFor(
  step: Step,
  def: SopDefinition,
  snapshot: RequestSnapshot,
  staff: Map<string, string>,
  team: { user: { id: string } | null }[],
): Actor {
  if (step.actor !== 'staff') return { kind: step.actor };
  const role = findStep(def, snapshot.state)?.role ?? 'petugas_layanan';
  const instructorUser = team.find((i) => i.user)?.user?.id;
  const staffId =
    role === 'instruktur' && instructorUser ? instructorUser : (staff.get(role) ?? '');
  return { kind: 'staff', roles: [role], staffId };
}

/** 08:00-11:59 WIB on the first working day on or after `date`. */
function workingMorning(calendar: WorkingCalendar, date: string, random: Random): Date {
  const day = isWorkingDay(calendar, date) ? date : nextWorkingDay(calendar, date);
  return new Date(
    `${day}T${String(8 + random.int(0, 3)).padStart(2, '0')}:${String(random.int(0, 59)).padStart(2, '0')}:00+07:00`,
  );
}

/** Moves forward until `days` working days have elapsed (weekends and holidays do not count). */
function addWorkingTime(calendar: WorkingCalendar, from: Date, days: number): Date {
  let to = new Date(from.getTime() + days * 86_400_000);
  while (workingDaysBetween(calendar, from, to) < days) to = new Date(to.getTime() + 3_600_000);
  return to;
}

async function seedSchedule(
  prisma: PrismaClient,
  requestId: string,
  programId: string,
  island: string,
  inputs: Readonly<Record<string, unknown>>,
  instructorIds: string[],
  calendar: WorkingCalendar,
): Promise<void> {
  const startDate = String(inputs.startDate);
  const endDate = String(inputs.endDate);
  const days: string[] = [];
  for (let d = startDate; d <= endDate; d = addCalendarDays(d, 1))
    if (isWorkingDay(calendar, d)) days.push(d);
  await prisma.trainingSchedule.create({
    data: {
      requestId,
      programId,
      startDate: new Date(`${startDate}T00:00:00Z`),
      endDate: new Date(`${endDate}T00:00:00Z`),
      venue: String(inputs.venue),
      island,
      instructors: {
        create: instructorIds.map((instructorId, i) => ({ instructorId, lead: i === 0 })),
      },
      sessions: {
        create: days.map((d) => ({
          date: new Date(`${d}T00:00:00Z`),
          startTime: '08:00',
          endTime: '16:00',
          jp: 8,
        })),
      },
    },
  });
}

async function seedSurvey(
  prisma: PrismaClient,
  requestId: string,
  at: Date,
  random: Random,
): Promise<void> {
  const answer = () => random.pick([3, 3, 4, 4, 4, 2]);
  await prisma.satisfactionSurvey.create({
    data: {
      requestId,
      u1: answer(),
      u2: answer(),
      u3: answer(),
      u4: 4,
      u5: answer(),
      u6: answer(),
      u7: answer(),
      u8: answer(),
      u9: answer(),
      comment: random.pick([
        null,
        'Instruktur sangat sabar dan materi mudah dipahami.',
        'Semoga ada pelatihan lanjutan tahun depan.',
      ]),
      submittedAt: at,
    },
  });
}

/** Staff accounts for the instructors (each instructor logs in to record attendance). */
export async function seedInstructorAccounts(
  prisma: PrismaClient,
  passwordHash: string,
): Promise<void> {
  const instructors = await prisma.instructor.findMany({ where: { user: null } });
  for (const i of instructors) {
    const email = `${i.name
      .toLowerCase()
      .replace(/[^a-z]+/g, '.')
      .replace(/^\.|\.$/g, '')}@blk.example`;
    await prisma.staffUser.upsert({
      where: { email },
      create: { email, name: i.name, roleKey: 'instruktur', instructorId: i.id, passwordHash },
      update: {},
    });
  }
}

export { DEMO_PASSWORD };
