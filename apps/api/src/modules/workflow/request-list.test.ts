import { randomBytes } from 'node:crypto';
import { hashToken, insertTrainingRequest, type PrismaClient } from '@blk/db';
import { DEMO_ACCESS_TOKEN } from '@blk/db/seed';
import { testDatabaseKinds } from '@blk/db/testing';
import { generateTrackingCode, normalizeAccessToken } from '@blk/domain';
import { execute, parse } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { createContext } from '../../graphql/context';
import { schema } from '../../graphql/schema';
import { appListDocuments } from '../../testing/app-documents';
import { storeApiKey } from '../../testing/fixtures';
import { statementRecorder } from '../../testing/statements';
import { apiForSuite } from '../../testing/suite-api';

const LIST = /* GraphQL */ `
  query List($first: Int, $after: String, $filter: TrainingRequestFilter, $order: TrainingRequestOrder) {
    trainingRequests(first: $first, after: $after, filter: $filter, orderBy: $order) {
      edges {
        node {
          id trackingCode state submittedAt stepDueAt
          region { code }
          requester { type organizationName contactName phone }
        }
      }
      pageInfo { hasNextPage endCursor }
    }
  }
`;

interface Node {
  id: string;
  trackingCode: string;
  state: string;
  submittedAt: string;
  stepDueAt: string | null;
  region: { code: string };
  requester: {
    type: string;
    organizationName: string;
    contactName: string | null;
    phone: string | null;
  };
}
type ListResult = {
  trainingRequests: {
    edges: { node: Node }[];
    pageInfo: { hasNextPage: boolean; endCursor: string };
  };
};

/** Everything a request screen shows, so any N+1 in a nested field would show in the count. */
const HEAVY = /* GraphQL */ `
  query Heavy($first: Int) {
    trainingRequests(first: $first) {
      edges {
        node {
          id trackingCode stepName version
          requester { organizationName contactName }
          region { name } kecamatan { name } kabupaten { name island }
          program { name kejuruan { name } }
          currentStep { name output timeStandard { label } }
          sla { status workingDaysLeft steps { stepKey status } }
          availableActions { key inputs { key } }
          viewerCanAct
          events { seq actorName actorRoleName actionLabel fromStepName toStepName durationWorkingDays onTime }
          assessments { findings }
          schedules { startDate participantCount instructors { name } sessions { date } }
        }
      }
    }
  }
`;

