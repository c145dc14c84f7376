import { createWorkingCalendar } from '@blk/domain';
import { checkTransition, DEFAULT_SOP } from '@blk/sop';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from './client';
import { applyMigrations, readMigrations } from './migrate';
import { recordTransition, StaleVersionError } from './requests/record';
import { seedAll } from './seed';
import { createTestDatabase, testDatabaseKinds } from './testing';

/** The Postgres error code (SQLSTATE) behind a failed Prisma or raw query. */
async function sqlState(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    const e = error as {
      code?: string;
      meta?: { driverAdapterError?: { cause?: { originalCode?: string; kind?: string } } };
    };
    const cause = e.meta?.driverAdapterError?.cause;
    return cause?.originalCode ?? cause?.kind ?? e.code ?? String(error);
  }
  return 'no error';
}

describe.each(testDatabaseKinds())('on %s', (kind) => {
  let db: Database;
  let requestId: string;

  beforeAll(async () => {
    db = await createTestDatabase(kind);
  });
  afterAll(async () => {
    await db?.close();
  });

  it('applies every migration from empty and records them like Prisma', async () => {
    const rows = await db.sql.query<{ migration_name: string; finished_at: Date | null }>(
      'SELECT migration_name, finished_at FROM "_prisma_migrations" ORDER BY migration_name',
    );
    expect(rows.map((r) => r.migration_name)).toEqual(readMigrations().map((m) => m.name));
    expect(rows.every((r) => r.finished_at !== null)).toBe(true);
    expect(await applyMigrations(db.sql)).toEqual({ applied: [], alreadyApplied: rows.length });
  });

  it('seeds twice without duplicating anything', async () => {
    const first = await seedAll(db.prisma);
    const second = await seedAll(db.prisma);
    expect(second).toEqual(first);
    expect(first.regions).toBe(448);
    expect(await db.prisma.region.count({ where: { level: 'desa' } })).toBe(309);
    expect(await db.prisma.region.count({ where: { level: 'kelurahan' } })).toBe(84);
    expect(await db.prisma.role.count()).toBe(7);
    const roles = await db.prisma.staffUser.groupBy({ by: ['roleKey'], _count: true });
    expect(roles.map((r) => r.roleKey).sort()).toEqual(
      (await db.prisma.role.findMany()).map((r) => r.key).sort(),
    );
    // Two full seeds of 448 regions and the demo requests: over a minute on a busy 2-core machine.
  }, 180_000);

  it('seeds demo requests resting in every state of the default SOP, with their history', async () => {
    const states = await db.prisma.trainingRequest.groupBy({ by: ['state'], _count: true });
    const steps = DEFAULT_SOP.steps.map((s) => s.key);
    expect(states.map((s) => s.state).sort()).toEqual([...steps].sort());
    const requests = await db.prisma.trainingRequest.findMany({
      include: { events: { orderBy: { seq: 'asc' } } },
    });
    for (const r of requests) {
      expect(r.events.map((e) => e.seq)).toEqual(r.events.map((_, i) => i + 1));
      expect(r.events.at(-1)?.toState).toBe(r.state);
      expect(r.version).toBe(r.events.length);
    }
    const completed = requests.filter((r) => r.state === 'selesai').length;
    expect(await db.prisma.satisfactionSurvey.count()).toBe(completed);
  });

  it('applies a transition once: a second writer with the same version is refused', async () => {
    const request = await db.prisma.trainingRequest.findFirstOrThrow({
      where: { state: 'diterima' },
    });
    const staff = await db.prisma.staffUser.findFirstOrThrow({
      where: { roleKey: 'petugas_layanan' },
    });
    const calendar = createWorkingCalendar([]);
    const snapshot = { state: request.state, stepStartedAt: request.stepStartedAt };
    const actor = { kind: 'staff' as const, roles: ['petugas_layanan'], staffId: staff.id };
    const result = checkTransition(
      DEFAULT_SOP,
      snapshot,
      actor,
      'verify',
      {},
      { now: new Date(), calendar },
    );
    if (!result.ok) throw new Error('verify refused');
    const args = {
      requestId: request.id,
      expectedVersion: request.version,
      definition: DEFAULT_SOP,
      event: result.event,
      deadline: result.deadline,
    };
    await db.prisma.$transaction((tx) => recordTransition(tx, args));
    await expect(db.prisma.$transaction((tx) => recordTransition(tx, args))).rejects.toBeInstanceOf(
      StaleVersionError,
    );
    const after = await db.prisma.trainingRequest.findUniqueOrThrow({
      where: { id: request.id },
      include: { events: true },
    });
    expect(after.state).toBe('asesmen_kebutuhan');
    expect(after.version).toBe(request.version + 1);
    expect(after.events).toHaveLength(request.version + 1);
  });

  it('accepts a well-formed request', async () => {
    const sop = await db.prisma.sopDefinition.create({
      data: {
        code: 'SOP-TEST',
        name: 'Uji',
        versions: { create: { versionNo: 1, definition: {}, status: 'published' } },
      },
      include: { versions: true },
    });
    const requester = await db.prisma.requester.create({
      data: {
        type: 'desa',
        organizationName: 'Pemerintah Desa Nibung',
        contactName: 'Sekdes',
        phone: '+6281234567890',
      },
    });
    const request = await db.prisma.trainingRequest.create({
      data: {
        trackingCode: 'BLK-TEST01',
        accessTokenHash: 'x',
        requesterId: requester.id,
        needDescription: 'Pelatihan menjahit untuk ibu-ibu PKK',
        regionCode: '19.04.01.2003',
        address: 'Jl. Raya Nibung',
        participantsExpected: 16,
        preferredStart: new Date('2027-02-01'),
        preferredEnd: new Date('2027-03-01'),
        sopVersionId: sop.versions[0]?.id ?? '',
        state: 'diterima',
        stepStartedAt: new Date(),
      },
    });
    requestId = request.id;
    expect(request.version).toBe(1);
  });

  const base = () => ({
    accessTokenHash: 'x',
    needDescription: 'Pelatihan',
    address: 'Jl. Mawar',
    participantsExpected: 16,
    preferredStart: new Date('2027-02-01'),
    preferredEnd: new Date('2027-03-01'),
    state: 'diterima',
    stepStartedAt: new Date(),
  });
  const copyOf = async (changes: Record<string, unknown>) => {
    const existing = await db.prisma.trainingRequest.findUniqueOrThrow({
      where: { id: requestId },
    });
    return db.prisma.trainingRequest.create({
      data: {
        ...base(),
        trackingCode: `BLK-${Math.random().toString(36).slice(2, 8).toUpperCase()}`,
        requesterId: existing.requesterId,
        sopVersionId: existing.sopVersionId,
        regionCode: existing.regionCode,
        ...changes,
      },
    });
  };

  it.each([
    ['a duplicate tracking code', { trackingCode: 'BLK-TEST01' }, '23505'],
    ['an unknown region code', { regionCode: '19.99.99.2999' }, '23503'],
    ['a negative participant count', { participantsExpected: -3 }, '23514'],
    ['zero participants', { participantsExpected: 0 }, '23514'],
    ['a window that ends before it starts', { preferredEnd: new Date('2027-01-01') }, '23514'],
    ['neither a program nor a described need', { needDescription: null }, '23514'],
  ])('rejects %s', async (_what, changes, code) => {
    expect(await sqlState(copyOf(changes))).toBe(code);
  });

  it('rejects a requester phone that is not E.164 Indonesian', async () => {
    expect(
      await sqlState(
        db.prisma.requester.create({
          data: { type: 'desa', organizationName: 'X', contactName: 'Y', phone: '081234' },
        }),
      ),
    ).toBe('23514');
  });

  it('rejects a survey answer outside 1..4 and a second survey for a request', async () => {
    const answers = { u1: 4, u2: 4, u3: 3, u4: 4, u5: 3, u6: 4, u7: 4, u8: 3, u9: 4 };
    expect(
      await sqlState(
        db.prisma.satisfactionSurvey.create({ data: { requestId, ...answers, u5: 5 } }),
      ),
    ).toBe('23514');
    await db.prisma.satisfactionSurvey.create({ data: { requestId, ...answers } });
    expect(
      await sqlState(db.prisma.satisfactionSurvey.create({ data: { requestId, ...answers } })),
    ).toBe('23505');
  });

  it('keeps the request event log append-only', async () => {
    const event = await db.prisma.requestEvent.create({
      data: { requestId, seq: 1, actorType: 'requester', action: 'submit', toState: 'diterima' },
    });
    expect(
      await sqlState(
        db.prisma.requestEvent.create({
          data: { requestId, seq: 1, actorType: 'staff', action: 'x', toState: 'y' },
        }),
      ),
    ).toBe('23505');
    expect(
      await sqlState(
        db.prisma.requestEvent.update({ where: { id: event.id }, data: { note: 'tampered' } }),
      ),
    ).toBe('23514');
    expect(await sqlState(db.prisma.requestEvent.delete({ where: { id: event.id } }))).toBe(
      '23514',
    );
    expect(await db.prisma.requestEvent.count({ where: { requestId } })).toBe(1);
  });

  it('rejects a malformed NIK and a test score above 100', async () => {
    const program = await db.prisma.trainingProgram.findFirstOrThrow();
    const schedule = await db.prisma.trainingSchedule.create({
      data: {
        requestId,
        programId: program.id,
        startDate: new Date('2027-02-01'),
        endDate: new Date('2027-02-20'),
        venue: 'Balai Desa',
        island: 'Bangka',
      },
    });
    const participant = {
      scheduleId: schedule.id,
      name: 'Ani',
      birthDate: new Date('2000-01-01'),
      sex: 'P',
    };
    expect(
      await sqlState(
        db.prisma.participant.create({ data: { ...participant, nik: '19040112345' } }),
      ),
    ).toBe('23514');
    expect(
      await sqlState(
        db.prisma.participant.create({
          data: { ...participant, nik: '1904014101000001', postTestScore: 101 },
        }),
      ),
    ).toBe('23514');
    await db.prisma.participant.create({ data: { ...participant, nik: '1904014101000001' } });
    expect(
      await sqlState(
        db.prisma.participant.create({ data: { ...participant, nik: '1904014101000001' } }),
      ),
    ).toBe('23505');
  });

  it('rejects a program whose class sizes are out of order', async () => {
    expect(
      await sqlState(
        db.prisma.trainingProgram.create({
          data: {
            code: 'BAD-01',
            name: 'Bad',
            kejuruanCode: 'TIK',
            description: 'x',
            durationDays: 5,
            durationJp: 40,
            classSizeMin: 20,
            classSizeDefault: 16,
            classSizeMax: 16,
          },
        }),
      ),
    ).toBe('23514');
  });
});
