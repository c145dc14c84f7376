import { testDatabaseKinds } from '@blk/db/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { apiForSuite } from '../../testing/suite-api';

const EXPORT = /* GraphQL */ `
  mutation Export($input: PersonalDataExportInput!) {
    exportPersonalData(input: $input) {
      __typename
      ... on PersonalDataExport { subjectHash generatedAt data }
      ... on ValidationError { issues { path message } }
      ... on Error { code message }
    }
  }
`;

interface Exported {
  exportPersonalData: {
    __typename: string;
    subjectHash?: string;
    data?: Record<string, Record<string, unknown>[]>;
    issues?: { path: string; message: string }[];
    code?: string;
  };
}

const NIK = '1971014107990001';
const REASON = 'Permohonan salinan data pribadi, surat 12/PDP/2026';

describe.each(testDatabaseKinds())('data-subject export on %s', (kind) => {
  const { api, staff } = apiForSuite(kind, { signedIn: ['admin'] });
  let phone: string;

  beforeAll(async () => {
    const schedule = await api.db.prisma.trainingSchedule.findFirstOrThrow({
      orderBy: { id: 'asc' },
    });
    await api.db.prisma.participant.create({
      data: {
        scheduleId: schedule.id,
        nik: NIK,
        name: 'Siti Aminah',
        birthDate: new Date('1999-07-01'),
        sex: 'P',
        address: 'Jl. Merdeka 1',
        preTestScore: 40,
      },
    });
    const requester = await api.db.prisma.requester.findFirstOrThrow({ orderBy: { id: 'asc' } });
    phone = requester.phone;
  }, 120_000);

  it('gives the admin everything held about one person and audits it without the identifier', async () => {
    const res = await api.gql<Exported>(
      EXPORT,
      { input: { nik: '1971 0141 0799 0001', reason: REASON } },
      { cookie: staff.admin },
    );
    const result = res.data?.exportPersonalData;
    expect(result?.__typename).toBe('PersonalDataExport');
    expect(result?.data?.participations).toEqual([
      expect.objectContaining({
        nik: NIK,
        name: 'Siti Aminah',
        birthDate: '1999-07-01',
        preTestScore: 40,
        class: expect.objectContaining({ trackingCode: expect.any(String) }),
      }),
    ]);
    const audit = await api.db.prisma.auditLog.findFirstOrThrow({
      where: { action: 'privacy.export', entityId: result?.subjectHash ?? '' },
    });
    expect(audit.actorStaffId).not.toBeNull();
    expect(audit.data).toMatchObject({ reason: REASON, identifier: 'nik' });
    expect(JSON.stringify(audit)).not.toContain(NIK);
    expect(audit.entityId).toMatch(/^[0-9a-f]{64}$/);

    const byPhone = await api.gql<Exported>(
      EXPORT,
      { input: { phone, reason: REASON } },
      { cookie: staff.admin },
    );
    const requests = byPhone.data?.exportPersonalData.data?.requestsAsContact ?? [];
    expect(requests.length).toBeGreaterThan(0);
    expect(requests[0]).toMatchObject({ phone, trackingCode: expect.any(String) });
  });

  it('needs a reason and one identifier', async () => {
    const res = await api.gql<Exported>(
      EXPORT,
      { input: { nik: NIK, phone, reason: '' } },
      { cookie: staff.admin },
    );
    expect(res.data?.exportPersonalData.__typename).toBe('ValidationError');
    expect(res.data?.exportPersonalData.issues?.map((i) => i.path).sort()).toEqual([
      'nik',
      'reason',
    ]);
  });

  it.each(['petugas@blk.example', 'kadis@blk.example'])('refuses %s', async (email) => {
    const before = await api.db.prisma.auditLog.count({ where: { action: 'privacy.export' } });
    const cookie = await api.login(email);
    const res = await api.gql<Exported>(
      EXPORT,
      { input: { nik: NIK, reason: REASON } },
      { cookie },
    );
    expect(res.data?.exportPersonalData?.data).toBeUndefined();
    expect(JSON.stringify(res)).not.toContain('Siti Aminah');
    expect(await api.db.prisma.auditLog.count({ where: { action: 'privacy.export' } })).toBe(
      before,
    );
  });
});
