import { testDatabaseKinds } from '@blk/db/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { TEST_ANCHOR } from '../../testing/api';
import { bearer, errorCode, issueApiKey } from '../../testing/api-keys';
import { apiForSuite } from '../../testing/suite-api';

const INSTRUCTOR = `id name nip phone homeIsland active competencies { code }
  certifications { id number expiresOn expired soon: expiresWithinDays(days: 60) }`;
const RESULT = `__typename ... on Instructor { ${INSTRUCTOR} }
  ... on ValidationError { issues { path code message } } ... on Error { errorCode: code }`;
const CREATE = `mutation($input: CreateInstructorInput!) { createInstructor(input: $input) { ${RESULT} } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateInstructorInput!) { updateInstructor(id: $id, input: $input) { ${RESULT} } }`;
const ARCHIVE = `mutation($id: ID!) { archiveInstructor(id: $id) { ${RESULT} } }`;
const ADD_CERT = `mutation($id: ID!, $input: CertificationInput!) { addInstructorCertification(instructorId: $id, input: $input) { ${RESULT} } }`;
const REMOVE_CERT = `mutation($id: ID!) { removeInstructorCertification(id: $id) { ${RESULT} } }`;
const LIST = `query($programId: ID, $island: Island, $within: Int, $archived: Boolean) {
  instructors(first: 100, programId: $programId, island: $island,
    certificateExpiringWithinDays: $within, includeArchived: $archived) { edges { node { name } } } }`;

type Instructor = {
  id: string;
  name: string;
  active: boolean;
  phone: string | null;
  homeIsland: string;
  competencies: { code: string }[];
  certifications: { id: string; number: string; expired: boolean; soon: boolean }[];
};
type Names = { instructors: { edges: { node: { name: string } }[] } };

