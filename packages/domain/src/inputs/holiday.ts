import { z } from 'zod';
import type { Localized } from '../i18n';
import { isoDateSchema, optionalText, text } from './fields';

/** Kinds of day off set by the SKB 3 Menteri: national holiday or joint leave (cuti bersama). */
export const HOLIDAY_KINDS = ['libur_nasional', 'cuti_bersama'] as const;
export type HolidayKind = (typeof HOLIDAY_KINDS)[number];
export const HOLIDAY_KIND_LABELS = {
  libur_nasional: { id: 'Libur nasional', en: 'National holiday' },
  cuti_bersama: { id: 'Cuti bersama', en: 'Joint leave day' },
} as const satisfies Record<HolidayKind, Localized>;

/** A holiday an admin adds (also one day of the holiday data file). */
export const holidaySchema = z.strictObject({
  date: isoDateSchema,
  name: text(200),
  kind: z.enum(HOLIDAY_KINDS),
  /** The decree the day comes from. */
  basis: optionalText(500),
});
export type HolidayInput = z.output<typeof holidaySchema>;
