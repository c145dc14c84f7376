import { type Context, forgetCalendar } from '../../graphql/context';
import { notFound } from '../../graphql/errors';
import { recordAudit } from '../audit/audit';
import { dateColumn } from '../shared/date-column';

/** Removes a day listed by mistake; it counts as a working day again. */
export function removeHoliday(ctx: Context, day: string) {
  const date = dateColumn(day);
  return ctx.prisma
    .$transaction(async (tx) => {
      const existing = await tx.holiday.findUnique({ where: { date } });
      if (!existing) throw notFound('holiday');
      await tx.holiday.delete({ where: { date } });
      await recordAudit(tx, ctx, {
        action: 'holiday.remove',
        entityType: 'Holiday',
        entityId: day,
        data: { name: existing.name, kind: existing.kind },
      });
      return existing;
    })
    .finally(() => forgetCalendar(ctx.prisma));
}
