import { testDatabaseKinds } from '@blk/db/testing';
import { endOfJakartaDay, startOfJakartaDay } from '@blk/domain';
import { DEFAULT_SOP, isReservedLane } from '@blk/sop';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TestApi } from '../../testing/api';
import { storeApiKey } from '../../testing/fixtures';
import { apiForSuite } from '../../testing/suite-api';

// A window that ended before the tests run, so no figure depends on the clock.
const WINDOW = { from: '2026-01-01', to: '2026-11-29' };

const REPORT = /* GraphQL */ `
  query($from: Date!, $to: Date!, $period: ReportPeriod) {
    performance(from: $from, to: $to, period: $period) {
      requests completedRequests medianCompletionWorkingDays
      slaOverall { total onTime late share }
      slaByStep { key label rate { total onTime late } }
      slaByRole { key label rate { total } }
      slaByStaff { key label rate { total onTime late } }
      slaByPeriod { key rate { total } }
      satisfaction { respondents ikm grade gradeLabel elements { key name mean } }
      satisfactionByPeriod { period index { respondents ikm } }
      requestsByKabupaten { key label count }
      requestsByRequesterType { key label count }
      requestsByProgram { key label count }
    }
  }
`;

interface Rate {
  total: number;
  onTime: number;
  late: number;
}
interface Report {
  requests: number;
  slaOverall: Rate & { share: number };
  slaByStep: { key: string; label: string; rate: Rate }[];
  slaByRole: { key: string; label: string; rate: Rate }[];
  slaByStaff: { key: string; label: string; rate: Rate }[];
  slaByPeriod: { key: string; rate: Rate }[];
  satisfaction: {
    respondents: number;
    ikm: number;
    grade: string;
    gradeLabel: string;
    elements: { key: string; name: string; mean: number }[];
  };
  satisfactionByPeriod: { period: string; index: { respondents: number } }[];
  requestsByKabupaten: { key: string; label: string; count: number }[];
  requestsByRequesterType: { key: string; count: number }[];
  requestsByProgram: { key: string | null; label: string; count: number }[];
}

/** Staff-finished office step visits in the window, straight from the event rows. */
async function staffStepEvents(api: TestApi) {
  const start = startOfJakartaDay(WINDOW.from);
  const end = endOfJakartaDay(WINDOW.to);
  const events = await api.db.prisma.requestEvent.findMany({
    where: {
      at: { lte: end },
      actorStaffId: { not: null },
      request: { submittedAt: { gte: start, lte: end } },
    },
  });
  return events.filter((e) => {
    const role = DEFAULT_SOP.steps.find((s) => s.key === e.fromState)?.role;
    return role !== undefined && !isReservedLane(role);
  });
}

