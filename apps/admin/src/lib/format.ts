import {
  formatDate as formatDay,
  formatDecimal,
  formatDateTime as formatMoment,
  type Lang,
} from '@blk/domain';

/**
 * A moment as the office sees it (WIB), e.g. "19 November 2026, 23.59 WIB": the shared
 * packages/domain format, never ISO and never the browser's own abbreviations.
 */
export function formatDateTime(iso: string | null | undefined, lang: Lang): string {
  if (!iso) return '—';
  return formatMoment(iso, lang);
}

/** A calendar day ('YYYY-MM-DD' or a moment) in WIB, e.g. "11 Januari 2027". */
export function formatDate(value: string | null | undefined, lang: Lang): string {
  if (!value) return '—';
  return formatDay(value, lang);
}

/** A number of working days with at most one decimal, in the language's notation ("2,5"). */
export function formatDays(days: number, lang: Lang): string {
  return formatDecimal(days, lang, 1);
}
