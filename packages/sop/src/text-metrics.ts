import { HELVETICA_BOLD_WIDTHS, HELVETICA_WIDTHS } from './font-metrics';

export type FontWeight = 'normal' | 'bold';

/** Width (1/1000 em) of a character outside printable ASCII, as WinAnsi Helvetica draws it. */
function wideWidth(ch: string): number {
  if (ch === '…' || ch === '—' || ch === '‰') return 1000;
  if (ch === '–' || ch === '•') return ch === '•' ? 350 : 556;
  if (ch === '’' || ch === '‘') return 222;
  if (ch === '“' || ch === '”') return 333;
  return 611; // accented Latin letters are about as wide as capitals
}

/** Width in points of `text` set in Helvetica (or Helvetica-Bold) at `size` points. */
export function textWidth(text: string, size: number, weight: FontWeight = 'normal'): number {
  const table = weight === 'bold' ? HELVETICA_BOLD_WIDTHS : HELVETICA_WIDTHS;
  let units = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 32;
    units += code >= 32 && code <= 126 ? (table[code - 32] ?? 556) : wideWidth(ch);
  }
  return (units * size) / 1000;
}

/** Splits a word wider than `width` into pieces that fit (at least one character each). */
function splitWord(word: string, width: number, size: number, weight: FontWeight): string[] {
  const pieces: string[] = [];
  let current = '';
  for (const ch of word) {
    if (current && textWidth(current + ch, size, weight) > width) {
      pieces.push(current);
      current = ch;
    } else current += ch;
  }
  if (current) pieces.push(current);
  return pieces;
}

/**
 * Greedy line breaking at spaces (and at explicit newlines) so that no line is wider than
 * `width` points; a word longer than a line is cut between characters.
 */
export function wrapLines(
  text: string,
  width: number,
  size: number,
  weight: FontWeight = 'normal',
): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let current = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      for (const piece of textWidth(word, size, weight) > width
        ? splitWord(word, width, size, weight)
        : [word]) {
        const candidate = current ? `${current} ${piece}` : piece;
        if (current && textWidth(candidate, size, weight) > width) {
          lines.push(current);
          current = piece;
        } else current = candidate;
      }
    }
    lines.push(current);
  }
  // Blank paragraphs inside the text stay as blank lines; trailing ones go.
  while (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}