describe.each(testDatabaseKinds())('performance evaluation on %s', (kind) => {
  const { api, staff } = apiForSuite(kind, { signedIn: ['kabid'] });
  const withScope = 'blk_test_reports_key_0123456789ab';
  const withoutScope = 'blk_test_catalog_key_0123456789ab';

  beforeAll(async () => {
    await storeApiKey(api, withScope, ['reports:read'], withScope);
    await storeApiKey(api, withoutScope, ['catalog:read'], withoutScope);
  });

  const load = async (variables: Record<string, unknown>) => {
    const res = await api.gql<{ performance: Report }>(REPORT, variables, { cookie: staff.kabid });
    expect(res.errors).toBeUndefined();
    if (!res.data) throw new Error('no report');
    return res.data.performance;
  };

  it('counts requests by kabupaten/kota, requester type and program as stored', async () => {
    const report = await load({ ...WINDOW });
    const inWindow = {
      submittedAt: { gte: startOfJakartaDay(WINDOW.from), lte: endOfJakartaDay(WINDOW.to) },
    };
    const total = await api.db.prisma.trainingRequest.count({ where: inWindow });
    expect(total).toBeGreaterThan(10);
    expect(report.requests).toBe(total);
    expect(report.requestsByKabupaten).toHaveLength(7);
    expect(report.requestsByKabupaten.find((k) => k.key === '19.71')?.label).toBe(
      'Kota Pangkal Pinang',
    );
    for (const k of report.requestsByKabupaten) {
      expect(k.count).toBe(
        await api.db.prisma.trainingRequest.count({
          where: { ...inWindow, regionCode: { startsWith: `${k.key}.` } },
        }),
      );
    }
    expect(report.requestsByRequesterType).toHaveLength(8);
    for (const t of report.requestsByRequesterType) {
      expect(t.count).toBe(
        await api.db.prisma.trainingRequest.count({
          where: { ...inWindow, requester: { type: t.key as never } },
        }),
      );
    }
    expect(report.requestsByProgram.reduce((sum, p) => sum + p.count, 0)).toBe(total);
  });

  it('measures SLA compliance from the recorded events', async () => {
    const report = await load({ ...WINDOW, period: 'quarter' });
    const events = await staffStepEvents(api);
    const staffRows = report.slaByStaff;
    expect(staffRows.reduce((s, r) => s + r.rate.onTime, 0)).toBe(
      events.filter((e) => e.onTime !== false).length,
    );
    expect(staffRows.reduce((s, r) => s + r.rate.late, 0)).toBe(
      events.filter((e) => e.onTime === false).length,
    );
    const kasi = await api.db.prisma.staffUser.findUniqueOrThrow({
      where: { email: 'kasi@blk.example' },
    });
    expect(staffRows.find((r) => r.key === kasi.id)?.label).toBe(kasi.name);
    // Every measured visit is counted once per breakdown.
    const sum = (rows: { rate: Rate }[]) => rows.reduce((s, r) => s + r.rate.total, 0);
    expect(report.slaOverall.total).toBeGreaterThanOrEqual(events.length);
    expect(sum(report.slaByStep)).toBe(report.slaOverall.total);
    expect(sum(report.slaByRole)).toBe(report.slaOverall.total);
    expect(sum(report.slaByPeriod)).toBe(report.slaOverall.total);
    expect(report.slaOverall.onTime + report.slaOverall.late).toBe(report.slaOverall.total);
    expect(report.slaByPeriod.every((p) => /^2026-Q[1-4]$/.test(p.key))).toBe(true);
    expect(report.slaByRole.map((r) => r.key)).not.toContain('pemohon');
    expect(report.slaByRole.find((r) => r.key === 'petugas_layanan')?.label).toBe(
      'Petugas Layanan',
    );
  });

  it('computes the satisfaction index of the surveys answered in the window', async () => {
    const report = await load({ ...WINDOW });
    const { satisfaction, satisfactionByPeriod } = report;
    const count = await api.db.prisma.satisfactionSurvey.count({
      where: {
        submittedAt: { gte: startOfJakartaDay(WINDOW.from), lte: endOfJakartaDay(WINDOW.to) },
      },
    });
    expect(count).toBeGreaterThan(0);
    expect(satisfaction.respondents).toBe(count);
    expect(satisfactionByPeriod.reduce((s, p) => s + p.index.respondents, 0)).toBe(count);
    // The demo surveys always answer 4 (free) on cost.
    expect(satisfaction.elements.find((e) => e.key === 'u4')).toEqual({
      key: 'u4',
      name: 'Biaya/tarif',
      mean: 4,
    });
    expect(satisfaction.ikm).toBeGreaterThanOrEqual(25);
    expect(satisfaction.ikm).toBeLessThanOrEqual(100);
    expect(['A', 'B', 'C', 'D']).toContain(satisfaction.grade);
  });

  it('is for staff with the capability and for API keys with the reports scope', async () => {
    const q = '{ performance(from: "2026-01-01", to: "2026-11-29") { requests } }';
    expect((await api.gql(q)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const petugas = await api.login('petugas@blk.example');
    expect((await api.gql(q, {}, { cookie: petugas })).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
    const bearer = (key: string) => ({ headers: { authorization: `Bearer ${key}` } });
    const ok = await api.gql<{ performance: { requests: number } }>(q, {}, bearer(withScope));
    expect(ok.errors).toBeUndefined();
    expect(ok.data?.performance.requests).toBeGreaterThan(0);
    expect((await api.gql(q, {}, bearer(withoutScope))).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
  });

  it('refuses a window that ends before it starts', async () => {
    const res = await api.gql(
      '{ performance(from: "2026-06-01", to: "2026-05-01") { requests } }',
      {},
      { cookie: staff.kabid },
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('VALIDATION_FAILED');
  });
});
