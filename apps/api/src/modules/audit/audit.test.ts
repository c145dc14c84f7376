import { testDatabaseKinds } from '@blk/db/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { createContext } from '../../graphql/context';
import { bearer, issueApiKey } from '../../testing/api-keys';
import { apiForSuite } from '../../testing/suite-api';
import { recordAudit } from './audit';

const AUDIT = `query($type: String, $id: String, $actor: ID, $from: DateTime) {
  auditLog(first: 20, entityType: $type, entityId: $id, actorStaffId: $actor, from: $from) {
    edges { node { action entityType entityId actorType actorStaff { email } data } } } }`;
const ADD_HOLIDAY = `mutation($input: HolidayInput!) { addHoliday(input: $input) { __typename } }`;

type Entry = {
  action: string;
  entityId: string;
  actorType: string;
  actorStaff: { email: string } | null;
  data: unknown;
};
type AuditPage = { auditLog: { edges: { node: Entry }[] } };

describe.each(testDatabaseKinds())('the audit log on %s', (kind) => {
  const { api, staff } = apiForSuite(kind, { signedIn: ['admin'] });
  beforeAll(async () => {
    await api.gql(
      ADD_HOLIDAY,
      { input: { date: '2027-08-17', name: 'Hari Kemerdekaan', kind: 'libur_nasional' } },
      { cookie: staff.admin },
    );
  });

  it('shows who changed which record to the admin and the head of office', async () => {
    const kadis = await api.login('kadis@blk.example');
    for (const cookie of [staff.admin, kadis]) {
      const res = await api.gql<AuditPage>(
        AUDIT,
        { type: 'Holiday', id: '2027-08-17' },
        { cookie },
      );
      expect(res.data?.auditLog.edges.map((e) => e.node)).toEqual([
        {
          action: 'holiday.add',
          entityType: 'Holiday',
          entityId: '2027-08-17',
          actorType: 'staff',
          actorStaff: { email: 'admin@blk.example' },
          data: { name: 'Hari Kemerdekaan', kind: 'libur_nasional', basis: null, isDayOff: true },
        },
      ]);
    }
  });

  it('filters by actor and date', async () => {
    const kadisId = (
      await api.db.prisma.staffUser.findUniqueOrThrow({ where: { email: 'kadis@blk.example' } })
    ).id;
    const byKadis = await api.gql<AuditPage>(AUDIT, { actor: kadisId }, { cookie: staff.admin });
    expect(byKadis.data?.auditLog.edges).toEqual([]);
    const later = await api.gql<AuditPage>(
      AUDIT,
      { from: new Date(Date.now() + 60_000).toISOString() },
      { cookie: staff.admin },
    );
    expect(later.data?.auditLog.edges).toEqual([]);
    const bogus = await api.gql<AuditPage>(AUDIT, { actor: 'not-a-uuid' }, { cookie: staff.admin });
    expect(bogus.data?.auditLog.edges).toEqual([]);
  });

  it('is closed to the public, other roles and API keys', async () => {
    expect((await api.gql(AUDIT)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const petugas = await api.login('petugas@blk.example');
    expect((await api.gql(AUDIT, {}, { cookie: petugas })).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
    const { key } = await issueApiKey(api, ['reports:read']);
    expect((await api.gql(AUDIT, {}, bearer(key))).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('records an API key as the actor of changes made with it', async () => {
    const { id } = await issueApiKey(api, ['requests:read']);
    const ctx = createContext(api.db, {
      viewer: {
        kind: 'integrator',
        apiKey: { id, name: 'Uji', scopes: ['requests:read'], mode: 'live' },
      },
    });
    await api.db.prisma.$transaction((tx) =>
      recordAudit(tx, ctx, { action: 'test.touch', entityType: 'Test', entityId: 'x' }),
    );
    const row = await api.db.prisma.auditLog.findFirstOrThrow({ where: { action: 'test.touch' } });
    expect([row.actorType, row.actorApiKeyId, row.actorStaffId]).toEqual(['integrator', id, null]);
  });

  it('rolls back with the change it records', async () => {
    const ctx = createContext(api.db);
    await expect(
      api.db.prisma.$transaction(async (tx) => {
        await recordAudit(tx, ctx, { action: 'test.rollback', entityType: 'Test', entityId: 'y' });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await api.db.prisma.auditLog.count({ where: { action: 'test.rollback' } })).toBe(0);
  });
});
