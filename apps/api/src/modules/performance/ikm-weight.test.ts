import { testDatabaseKinds } from '@blk/db/testing';
import { computeIkm, endOfJakartaDay, SKM_ELEMENT_KEYS, startOfJakartaDay } from '@blk/domain';
import { describe, expect, it } from 'vitest';
import { apiForSuite } from '../../testing/suite-api';

const WINDOW = { from: '2026-01-01', to: '2026-11-29' };

const REPORT = /* GraphQL */ `
  query($from: Date!, $to: Date!) {
    ikmSettings { weight method }
    performance(from: $from, to: $to) {
      satisfaction { respondents ikm grade weight method elements { key mean } }
      satisfactionByProfile { dimension value label index { respondents ikm weight } }
    }
    publicPerformance { satisfaction { ikm weight method } }
  }
`;
const SET = /* GraphQL */ `
  mutation($weight: IkmWeight!) {
    setIkmWeight(weight: $weight) {
      __typename
      ... on IkmSettings { weight }
      ... on Error { code }
    }
  }
`;

interface Data {
  ikmSettings: { weight: string; method: string };
  performance: {
    satisfaction: {
      respondents: number;
      ikm: number;
      weight: string;
      method: string;
      elements: { key: string; mean: number }[];
    };
    satisfactionByProfile: {
      dimension: string;
      value: string | null;
      index: { respondents: number; ikm: number | null; weight: string };
    }[];
  };
  publicPerformance: { satisfaction: { ikm: number; weight: string; method: string } };
}

describe.each(testDatabaseKinds())('IKM weight setting on %s', (kind) => {
  const { api, staff } = apiForSuite(kind, { signedIn: ['kadis', 'kabid'] });

  const surveysInWindow = async () =>
    (
      await api.db.prisma.satisfactionSurvey.findMany({
        where: {
          submittedAt: {
            gte: startOfJakartaDay(WINDOW.from),
            lte: endOfJakartaDay(WINDOW.to),
          },
        },
      })
    ).map((s) => ({
      answers: Object.fromEntries(SKM_ELEMENT_KEYS.map((k) => [k, s[k]])) as never,
      gender: s.gender,
    }));

  const load = async () => {
    const res = await api.gql<Data>(REPORT, WINDOW, { cookie: staff.kabid });
    expect(res.errors).toBeUndefined();
    return res.data as Data;
  };

  it('uses 1/9 by default, says so, and breaks the index down by respondent profile', async () => {
    const data = await load();
    const surveys = await surveysInWindow();
    expect(surveys.length).toBeGreaterThan(0);
    expect(data.ikmSettings.weight).toBe('one_ninth');
    expect(data.ikmSettings.method).toContain('1/9');
    const { satisfaction } = data.performance;
    expect(satisfaction.weight).toBe('one_ninth');
    expect(satisfaction.method).toMatch(/Tanpa pembulatan antara/);
    expect(satisfaction.ikm).toBe(computeIkm(surveys.map((s) => s.answers)).ikm);
    expect(data.publicPerformance.satisfaction.weight).toBe('one_ninth');
    const female = surveys.filter((s) => s.gender === 'P');
    const row = data.performance.satisfactionByProfile.find(
      (r) => r.dimension === 'sex' && r.value === 'P',
    );
    expect(row?.index.respondents).toBe(female.length);
    expect(row?.index.ikm).toBe(computeIkm(female.map((s) => s.answers)).ikm);
    const bySex = data.performance.satisfactionByProfile.filter((r) => r.dimension === 'sex');
    expect(bySex.reduce((n, r) => n + r.index.respondents, 0)).toBe(surveys.length);
  });

  it('only the kepala dinas changes the weight; the change is audited and every figure follows it', async () => {
    const refused = await api.gql<{ setIkmWeight: { __typename: string } }>(
      SET,
      { weight: 'rounded_0111' },
      { cookie: staff.kabid },
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const res = await api.gql<{ setIkmWeight: { weight: string } }>(
      SET,
      { weight: 'rounded_0111' },
      { cookie: staff.kadis },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.setIkmWeight.weight).toBe('rounded_0111');
    const audit = await api.db.prisma.auditLog.findFirstOrThrow({
      where: { action: 'settings.ikm_weight' },
    });
    expect(audit.data).toEqual({ from: 'one_ninth', to: 'rounded_0111' });
    expect(audit.actorStaffId).not.toBeNull();

    const data = await load();
    const surveys = await surveysInWindow();
    expect(data.ikmSettings.method).toContain('0,111');
    expect(data.performance.satisfaction.weight).toBe('rounded_0111');
    expect(data.performance.satisfaction.ikm).toBe(
      computeIkm(
        surveys.map((s) => s.answers),
        'rounded_0111',
      ).ikm,
    );
    expect(data.performance.satisfactionByProfile[0]?.index.weight).toBe('rounded_0111');
    expect(data.publicPerformance.satisfaction.weight).toBe('rounded_0111');

    // The CSV export names the weight and gives element means to at least 4 decimals.
    const csv = await (
      await fetch(`${api.url}/exports/performance.csv?from=${WINDOW.from}&to=${WINDOW.to}`, {
        headers: { cookie: staff.kabid },
      })
    ).text();
    expect(csv).toContain('Bobot unsur IKM;0,111');
    expect(csv).toMatch(/Cara menghitung IKM;.*bobot 0,111/);
    expect(csv).toContain('IKM per Profil Responden');
    const means = data.performance.satisfaction.elements.map((e) => e.mean);
    const overall = csv.split('\r\n').find((l) => l.startsWith('Seluruh periode;')) ?? '';
    const cells = overall
      .split(';')
      .slice(4)
      .map((c) => Number(c.replace(',', '.')));
    expect(cells).toHaveLength(9);
    for (const [i, mean] of means.entries()) expect(cells[i]).toBeCloseTo(mean, 6);

    await api.gql(SET, { weight: 'one_ninth' }, { cookie: staff.kadis });
    expect((await load()).ikmSettings.weight).toBe('one_ninth');
  });
});
