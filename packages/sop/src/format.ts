import { type Lang, monthNames } from '@blk/domain';
import {
  findStep,
  type LocalizedText,
  type SopDefinition,
  type SopStep,
  type TimeStandard,
} from './definition';

/** Languages the SOP texts come in (the apps' languages). */
export type Locale = Lang;

/** The text in `locale`, falling back to Bahasa Indonesia. */
export function localize(text: LocalizedText, locale: Locale = 'id'): string {
  return locale === 'en' ? (text.en ?? text.id) : text.id;
}

/** What a step is called in lists, timelines and tables: its short name, else its description. */
export function stepTitle(
  step: Pick<SopStep, 'name' | 'description'>,
  locale: Locale = 'id',
): string {
  return localize(step.name ?? step.description, locale);
}

/**
 * The title of the step with this key, or the key itself when the definition has no such step
 * (a key recorded under another version of the SOP).
 */
export function stepTitleOf(def: SopDefinition, key: string, locale: Locale = 'id'): string {
  const step = findStep(def, key);
  return step ? stepTitle(step, locale) : key;
}

function formatNumber(value: number, locale: Locale): string {
  const s = String(value);
  return locale === 'id' ? s.replace('.', ',') : s;
}

/** Waktu column text, e.g. "1 hari kerja", "4 jam kerja", "Sesuai jadwal pelatihan". */
export function formatTimeStandard(ts: TimeStandard | undefined, locale: Locale = 'id'): string {
  if (!ts) return '-';
  if (ts.unit === 'jadwal')
    return locale === 'id' ? 'Sesuai jadwal pelatihan' : 'Per training schedule';
  const n = formatNumber(ts.value, locale);
  if (locale === 'id') return `${n} ${ts.unit === 'hari_kerja' ? 'hari kerja' : 'jam kerja'}`;
  const unit = ts.unit === 'hari_kerja' ? 'working day' : 'working hour';
  return `${n} ${unit}${ts.value === 1 ? '' : 's'}`;
}

/** A YYYY-MM-DD date as written in documents, e.g. "2 Januari 2025". */
export function formatIsoDate(date: string, locale: Locale = 'id'): string {
  const [y, m, d] = date.split('-').map(Number);
  const month = monthNames(locale)[(m ?? 0) - 1];
  if (!y || !month || !d) return date;
  return `${d} ${month} ${y}`;
}

/** Escapes text for XML/HTML element content and attribute values. */
export function escapeXml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;');
}
