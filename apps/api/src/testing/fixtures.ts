import { type Database, hashToken } from '@blk/db';

/** The seeded program the request fixtures ask for (Menjahit, kejuruan garmen). */
export const FIXTURE_PROGRAM_CODE = 'GAR-JHT-01';

/** The id of a seeded program (by default the one the request fixtures ask for). */
export async function seededProgramId(
  api: { db: Database },
  code = FIXTURE_PROGRAM_CODE,
): Promise<string> {
  const program = await api.db.prisma.trainingProgram.findUniqueOrThrow({
    where: { code },
    select: { id: true },
  });
  return program.id;
}

/** The steps of the seeded SOP's main path (a request served without a detour), in order. */
export const SEEDED_MAIN_PATH = [
  'diterima',
  'asesmen_kebutuhan',
  'persetujuan',
  'penjadwalan',
  'terjadwal',
  'pelaksanaan',
  'pelaporan',
  'menunggu_survei',
  'selesai',
];

/**
 * A valid public training request: a village office asks for 16 places in the program in
 * March-April 2027 (without a program it must describe its need in `change`). `change` goes on
 * top (other dates, a bad value, more fields).
 */
export function trainingRequestInput(
  programId: string | undefined,
  change: Record<string, unknown> = {},
) {
  return {
    requesterType: 'desa',
    organizationName: 'Pemerintah Desa Nibung',
    contactName: 'Sekretaris Desa',
    contactPhone: '0812-3456-7890',
    regionCode: '19.04.01.2003',
    address: 'Jl. Raya Nibung No. 1',
    programId,
    participantsExpected: 16,
    preferredStart: '2027-03-01',
    preferredEnd: '2027-04-30',
    privacyConsent: true,
    ...change,
  };
}

/**
 * The demo request under way (pelaksanaan), its standing class (sessions in date order) and the
 * class's assigned instructor who has a login.
 */
export async function demoClassUnderWay(api: { db: Database }) {
  const request = await api.db.prisma.trainingRequest.findFirstOrThrow({
    where: { state: 'pelaksanaan' },
    include: {
      schedules: {
        where: { cancelledAt: null },
        include: {
          sessions: { orderBy: { date: 'asc' } },
          instructors: { include: { instructor: { include: { user: true } } } },
        },
      },
    },
  });
  const schedule = request.schedules[0];
  const lead = schedule?.instructors.find((i) => i.instructor.user);
  const instructorEmail = lead?.instructor.user?.email;
  if (!schedule || !lead || !instructorEmail)
    throw new Error('the demo class has no instructor with a login');
  return { request, schedule, instructorId: lead.instructorId, instructorEmail };
}

/**
 * Stores a test-mode API key with these scopes, made by the seeded admin; integrators send it as
 * `Authorization: Bearer <raw>`.
 */
export async function storeApiKey(
  api: { db: Database },
  raw: string,
  scopes: string[],
  name = 'Dasbor',
): Promise<void> {
  const admin = await api.db.prisma.staffUser.findFirstOrThrow({
    where: { roleKey: 'admin_sistem' },
  });
  await api.db.prisma.apiKey.create({
    data: {
      name,
      prefix: raw.slice(0, 8),
      keyHash: hashToken(raw),
      mode: 'test',
      scopes,
      createdById: admin.id,
    },
  });
}

/** A valid participant for a class (born 12 March 1998), with `change` on top. */
export function participantInput(change: Record<string, unknown> = {}) {
  return {
    nik: '1971011203980001',
    name: 'Andi Saputra',
    birthDate: '1998-03-12',
    sex: 'L',
    education: 'sma',
    address: 'Jl. Raya Beluluk No. 3',
    ...change,
  };
}

/**
 * A complete needs assessment, the input of the seeded SOP's `submit_assessment` (the site
 * survey of 30 November 2026 recommending the motorcycle programme), with `change` on top.
 */
export function assessmentInput(change: Record<string, unknown> = {}) {
  return {
    surveyDate: '2026-11-30',
    findings: 'Balai desa layak',
    localPotential: 'Bengkel motor',
    facilities: 'Balai desa',
    recommendedProgramme: 'OTO-INJ-01',
    ...change,
  };
}

/**
 * A class for these instructors, the input of the seeded SOP's `schedule` (15 March to 16 April
 * 2027 at the village hall), with `change` on top (other dates, another venue).
 */
export function scheduleInput(instructors: string[], change: Record<string, unknown> = {}) {
  return {
    startDate: '2027-03-15',
    endDate: '2027-04-16',
    instructors,
    venue: 'Balai Desa Nibung',
    ...change,
  };
}
