import { describe, expect, it } from 'vitest';
import { textWidth, wrapLines } from './text-metrics';

describe('text metrics (Helvetica, as the PDF sets it)', () => {
  it('measures with the AFM widths', () => {
    // "A" is 667/1000 em in Helvetica and 722 in Helvetica-Bold; a space is 278.
    expect(textWidth('A', 10)).toBeCloseTo(6.67, 6);
    expect(textWidth('A', 10, 'bold')).toBeCloseTo(7.22, 6);
    expect(textWidth('A A', 1000)).toBe(667 + 278 + 667);
    expect(textWidth('…', 10)).toBe(10);
    expect(textWidth('é', 10)).toBeCloseTo(6.11, 6);
    expect(textWidth('', 10)).toBe(0);
  });

  it('wraps at spaces, keeps explicit line breaks, and cuts words longer than a line', () => {
    const lines = wrapLines('Menerima surat permohonan atau proposal pelatihan', 60, 7);
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines) expect(textWidth(l, 7)).toBeLessThanOrEqual(60);
    expect(lines.join(' ')).toBe('Menerima surat permohonan atau proposal pelatihan');
    expect(wrapLines('satu\ndua', 200, 7)).toEqual(['satu', 'dua']);
    expect(wrapLines('satu\n\ndua\n\n', 200, 7)).toEqual(['satu', '', 'dua']);
    const cut = wrapLines('Supercalifragilistikexpialidocious', 30, 7);
    expect(cut.length).toBeGreaterThan(1);
    expect(cut.join('')).toBe('Supercalifragilistikexpialidocious');
    for (const l of cut) expect(textWidth(l, 7)).toBeLessThanOrEqual(30);
    expect(wrapLines('', 30, 7)).toEqual(['']);
  });
});
