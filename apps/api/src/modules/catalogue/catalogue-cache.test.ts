import { testDatabaseKinds } from '@blk/db/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { appListDocuments } from '../../testing/app-documents';
import { statementRecorder } from '../../testing/statements';
import { apiForSuite } from '../../testing/suite-api';

type Catalogue = {
  programs: {
    edges: { node: { id: string; name: string; kejuruan: { code: string; name: string } } }[];
  };
};

const UPDATE = `mutation($id: ID!, $at: DateTime!, $input: ProgramInput!) {
  updateProgram(id: $id, expectedUpdatedAt: $at, input: $input) {
    __typename ... on Error { code } } }`;
const ARCHIVE = `mutation($id: ID!) { archiveProgram(id: $id) { __typename } }`;
const RESTORE = `mutation($id: ID!) { restoreProgram(id: $id) { __typename } }`;
const RENAME_KEJURUAN = `mutation($input: KejuruanInput!) { updateKejuruan(input: $input) { __typename } }`;

describe.each(testDatabaseKinds())(
  'public catalogue answered from the kept result on %s',
  (kind) => {
    const sql = statementRecorder();
    const { api, staff } = apiForSuite(kind, {
      onStatement: sql.onStatement,
      signedIn: ['koordinator'],
    });
    let programs: string;
    beforeAll(async () => {
      programs = (await appListDocuments()).programs;
    });

    /** The public app's catalogue page, as an anonymous visitor asks for it. */
    const catalogue = async (variables: Record<string, unknown> = { first: 50 }) => {
      const res = await api.gql<Catalogue>(programs, variables);
      expect(res.errors).toBeUndefined();
      return res.data?.programs.edges.map((e) => e.node) ?? [];
    };

    it('answers a repeated anonymous query without the database, each variable set on its own', async () => {
      const first = await catalogue();
      expect(first.length).toBeGreaterThan(1);
      expect(await sql.during(() => catalogue())).toHaveLength(0);
      expect(await catalogue()).toEqual(first);
      // Other variables are another answer, executed once.
      expect(await sql.during(() => catalogue({ first: 1 }))).not.toHaveLength(0);
      expect(await catalogue({ first: 1 })).toEqual(first.slice(0, 1));
      expect(await sql.during(() => catalogue({ first: 1 }))).toHaveLength(0);
    });

    it('executes for staff (their answers are not kept)', async () => {
      await catalogue();
      const asStaff = () =>
        api.gql<Catalogue>(programs, { first: 50 }, { cookie: staff.koordinator });
      expect(await sql.during(asStaff)).not.toHaveLength(0);
    });

    it("shows a staff edit of a program, its archiving and a kejuruan's new name at once", async () => {
      const [program] = await catalogue();
      if (!program) throw new Error('no programme');
      const row = await api.db.prisma.trainingProgram.findUniqueOrThrow({
        where: { id: program.id },
        include: { units: { orderBy: { position: 'asc' } } },
      });
      const input = {
        code: row.code,
        name: `${row.name} (baru)`,
        kejuruan: row.kejuruanCode,
        description: row.description,
        durationDays: row.durationDays,
        durationJp: row.durationJp,
        classSizeMin: row.classSizeMin,
        classSizeDefault: row.classSizeDefault,
        classSizeMax: row.classSizeMax,
        ageMin: row.minAge,
        ageMax: row.maxAge,
        requirements: row.requirements,
        siteRequirements: row.siteRequirements,
        competencyUnits: row.units.map((u) => ({ code: u.code, title: u.title, jp: u.jp })),
      };
      const updated = await api.gql<{ updateProgram: { __typename: string } }>(
        UPDATE,
        { id: row.id, at: row.updatedAt.toISOString(), input },
        { cookie: staff.koordinator },
      );
      expect(updated.data?.updateProgram.__typename).toBe('TrainingProgram');
      expect((await catalogue()).find((p) => p.id === row.id)?.name).toBe(`${row.name} (baru)`);

      await api.gql(ARCHIVE, { id: row.id }, { cookie: staff.koordinator });
      expect((await catalogue()).map((p) => p.id)).not.toContain(row.id);
      await api.gql(RESTORE, { id: row.id }, { cookie: staff.koordinator });
      expect((await catalogue()).map((p) => p.id)).toContain(row.id);

      const code = program.kejuruan.code;
      const renamed = await api.gql<{ updateKejuruan: { __typename: string } }>(
        RENAME_KEJURUAN,
        { input: { code, name: 'Kejuruan Baru' } },
        { cookie: staff.koordinator },
      );
      expect(renamed.data?.updateKejuruan.__typename).toBe('Kejuruan');
      expect((await catalogue()).find((p) => p.id === row.id)?.kejuruan.name).toBe('Kejuruan Baru');
    });
  },
);
