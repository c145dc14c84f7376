import { z } from 'zod';
import { addCalendarDays } from '../calendar';
import { checkWindowLength } from '../program-rules';
import { idSchema, isoDateSchema, text, uniqueList } from './fields';

/** A scheduled class for a request: dates, number of training days, venue and instructors. */
export const scheduleSchema = z
  .strictObject({
    trainingRequestId: idSchema,
    startDate: isoDateSchema,
    endDate: isoDateSchema,
    /** Days with sessions; fewer than the calendar days when weekends or holidays fall between. */
    trainingDays: z.int().min(1).max(60),
    venue: text(500, 3),
    instructorIds: uniqueList(idSchema, 10, 1),
  })
  .superRefine((s, ctx) => {
    if (s.endDate < s.startDate) {
      ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'date.end_before_start' });
    } else if (checkWindowLength(s.startDate, s.endDate, ['endDate']).length) {
      for (const issue of checkWindowLength(s.startDate, s.endDate, ['endDate']))
        ctx.addIssue({ ...issue });
    } else if (addCalendarDays(s.startDate, s.trainingDays - 1) > s.endDate) {
      ctx.addIssue({
        code: 'custom',
        path: ['trainingDays'],
        message: 'schedule.days_exceed_range',
      });
    }
  });
export type ScheduleInput = z.output<typeof scheduleSchema>;
