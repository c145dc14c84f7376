/**
 * Numbers and dates the Indonesian way, for input and display in both apps.
 *
 * Input: people in Indonesia write a decimal comma ("72,5") and group thousands with dots
 * ("1.234.567"); phones with an English keyboard give a decimal point ("72.5"). A plain
 * `Number("72,5")` is NaN and stripping the comma stored 725, so every typed number goes through
 * {@link parseDecimal} (and schemas wrap their number with `decimalInput` from inputs/fields.ts,
 * kept there so this module stays free of zod for the apps' first load).
 *
 * Display: dates are written "11 Januari 2027" (English "11 January 2027") in WIB, never ISO.
 * The month names are spelled out here rather than taken from `Intl`, so the server (Node with
 * or without full ICU) and every browser write the same text.
 */
import { isIsoDate, toJakartaDate } from './calendar';
import type { Lang } from './i18n';
import type { MessageKey } from './messages';

const MONTHS: Readonly<Record<Lang, readonly string[]>> = {
  id: [
    'Januari',
    'Februari',
    'Maret',
    'April',
    'Mei',
    'Juni',
    'Juli',
    'Agustus',
    'September',
    'Oktober',
    'November',
    'Desember',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};

/** Month names of a language, January first (for date pickers and documents). */
export function monthNames(lang: Lang): readonly string[] {
  return MONTHS[lang];
}

const HOUR = 3_600_000;
const WIB_OFFSET = 7 * HOUR;

function toInstant(value: Date | string): Date | null {
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/**
 * A calendar day as people read it: "11 Januari 2027" / "11 January 2027". Takes a 'YYYY-MM-DD'
 * day (shown as it is) or an instant (a Date or an ISO timestamp, shown as its WIB day).
 * Anything else comes back unchanged, so a bad value is visible rather than a crash.
 */
export function formatDate(value: Date | string, lang: Lang = 'id'): string {
  let day: string;
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    if (!isIsoDate(value)) return value;
    day = value;
  } else {
    const instant = toInstant(value);
    if (!instant) return String(value);
    day = toJakartaDate(instant);
  }
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return `${d} ${MONTHS[lang][m - 1]} ${y}`;
}

/**
 * A moment in WIB: "11 Januari 2027, 08.05 WIB" / "11 January 2027, 08:05 WIB" (Indonesian
 * writes the time with a dot).
 */
export function formatDateTime(value: Date | string, lang: Lang = 'id'): string {
  const instant = toInstant(value);
  if (!instant) return String(value);
  const wib = new Date(instant.getTime() + WIB_OFFSET);
  const hh = String(wib.getUTCHours()).padStart(2, '0');
  const mm = String(wib.getUTCMinutes()).padStart(2, '0');
  return `${formatDate(instant, lang)}, ${hh}${lang === 'id' ? '.' : ':'}${mm} WIB`;
}

/**
 * A number with the language's separators: Indonesian "1.234,5", English "1,234.5"; at most
 * `digits` decimals (rounded), no trailing zeros. Written by hand for the same reason as dates.
 */
export function formatDecimal(n: number, lang: Lang = 'id', digits = 2): string {
  if (!Number.isFinite(n)) return String(n);
  const [group, decimal] = lang === 'id' ? ['.', ','] : [',', '.'];
  const fixed = Math.abs(n).toFixed(digits);
  const [whole = '0', fraction = ''] = fixed.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const trimmed = fraction.replace(/0+$/, '');
  const sign = n < 0 && (Number(whole) > 0 || trimmed !== '') ? '-' : '';
  return `${sign}${grouped}${trimmed ? decimal + trimmed : ''}`;
}

/** Result of {@link parseDecimal}: the number, or why the text is not one (a message key). */
export type DecimalParse =
  | { readonly ok: true; readonly value: number }
  | { readonly ok: false; readonly error: MessageKey };

/** Longest text read as a number: a score or an amount, not a novel. */
const MAX_NUMBER_TEXT = 40;
/** Digits grouped by dots in threes: "1.234", "12.345.678" (a group of three after each dot). */
const DOT_GROUPED = /^\d{1,3}(\.\d{3})+$/;

/**
 * Reads a number typed by a person in Indonesia.
 * - Decimal comma: "72,5" → 72.5, "0,25" → 0.25, ",5" → 0.5.
 * - Thousands with dots: "1.234" → 1234, "1.234.567" → 1234567, "1.234,5" → 1234.5.
 * - Decimal point (an English keyboard): "72.5" → 72.5, "0.125" → 0.125. A single dot followed by
 *   exactly three digits is read as thousands, the Indonesian reading, which is also how the
 *   apps display 1234 ("1.234"), so a number copied from the screen reads back the same.
 * - Spaces around the text and an optional leading minus are allowed.
 * Refused with a clear message: letters, two commas ("1,234,567"), a comma before a dot
 * ("1,234.5", English thousands), dots not in groups of three ("1.23.4"), a trailing separator.
 */
export function parseDecimal(input: string): DecimalParse {
  const text = input.trim().replace(/^\u2212/, '-');
  if (text === '') return { ok: false, error: 'number.required' };
  if (text.length > MAX_NUMBER_TEXT || !/^-?[\d.,]+$/.test(text)) {
    return { ok: false, error: 'number.invalid' };
  }
  const negative = text.startsWith('-');
  const body = negative ? text.slice(1) : text;
  const commas = body.split(',').length - 1;
  if (commas > 1) return { ok: false, error: 'number.ambiguous' };
  let whole: string;
  let fraction = '';
  if (commas === 1) {
    [whole = '', fraction = ''] = body.split(',');
    if (fraction === '' || fraction.includes('.')) return { ok: false, error: 'number.ambiguous' };
    if (whole.includes('.')) {
      if (!DOT_GROUPED.test(whole)) return { ok: false, error: 'number.ambiguous' };
      whole = whole.replaceAll('.', '');
    }
  } else if (body.includes('.')) {
    const dots = body.split('.').length - 1;
    if (DOT_GROUPED.test(body) && !body.startsWith('0')) {
      whole = body.replaceAll('.', '');
    } else if (dots === 1) {
      [whole = '', fraction = ''] = body.split('.');
      if (fraction === '') return { ok: false, error: 'number.ambiguous' };
    } else {
      return { ok: false, error: 'number.ambiguous' };
    }
  } else {
    whole = body;
  }
  if (whole === '' && fraction === '') return { ok: false, error: 'number.invalid' };
  const value = Number(`${negative ? '-' : ''}${whole || '0'}${fraction ? `.${fraction}` : ''}`);
  if (!Number.isFinite(value)) return { ok: false, error: 'number.invalid' };
  return { ok: true, value: Object.is(value, -0) ? 0 : value };
}
