import {
  formatDate as formatDay,
  formatDecimal,
  formatDateTime as formatMoment,
  type Lang,
} from '@blk/domain';

/**
 * Dates and numbers as the public reads them, from @blk/domain's one implementation: a day
 * "11 Januari 2027", a moment "11 Januari 2027, 08.05 WIB", numbers "1.234,5". Never ISO.
 */

/** A moment in WIB, e.g. "30 November 2026, 08.00 WIB" (the zone is part of the text). */
export function formatDateTime(iso: string, lang: Lang): string {
  return formatMoment(iso, lang);
}

/** A day in WIB, e.g. "30 November 2026"; accepts an instant or a YYYY-MM-DD day. */
export function formatDate(iso: string, lang: Lang): string {
  return formatDay(iso, lang);
}

/** A number with the language's separators and at most `digits` decimals. */
export function formatNumber(n: number, lang: Lang, digits = 1): string {
  return formatDecimal(n, lang, digits);
}
