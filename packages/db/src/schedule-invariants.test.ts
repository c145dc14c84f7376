import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from './client';
import { seedAll } from './seed';
import { createTestDatabase, refusalOf, testDatabaseKinds } from './testing';
import {
  CONSTRAINTS,
  isCheckViolation,
  isExclusionViolation,
  isUniqueViolation,
} from './violations';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

// The rules the migration `schedule_invariants` moved into the database, one writer at a time
// (PGlite and PostgreSQL alike). The races themselves are in apps/api's concurrency tests.
describe.each(testDatabaseKinds())('schedule invariants in the database on %s', (kind) => {
  let db: Database;
  let requests: string[];
  let programId: string;
  let classSizeMax: number;
  let instructorA: string;
  let instructorB: string;

  const schedule = (requestId: string, start: string, end: string, instructors: string[]) =>
    db.prisma.trainingSchedule.create({
      data: {
        requestId,
        programId,
        startDate: day(start),
        endDate: day(end),
        venue: 'Balai Desa',
        island: 'Bangka',
        instructors: { create: instructors.map((instructorId) => ({ instructorId })) },
      },
    });
  const daysOf = async (scheduleId: string) =>
    (
      await db.sql.query<{ days: string | null }>(
        'SELECT "days"::text AS days FROM "InstructorAssignment" WHERE "scheduleId" = $1',
        [scheduleId],
      )
    ).map((r) => r.days);

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    // The demo data (with its classes and instructors) must itself satisfy every rule.
    await seedAll(db.prisma);
    const free = await db.prisma.trainingRequest.findMany({
      where: { schedules: { none: {} } },
      take: 3,
      orderBy: { trackingCode: 'asc' },
    });
    requests = free.map((r) => r.id);
    const program = await db.prisma.trainingProgram.findFirstOrThrow({ orderBy: { code: 'asc' } });
    programId = program.id;
    classSizeMax = program.classSizeMax;
    const instructors = await db.prisma.instructor.findMany({ take: 2, orderBy: { name: 'asc' } });
    [instructorA, instructorB] = instructors.map((i) => i.id) as [string, string];
  });
  afterAll(async () => {
    await db?.close();
  });

  it('refuses an instructor in two standing classes on overlapping days (23P01)', async () => {
    const [r1, r2, r3] = requests as [string, string, string];
    const first = await schedule(r1, '2031-03-03', '2031-03-14', [instructorA]);
    expect(await daysOf(first.id)).toEqual(['[2031-03-03,2031-03-15)']);
    const overlap = await refusalOf(schedule(r2, '2031-03-14', '2031-03-21', [instructorA]));
    expect(overlap).toEqual({ sqlState: '23P01', constraint: CONSTRAINTS.noDoubleBooking });
    // The whole class was refused, not only the assignment.
    expect(await db.prisma.trainingSchedule.count({ where: { requestId: r2 } })).toBe(0);
    // The next day, or another instructor on the same days, is fine.
    await schedule(r2, '2031-03-15', '2031-03-21', [instructorA]);
    await schedule(r3, '2031-03-03', '2031-03-14', [instructorB]);
  });

  it('lets a cancelled class block nobody, and follows a class moved to other dates', async () => {
    const [r1, r2] = requests as [string, string];
    await db.prisma.trainingSchedule.updateMany({ data: { cancelledAt: new Date() } });
    const first = await schedule(r1, '2031-05-05', '2031-05-09', [instructorA]);
    await db.prisma.trainingSchedule.update({
      where: { id: first.id },
      data: { cancelledAt: new Date() },
    });
    expect(await daysOf(first.id)).toEqual([null]);
    const second = await schedule(r2, '2031-05-05', '2031-05-09', [instructorA]);
    // Reinstating the cancelled class would double-book the instructor.
    const reinstate = db.prisma.trainingSchedule.update({
      where: { id: first.id },
      data: { cancelledAt: null },
    });
    expect(await refusalOf(reinstate)).toMatchObject({ sqlState: '23P01' });
    // Moving the standing class is followed by its assignments' days.
    await db.prisma.trainingSchedule.update({
      where: { id: second.id },
      data: { startDate: day('2031-06-02'), endDate: day('2031-06-06') },
    });
    expect(await daysOf(second.id)).toEqual(['[2031-06-02,2031-06-07)']);
  });

  it('keeps one standing class per request', async () => {
    const [, , r3] = requests as [string, string, string];
    await db.prisma.trainingSchedule.updateMany({ data: { cancelledAt: new Date() } });
    const first = await schedule(r3, '2031-08-04', '2031-08-08', []);
    const second = await refusalOf(schedule(r3, '2031-09-01', '2031-09-05', []));
    expect(second).toEqual({
      sqlState: '23505',
      constraint: CONSTRAINTS.oneOpenSchedulePerRequest,
    });
    await db.prisma.trainingSchedule.update({
      where: { id: first.id },
      data: { cancelledAt: new Date() },
    });
    await schedule(r3, '2031-09-01', '2031-09-05', []);
  });

  it('refuses a participant beyond the class size and a NIK twice in a class', async () => {
    const [r1] = requests as [string];
    await db.prisma.trainingSchedule.updateMany({ data: { cancelledAt: new Date() } });
    const cls = await schedule(r1, '2031-10-06', '2031-10-17', []);
    const person = (n: number) => ({
      scheduleId: cls.id,
      nik: `19040141010${String(n).padStart(5, '0')}`,
      name: `Peserta ${n}`,
      birthDate: day('2001-01-01'),
      sex: 'P',
    });
    const again = await refusalOf(
      db.prisma.participant.createMany({ data: [person(1), person(1)] }),
    );
    expect(again).toEqual({ sqlState: '23505', constraint: CONSTRAINTS.participantNikPerClass });
    await db.prisma.participant.createMany({
      data: Array.from({ length: classSizeMax }, (_, i) => person(i + 1)),
    });
    const extra = db.prisma.participant.create({ data: person(classSizeMax + 1) });
    let error: unknown;
    await extra.catch((e: unknown) => {
      error = e;
    });
    expect(isCheckViolation(error, CONSTRAINTS.classSize)).toBe(true);
    expect(isUniqueViolation(error) || isExclusionViolation(error)).toBe(false);
    expect(await db.prisma.participant.count({ where: { scheduleId: cls.id } })).toBe(classSizeMax);
  });

  it('refuses a second survey for a request', async () => {
    const [r1] = requests as [string];
    const answers = { u1: 4, u2: 4, u3: 4, u4: 4, u5: 4, u6: 4, u7: 4, u8: 4, u9: 4 };
    await db.prisma.satisfactionSurvey.create({ data: { requestId: r1, ...answers } });
    expect(
      await refusalOf(db.prisma.satisfactionSurvey.create({ data: { requestId: r1, ...answers } })),
    ).toEqual({ sqlState: '23505', constraint: CONSTRAINTS.surveyPerRequest });
  });
});