describe.each(testDatabaseKinds())('instructor administration on %s', (kind) => {
  const { api, staff } = apiForSuite(kind, { signedIn: ['koordinator'] });
  let programs: Map<string, string>;
  const names = (res: { data?: Names }) => res.data?.instructors.edges.map((e) => e.node.name);
  const input = () => ({
    name: 'Wulan Sari',
    nip: '199407012020122001',
    phone: '0819-1234-5678',
    homeIsland: 'belitung',
    competencies: [programs.get('GAR-JHT-01')],
    certifications: [
      // Expires 30 days after the test's "today": flagged as expiring soon, not expired.
      {
        name: 'Sertifikat Kompetensi Menjahit',
        issuer: 'BNSP',
        number: 'BNSP-2025-001',
        issuedOn: '2025-01-10',
        expiresOn: new Date(TEST_ANCHOR.getTime() + 30 * 86_400_000).toISOString().slice(0, 10),
      },
    ],
  });

  beforeAll(async () => {
    programs = new Map(
      (await api.db.prisma.trainingProgram.findMany()).map((p) => [p.code, p.id] as const),
    );
  });

  it('registers an instructor with competencies and certificates, and audits it', async () => {
    const res = await api.gql<{ createInstructor: Instructor }>(
      CREATE,
      { input: input() },
      { cookie: staff.koordinator },
    );
    const created = res.data?.createInstructor;
    expect(created).toMatchObject({
      name: 'Wulan Sari',
      phone: '+6281912345678',
      homeIsland: 'belitung',
      competencies: [{ code: 'GAR-JHT-01' }],
    });
    expect(created?.certifications[0]).toMatchObject({ expired: false });
    const audit = await api.db.prisma.auditLog.count({
      where: { action: 'instructor.create', entityId: created?.id },
    });
    expect(audit).toBe(1);
    const dup = await api.gql(CREATE, { input: input() }, { cookie: staff.koordinator });
    expect(errorCode(dup, 'createInstructor')).toBe('ALREADY_EXISTS');
  });

  it('filters by program, island and certificates about to expire', async () => {
    const byProgram = await api.gql<Names>(
      LIST,
      { programId: programs.get('GAR-JHT-01') },
      { cookie: staff.koordinator },
    );
    expect(names(byProgram)?.sort()).toEqual(['Nurhasanah', 'Wulan Sari', 'Yuliana Sari']);
    const belitung = await api.gql<Names>(
      LIST,
      { programId: programs.get('GAR-JHT-01'), island: 'belitung' },
      { cookie: staff.koordinator },
    );
    expect(names(belitung)?.sort()).toEqual(['Nurhasanah', 'Wulan Sari']);
    const expiring = await api.gql<Names>(LIST, { within: 60 }, { cookie: staff.koordinator });
    // The seed gives every fourth instructor an expired certificate; ours expires in 30 days.
    expect(names(expiring)).toContain('Wulan Sari');
    expect(names(expiring)).toContain('Rudi Hartono');
    expect(names(expiring)).not.toContain('Slamet Riyadi');
    const bad = await api.gql<Names>(LIST, { within: -1 }, { cookie: staff.koordinator });
    expect(bad.errors?.[0]?.extensions?.code).toBe('VALIDATION_FAILED');
    const unknown = await api.gql<Names>(
      LIST,
      { programId: 'nope' },
      { cookie: staff.koordinator },
    );
    expect(names(unknown)).toEqual([]);
  });

  it('flags expired and soon-expiring certificates', async () => {
    const res = await api.gql<{ instructors: { edges: { node: Instructor }[] } }>(
      `{ instructors(first: 100) { edges { node { ${INSTRUCTOR} } } } }`,
      {},
      { cookie: staff.koordinator },
    );
    const rudi = res.data?.instructors.edges.find((e) => e.node.name === 'Rudi Hartono')?.node;
    expect(rudi?.certifications[0]).toMatchObject({ expired: true, soon: true });
    const wulan = res.data?.instructors.edges.find((e) => e.node.name === 'Wulan Sari')?.node;
    expect(wulan?.certifications[0]).toMatchObject({ expired: false, soon: true });
  });

  it('hides contact details from API keys and refuses them every change', async () => {
    const { key } = await issueApiKey(api, ['schedules:read']);
    const res = await api.gql<{ instructors: { edges: { node: { name: string } }[] } }>(
      '{ instructors(first: 1) { edges { node { name homeIsland } } } }',
      {},
      bearer(key),
    );
    expect(res.data?.instructors.edges).toHaveLength(1);
    const phone = await api.gql(
      '{ instructors(first: 1) { edges { node { phone } } } }',
      {},
      bearer(key),
    );
    expect(phone.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const write = await api.gql(CREATE, { input: input() }, bearer(key));
    expect(errorCode(write, 'createInstructor')).toBe('FORBIDDEN');
    const catalogOnly = await issueApiKey(api, ['catalog:read'], 'Katalog saja');
    const list = await api.gql(LIST, {}, bearer(catalogOnly.key));
    expect(list.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('updates details and competencies; validates in Indonesian', async () => {
    const id = (await api.db.prisma.instructor.findFirstOrThrow({ where: { name: 'Wulan Sari' } }))
      .id;
    const { certifications: _, ...details } = input();
    const res = await api.gql<{ updateInstructor: Instructor }>(
      UPDATE,
      {
        id,
        input: {
          ...details,
          homeIsland: 'bangka',
          competencies: [programs.get('PRO-PST-01'), programs.get('GAR-JHT-01')],
        },
      },
      { cookie: staff.koordinator },
    );
    expect(res.data?.updateInstructor.homeIsland).toBe('bangka');
    expect(res.data?.updateInstructor.competencies.map((c) => c.code).sort()).toEqual([
      'GAR-JHT-01',
      'PRO-PST-01',
    ]);
    const bad = await api.gql<{
      updateInstructor: { issues: { path: string; message: string }[] };
    }>(
      UPDATE,
      { id, input: { ...details, nip: '123', competencies: [programs.get('GAR-JHT-01'), 'x'] } },
      { cookie: staff.koordinator },
    );
    expect(bad.data?.updateInstructor.issues).toEqual([
      { path: 'nip', code: 'nip.invalid_length', message: 'NIP harus 18 digit angka' },
    ]);
    const unknownProgram = await api.gql<{ updateInstructor: { issues: { path: string }[] } }>(
      UPDATE,
      { id, input: { ...details, competencies: ['0190a3b4-0000-7000-8000-000000000000'] } },
      { cookie: staff.koordinator },
    );
    expect(unknownProgram.data?.updateInstructor.issues[0]?.path).toBe('competencies.0');
  });

  it('adds and removes certificates', async () => {
    const id = (await api.db.prisma.instructor.findFirstOrThrow({ where: { name: 'Wulan Sari' } }))
      .id;
    const cert = {
      name: 'Metodologi Pelatihan',
      issuer: 'Kemnaker',
      number: 'MP-77',
      issuedOn: '2024-05-01',
    };
    const added = await api.gql<{ addInstructorCertification: Instructor }>(
      ADD_CERT,
      { id, input: cert },
      { cookie: staff.koordinator },
    );
    const certs = added.data?.addInstructorCertification.certifications ?? [];
    expect(certs.map((c) => c.number)).toEqual(['BNSP-2025-001', 'MP-77']);
    expect(
      errorCode(
        await api.gql(ADD_CERT, { id, input: cert }, { cookie: staff.koordinator }),
        'addInstructorCertification',
      ),
    ).toBe('ALREADY_EXISTS');
    const backwards = await api.gql<{ addInstructorCertification: { issues: { code: string }[] } }>(
      ADD_CERT,
      { id, input: { ...cert, number: 'MP-78', expiresOn: '2024-01-01' } },
      { cookie: staff.koordinator },
    );
    expect(backwards.data?.addInstructorCertification.issues[0]?.code).toBe(
      'certification.expiry_before_issue',
    );
    const removed = await api.gql<{ removeInstructorCertification: Instructor }>(
      REMOVE_CERT,
      { id: certs.find((c) => c.number === 'MP-77')?.id },
      { cookie: staff.koordinator },
    );
    expect(removed.data?.removeInstructorCertification.certifications.map((c) => c.number)).toEqual(
      ['BNSP-2025-001'],
    );
  });

  it('archives an instructor out of the default list', async () => {
    const id = (await api.db.prisma.instructor.findFirstOrThrow({ where: { name: 'Wulan Sari' } }))
      .id;
    const res = await api.gql<{ archiveInstructor: Instructor }>(
      ARCHIVE,
      { id },
      { cookie: staff.koordinator },
    );
    expect(res.data?.archiveInstructor.active).toBe(false);
    expect(names(await api.gql<Names>(LIST, {}, { cookie: staff.koordinator }))).not.toContain(
      'Wulan Sari',
    );
    expect(
      names(await api.gql<Names>(LIST, { archived: true }, { cookie: staff.koordinator })),
    ).toContain('Wulan Sari');
  });

  it('is for the coordinator and the admin only', async () => {
    expect(errorCode(await api.gql(CREATE, { input: input() }), 'createInstructor')).toBe(
      'UNAUTHENTICATED',
    );
    const kabid = await api.login('kabid@blk.example');
    expect(
      errorCode(await api.gql(CREATE, { input: input() }, { cookie: kabid }), 'createInstructor'),
    ).toBe('FORBIDDEN');
    expect((await api.gql(LIST, {})).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
