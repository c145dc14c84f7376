import { z } from 'zod';
import type { IsoDate } from './calendar';
import { type HolidayInput, holidaySchema } from './inputs/holiday';

/** The holiday data file (`data/holidays-id.json`): decree per year (null when none yet) plus the days. */
export const holidayFileSchema = z.object({
  source: z.array(z.looseObject({ year: z.int(), decree: z.string().nullable() })),
  days: z
    .array(holidaySchema)
    .refine(
      (days) => new Set(days.map((d) => d.date)).size === days.length,
      'common.duplicate_items',
    ),
});
export type HolidayFile = z.output<typeof holidayFileSchema>;

/**
 * Dates that are days off. Cuti bersama is a day off for a government office (the default) but
 * not for private employers, where it counts against annual leave.
 */
export function pickHolidayDates(
  days: readonly Pick<HolidayInput, 'date' | 'kind'>[],
  options: { cutiBersamaIsDayOff?: boolean } = {},
): IsoDate[] {
  const { cutiBersamaIsDayOff = true } = options;
  return days.filter((d) => cutiBersamaIsDayOff || d.kind === 'libur_nasional').map((d) => d.date);
}
