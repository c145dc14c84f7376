import { addCalendarDays, createWorkingCalendar, toJakartaDate } from '@blk/domain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SOP } from './default-sop';
import { actionsOf, findStep } from './definition';
import { currentStepSla, evaluateRequestSla, type HistoryEvent, type StoredProgress } from './sla';
import {
  firstDeadline,
  initialState,
  progressAfter,
  stepDeadline,
  type TrainingSchedule,
} from './state-machine';

const HOUR = 3_600_000;

/**
 * A random history through the default SOP: each step picks one of its actions after a random
 * wait (nights, weekends and holidays included); leaving a step sometimes sets the schedule, as
 * the scheduling step does. The stored progress is what `insertTrainingRequest` and each
 * `recordTransition` write.
 */
const history = fc.record({
  submittedAt: fc.date({
    min: new Date('2025-01-01T00:00:00Z'),
    max: new Date('2026-10-01T00:00:00Z'),
    noInvalidDate: true,
  }),
  holidays: fc.uniqueArray(fc.integer({ min: 0, max: 700 }), { maxLength: 30 }),
  steps: fc.array(
    fc.record({
      pick: fc.nat(),
      waitHours: fc.integer({ min: 0, max: 24 * 20 }),
      schedule: fc.option(
        fc.record({
          startIn: fc.integer({ min: 0, max: 40 }),
          days: fc.integer({ min: 0, max: 20 }),
        }),
        { nil: undefined },
      ),
    }),
    { maxLength: 14 },
  ),
  nowHours: fc.integer({ min: 0, max: 24 * 30 }),
});

describe('stored SLA of the current step', () => {
  it('equals the SLA recomputed from the whole history', () => {
    fc.assert(
      fc.property(history, (h) => {
        const def = DEFAULT_SOP;
        const calendar = createWorkingCalendar(
          h.holidays.map((n) => addCalendarDays('2025-01-01', n)),
        );
        let stored: StoredProgress & { closedAt: Date | null } = {
          state: initialState(def),
          stepStartedAt: h.submittedAt,
          stepDueAt: firstDeadline(def, h.submittedAt, calendar),
          closedAt: null,
        };
        const events: HistoryEvent[] = [];
        let schedule: TrainingSchedule | undefined;
        let at = h.submittedAt;
        for (const s of h.steps) {
          const actions = actionsOf(def, stored.state);
          const action = actions[s.pick % Math.max(actions.length, 1)];
          if (!action || findStep(def, stored.state)?.kind === 'end') break;
          at = new Date(at.getTime() + s.waitHours * HOUR);
          const set = s.schedule
            ? {
                startDate: addCalendarDays(toJakartaDate(at), s.schedule.startIn),
                endDate: addCalendarDays(toJakartaDate(at), s.schedule.startIn + s.schedule.days),
              }
            : undefined;
          if (set) schedule = set;
          events.push({
            action: action.key,
            fromState: stored.state,
            toState: action.to,
            at,
            ...(set ? { schedule: set } : {}),
          });
          const deadline = stepDeadline(def, action.to, at, calendar, schedule);
          stored = progressAfter(def, { toState: action.to, at }, deadline);
        }
        const now = new Date(at.getTime() + h.nowHours * HOUR);
        const options = { now, calendar };
        const recomputed = evaluateRequestSla(def, { submittedAt: h.submittedAt, events }, options);
        const last = recomputed.at(-1);
        const expected =
          last && last.endedAt === null && last.stepKey === stored.state ? last : null;
        expect(currentStepSla(def, stored, options)).toEqual(expected);
        expect(stored.closedAt !== null).toBe(findStep(def, stored.state)?.kind === 'end');
      }),
      { numRuns: 300 },
    );
  });
});
