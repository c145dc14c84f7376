import { testDatabaseKinds } from '@blk/db/testing';
import { DEFAULT_SOP, reportStepKeys } from '@blk/sop';
import { beforeAll, describe, expect, it } from 'vitest';
import { TEST_ANCHOR } from '../../testing/api';
import { apiForSuite } from '../../testing/suite-api';
import { applyRetention } from './apply-retention';

/** The default SOP's report step (the one whose action carries the classReport effect). */
const REPORT_STEP_KEY = reportStepKeys(DEFAULT_SOP)[0] ?? 'missing';

const DAY = 24 * 60 * 60 * 1000;
const SETTINGS = { participantYears: 5, outboxDays: 90 };

/** `date` minus whole calendar years. */
function yearsBefore(date: Date, years: number): Date {
  const d = new Date(date);
  d.setUTCFullYear(d.getUTCFullYear() - years);
  return d;
}

const CLASS = /* GraphQL */ `
  query Class($id: ID!) {
    schedule(id: $id) {
      participantCount
      participants {
        name sex nik birthDate phone address ageAtStart anonymisedAt education
        preTestScore postTestScore certificateNo
        attendance { sessionId status }
      }
    }
  }
`;

const FIGURES = /* GraphQL */ `
  query Figures {
    publicPerformance { requestsReceived requestsCompleted }
    performance(from: "2021-01-01", to: "2026-11-30", period: semester) {
      requests
      slaOverall { total onTime late }
    }
  }
`;

