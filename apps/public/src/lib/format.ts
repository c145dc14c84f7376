import type { Lang } from '@blk/domain';

const locales: Record<Lang, string> = { id: 'id-ID', en: 'en-GB' };

/** A day and time in WIB, e.g. "30 Nov 2026 08.00". */
export function formatDateTime(iso: string, lang: Lang): string {
  return new Intl.DateTimeFormat(locales[lang], {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Asia/Jakarta',
  }).format(new Date(iso));
}

/** A day in WIB, e.g. "30 November 2026"; accepts an instant or a YYYY-MM-DD day. */
export function formatDate(iso: string, lang: Lang): string {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? new Date(`${iso}T00:00:00+07:00`) : new Date(iso);
  return new Intl.DateTimeFormat(locales[lang], {
    dateStyle: 'long',
    timeZone: 'Asia/Jakarta',
  }).format(date);
}

/** A number with the language's separators and at most `digits` decimals. */
export function formatNumber(n: number, lang: Lang, digits = 1): string {
  return new Intl.NumberFormat(locales[lang], { maximumFractionDigits: digits }).format(n);
}
