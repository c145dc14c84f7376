import { randomUUID } from 'node:crypto';
import { DEMO_PASSWORD } from '@blk/db/seed';
import { testDatabaseKinds } from '@blk/db/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { participantInput } from '../../testing/fixtures';
import { apiForSuite } from '../../testing/suite-api';

// Training devices (issue 14): an instructor signs a tablet in once, with a name, and it stays
// signed in for 21 days, signal or not; the admin lists each account's devices and revokes one.
// A revoked device's queued changes are refused with DEVICE_SESSION_REVOKED and none is applied.
// Sign-in and revoke are audited. Two admins revoking at once record one revoke (PostgreSQL races
// them on real connections).

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { __typename ... on StaffUser { id } ... on ValidationError { issues { path code } } ... on Error { code } } }`;
const DEVICES = `{ staffUsers(first: 100) { edges { node { id deviceSessions { id name createdAt lastSeenAt expiresAt revokedAt } } } } }`;
const REVOKE = `mutation($id: ID!) { revokeDeviceSession(id: $id) { __typename ... on DeviceSession { id name revokedAt } ... on Error { code message } } }`;
const VIEWER = '{ viewer { kind user { email } revokedDevice { name revokedAt } } }';
const ATTEND = `mutation($s: ID!, $e: [AttendanceEntryInput!]!, $cid: ID) {
  recordAttendance(sessionId: $s, entries: $e, clientMutationId: $cid) {
    __typename ... on TrainingSession { id } ... on Error { code message }
  }
}`;

interface Device {
  id: string;
  name: string;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
  revokedAt: string | null;
}
const DAY_MS = 24 * 60 * 60 * 1000;

describe.each(testDatabaseKinds())('training devices on %s', (kind) => {
  const { api, staff } = apiForSuite(kind, { signedIn: ['admin'] });
  let instructorEmail: string;
  let instructorId: string;
  let sessionId: string;
  let participantId: string;

  /** Signs in with a device name and returns the cookie (and the raw answer). */
  const signInDevice = async (email: string, deviceName: unknown) => {
    const res = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: LOGIN,
        variables: { input: { email, password: DEMO_PASSWORD, deviceName } },
      }),
    });
    const body = (await res.json()) as { data: { login: Record<string, unknown> } };
    return {
      cookie: res.headers.get('set-cookie')?.split(';')[0] ?? '',
      setCookie: res.headers.get('set-cookie') ?? '',
      login: body.data.login,
    };
  };
  const devicesOf = async (userId: string, cookie = staff.admin) => {
    const res = await api.gql<{
      staffUsers: { edges: { node: { id: string; deviceSessions: Device[] } }[] };
    }>(DEVICES, {}, { cookie });
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data?.staffUsers.edges.find((e) => e.node.id === userId)?.node.deviceSessions ?? [];
  };
  const revoke = async (id: string, cookie = staff.admin) =>
    (await api.gql<{ revokeDeviceSession: Record<string, unknown> }>(REVOKE, { id }, { cookie }))
      .data?.revokeDeviceSession;

  beforeAll(async () => {
    const schedule = await api.db.prisma.trainingSchedule.findFirstOrThrow({
      where: {
        cancelledAt: null,
        request: { state: 'pelaksanaan' },
        instructors: { some: { instructor: { user: { isNot: null } } } },
      },
      include: {
        sessions: { orderBy: { date: 'asc' }, take: 1 },
        instructors: { include: { instructor: { include: { user: true } } } },
      },
    });
    const user = schedule.instructors.find((i) => i.instructor.user)?.instructor.user;
    if (!user || !schedule.sessions[0]) throw new Error('the demo class has no instructor or day');
    instructorEmail = user.email;
    instructorId = user.id;
    sessionId = schedule.sessions[0].id;
    const added = await api.gql<{ addParticipant: { id: string } }>(
      `mutation($s: ID!, $input: ParticipantInput!) { addParticipant(scheduleId: $s, input: $input) { ... on Participant { id } ... on Error { code message } } }`,
      {
        s: schedule.id,
        input: participantInput({
          nik: '1971011203980777',
          name: 'Peserta Perangkat',
          address: 'Balai Desa Nibung',
        }),
      },
      { cookie: await api.login(user.email) },
    );
    if (!added.data?.addParticipant.id) throw new Error(JSON.stringify(added));
    participantId = added.data.addParticipant.id;
  });

  it('keeps a named device signed in for 21 days, lists it for the admin and audits the sign-in', async () => {
    const before = Date.now();
    const { cookie, setCookie, login } = await signInDevice(
      instructorEmail,
      ' Tablet kelas Belitung ',
    );
    expect(login.__typename).toBe('StaffUser');
    // The cookie lives as long as the session: the tablet stays signed in without signal.
    const expires = Date.parse(/Expires=([^;]+)/i.exec(setCookie)?.[1] ?? '');
    expect(expires - before).toBeGreaterThan(20.9 * DAY_MS);
    expect(expires - before).toBeLessThan(21.1 * DAY_MS);
    expect(
      (await api.gql<{ viewer: { kind: string } }>(VIEWER, {}, { cookie })).data?.viewer.kind,
    ).toBe('staff');

    const devices = await devicesOf(instructorId);
    const device = devices.find((d) => d.name === 'Tablet kelas Belitung');
    expect(device).toMatchObject({ revokedAt: null });
    expect(Date.parse(device?.expiresAt ?? '') - Date.parse(device?.createdAt ?? '')).toBe(
      21 * DAY_MS,
    );
    const audit = await api.db.prisma.auditLog.findFirstOrThrow({
      where: { action: 'staff_session.device_sign_in', entityId: device?.id },
    });
    expect(audit).toMatchObject({ actorType: 'staff', actorStaffId: instructorId });
    expect(JSON.stringify(audit.data)).toContain('Tablet kelas Belitung');
  });

  it('gives an ordinary sign-in its normal lifetime and keeps it off the device list', async () => {
    const countBefore = (await devicesOf(instructorId)).length;
    const { setCookie, login } = await signInDevice(instructorEmail, undefined);
    expect(login.__typename).toBe('StaffUser');
    const expires = Date.parse(/Expires=([^;]+)/i.exec(setCookie)?.[1] ?? '');
    expect(expires - Date.now()).toBeLessThan(12.1 * 60 * 60 * 1000);
    expect((await devicesOf(instructorId)).length).toBe(countBefore);
    // A blank name is an ordinary sign-in too (the form's empty field).
    const blank = await signInDevice(instructorEmail, '   ');
    const blankExpires = Date.parse(/Expires=([^;]+)/i.exec(blank.setCookie)?.[1] ?? '');
    expect(blankExpires - Date.now()).toBeLessThan(12.1 * 60 * 60 * 1000);
    expect((await devicesOf(instructorId)).length).toBe(countBefore);
  });

  it('refuses a device name that is too short or too long, field by field', async () => {
    const short = await signInDevice(instructorEmail, 'T');
    expect(short.login).toMatchObject({
      __typename: 'ValidationError',
      issues: [{ path: 'deviceName', code: 'too_small' }],
    });
    expect(short.cookie).toBe('');
    const long = await signInDevice(instructorEmail, 'x'.repeat(61));
    expect(long.login).toMatchObject({ issues: [{ path: 'deviceName', code: 'too_big' }] });
  });

  it('the database refuses a device session without a name, and a name on an ordinary one', async () => {
    const base = { userId: instructorId, expiresAt: new Date(Date.now() + DAY_MS) };
    await expect(
      api.db.prisma.staffSession.create({
        data: { ...base, tokenHash: randomUUID(), device: true, deviceName: null },
      }),
    ).rejects.toThrow(/StaffSession_device_name|check/i);
    await expect(
      api.db.prisma.staffSession.create({
        data: { ...base, tokenHash: randomUUID(), device: false, deviceName: 'Tablet' },
      }),
    ).rejects.toThrow(/StaffSession_device_name|check/i);
  });

  it('revokes a device: its queued change is refused, not applied, and the device is told why', async () => {
    const { cookie } = await signInDevice(instructorEmail, 'Tablet hilang');
    const device = (await devicesOf(instructorId)).find((d) => d.name === 'Tablet hilang');
    if (!device) throw new Error('device not listed');
    // Online, the device records attendance normally.
    const ok = await api.gql<{ recordAttendance: { __typename: string } }>(
      ATTEND,
      { s: sessionId, e: [{ participantId, status: 'hadir' }], cid: randomUUID() },
      { cookie },
    );
    expect(ok.data?.recordAttendance.__typename).toBe('TrainingSession');

    expect(await revoke(device.id)).toMatchObject({
      __typename: 'DeviceSession',
      name: 'Tablet hilang',
    });
    const listed = (await devicesOf(instructorId)).find((d) => d.id === device.id);
    expect(listed?.revokedAt).not.toBeNull();

    // Back online, the device replays a change it queued offline: refused with its own code.
    const marksBefore = await api.db.prisma.attendanceMark.count({ where: { sessionId } });
    const cid = randomUUID();
    const replay = await api.gql(
      ATTEND,
      { s: sessionId, e: [{ participantId, status: 'alpa' }], cid },
      { cookie, headers: { 'accept-language': 'id' } },
    );
    expect(replay.errors?.[0]?.extensions?.code).toBe('DEVICE_SESSION_REVOKED');
    expect(replay.errors?.[0]?.message).toMatch(/^Perangkat ini sudah dikeluarkan/);
    expect(await api.db.prisma.attendanceMark.count({ where: { sessionId } })).toBe(marksBefore);
    expect(await api.db.prisma.clientMutation.findUnique({ where: { id: cid } })).toBeNull();
    const status = await api.db.prisma.attendance.findUnique({
      where: { participantId_sessionId: { participantId, sessionId } },
    });
    expect(status?.status).toBe('hadir');

    // The sign-in page learns which device was signed out, and when.
    const viewer = await api.gql<{
      viewer: { kind: string; revokedDevice: { name: string; revokedAt: string } | null };
    }>(VIEWER, {}, { cookie });
    expect(viewer.data?.viewer).toMatchObject({
      kind: 'anonymous',
      revokedDevice: { name: 'Tablet hilang', revokedAt: listed?.revokedAt },
    });
    // A stale or forged cookie stays plainly unauthenticated.
    const forged = await api.gql(
      ATTEND,
      { s: sessionId, e: [], cid: randomUUID() },
      { cookie: 'blk_session=forged' },
    );
    expect(forged.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    const audits = await api.db.prisma.auditLog.findMany({
      where: { action: 'staff_session.revoke_device', entityId: device.id },
    });
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ actorType: 'staff' });
    expect(JSON.stringify(audits[0]?.data)).toContain(instructorId);

    // Signing in again (the owner, with the password) gives a new, working session.
    const again = await signInDevice(instructorEmail, 'Tablet hilang');
    const retry = await api.gql<{ recordAttendance: { __typename: string } }>(
      ATTEND,
      { s: sessionId, e: [{ participantId, status: 'hadir' }], cid: randomUUID() },
      { cookie: again.cookie },
    );
    expect(retry.data?.recordAttendance.__typename).toBe('TrainingSession');
  });

  it('two admins revoking the same device at once record one revoke', async () => {
    await signInDevice(instructorEmail, 'Tablet dua admin');
    const device = (await devicesOf(instructorId)).find((d) => d.name === 'Tablet dua admin');
    if (!device) throw new Error('device not listed');
    const second = await api.login('admin@blk.example');
    const answers = await Promise.all([revoke(device.id), revoke(device.id, second)]);
    expect(answers.map((a) => a?.__typename)).toEqual(['DeviceSession', 'DeviceSession']);
    expect(
      await api.db.prisma.auditLog.count({
        where: { action: 'staff_session.revoke_device', entityId: device.id },
      }),
    ).toBe(1);
  });

  it('is the admin’s: others see no devices and may not revoke; an ordinary session is not a device', async () => {
    await signInDevice(instructorEmail, 'Tablet kelas Bangka');
    const device = (await devicesOf(instructorId)).find((d) => d.name === 'Tablet kelas Bangka');
    if (!device) throw new Error('device not listed');
    const kasi = await api.login('kasi@blk.example');
    const asKasi = await api.gql<{ revokeDeviceSession: unknown }>(
      REVOKE,
      { id: device.id },
      {
        cookie: kasi,
      },
    );
    expect(asKasi.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const instructorCookie = await api.login(instructorEmail);
    const own = await api.gql(REVOKE, { id: device.id }, { cookie: instructorCookie });
    expect(own.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const ordinary = await api.db.prisma.staffSession.findFirstOrThrow({
      where: { userId: instructorId, device: false },
    });
    expect(await revoke(ordinary.id)).toMatchObject({ code: 'NOT_FOUND' });
    expect(await revoke('not-a-uuid')).toMatchObject({ code: 'NOT_FOUND' });
    expect((await devicesOf(instructorId)).find((d) => d.id === device.id)?.revokedAt).toBeNull();
  });

  it('stays signed in through idle days and ends 21 days after sign-in', async () => {
    const { cookie } = await signInDevice(instructorEmail, 'Tablet lama');
    const device = (await devicesOf(instructorId)).find((d) => d.name === 'Tablet lama');
    if (!device) throw new Error('device not listed');
    // Four idle days (an ordinary session would have ended after 12 hours): still signed in.
    await api.db.prisma.staffSession.update({
      where: { id: device.id },
      data: {
        createdAt: new Date(Date.now() - 4 * DAY_MS),
        lastSeenAt: new Date(Date.now() - 4 * DAY_MS),
        expiresAt: new Date(Date.now() + 17 * DAY_MS),
      },
    });
    expect(
      (await api.gql<{ viewer: { kind: string } }>(VIEWER, {}, { cookie })).data?.viewer.kind,
    ).toBe('staff');
    // Using it does not push its end date back.
    const after = await api.db.prisma.staffSession.findUniqueOrThrow({ where: { id: device.id } });
    expect(Math.abs(after.expiresAt.getTime() - (Date.now() + 17 * DAY_MS))).toBeLessThan(60_000);
    expect(after.lastSeenAt.getTime()).toBeGreaterThan(Date.now() - 60_000);
    // Past 21 days it is over, and no longer listed.
    await api.db.prisma.staffSession.update({
      where: { id: device.id },
      data: {
        createdAt: new Date(Date.now() - 22 * DAY_MS),
        expiresAt: new Date(Date.now() - DAY_MS),
      },
    });
    expect(
      (await api.gql<{ viewer: { kind: string } }>(VIEWER, {}, { cookie })).data?.viewer.kind,
    ).toBe('anonymous');
    expect((await devicesOf(instructorId)).some((d) => d.id === device.id)).toBe(false);
  });
});