describe.each(testDatabaseKinds())('retention on %s', (kind) => {
  const { api, staff } = apiForSuite(kind, { signedIn: ['kadis'] });
  /** A seeded class (program, venue), copied as trainings reported on other dates. */
  let template: { requestId: string; scheduleId: string };

  /** Copies the template class as a new request whose training was reported at `reportedAt`. */
  async function classReportedAt(reportedAt: Date): Promise<string> {
    const prisma = api.db.prisma;
    const request = await prisma.trainingRequest.findUniqueOrThrow({
      where: { id: template.requestId },
      include: { requester: true },
    });
    const schedule = await prisma.trainingSchedule.findUniqueOrThrow({
      where: { id: template.scheduleId },
    });
    const requester = await prisma.requester.create({
      data: {
        type: request.requester.type,
        organizationName: request.requester.organizationName,
        contactName: request.requester.contactName,
        phone: request.requester.phone,
      },
    });
    const start = new Date(reportedAt.getTime() - 30 * DAY);
    const copy = await prisma.trainingRequest.create({
      data: {
        trackingCode: `BLK-R${reportedAt.getTime().toString(36).toUpperCase().slice(-5)}`,
        accessTokenHash: request.accessTokenHash,
        requesterId: requester.id,
        programId: request.programId,
        regionCode: request.regionCode,
        address: request.address,
        participantsExpected: request.participantsExpected,
        preferredStart: start,
        preferredEnd: reportedAt,
        sopVersionId: request.sopVersionId,
        state: 'selesai',
        stepStartedAt: reportedAt,
        submittedAt: new Date(start.getTime() - 30 * DAY),
        closedAt: new Date(reportedAt.getTime() + 20 * DAY),
      },
    });
    await prisma.requestEvent.create({
      data: {
        requestId: copy.id,
        seq: 1,
        at: reportedAt,
        actorType: 'staff',
        action: 'submit_report',
        fromState: REPORT_STEP_KEY,
        toState: 'menunggu_survei',
        stepKey: REPORT_STEP_KEY,
      },
    });
    const copySchedule = await prisma.trainingSchedule.create({
      data: {
        requestId: copy.id,
        programId: schedule.programId,
        startDate: start,
        endDate: new Date(start.getTime() + 10 * DAY),
        venue: schedule.venue,
        island: schedule.island,
      },
    });
    const session = await prisma.trainingSession.create({
      data: {
        scheduleId: copySchedule.id,
        date: start,
        startTime: '08:00',
        endTime: '15:00',
        jp: 7,
      },
    });
    const people = [
      {
        nik: '1971014107990001',
        name: 'Siti Aminah',
        birthDate: new Date('1999-07-01'),
        sex: 'P',
        pre: 40,
        post: 85,
      },
      {
        nik: '1971010203000002',
        name: 'Budi Santoso',
        birthDate: new Date('2000-03-02'),
        sex: 'L',
        pre: 55,
        post: 70,
      },
      {
        nik: '1971011511980003',
        name: 'Agus Salim',
        birthDate: new Date('1998-11-15'),
        sex: 'L',
        pre: null,
        post: null,
      },
    ];
    for (const [i, person] of people.entries()) {
      const participant = await prisma.participant.create({
        data: {
          scheduleId: copySchedule.id,
          nik: person.nik,
          name: person.name,
          birthDate: person.birthDate,
          sex: person.sex,
          phone: '+6281234567890',
          education: 'sma',
          address: 'Jl. Merdeka 1, Pangkalpinang',
          preTestScore: person.pre,
          postTestScore: person.post,
          certificateNo: person.post ? `CERT-${copySchedule.id.slice(-8)}-${i}` : null,
        },
      });
      await prisma.attendance.create({
        data: {
          participantId: participant.id,
          sessionId: session.id,
          status: i === 2 ? 'alpa' : 'hadir',
        },
      });
    }
    return copySchedule.id;
  }

  const roster = async (scheduleId: string) => {
    const res = await api.gql<{
      schedule: { participantCount: number; participants: Record<string, unknown>[] };
    }>(CLASS, { id: scheduleId }, { cookie: staff.kadis });
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data?.schedule;
  };

  beforeAll(async () => {
    const reported = await api.db.prisma.trainingSchedule.findFirstOrThrow({
      where: { cancelledAt: null },
      orderBy: { id: 'asc' },
    });
    template = { requestId: reported.requestId, scheduleId: reported.id };
  }, 120_000);

  it('anonymises participants of a training reported 5 years and a day ago, not 4 years ago, and keeps every figure', async () => {
    const now = TEST_ANCHOR;
    const old = await classReportedAt(new Date(yearsBefore(now, 5).getTime() - DAY));
    const recent = await classReportedAt(yearsBefore(now, 4));
    const figures = () =>
      api.db.prisma.participant.groupBy({
        by: ['scheduleId', 'sex'],
        _count: true,
        _avg: { preTestScore: true, postTestScore: true },
        orderBy: [{ scheduleId: 'asc' }, { sex: 'asc' }],
      });
    const before = {
      old: await roster(old),
      recent: await roster(recent),
      template: await roster(template.scheduleId),
    };
    const figuresBefore = await figures();
    const attendanceBefore = await api.db.prisma.attendance.count();
    const performanceBefore = await api.gql(FIGURES, {}, { cookie: staff.kadis });
    expect(performanceBefore.errors).toBeUndefined();

    const result = await applyRetention(api.db.prisma, SETTINGS, now);

    const after = {
      old: await roster(old),
      recent: await roster(recent),
      template: await roster(template.scheduleId),
    };
    expect(result.participantsAnonymised).toBe(before.old?.participantCount);
    expect(before.old?.participantCount).toBeGreaterThan(0);
    for (const p of after.old?.participants ?? []) {
      expect(p).toMatchObject({ nik: null, birthDate: null, phone: null, address: null });
      expect(p.anonymisedAt).toBe(now.toISOString());
      expect(p.ageAtStart).toEqual(expect.any(Number));
    }
    // What the figures and the completion report need is unchanged.
    const keep = (p: Record<string, unknown>) => ({
      name: p.name,
      sex: p.sex,
      ageAtStart: p.ageAtStart,
      education: p.education,
      preTestScore: p.preTestScore,
      postTestScore: p.postTestScore,
      certificateNo: p.certificateNo,
      attendance: p.attendance,
    });
    expect(after.old?.participantCount).toBe(before.old?.participantCount);
    expect(after.old?.participants.map(keep)).toEqual(before.old?.participants.map(keep));
    // The class reported 4 years ago and the seeded ones are untouched.
    expect(after.recent).toEqual(before.recent);
    expect(after.template).toEqual(before.template);
    expect(await figures()).toEqual(figuresBefore);
    expect(await api.db.prisma.attendance.count()).toBe(attendanceBefore);
    expect((await api.gql(FIGURES, {}, { cookie: staff.kadis })).data).toEqual(
      performanceBefore.data,
    );

    // One audit row with counts and no personal data.
    const audit = await api.db.prisma.auditLog.findMany({
      where: { action: 'privacy.retention', at: now },
    });
    expect(audit).toHaveLength(1);
    expect(audit[0]?.actorType).toBe('system');
    expect(audit[0]?.data).toMatchObject({ participantsAnonymised: result.participantsAnonymised });

    // Idempotent: the next run has nothing left to do.
    const again = await applyRetention(api.db.prisma, SETTINGS, new Date(now.getTime() + 1000));
    expect(again.participantsAnonymised).toBe(0);
    expect(await roster(old)).toEqual(after.old);
  });

  it('deletes sent and failed notifications after the outbox period, keeps newer and pending ones', async () => {
    const now = new Date(TEST_ANCHOR.getTime() + 10 * DAY);
    const at = (days: number) => new Date(now.getTime() - days * DAY);
    const message = {
      channel: 'email' as const,
      recipient: 'warga@example.id',
      template: 'request.received',
      payload: {},
    };
    const rows = await Promise.all([
      api.db.prisma.notificationOutbox.create({
        data: { ...message, status: 'sent', createdAt: at(95), sentAt: at(91) },
      }),
      api.db.prisma.notificationOutbox.create({
        data: { ...message, status: 'failed', createdAt: at(91) },
      }),
      api.db.prisma.notificationOutbox.create({
        data: { ...message, status: 'sent', createdAt: at(95), sentAt: at(89) },
      }),
      api.db.prisma.notificationOutbox.create({
        data: { ...message, status: 'pending', createdAt: at(200) },
      }),
    ]);
    const result = await applyRetention(api.db.prisma, SETTINGS, now);
    expect(result.outboxMessagesDeleted).toBeGreaterThanOrEqual(2);
    const left = await api.db.prisma.notificationOutbox.findMany({
      where: { id: { in: rows.map((r) => r.id) } },
      select: { id: true },
    });
    expect(left.map((r) => r.id).sort()).toEqual([rows[2]?.id, rows[3]?.id].sort());
  });
});
