import { testDatabaseKinds } from '@blk/db/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { apiForSuite } from '../../testing/suite-api';

/** WIB wall-clock time. */
const wib = (local: string) => new Date(`${local}:00+07:00`);

const QUERY = /* GraphQL */ `
  query {
    publicPerformance(year: 2024) {
      requestsReceived
      medianWorkingDaysToSchedule
      standardWorkingDaysToSchedule
      timeToSchedule {
        requests
        medianOfficeWorkingDays
        medianRequesterWorkingDays
        medianTotalWorkingDays
      }
    }
    performance(from: "2024-01-01", to: "2024-12-31") {
      requests
      standardWorkingDaysToSchedule
      timeToSchedule {
        requests
        medianOfficeWorkingDays
        medianRequesterWorkingDays
      }
    }
  }
`;

interface Split {
  requests: number;
  medianOfficeWorkingDays: number;
  medianRequesterWorkingDays: number;
  medianTotalWorkingDays?: number;
}

describe.each(testDatabaseKinds())('office time with the clock stopped on %s', (kind) => {
  const { api, staff } = apiForSuite(kind, { signedIn: ['kabid'] });

  beforeAll(async () => {
    // A request of July 2024 (no other request that year, no holiday in those weeks) that waited
    // ten working days on its requester for missing documents; every office step was quick.
    const model = await api.db.prisma.trainingRequest.findFirstOrThrow({
      orderBy: { submittedAt: 'asc' },
    });
    const submittedAt = wib('2024-07-01T09:00');
    const request = await api.db.prisma.trainingRequest.create({
      data: {
        trackingCode: 'BLK-WAIT10',
        accessTokenHash: 'x',
        requesterId: model.requesterId,
        regionCode: model.regionCode,
        address: 'Jl. Contoh 1',
        programId: model.programId,
        needDescription: model.programId ? null : 'Pelatihan menjahit',
        participantsExpected: 16,
        preferredStart: new Date('2024-08-01'),
        preferredEnd: new Date('2024-08-14'),
        sopVersionId: model.sopVersionId,
        state: 'terjadwal',
        stepStartedAt: wib('2024-07-22T14:00'),
        submittedAt,
      },
    });
    const steps: [string, string | null, string, string, 'requester' | 'staff'][] = [
      ['submit', null, 'diterima', '2024-07-01T09:00', 'requester'],
      ['return_for_completion', 'diterima', 'menunggu_kelengkapan', '2024-07-01T14:00', 'staff'],
      ['complete', 'menunggu_kelengkapan', 'diterima', '2024-07-15T14:00', 'requester'],
      ['verify', 'diterima', 'asesmen_kebutuhan', '2024-07-16T14:00', 'staff'],
      ['submit_assessment', 'asesmen_kebutuhan', 'persetujuan', '2024-07-18T14:00', 'staff'],
      ['approve', 'persetujuan', 'penjadwalan', '2024-07-19T14:00', 'staff'],
      ['schedule', 'penjadwalan', 'terjadwal', '2024-07-22T14:00', 'staff'],
    ];
    for (const [i, [action, fromState, toState, at, actorType]] of steps.entries()) {
      await api.db.prisma.requestEvent.create({
        data: {
          requestId: request.id,
          seq: i + 1,
          at: wib(at),
          actorType,
          action,
          fromState,
          toState,
          stepKey: fromState,
          ...(action === 'schedule'
            ? { inputs: { startDate: '2024-08-01', endDate: '2024-08-14' } }
            : {}),
        },
      });
    }
  });

  it('reports office time without the ten days, and the waiting time beside it', async () => {
    const res = await api.gql<{
      publicPerformance: {
        requestsReceived: number;
        medianWorkingDaysToSchedule: number;
        standardWorkingDaysToSchedule: number;
        timeToSchedule: Split;
      };
      performance: {
        requests: number;
        standardWorkingDaysToSchedule: number;
        timeToSchedule: Split;
      };
    }>(QUERY, {}, { cookie: staff.kabid });
    expect(res.errors).toBeUndefined();
    const pub = res.data?.publicPerformance;
    expect(pub?.requestsReceived).toBe(1);
    // 5 hours on 1 July, then 1 + 2 + 1 + 1 working days (the weekend of 20-21 July skipped).
    const office = 5 / 24 + 5;
    expect(pub?.timeToSchedule.requests).toBe(1);
    expect(pub?.timeToSchedule.medianOfficeWorkingDays).toBeCloseTo(office, 6);
    expect(pub?.timeToSchedule.medianRequesterWorkingDays).toBeCloseTo(10, 6);
    expect(pub?.timeToSchedule.medianTotalWorkingDays).toBeCloseTo(office + 10, 6);
    // Office time is within the 13-day standard; the time from submission is not.
    expect(pub?.standardWorkingDaysToSchedule).toBe(13);
    expect(pub?.timeToSchedule.medianOfficeWorkingDays).toBeLessThan(13);
    expect(pub?.medianWorkingDaysToSchedule).toBeGreaterThan(13);
    const internal = res.data?.performance;
    expect(internal?.requests).toBe(1);
    expect(internal?.standardWorkingDaysToSchedule).toBe(13);
    expect(internal?.timeToSchedule.medianOfficeWorkingDays).toBeCloseTo(office, 6);
    expect(internal?.timeToSchedule.medianRequesterWorkingDays).toBeCloseTo(10, 6);
  });
});
