import { type MessageKey, textProblem } from '@blk/domain';

/** The first unprintable text found in an argument value, with its path. */
export interface UnsafeText {
  readonly key: MessageKey;
  readonly path: string[];
}

/**
 * Looks through an argument value (strings, lists, input objects, their keys) for text that
 * must never reach the database: control characters other than tab and line breaks, and lone
 * surrogates. Line breaks are left to the field's own schema (`text` vs `multilineText`).
 * Iterative, so no nesting depth can overflow the stack; stops after `max` findings.
 */
export function findAllUnsafeText(value: unknown, path: string[] = [], max = 20): UnsafeText[] {
  const found: UnsafeText[] = [];
  const pending: [unknown, string[]][] = [[value, path]];
  for (let next = pending.shift(); next && found.length < max; next = pending.shift()) {
    const [item, at] = next;
    if (typeof item === 'string') {
      const key = textProblem(item, { multiline: true });
      if (key) found.push({ key, path: at });
    } else if (Array.isArray(item)) {
      item.forEach((element, i) => {
        pending.push([element, [...at, String(i)]]);
      });
    } else if (item && typeof item === 'object' && !(item instanceof Date)) {
      for (const [k, element] of Object.entries(item)) {
        const key = textProblem(k, { multiline: true });
        if (key) found.push({ key, path: [...at, k] });
        else pending.push([element, [...at, k]]);
      }
    }
  }
  return found;
}

/** The first unprintable text in a value, or null. */
export function findUnsafeText(value: unknown): UnsafeText | null {
  return findAllUnsafeText(value, [], 1)[0] ?? null;
}
