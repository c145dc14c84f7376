import type { HolidayInput } from '@blk/domain';
import { type Context, forgetCalendar } from '../../graphql/context';
import { notFound } from '../../graphql/errors';
import { dateColumn } from '../shared/date-column';
import { assertDayOffAllowed, holidayColumns, recordHolidayAudit } from './add-holiday';

/**
 * Changes a listed day's name, kind, decree or day-off decision (e.g. the office works a cuti
 * bersama). Without `isDayOff` the current decision stays, unless the day becomes a national
 * holiday, which is always off.
 */
export function updateHoliday(ctx: Context, input: HolidayInput, isDayOff: boolean | undefined) {
  const date = dateColumn(input.date);
  return ctx.prisma
    .$transaction(async (tx) => {
      const existing = await tx.holiday.findUnique({ where: { date } });
      if (!existing) throw notFound('holiday');
      const entry = {
        ...input,
        isDayOff: isDayOff ?? (input.kind === 'libur_nasional' || existing.isDayOff),
      };
      assertDayOffAllowed(ctx, entry);
      const holiday = await tx.holiday.update({ where: { date }, data: holidayColumns(entry) });
      await recordHolidayAudit(tx, ctx, 'holiday.update', input.date, holidayColumns(entry));
      return holiday;
    })
    .finally(() => forgetCalendar(ctx.prisma));
}
