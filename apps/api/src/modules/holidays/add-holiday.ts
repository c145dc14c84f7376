import type { Prisma } from '@blk/db';
import type { HolidayInput } from '@blk/domain';
import { type Context, forgetCalendar } from '../../graphql/context';
import { invalidField } from '../../graphql/validate';
import { recordAudit } from '../audit/audit';
import { dateColumn } from '../shared/date-column';
import { failIfDuplicate } from '../shared/unique-violation';

/** A holiday with the office's decision whether it is a day off. */
export type HolidayEntry = HolidayInput & { isDayOff: boolean };

/**
 * Only a cuti bersama can be worked: the office may decide to stay open on a joint leave day, but
 * a national holiday is closed by law.
 */
export function assertDayOffAllowed(ctx: Pick<Context, 'lang'>, entry: HolidayEntry): void {
  if (!entry.isDayOff && entry.kind !== 'cuti_bersama')
    invalidField(ctx, 'holiday.national_always_off', ['isDayOff']);
}

/** The stored columns of a holiday besides its date, which are also its audit record. */
export function holidayColumns(entry: HolidayEntry) {
  return {
    name: entry.name,
    kind: entry.kind,
    basis: entry.basis ?? null,
    isDayOff: entry.isDayOff,
  };
}

/** The audit record of a change to the holiday list, whose natural key is the day's date. */
export function recordHolidayAudit(
  tx: Prisma.TransactionClient,
  ctx: Context,
  action: 'holiday.add' | 'holiday.update' | 'holiday.remove',
  date: string,
  data: Prisma.InputJsonValue,
): Promise<void> {
  return recordAudit(tx, ctx, { action, entityType: 'Holiday', entityId: date, data });
}

/**
 * Adds a day to the holiday table that the working-day calendar reads, so deadlines counted from
 * now on skip it; a date already listed is ALREADY_EXISTS.
 */
export function addHoliday(ctx: Context, entry: HolidayEntry) {
  assertDayOffAllowed(ctx, entry);
  return failIfDuplicate(() =>
    ctx.prisma.$transaction(async (tx) => {
      const holiday = await tx.holiday.create({
        data: { date: dateColumn(entry.date), ...holidayColumns(entry) },
      });
      await recordHolidayAudit(tx, ctx, 'holiday.add', entry.date, holidayColumns(entry));
      return holiday;
    }),
  ).finally(() => forgetCalendar(ctx.prisma));
}
