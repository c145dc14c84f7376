import { describe, expect, it } from 'vitest';
import { createWorkingCalendar } from './calendar';
import {
  findScheduleConflicts,
  type InstructorFacts,
  type OtherAssignment,
  type PlannedTraining,
} from './scheduling-conflicts';

// Mon 2027-03-08 .. Fri 2027-03-12 on Bangka. The calendar is the caller's: no holidays here
// unless a case adds them.
const calendar = createWorkingCalendar([]);
const plan: PlannedTraining = { startDate: '2027-03-08', endDate: '2027-03-12', island: 'BANGKA' };

const ready: InstructorFacts = {
  id: 'i1',
  name: 'Dedi',
  qualified: true,
  certificateExpiries: ['2028-01-01'],
  assignments: [],
};

function other(startDate: string, endDate: string, island = 'BANGKA'): OtherAssignment {
  return { scheduleId: 's9', trackingCode: 'BLK-X', startDate, endDate, island };
}

describe('findScheduleConflicts', () => {
  it.each<[string, Partial<InstructorFacts>, string[]]>([
    ['a qualified instructor with a valid certificate and a free week', {}, []],
    ['no competency for the program', { qualified: false }, ['NOT_QUALIFIED']],
    ['no certificate at all', { certificateExpiries: [] }, ['NO_CERTIFICATE']],
    ['a certificate that never expires', { certificateExpiries: [null] }, []],
    ['a certificate valid through the last day', { certificateExpiries: ['2027-03-12'] }, []],
    [
      'a certificate expiring on the day before the last',
      { certificateExpiries: ['2027-03-11'] },
      ['CERTIFICATE_EXPIRED'],
    ],
    [
      'one expired and one valid certificate',
      { certificateExpiries: ['2026-01-01', '2029-01-01'] },
      [],
    ],
    [
      'another class overlapping by one day',
      { assignments: [other('2027-03-12', '2027-03-16')] },
      ['DOUBLE_BOOKING'],
    ],
    [
      'another class the week before on the same island',
      { assignments: [other('2027-03-01', '2027-03-05')] },
      [],
    ],
    [
      'another class on Belitung ending the Friday before (one working day between: none)',
      { assignments: [other('2027-03-01', '2027-03-05', 'BELITUNG')] },
      ['INTER_ISLAND_TRAVEL'],
    ],
    [
      'another class on Belitung ending on the Wednesday before (Thu, Fri between)',
      { assignments: [other('2027-03-01', '2027-03-03', 'BELITUNG')] },
      [],
    ],
    [
      'another class on Belitung starting the Monday after (no working day between)',
      { assignments: [other('2027-03-15', '2027-03-19', 'BELITUNG')] },
      ['INTER_ISLAND_TRAVEL'],
    ],
    [
      'everything wrong at once',
      {
        qualified: false,
        certificateExpiries: [],
        assignments: [other('2027-03-10', '2027-03-10'), other('2027-03-15', '2027-03-16', 'X')],
      },
      ['NOT_QUALIFIED', 'NO_CERTIFICATE', 'DOUBLE_BOOKING', 'INTER_ISLAND_TRAVEL'],
    ],
  ])('%s', (_case, facts, kinds) => {
    const conflicts = findScheduleConflicts(plan, [{ ...ready, ...facts }], calendar);
    expect(conflicts.map((c) => c.kind)).toEqual(kinds);
  });

  it('counts holidays as non-working days for the crossing', () => {
    // Two working days between (Thu 4, Fri 5) unless Friday is a holiday.
    const instructor = { ...ready, assignments: [other('2027-03-01', '2027-03-03', 'BELITUNG')] };
    const withHoliday = createWorkingCalendar(['2027-03-05']);
    expect(findScheduleConflicts(plan, [instructor], withHoliday).map((c) => c.kind)).toEqual([
      'INTER_ISLAND_TRAVEL',
    ]);
  });

  it('names the latest expiry and the other class, per instructor in the given order', () => {
    const late = {
      ...ready,
      id: 'i2',
      name: 'Rudi',
      certificateExpiries: ['2026-01-01', '2027-01-01'],
    };
    const busy = { ...ready, assignments: [other('2027-03-09', '2027-03-09')] };
    expect(findScheduleConflicts(plan, [late, busy], calendar)).toEqual([
      {
        instructorId: 'i2',
        instructorName: 'Rudi',
        kind: 'CERTIFICATE_EXPIRED',
        expiresOn: '2027-01-01',
      },
      {
        instructorId: 'i1',
        instructorName: 'Dedi',
        kind: 'DOUBLE_BOOKING',
        other: other('2027-03-09', '2027-03-09'),
      },
    ]);
  });
});
