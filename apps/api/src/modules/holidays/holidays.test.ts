import { testDatabaseKinds } from '@blk/db/testing';
import { describe, expect, it } from 'vitest';
import { errorCode } from '../../testing/api-keys';
import { apiForSuite } from '../../testing/suite-api';

const HOLIDAYS = 'query($year: Int!) { holidays(year: $year) { date name kind isDayOff } }';
const RESULT = `__typename ... on Holiday { date name kind basis isDayOff }
  ... on ValidationError { issues { path code message } } ... on Error { errorCode: code }`;
const ADD = `mutation($input: HolidayInput!) { addHoliday(input: $input) { ${RESULT} } }`;
const UPDATE = `mutation($input: HolidayInput!) { updateHoliday(input: $input) { ${RESULT} } }`;
const REMOVE = `mutation($date: Date!) { removeHoliday(date: $date) { ${RESULT} } }`;

type Holiday = { date: string; name: string; kind: string; isDayOff: boolean };
const newYear = {
  date: '2027-01-01',
  name: 'Tahun Baru 2027 Masehi',
  kind: 'libur_nasional',
  basis: 'SKB 3 Menteri 2027',
};
const cutiBersama = { date: '2027-12-24', name: 'Cuti Bersama Natal', kind: 'cuti_bersama' };

describe.each(testDatabaseKinds())('holiday administration on %s', (kind) => {
  const { api, staff } = apiForSuite(kind, { signedIn: ['admin'] });

  it('lists a year’s holidays to anyone, in date order', async () => {
    const res = await api.gql<{ holidays: Holiday[] }>(HOLIDAYS, { year: 2026 });
    const dates = res.data?.holidays.map((h) => h.date) ?? [];
    expect(dates.length).toBeGreaterThan(10);
    expect(dates.every((d) => d.startsWith('2026-'))).toBe(true);
    expect([...dates].sort()).toEqual(dates);
  });

  it('adds a day that the working-day calendar then skips, and audits it', async () => {
    const res = await api.gql<{ addHoliday: Holiday }>(
      ADD,
      { input: newYear },
      { cookie: staff.admin },
    );
    expect(res.data?.addHoliday).toMatchObject({ date: '2027-01-01', isDayOff: true });
    const listed = await api.gql<{ holidays: Holiday[] }>(HOLIDAYS, { year: 2027 });
    expect(listed.data?.holidays.map((h) => h.name)).toEqual(['Tahun Baru 2027 Masehi']);
    const audit = await api.db.prisma.auditLog.findFirst({
      where: { action: 'holiday.add', entityId: '2027-01-01' },
    });
    expect(audit?.actorType).toBe('staff');
    expect(
      errorCode(await api.gql(ADD, { input: newYear }, { cookie: staff.admin }), 'addHoliday'),
    ).toBe('ALREADY_EXISTS');
  });

  it('lets the office work a cuti bersama, never a national holiday', async () => {
    await api.gql(ADD, { input: cutiBersama }, { cookie: staff.admin });
    const worked = await api.gql<{ updateHoliday: Holiday }>(
      UPDATE,
      { input: { ...cutiBersama, isDayOff: false } },
      { cookie: staff.admin },
    );
    expect(worked.data?.updateHoliday.isDayOff).toBe(false);
    const calendarDays = await api.db.prisma.holiday.findMany({
      where: { isDayOff: true, date: { gte: new Date('2027-12-01T00:00:00Z') } },
    });
    expect(calendarDays).toEqual([]);
    const refused = await api.gql<{
      updateHoliday: { issues: { path: string; message: string }[] };
    }>(UPDATE, { input: { ...newYear, isDayOff: false } }, { cookie: staff.admin });
    expect(refused.data?.updateHoliday.issues).toEqual([
      {
        path: 'isDayOff',
        code: 'holiday.national_always_off',
        message: 'Hanya cuti bersama yang dapat ditetapkan sebagai hari kerja',
      },
    ]);
  });

  it('validates with the shared holiday schema, in the language asked for', async () => {
    const res = await api.gql<{ addHoliday: { __typename: string; issues: { path: string }[] } }>(
      ADD,
      { input: { ...newYear, date: '2027-01-02', name: ' ' } },
      { cookie: staff.admin, headers: { 'accept-language': 'en' } },
    );
    expect(res.data?.addHoliday.__typename).toBe('ValidationError');
    expect(res.data?.addHoliday.issues).toEqual([
      { path: 'name', code: 'too_small', message: 'Required' },
    ]);
  });

  it('removes a day listed by mistake', async () => {
    const removed = await api.gql<{ removeHoliday: Holiday }>(
      REMOVE,
      { date: '2027-12-24' },
      { cookie: staff.admin },
    );
    expect(removed.data?.removeHoliday.name).toBe('Cuti Bersama Natal');
    expect(await api.db.prisma.holiday.count({ where: { name: 'Cuti Bersama Natal' } })).toBe(0);
    expect(
      errorCode(
        await api.gql(REMOVE, { date: '2027-12-24' }, { cookie: staff.admin }),
        'removeHoliday',
      ),
    ).toBe('NOT_FOUND');
  });

  it('is for the system admin only', async () => {
    const input = { input: { ...newYear, date: '2027-03-10' } };
    expect(errorCode(await api.gql(ADD, input), 'addHoliday')).toBe('UNAUTHENTICATED');
    const kadis = await api.login('kadis@blk.example');
    expect(errorCode(await api.gql(ADD, input, { cookie: kadis }), 'addHoliday')).toBe('FORBIDDEN');
    expect(
      errorCode(await api.gql(REMOVE, { date: '2026-01-01' }, { cookie: kadis }), 'removeHoliday'),
    ).toBe('FORBIDDEN');
  });
});
