import { describe, expect, it } from 'vitest';
import { firstIssue } from '../testing/expect-parse';
import { scheduleSchema } from './schedule';

const valid = {
  trainingRequestId: 'req_1',
  startDate: '2026-04-06',
  endDate: '2026-04-17',
  trainingDays: 10,
  venue: 'Balai Desa Air Anyir',
  instructorIds: ['ins_1', 'ins_2'],
};

describe('scheduleSchema', () => {
  it.each([
    [{}, 'ok'],
    [{ trainingDays: 12 }, 'ok'],
    [{ trainingDays: 13 }, 'trainingDays: schedule.days_exceed_range'],
    [{ endDate: '2026-04-05' }, 'endDate: date.end_before_start'],
    [{ endDate: '2026-10-06' }, 'ok'],
    [{ endDate: '2026-10-07' }, 'endDate: date.window_too_long'],
    [{ startDate: '9999-12-01', endDate: '9999-12-31' }, 'ok'],
    [{ endDate: '9999-12-31' }, 'endDate: date.window_too_long'],
    [{ venue: 'Balai\u0000Desa' }, 'venue: text.control_character'],
    [{ instructorIds: [] }, 'instructorIds: too_small'],
    [{ instructorIds: ['ins_1', 'ins_1'] }, 'instructorIds: common.duplicate_items'],
  ])('%o → %s', (change, expected) =>
    expect(firstIssue(scheduleSchema, { ...valid, ...change })).toBe(expected),
  );
});
