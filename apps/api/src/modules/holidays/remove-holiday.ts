import { type Context, forgetCalendar } from '../../graphql/context';
import { notFound } from '../../graphql/errors';
import { dateColumn } from '../shared/date-column';
import { recordHolidayAudit } from './add-holiday';

/** Removes a day listed by mistake; it counts as a working day again. */
export function removeHoliday(ctx: Context, day: string) {
  const date = dateColumn(day);
  return ctx.prisma
    .$transaction(async (tx) => {
      const existing = await tx.holiday.findUnique({ where: { date } });
      if (!existing) throw notFound('holiday');
      await tx.holiday.delete({ where: { date } });
      await recordHolidayAudit(tx, ctx, 'holiday.remove', day, {
        name: existing.name,
        kind: existing.kind,
      });
      return existing;
    })
    .finally(() => forgetCalendar(ctx.prisma));
}
