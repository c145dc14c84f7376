import { describe, expect, it } from 'vitest';
import {
  computeIkm,
  gradeOfIkm,
  krejcieMorganSampleSize,
  SKM_ELEMENT_KEYS,
  SKM_ELEMENTS,
  type SkmAnswers,
} from './satisfaction';

const all = (score: number): SkmAnswers =>
  Object.fromEntries(SKM_ELEMENT_KEYS.map((k) => [k, score])) as SkmAnswers;

describe('SKM_ELEMENTS', () => {
  it('lists u1..u9, each with a question and four answer labels in both languages', () => {
    expect(SKM_ELEMENTS.map((e) => e.key)).toEqual([...SKM_ELEMENT_KEYS]);
    for (const e of SKM_ELEMENTS) {
      expect(e.answers).toHaveLength(4);
      expect(e.question.id).toMatch(/\?$/);
      expect(e.question.en).toMatch(/\?$/);
    }
    expect(SKM_ELEMENTS[3]?.answers.map((a) => a.id)).toEqual([
      'Sangat mahal',
      'Cukup mahal',
      'Murah',
      'Gratis',
    ]);
  });
});

describe('computeIkm', () => {
  it('returns nulls without respondents', () => {
    const result = computeIkm([]);
    expect(result).toMatchObject({ respondents: 0, ikm: null, grade: null, weightedSum: null });
    expect(result.elements.every((e) => e.nrr === null && e.weighted === null)).toBe(true);
  });

  it.each([
    [[all(4)], 100, 'A', 'Sangat Baik'],
    [[all(1)], 25, 'D', 'Tidak Baik'],
    [[all(3), all(4)], 87.5, 'B', 'Baik'],
    [[all(3)], 75, 'C', 'Kurang Baik'],
    // 8 × 3 + 4 = 28 points: 25 × 28 / 9 = 77.777… → 77.78
    [[{ ...all(3), u4: 4 }], 77.78, 'B', 'Baik'],
  ])('case %#: IKM %d grade %s', (responses, ikm, grade, label) => {
    const result = computeIkm(responses);
    expect(result.ikm).toBe(ikm);
    expect(result.grade).toBe(grade);
    expect(result.gradeLabel?.id).toBe(label);
  });

  it('computes NRR per element and the weighted sum', () => {
    const result = computeIkm([
      { ...all(3), u4: 4 },
      { ...all(2), u4: 4 },
    ]);
    expect(result.elements[0]).toEqual({ key: 'u1', nrr: 2.5, weighted: 2.5 / 9 });
    expect(result.elements[3]).toMatchObject({ key: 'u4', nrr: 4 });
    expect(result.weightedSum).toBeCloseTo((8 * 2.5 + 4) / 9, 12);
    expect(result.ikm).toBe(66.67); // 25 × 24 / 9 = 66.666… rounds up
  });

  it('rounds half up on an exact half, in integer arithmetic', () => {
    // 7 × all-1 + 1 × all-2 = 81 points over 72 answers: 25 × 81 / 72 = 28.125 → 28.13.
    expect(computeIkm([...Array(7).fill(all(1)), all(2)]).ikm).toBe(28.13);
  });
});

describe('gradeOfIkm boundaries', () => {
  it.each([
    [100, 'A'],
    [88.31, 'A'],
    [88.3, 'B'],
    [76.61, 'B'],
    [76.6, 'C'],
    [65, 'C'],
    [64.99, 'D'],
    [25, 'D'],
  ])('%d → %s', (ikm, grade) => expect(gradeOfIkm(ikm).grade).toBe(grade));
});

describe('krejcieMorganSampleSize', () => {
  it.each([
    [0, 0],
    [1, 1],
    [10, 10],
    // The printed table rounds to nearest here (44, 217); rounding up asks one more respondent.
    [50, 45],
    [100, 80],
    [500, 218],
    [1000, 278],
    [10000, 370],
    [1000000, 384],
  ])('N = %i → %i', (population, sample) =>
    expect(krejcieMorganSampleSize(population)).toBe(sample),
  );

  it.each([-1, 2.5])('rejects %s', (population) => {
    expect(() => krejcieMorganSampleSize(population)).toThrow(RangeError);
  });
});
