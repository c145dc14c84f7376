import type { Lang } from '@blk/domain';

const LOCALES: Record<Lang, string> = { id: 'id-ID', en: 'en-GB' };
const TIME_ZONE = 'Asia/Jakarta';

/** A moment as the office sees it (WIB), e.g. "19 Nov 2026 23.59". */
export function formatDateTime(iso: string | null | undefined, lang: Lang): string {
  if (!iso) return '—';
  return new Intl.DateTimeFormat(LOCALES[lang], {
    timeZone: TIME_ZONE,
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(new Date(iso));
}

/** A calendar day ('YYYY-MM-DD' or a moment) in WIB, e.g. "19 Nov 2026". */
export function formatDate(value: string | null | undefined, lang: Lang): string {
  if (!value) return '—';
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value)
    ? new Date(`${value}T12:00:00+07:00`)
    : new Date(value);
  return new Intl.DateTimeFormat(LOCALES[lang], {
    timeZone: TIME_ZONE,
    dateStyle: 'medium',
  }).format(date);
}

/** A number of working days with at most one decimal, in the language's notation. */
export function formatDays(days: number, lang: Lang): string {
  return new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 1 }).format(days);
}
