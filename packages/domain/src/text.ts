import { z } from 'zod';
import type { MessageKey } from './messages';

/**
 * Characters no text input may hold: C0 controls (tab, line feed and carriage return are
 * judged separately), DEL and C1 controls. PostgreSQL refuses NUL outright, and the others are
 * invisible junk or terminal escapes in logs and exports.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
/** Tab, line feed and carriage return: fine in multi-line text, not in a name or a code. */
const LINE_BREAK_OR_TAB = /[\t\n\r]/;
/** A UTF-16 surrogate without its partner, which no UTF-8 database or JSON column can store. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Where a text may be used: one line (names, codes, ids) or several (notes, descriptions). */
export interface TextOptions {
  /** Allows tab, line feed and carriage return. */
  readonly multiline?: boolean;
}

/** Why a text cannot be accepted as it is, as a message key, or null when it is fine. */
export function textProblem(value: string, options: TextOptions = {}): MessageKey | null {
  if (LONE_SURROGATE.test(value)) return 'text.invalid_unicode';
  if (CONTROL.test(value)) return 'text.control_character';
  if (!options.multiline && LINE_BREAK_OR_TAB.test(value)) return 'text.single_line';
  return null;
}

/** True when {@link textProblem} finds nothing. */
export function isSafeText(value: string, options: TextOptions = {}): boolean {
  return textProblem(value, options) === null;
}

/**
 * The base of every string input: a string free of control characters and lone surrogates
 * (line breaks only when `multiline`). Every schema in `src/inputs` builds on this, so the
 * check lives in one place and nothing unprintable reaches the database.
 */
export function safeString(options: TextOptions = {}) {
  return z.string().superRefine((value, ctx) => {
    const problem = textProblem(value, options);
    if (problem) ctx.addIssue({ code: 'custom', message: problem, input: value });
  });
}
