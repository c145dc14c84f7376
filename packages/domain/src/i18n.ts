import type { z } from 'zod';
import { formatDecimal } from './format-id';
import { isMessageKey, MESSAGES, type MessageKey } from './messages';

/** Languages the apps speak: Bahasa Indonesia (default) and English. */
export const LANGS = ['id', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'id';

/** A text in every supported language. */
export type Localized = { readonly [L in Lang]: string };

/** One validation problem, ready to show next to a form field or in GraphQL `extensions`. */
export interface LocalizedIssue {
  /** Dotted path to the field (`certifications.0.expiresOn`), '' for the whole input. */
  readonly path: string;
  readonly message: string;
  /** The catalog key for our own rules, otherwise zod's issue code (`too_small`, …). */
  readonly code: string;
}

type Params = Readonly<Record<string, unknown>>;

/** Fills `{name}` placeholders; unknown placeholders stay visible so a missing param is noticed. */
function fill(template: string, params: Params): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** The catalog message for a key in the given language, with `{name}` placeholders filled. */
export function message(key: MessageKey, lang: Lang = DEFAULT_LANG, params: Params = {}): string {
  return fill(MESSAGES[key][lang], params);
}

const TYPE_NAMES: Readonly<Record<string, Localized>> = {
  string: { id: 'teks', en: 'text' },
  number: { id: 'angka', en: 'a number' },
  int: { id: 'bilangan bulat', en: 'a whole number' },
  boolean: { id: 'ya/tidak', en: 'true or false' },
  array: { id: 'daftar', en: 'a list' },
  object: { id: 'objek', en: 'an object' },
  date: { id: 'tanggal', en: 'a date' },
};

const FORMAT_NAMES: Readonly<Record<string, Localized>> = {
  email: { id: 'Alamat e-mail tidak valid', en: 'Invalid e-mail address' },
  uuid: { id: 'Format UUID tidak valid', en: 'Invalid UUID' },
  date: { id: 'Format tanggal harus TTTT-BB-HH', en: 'Date must be YYYY-MM-DD' },
  datetime: { id: 'Format tanggal dan waktu tidak valid', en: 'Invalid date and time' },
};

const both = (id: string, en: string): Localized => ({ id, en });

/** Indonesian and English text for zod's built-in issues (zod's own messages are English only). */
function builtinMessage(issue: z.core.$ZodIssue): Localized {
  switch (issue.code) {
    case 'invalid_type': {
      // `input` is only present when parsed with `reportInput`; then a missing field says so.
      if ('input' in issue && issue.input === undefined) return MESSAGES['common.required'];
      const name = TYPE_NAMES[issue.expected];
      return name
        ? both(`Harus berupa ${name.id}`, `Must be ${name.en}`)
        : both('Jenis isian tidak valid', 'Invalid type');
    }
    case 'too_small':
    case 'too_big': {
      const small = issue.code === 'too_small';
      const n = Number(small ? issue.minimum : issue.maximum);
      const bound = small ? both('minimal', 'at least') : both('maksimal', 'at most');
      if (issue.origin === 'string') {
        if (issue.exact)
          return both(`Harus tepat ${n} karakter`, `Must be exactly ${n} characters`);
        if (small && n === 1) return MESSAGES['common.required'];
        return both(`${cap(bound.id)} ${n} karakter`, `Must be ${bound.en} ${n} characters`);
      }
      if (issue.origin === 'array' || issue.origin === 'set') {
        return both(
          `${cap(bound.id)} ${n} item`,
          `Must have ${bound.en} ${n} item${n === 1 ? '' : 's'}`,
        );
      }
      // A number bound is written the language's way: "Maksimal 2,5", "at most 2.5".
      const [nId, nEn] = [formatDecimal(n, 'id', 6), formatDecimal(n, 'en', 6)];
      if (issue.inclusive === false) {
        return small
          ? both(`Harus lebih dari ${nId}`, `Must be greater than ${nEn}`)
          : both(`Harus kurang dari ${nId}`, `Must be less than ${nEn}`);
      }
      return both(`${cap(bound.id)} ${nId}`, `Must be ${bound.en} ${nEn}`);
    }
    case 'invalid_format':
      return FORMAT_NAMES[issue.format] ?? both('Format tidak valid', 'Invalid format');
    case 'not_multiple_of':
      return both(`Harus kelipatan ${issue.divisor}`, `Must be a multiple of ${issue.divisor}`);
    case 'unrecognized_keys': {
      const keys = issue.keys.join(', ');
      return both(`Kolom tidak dikenal: ${keys}`, `Unknown field(s): ${keys}`);
    }
    case 'invalid_value': {
      // A choice left out is missing, not a wrong choice.
      if ('input' in issue && issue.input === undefined) return MESSAGES['common.required'];
      const values = issue.values.map(String).join(', ');
      return both(`Pilih salah satu: ${values}`, `Choose one of: ${values}`);
    }
    default:
      return both('Isian tidak valid', 'Invalid input');
  }
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function paramsOf(issue: z.core.$ZodIssue): Params {
  if (issue.code === 'custom') return issue.params ?? {};
  if (issue.code === 'too_small') return { min: Number(issue.minimum) };
  if (issue.code === 'too_big') return { max: Number(issue.maximum) };
  return {};
}

/** Our rule violations have the shape of a zod custom issue, so both localize the same way. */
export interface RuleIssue {
  readonly code: 'custom';
  readonly path: PropertyKey[];
  readonly message: MessageKey;
  readonly params?: Record<string, string | number>;
}

/** Builds a rule violation for a field path. */
export function ruleIssue(
  key: MessageKey,
  path: PropertyKey[] = [],
  params?: Record<string, string | number>,
): RuleIssue {
  return params
    ? { code: 'custom', path, message: key, params }
    : { code: 'custom', path, message: key };
}

/** Translates zod issues (catalog keys and zod built-ins) and rule issues into one language. */
export function localizeIssues(
  issues: z.core.$ZodError | readonly z.core.$ZodIssue[],
  lang: Lang = DEFAULT_LANG,
): LocalizedIssue[] {
  const list = 'issues' in issues ? issues.issues : issues;
  return list.map((issue) => {
    const path = issue.path.map(String).join('.');
    if (isMessageKey(issue.message)) {
      return { path, code: issue.message, message: message(issue.message, lang, paramsOf(issue)) };
    }
    return { path, code: issue.code, message: builtinMessage(issue)[lang] };
  });
}

/** Result of {@link parseInput}. */
export type ParseResult<T> =
  | { readonly ok: true; readonly data: T }
  | { readonly ok: false; readonly issues: LocalizedIssue[] };

/** Parses input with a schema and returns the data or the issues localized to `lang`. */
export function parseInput<S extends z.ZodType>(
  schema: S,
  input: unknown,
  lang: Lang = DEFAULT_LANG,
): ParseResult<z.output<S>> {
  // reportInput lets the translator tell a missing field ("Wajib diisi") from a wrong type.
  const result = schema.safeParse(input, { reportInput: true });
  return result.success
    ? { ok: true, data: result.data }
    : { ok: false, issues: localizeIssues(result.error, lang) };
}
