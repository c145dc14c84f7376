import { errorMessage, type Lang } from '@blk/domain';
import { DEFAULT_SERVICE_STANDARD, DEFAULT_SOP, REQUEST_SOP_CODE } from '@blk/sop';
import { describe, expect, it } from 'vitest';
import { BURST, racesOnPostgres, TRIALS, tally } from '../../testing/races';
import { apiForSuite } from '../../testing/suite-api';

// Only one version of a document is in force: signed versions published at the same moment
// leave exactly one published, the others refused with nothing written (or, when the calls
// happen to run one after the other, superseded by the next). Raced through the GraphQL server
// with real parallel connections (testing/races.ts).
const onPostgres = racesOnPostgres('publish.concurrency.test.ts');

interface Outcome {
  __typename: string;
  id?: string;
  status?: string;
  code?: string;
  message?: string;
}

/** A versioned document as the races need it. */
interface Document {
  mutation: 'publishSopVersion' | 'publishServiceStandard';
  typename: 'SopVersion' | 'ServiceStandardVersion';
  auditAction: 'sop.publish' | 'service_standard.publish';
  /** Writes `n` signed (approved) versions, ready to be published; their ids. */
  signed(n: number): Promise<string[]>;
  /** Every version of the document, as stored. */
  versions(): Promise<{ id: string; status: string; effectiveAt: Date | null }[]>;
}