describe.each(testDatabaseKinds())('listing requests on %s', (kind) => {
  const statements = statementRecorder();
  const { api, staff } = apiForSuite(kind, {
    onStatement: statements.onStatement,
    signedIn: ['petugas'],
  });
  let all: Node[];

  const list = async (
    variables: Record<string, unknown>,
    options: { cookie?: string; headers?: Record<string, string> } = { cookie: staff.petugas },
  ) => {
    const res = await api.gql<ListResult>(LIST, { first: 100, ...variables }, options);
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    return res.data?.trainingRequests.edges.map((e) => e.node) ?? [];
  };

  beforeAll(async () => {
    all = await list({});
  });

  it('lists every request, newest first, and refuses the anonymous', async () => {
    expect(all.length).toBe(await api.db.prisma.trainingRequest.count());
    const times = all.map((n) => n.submittedAt);
    expect(times).toEqual([...times].sort().reverse());
    const anonymous = await api.gql(LIST, {});
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('pages with cursors without gaps or overlaps, in both sort orders', async () => {
    for (const order of ['SUBMITTED_OLDEST', 'DUE_SOONEST']) {
      const seen: string[] = [];
      let after: string | undefined;
      for (;;) {
        const res = await api.gql<ListResult>(
          LIST,
          { first: 7, after, order },
          { cookie: staff.petugas },
        );
        const page = res.data?.trainingRequests;
        seen.push(...(page?.edges.map((e) => e.node.id) ?? []));
        if (!page?.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      expect(new Set(seen).size).toBe(all.length);
      expect(seen).toHaveLength(all.length);
    }
    const due = (await list({ order: 'DUE_SOONEST' })).map((n) => n.stepDueAt);
    const withDeadline = due.filter((d): d is string => d !== null);
    expect(withDeadline).toEqual([...withDeadline].sort());
    expect(due.slice(withDeadline.length).every((d) => d === null)).toBe(true);
  });

  it('filters by state, step role, region, requester type, dates, overdue and text', async () => {
    const byState = await list({ filter: { states: ['diterima', 'persetujuan'] } });
    expect(byState.length).toBe(
      all.filter((n) => ['diterima', 'persetujuan'].includes(n.state)).length,
    );
    expect(byState.length).toBeGreaterThan(0);

    const kasi = await list({ filter: { stepRole: 'kepala_seksi' } });
    expect(new Set(kasi.map((n) => n.state))).toEqual(new Set(['asesmen_kebutuhan']));

    const instruktur = await list({ filter: { stepRole: 'instruktur' } });
    expect(new Set(instruktur.map((n) => n.state))).toEqual(
      new Set(['terjadwal', 'pelaksanaan', 'pelaporan']),
    );

    const belitung = await list({ filter: { regionPrefix: '19.02' } });
    expect(belitung.every((n) => n.region.code.startsWith('19.02.'))).toBe(true);
    expect(belitung.length).toBe(all.filter((n) => n.region.code.startsWith('19.02.')).length);
    const badPrefix = await api.gql(
      LIST,
      { filter: { regionPrefix: "19%' OR 1=1" } },
      { cookie: staff.petugas },
    );
    expect(badPrefix.errors?.[0]?.extensions?.code).toBe('VALIDATION_FAILED');

    const type = all[0]?.requester.type;
    const byType = await list({ filter: { requesterTypes: [type] } });
    expect(byType.length).toBe(all.filter((n) => n.requester.type === type).length);

    const day = all[0]?.submittedAt.slice(0, 10) ?? '';
    const recent = await list({ filter: { submittedFrom: day } });
    expect(recent.length).toBeGreaterThan(0);
    const dayStart = new Date(`${day}T00:00:00+07:00`).getTime();
    expect(recent.every((n) => new Date(n.submittedAt).getTime() >= dayStart)).toBe(true);
    expect(recent.length).toBe(
      all.filter((n) => new Date(n.submittedAt).getTime() >= dayStart).length,
    );
    const before = await list({ filter: { submittedTo: '2000-01-01' } });
    expect(before).toEqual([]);

    const now = Date.now();
    const overdue = await list({ filter: { overdueOnly: true } });
    expect(
      overdue.every((n) => n.stepDueAt !== null && new Date(n.stepDueAt).getTime() < now),
    ).toBe(true);
    expect(overdue.length).toBe(
      all.filter((n) => n.stepDueAt !== null && new Date(n.stepDueAt).getTime() < now).length,
    );

    const target = all[3] as Node;
    expect(
      (await list({ filter: { search: target.trackingCode.toLowerCase() } })).map((n) => n.id),
    ).toEqual([target.id]);
    const byContact = await list({ filter: { search: target.requester.contactName } });
    expect(byContact.map((n) => n.id)).toContain(target.id);
    const byOrg = await list({
      filter: { search: target.requester.organizationName.slice(0, 12) },
    });
    expect(byOrg.map((n) => n.id)).toContain(target.id);
    // Case-insensitive both ways: the columns are stored in lower case, the term is lowered.
    const shouted = await list({
      filter: { search: target.requester.organizationName.slice(0, 12).toUpperCase() },
    });
    expect(shouted.map((n) => n.id)).toEqual(byOrg.map((n) => n.id));
    const village = await api.db.prisma.region.findUniqueOrThrow({
      where: { code: target.region.code },
    });
    expect(
      (await list({ filter: { search: village.name.toUpperCase() } })).map((n) => n.id),
    ).toContain(target.id);
  });

  it('searches a term shared by more than 500 names on the requests themselves, with the same answer', async () => {
    const target = all[5] as Node;
    const { requesterId } = await api.db.prisma.trainingRequest.findUniqueOrThrow({
      where: { id: target.id },
    });
    await api.db.prisma.requester.update({
      where: { id: requesterId },
      data: { organizationName: `Koperasi Qzx Maju ${kind}` },
    });
    const expected = (
      await api.db.prisma.trainingRequest.findMany({
        where: { requesterId },
        orderBy: [{ submittedAt: 'desc' }, { id: 'desc' }],
      })
    ).map((r) => r.id);
    expect(expected).toContain(target.id);
    // 500 more organisation names sharing "qzx" (other requests' names, as the trigger keeps).
    await api.db.prisma.requestSearchTerm.createMany({
      data: Array.from({ length: 500 }, (_, i) => ({
        kind: 'organization',
        text: `kelompok qzx ${i} ${kind}`,
      })),
    });
    const common = await statements.during(async () => {
      expect((await list({ filter: { search: 'QZX' } })).map((n) => n.id)).toEqual(expected);
    });
    // The common term was matched on the requests' own column, not by 501 names' equality.
    expect(common.some((sql) => /"searchOrganization"::text LIKE/.test(sql))).toBe(true);
    const rare = await statements.during(async () => {
      expect((await list({ filter: { search: 'qzx maju' } })).map((n) => n.id)).toEqual(expected);
    });
    expect(rare.some((sql) => /"searchOrganization" IN/.test(sql))).toBe(true);
    await api.db.prisma.requestSearchTerm.deleteMany({
      where: { text: { startsWith: 'kelompok qzx ' } },
    });
  });

  it('serves integrators with requests:read without contact data, and refuses other keys', async () => {
    const key = async (scopes: string[]) => {
      const raw = `blk_test_${randomBytes(16).toString('hex')}`;
      await storeApiKey(api, raw, scopes);
      return { authorization: `Bearer ${raw}` };
    };
    const reader = await list({}, { headers: await key(['requests:read']) });
    expect(reader).toHaveLength(all.length);
    expect(
      reader.every((n) => n.requester.contactName === null && n.requester.phone === null),
    ).toBe(true);
    expect(reader[0]?.requester.organizationName).toBe(all[0]?.requester.organizationName);
    const contact = all[3]?.requester.contactName ?? '';
    expect(
      await list({ filter: { search: contact } }, { headers: await key(['requests:read']) }),
    ).toEqual([]);
    const other = await api.gql(LIST, {}, { headers: await key(['catalogue:read']) });
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('loads a page in the same number of database operations for 10 and 100 requests', async () => {
    const sop = await api.db.prisma.sopVersion.findFirstOrThrow({ where: { status: 'published' } });
    const base = await api.db.prisma.trainingRequest.findFirstOrThrow({
      include: { requester: true },
    });
    for (let i = all.length; i < 100; i++) {
      await api.db.prisma.$transaction((tx) =>
        insertTrainingRequest(tx, {
          input: {
            requesterType: base.requester.type,
            organizationName: `Karang Taruna ${i}`,
            contactName: 'Ketua',
            contactPhone: '+6281200000000',
            regionCode: base.regionCode,
            address: 'Jl. Uji',
            programId: base.programId ?? undefined,
            participantsExpected: 16,
            privacyConsent: true,
            preferredStart: '2027-03-01',
            preferredEnd: '2027-04-30',
          },
          trackingCode: generateTrackingCode((n) => randomBytes(n)),
          accessTokenHash: hashToken('x'),
          sopVersionId: sop.id,
          initialState: 'diterima',
          firstDeadline: new Date('2027-01-05T10:00:00Z'),
          submittedAt: new Date(),
        }),
      );
    }
    const user = await api.db.prisma.staffUser.findUniqueOrThrow({
      where: { email: 'kadis@blk.example' },
    });
    let count = 0;
    const counting = api.db.prisma.$extends({
      query: {
        async $allOperations({ args, query }) {
          count++;
          return query(args);
        },
      },
    }) as unknown as PrismaClient;
    const operations = async (first: number) => {
      // One context per request, as over HTTP; the per-process caches live on the client.
      const ctx = {
        ...createContext(api.db, {
          viewer: { kind: 'staff', sessionId: 'test', user: { ...user, instructorId: null } },
        }),
        prisma: counting,
      };
      count = 0;
      const sent = await statements.during(async () => {
        const result = await execute({
          schema,
          document: parse(HEAVY),
          variableValues: { first },
          contextValue: ctx,
        });
        expect(result.errors).toBeUndefined();
        const edges = (result.data?.trainingRequests as { edges: unknown[] } | undefined)?.edges;
        expect(edges).toHaveLength(first);
      });
      return { operations: count, sql: sent.length };
    };
    await operations(10); // the SOP definitions and the calendar are read once per process
    const ten = await operations(10);
    const hundred = await operations(100);
    expect(hundred).toEqual(ten);
    // The page with every relation it shows is one statement; the history of the SLA steps
    // (asked for by `sla.steps`) is the second.
    expect(ten).toEqual({ operations: 2, sql: 2 });
  });

  it("answers the apps' own list documents in one statement per level, session included", async () => {
    const documents = await appListDocuments();
    const kasi = await api.login('kasi@blk.example');
    const demo = await api.db.prisma.trainingRequest.findFirstOrThrow({
      where: { accessTokenHash: hashToken(normalizeAccessToken(DEMO_ACCESS_TOKEN) ?? '') },
    });
    const cases = [
      // The session with its user, then the page with requester, region chain and program.
      {
        name: 'Requests_List',
        sql: 2,
        send: () =>
          api.gql(
            documents.requests,
            { first: 100, orderBy: 'SUBMITTED_NEWEST' },
            { cookie: staff.petugas },
          ),
      },
      // The session, then the page with its schedules (SOP versions and definitions are cached).
      {
        name: 'MyWork_List',
        sql: 2,
        send: () => api.gql(documents.myWork, { first: 100 }, { cookie: kasi }),
      },
      // The session, then the programs with their kejuruan. Asked by staff: an anonymous repeat
      // is answered from the kept result without the database (catalogue-cache.test.ts).
      {
        name: 'Programs_List',
        sql: 2,
        send: () => api.gql(documents.programs, { first: 6 }, { cookie: kasi }),
      },
      // The lookup limit counted with the proofs read in one statement, then what the page shows.
      {
        name: 'Track_Load',
        sql: 2,
        send: () =>
          api.gql(documents.track, {
            trackingCode: demo.trackingCode,
            accessToken: DEMO_ACCESS_TOKEN,
          }),
      },
    ];
    for (const c of cases) {
      const first = await c.send(); // fills the per-process caches (holidays, SOP versions)
      expect(first.errors, `${c.name}: ${JSON.stringify(first.errors)}`).toBeUndefined();
      const sent = await statements.during(async () => {
        const again = await c.send();
        expect(again.errors).toBeUndefined();
      });
      expect(sent, c.name).toHaveLength(c.sql);
    }
  });
});
