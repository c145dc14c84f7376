import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  computeIkm,
  gradeOfIkm,
  IKM_WEIGHTS,
  type IkmWeight,
  ikmMethod,
  KREJCIE_MORGAN_TABLE,
  krejcieMorganFormula,
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
    expect(result.weight).toBe('one_ninth');
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

/** The published table, transcribed into the golden file (not read from the code). */
const PUBLISHED_TABLE = readFileSync(
  new URL('./__golden__/krejcie-morgan-table.tsv', import.meta.url),
  'utf8',
)
  .split('\n')
  .filter((line) => /^\d/.test(line))
  .map((line) => line.split('\t').map(Number) as [number, number]);

describe('krejcieMorganSampleSize', () => {
  it('the golden table has the 90 rows of the printed table', () => {
    expect(PUBLISHED_TABLE).toHaveLength(90);
    expect(KREJCIE_MORGAN_TABLE).toEqual(PUBLISHED_TABLE);
  });

  it.each(PUBLISHED_TABLE)('table row N = %i → S = %i', (population, sample) =>
    expect(krejcieMorganSampleSize(population)).toBe(sample),
  );

  it('between rows takes the next tabulated population upwards', () => {
    for (const [i, [population, sample]] of PUBLISHED_TABLE.entries()) {
      const previous = PUBLISHED_TABLE[i - 1]?.[0] ?? 0;
      if (population - previous > 1) {
        // One above the previous row: still this row (capped at the population itself).
        expect(krejcieMorganSampleSize(previous + 1)).toBe(Math.min(sample, previous + 1));
      }
    }
    expect(krejcieMorganSampleSize(12)).toBe(12); // row 15 → 14, but only 12 people were served
    expect(krejcieMorganSampleSize(47)).toBe(44);
    expect(krejcieMorganSampleSize(501)).toBe(226);
    expect(krejcieMorganSampleSize(100000)).toBe(384);
  });

  it('is the formula rounded to nearest on every row, which a ceiling misses on 45 of them', () => {
    const offByCeiling = PUBLISHED_TABLE.filter(
      ([n, s]) => Math.ceil(krejcieMorganFormula(n) - 1e-9) !== s,
    );
    expect(offByCeiling).toHaveLength(45);
    expect(offByCeiling).toContainEqual([50, 44]);
    expect(offByCeiling).toContainEqual([500, 217]);
    for (const [n, s] of PUBLISHED_TABLE) expect(Math.round(krejcieMorganFormula(n))).toBe(s);
  });

  it.each([
    [0, 0],
    [1, 1],
    [5, 5],
    [1000001, 384],
    [50000000, 384],
  ])('outside the table: N = %i → %i', (population, sample) =>
    expect(krejcieMorganSampleSize(population)).toBe(sample),
  );

  it.each([-1, 2.5])('rejects %s', (population) => {
    expect(() => krejcieMorganSampleSize(population)).toThrow(RangeError);
  });
});

/**
 * Five respondents whose 45 answers add up to `total` (answers of 3, some raised to 4 or lowered
 * to 2, spread over the elements), so an example reads as a real tally.
 */
function fiveRespondents(total: number): SkmAnswers[] {
  const cells = Array.from({ length: 45 }, () => 3);
  let diff = total - 135;
  for (let i = 0; diff !== 0; i++) {
    cells[i % 45] = (cells[i % 45] ?? 3) + Math.sign(diff);
    diff -= Math.sign(diff);
  }
  return Array.from(
    { length: 5 },
    (_, r) =>
      Object.fromEntries(SKM_ELEMENT_KEYS.map((k, e) => [k, cells[e * 5 + r]])) as SkmAnswers,
  );
}

describe('IKM worked examples at the grade boundaries, under both weights (golden)', () => {
  // Totals over 5 respondents × 9 elements chosen at each boundary: the exact weight and the
  // rounded one land on different sides of it for 159, 138 and 117.
  const TOTALS = [180, 160, 159, 158, 139, 138, 137, 118, 117, 116, 45];
  const lines = [
    'Lima responden, 9 unsur. Σ = jumlah semua jawaban; Σ NRR = Σ / 5.',
    'total\tΣNRR\tIKM(1/9)\tmutu\tIKM(0,111)\tmutu',
  ];
  const results: Record<IkmWeight, { ikm: number | null; grade: string | null }[]> = {
    one_ninth: [],
    rounded_0111: [],
  };
  for (const total of TOTALS) {
    const responses = fiveRespondents(total);
    const sum = SKM_ELEMENT_KEYS.reduce((a, k) => a + responses.reduce((b, r) => b + r[k], 0), 0);
    expect(sum).toBe(total);
    const [exact, rounded] = IKM_WEIGHTS.map((w) => computeIkm(responses, w));
    results.one_ninth.push({ ikm: exact?.ikm ?? null, grade: exact?.grade ?? null });
    results.rounded_0111.push({ ikm: rounded?.ikm ?? null, grade: rounded?.grade ?? null });
    lines.push(
      [total, total / 5, exact?.ikm, exact?.grade, rounded?.ikm, rounded?.grade].join('\t'),
    );
  }

  it('matches the golden file', async () => {
    await expect(`${lines.join('\n')}\n`).toMatchFileSnapshot('./__golden__/ikm-boundaries.tsv');
  });

  it('the rounded weight flips A→B at 88.33, B→C at 76.67 and C→D at 65.00', () => {
    const at = (total: number, w: IkmWeight) => results[w][TOTALS.indexOf(total)];
    expect(at(159, 'one_ninth')).toEqual({ ikm: 88.33, grade: 'A' });
    expect(at(159, 'rounded_0111')).toEqual({ ikm: 88.25, grade: 'B' });
    expect(at(138, 'one_ninth')).toEqual({ ikm: 76.67, grade: 'B' });
    expect(at(138, 'rounded_0111')).toEqual({ ikm: 76.59, grade: 'C' });
    expect(at(117, 'one_ninth')).toEqual({ ikm: 65, grade: 'C' });
    expect(at(117, 'rounded_0111')).toEqual({ ikm: 64.94, grade: 'D' });
    expect(at(180, 'one_ninth')).toEqual({ ikm: 100, grade: 'A' });
    expect(at(180, 'rounded_0111')).toEqual({ ikm: 99.9, grade: 'A' });
  });

  it('weights each element mean by the weight, without rounding it', () => {
    const r = computeIkm(fiveRespondents(159), 'rounded_0111');
    expect(r.weight).toBe('rounded_0111');
    expect(r.weightedSum).toBeCloseTo(31.8 * 0.111, 12);
    expect(r.elements[0]?.weighted).toBeCloseTo((r.elements[0]?.nrr ?? 0) * 0.111, 12);
  });

  it('says how it was computed, naming the weight', () => {
    expect(ikmMethod('one_ninth').id).toContain('bobot 1/9');
    expect(ikmMethod('rounded_0111').id).toContain('bobot 0,111');
    expect(ikmMethod('rounded_0111').en).toContain('weight 0.111');
    expect(ikmMethod('one_ninth').id).toContain('Tanpa pembulatan antara');
  });
});