describe.runIf(onPostgres)('publishing versions under concurrency on postgres', () => {
  const { api, staff } = apiForSuite('postgres', { signedIn: ['kadis'] });

  const publish = (doc: Document, id: string, lang: Lang) =>
    api
      .gql<Record<string, Outcome>>(
        `mutation Publish($id: ID!) {
          ${doc.mutation}(id: $id) {
            __typename
            ... on ${doc.typename} { id status }
            ... on Error { code message }
          }
        }`,
        { id },
        { cookie: staff.kadis, headers: { 'accept-language': lang } },
      )
      .then((res) => {
        if (res.errors) throw new Error(JSON.stringify(res.errors));
        return res.data?.[doc.mutation] as Outcome;
      });

  /**
   * Publishes `n` signed versions of `doc` at once and checks what the database holds after:
   * one version in force, the version in force before superseded, every refused version still
   * signed and unpublished, each publication that went through audited once.
   */
  const race = async (doc: Document, n: number): Promise<void> => {
    const before = (await doc.versions()).filter((v) => v.status === 'published');
    const ids = await doc.signed(n);
    const langs = ids.map((_, i): Lang => (i % 2 ? 'en' : 'id'));
    const results = await Promise.all(ids.map((id, i) => publish(doc, id, langs[i] as Lang)));
    const won = ids.filter((_, i) => results[i]?.__typename === doc.typename);
    const lost = ids.filter((id) => !won.includes(id));
    expect(tally(results), JSON.stringify(results)).toEqual({
      [doc.typename]: won.length,
      ...(lost.length ? { 'OperationError:CONFLICT_STALE_VERSION': lost.length } : {}),
    });
    results.forEach((r, i) => {
      if (r.code) expect(r.message).toBe(errorMessage('CONFLICT_STALE_VERSION', langs[i] as Lang));
    });

    const after = new Map((await doc.versions()).map((v) => [v.id, v]));
    const inForce = [...after.values()].filter((v) => v.status === 'published');
    expect(inForce.map((v) => v.id)).toHaveLength(1);
    // The one in force is the publication that committed last; the others went before it.
    expect(won).toContain(inForce[0]?.id);
    for (const id of won.filter((w) => w !== inForce[0]?.id))
      expect(after.get(id)?.status).toBe('superseded');
    for (const id of lost)
      expect(after.get(id)).toMatchObject({ status: 'approved', effectiveAt: null });
    for (const v of before) expect(after.get(v.id)?.status).toBe('superseded');
    const audited = await api.db.prisma.auditLog.findMany({
      where: { action: doc.auditAction, entityId: { in: ids } },
      select: { entityId: true },
    });
    expect(audited.map((a) => a.entityId).sort()).toEqual([...won].sort());
  };

  /** TRIALS races of two callers, then one of BURST, each after `setUp`. */
  const races = async (doc: Document, setUp: () => Promise<void> = async () => {}) => {
    for (let trial = 0; trial < TRIALS; trial++) {
      await setUp();
      await race(doc, 2);
    }
    await setUp();
    await race(doc, BURST);
  };

  /** The versions of one SOP. */
  const sopDocument = (sopId: () => string): Document => ({
    mutation: 'publishSopVersion',
    typename: 'SopVersion',
    auditAction: 'sop.publish',
    signed: async (n) => {
      const last = await api.db.prisma.sopVersion.aggregate({
        where: { sopId: sopId() },
        _max: { versionNo: true },
      });
      const next = (last._max.versionNo ?? 0) + 1;
      const rows = await api.db.prisma.sopVersion.createManyAndReturn({
        data: Array.from({ length: n }, (_, i) => ({
          sopId: sopId(),
          versionNo: next + i,
          status: 'approved' as const,
          definition: DEFAULT_SOP as object,
          approvedAt: new Date(),
        })),
        select: { id: true },
      });
      return rows.map((r) => r.id);
    },
    versions: () =>
      api.db.prisma.sopVersion.findMany({
        where: { sopId: sopId() },
        select: { id: true, status: true, effectiveAt: true },
      }),
  });

  const standards: Document = {
    mutation: 'publishServiceStandard',
    typename: 'ServiceStandardVersion',
    auditAction: 'service_standard.publish',
    signed: async (n) => {
      // A standard is published only against the SOP in force.
      const sop = await api.db.prisma.sopVersion.findFirstOrThrow({
        where: { status: 'published', sop: { code: REQUEST_SOP_CODE } },
      });
      const last = await api.db.prisma.serviceStandardVersion.aggregate({
        _max: { versionNo: true },
      });
      const next = (last._max.versionNo ?? 0) + 1;
      const rows = await api.db.prisma.serviceStandardVersion.createManyAndReturn({
        data: Array.from({ length: n }, (_, i) => ({
          versionNo: next + i,
          status: 'approved' as const,
          components: DEFAULT_SERVICE_STANDARD.components as object,
          maklumat: DEFAULT_SERVICE_STANDARD.maklumat,
          sopVersionId: sop.id,
          approvedAt: new Date(),
        })),
        select: { id: true },
      });
      return rows.map((r) => r.id);
    },
    versions: () =>
      api.db.prisma.serviceStandardVersion.findMany({
        select: { id: true, status: true, effectiveAt: true },
      }),
  };

  /** One lifecycle step of one SOP version, sent by the head of office. */
  const step = (mutation: 'approveSopVersion' | 'publishSopVersion', id: string) =>
    api
      .gql<Record<string, Outcome>>(
        `mutation Step($id: ID!) {
          ${mutation}(id: $id) {
            __typename
            ... on SopVersion { id status }
            ... on Error { code }
          }
        }`,
        { id },
        { cookie: staff.kadis },
      )
      .then((res) => {
        if (res.errors) throw new Error(JSON.stringify(res.errors));
        return res.data?.[mutation] as Outcome;
      });

  it('signs and publishes a version once when the head of office taps twice', async () => {
    const sop = await api.db.prisma.sopDefinition.findUniqueOrThrow({
      where: { code: REQUEST_SOP_CODE },
    });
    const document = sopDocument(() => sop.id);
    for (const taps of [...Array.from({ length: TRIALS }, () => 2), BURST]) {
      const [id] = await document.signed(1);
      // Back to submitted: the taps below sign it.
      await api.db.prisma.sopVersion.update({
        where: { id },
        data: { status: 'submitted', approvedAt: null },
      });
      for (const [mutation, status, action] of [
        ['approveSopVersion', 'approved', 'sop.approve'],
        ['publishSopVersion', 'published', 'sop.publish'],
      ] as const) {
        const results = await Promise.all(
          Array.from({ length: taps }, () => step(mutation, id as string)),
        );
        const counts = tally(results);
        // One tap goes through; each other one finds the step already taken, either before it
        // read the version (not allowed from there) or between its read and its write (stale).
        expect(counts.SopVersion, JSON.stringify(results)).toBe(1);
        const refused =
          (counts['OperationError:TRANSITION_NOT_ALLOWED'] ?? 0) +
          (counts['OperationError:CONFLICT_STALE_VERSION'] ?? 0);
        expect(refused, JSON.stringify(results)).toBe(taps - 1);
        const stored = await api.db.prisma.sopVersion.findUniqueOrThrow({ where: { id } });
        expect(stored.status).toBe(status);
        expect(await api.db.prisma.auditLog.count({ where: { action, entityId: id } })).toBe(1);
      }
    }
  });

  it('keeps one SOP version in force when signed versions are published at once', async () => {
    const sop = await api.db.prisma.sopDefinition.findUniqueOrThrow({
      where: { code: REQUEST_SOP_CODE },
    });
    await races(sopDocument(() => sop.id));
  });

  it('puts one version of a new SOP in force when its first versions are published at once', async () => {
    // Nothing in force yet, so there is nothing to supersede: only the database's rule decides.
    let sopId = '';
    let trial = 0;
    const newSop = async () => {
      trial++;
      const sop = await api.db.prisma.sopDefinition.create({
        data: { code: `SOP-UJI-${trial}`, name: `SOP uji ${trial}` },
      });
      sopId = sop.id;
    };
    await races(
      sopDocument(() => sopId),
      newSop,
    );
  });

  it('keeps one service standard in force when signed standards are published at once', async () => {
    await races(standards);
  });

  it('puts one service standard in force when none is and several are published at once', async () => {
    const noneInForce = async () => {
      await api.db.prisma.serviceStandardVersion.updateMany({
        where: { status: 'published' },
        data: { status: 'superseded' },
      });
    };
    await races(standards, noneInForce);
  });
});
