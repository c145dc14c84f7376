import { describe, expect, it } from 'vitest';
import holidaysFile from '../../db/data/holidays-id.json';
import { holidayFileSchema, pickHolidayDates } from './holidays';

describe('holidayFileSchema', () => {
  it('accepts the shipped data file', () => {
    const file = holidayFileSchema.parse(holidaysFile);
    expect(file.source.map((s) => s.year)).toEqual([2024, 2025, 2026, 2027]);
    expect(file.days.find((d) => d.date === '2026-03-21')).toMatchObject({
      kind: 'libur_nasional',
      name: 'Idul Fitri 1447 Hijriah',
    });
  });

  it.each([
    [{ date: '2026-02-30', name: 'x', kind: 'libur_nasional' }],
    [{ date: '2026-03-21', name: 'x', kind: 'libur_daerah' }],
    [{ date: '2026-03-21', name: '', kind: 'libur_nasional' }],
  ])('rejects a bad day %o', (day) => {
    expect(holidayFileSchema.safeParse({ source: [], days: [day] }).success).toBe(false);
  });

  it('rejects a date listed twice', () => {
    const day = { date: '2026-03-21', name: 'Idul Fitri', kind: 'libur_nasional' };
    const result = holidayFileSchema.safeParse({ source: [], days: [day, day] });
    expect(result.error?.issues[0]?.message).toBe('common.duplicate_items');
  });
});

describe('pickHolidayDates', () => {
  const days = [
    { date: '2026-03-20', kind: 'cuti_bersama' },
    { date: '2026-03-21', kind: 'libur_nasional' },
  ] as const;
  it.each([
    [undefined, ['2026-03-20', '2026-03-21']],
    [{ cutiBersamaIsDayOff: true }, ['2026-03-20', '2026-03-21']],
    [{ cutiBersamaIsDayOff: false }, ['2026-03-21']],
  ])('policy %o', (policy, dates) => expect(pickHolidayDates(days, policy)).toEqual(dates));
});
