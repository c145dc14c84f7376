import { describe, expect, it } from 'vitest';
import { createWorkingCalendar } from './calendar';
import { pickHolidayDates } from './holidays';
import {
  ageOn,
  checkClassSize,
  checkParticipantAge,
  checkPreferredWindow,
  checkScheduleWindow,
  DATE_WINDOW_LIMITS,
  DEFAULT_AGE_LIMITS,
  type ProgramLimits,
} from './program-rules';
import { HOLIDAYS_2025_2026 } from './testing/holidays-2025-2026';

const cal = createWorkingCalendar(pickHolidayDates(HOLIDAYS_2025_2026));
const menjahit: ProgramLimits = {
  classSizeMin: 10,
  classSizeMax: 16,
  durationDays: 5,
  ...DEFAULT_AGE_LIMITS.regular,
};

describe('checkClassSize', () => {
  it.each([
    [9, [{ message: 'class.too_few_participants', params: { min: 10 } }]],
    [10, []],
    [16, []],
    [17, [{ message: 'class.too_many_participants', params: { max: 16 } }]],
  ])('%i participants', (n, issues) => expect(checkClassSize(menjahit, n)).toMatchObject(issues));
});

describe('checkPreferredWindow', () => {
  const today = '2026-03-13'; // Friday before Nyepi and Idul Fitri
  it.each([
    ['2026-03-13', '2026-03-20', 0, 'date.window_too_short'], // only 13, 16, 17 are working days
    ['2026-03-13', '2026-03-26', 0, null], // 13, 16, 17, 25, 26
    ['2026-03-12', '2026-03-31', 0, 'date.start_too_early'],
    ['2026-03-17', '2026-03-31', 3, 'date.start_too_early'], // earliest is 25 March
    ['2026-03-25', '2026-03-31', 3, null],
    ['2026-03-31', '2026-03-30', 0, 'date.end_before_start'],
  ])('%s..%s lead %i → %s', (preferredStart, preferredEnd, lead, error) => {
    const issues = checkPreferredWindow(
      cal,
      menjahit,
      { preferredStart, preferredEnd },
      today,
      lead,
    );
    expect(issues[0]?.message ?? null).toBe(error);
  });

  it('says how many working days are missing', () => {
    const [issue] = checkPreferredWindow(
      cal,
      menjahit,
      { preferredStart: '2026-03-13', preferredEnd: '2026-03-20' },
      '2026-03-13',
    );
    expect(issue?.params).toEqual({ available: 3, required: 5 });
  });
});

describe('date window limits', () => {
  const today = '2026-12-07';
  const window = (preferredStart: string, preferredEnd: string) =>
    checkPreferredWindow(cal, menjahit, { preferredStart, preferredEnd }, today);

  it('are 12 months ahead and 6 months long', () => {
    expect(DATE_WINDOW_LIMITS).toEqual({ maxMonthsAhead: 12, maxMonthsLong: 6 });
  });

  it.each([
    ['2027-12-07', '2028-01-07', null],
    ['2027-12-08', '2028-01-07', 'date.start_too_late'],
    ['2099-01-01', '2099-03-31', 'date.start_too_late'],
    ['9999-07-01', '9999-12-31', 'date.start_too_late'],
    ['2027-01-04', '2027-07-04', null],
    ['2027-01-04', '2027-07-05', 'date.window_too_long'],
    ['2027-01-04', '9999-12-31', 'date.window_too_long'],
  ])('%s..%s → %s', (start, end, error) => {
    expect(window(start, end)[0]?.message ?? null).toBe(error);
  });

  it('names the latest allowed day', () => {
    expect(window('2099-01-01', '2099-03-31')[0]).toMatchObject({
      path: ['preferredStart'],
      params: { latest: '2027-12-07', months: 12 },
    });
    expect(window('2027-01-04', '9999-12-31')[0]).toMatchObject({
      path: ['preferredEnd'],
      params: { latest: '2027-07-04', months: 6 },
    });
  });

  it.each([
    ['2027-01-04', '2027-02-05', []],
    ['2027-01-04', '9999-12-31', ['input.endDate: date.window_too_long']],
    ['9999-12-01', '9999-12-31', ['input.startDate: date.start_too_late']],
  ])('a schedule %s..%s → %o', (startDate, endDate, expected) => {
    const issues = checkScheduleWindow(
      today,
      { startDate, endDate },
      {
        startDate: ['input', 'startDate'],
        endDate: ['input', 'endDate'],
      },
    );
    expect(issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual(expected);
  });
});

describe('ageOn', () => {
  it.each([
    ['2000-03-25', '2026-03-24', 25],
    ['2000-03-25', '2026-03-25', 26],
    ['2004-02-29', '2025-02-28', 20],
    ['2004-02-29', '2025-03-01', 21],
  ])('born %s, on %s: %i', (birth, on, age) => expect(ageOn(birth, on)).toBe(age));
});

describe('checkParticipantAge', () => {
  const start = '2026-04-01';
  it.each([
    [menjahit, 'desa', '2009-04-02', 'age.too_young'], // 16
    [menjahit, 'desa', '2009-04-01', null], // 17 on the first day
    [menjahit, 'desa', '1985-04-01', 'age.too_old'], // 41
    [menjahit, 'desa', '1985-04-02', null], // 40
    [{ ...DEFAULT_AGE_LIMITS.technical }, 'sekolah', '1990-01-01', 'age.too_old'], // 36
    [menjahit, 'lapas', '1960-01-01', null],
    [menjahit, 'bapas', '2012-01-01', null],
    [{ ageMin: null, ageMax: null }, 'perusahaan', '1950-01-01', null],
  ] as const)('%#: %s born %s → %s', (limits, type, birth, error) => {
    expect(checkParticipantAge(limits, type, birth, start)[0]?.message ?? null).toBe(error);
  });
});
