import type { Localized } from './i18n';

/**
 * Survei Kepuasan Masyarakat (SKM, PermenPANRB 14/2017): nine elements (unsur), each answered on
 * a 1-4 scale whose labels depend on the element, as in the regulation's sample questionnaire.
 */
export interface SkmElement {
  readonly key: SkmElementKey;
  readonly name: Localized;
  readonly question: Localized;
  /** Labels of answers 1..4, worst first. */
  readonly answers: readonly Localized[];
}

export const SKM_ELEMENT_KEYS = ['u1', 'u2', 'u3', 'u4', 'u5', 'u6', 'u7', 'u8', 'u9'] as const;
export type SkmElementKey = (typeof SKM_ELEMENT_KEYS)[number];

/** Answer labels 1..4 from [id, en] pairs. */
const scale = (...pairs: [string, string][]): Localized[] => pairs.map(([id, en]) => ({ id, en }));

const SUITABILITY = scale(
  ['Tidak sesuai', 'Not appropriate'],
  ['Kurang sesuai', 'Less appropriate'],
  ['Sesuai', 'Appropriate'],
  ['Sangat sesuai', 'Very appropriate'],
);

export const SKM_ELEMENTS: readonly SkmElement[] = [
  {
    key: 'u1',
    name: { id: 'Persyaratan', en: 'Requirements' },
    question: {
      id: 'Bagaimana pendapat Saudara tentang kesesuaian persyaratan pelayanan dengan jenis pelayanannya?',
      en: 'How well do the service requirements fit the kind of service?',
    },
    answers: SUITABILITY,
  },
  {
    key: 'u2',
    name: { id: 'Sistem, mekanisme, dan prosedur', en: 'System, mechanism and procedure' },
    question: {
      id: 'Bagaimana pemahaman Saudara tentang kemudahan prosedur pelayanan di unit ini?',
      en: 'How easy is the service procedure of this unit?',
    },
    answers: scale(
      ['Tidak mudah', 'Not easy'],
      ['Kurang mudah', 'Less easy'],
      ['Mudah', 'Easy'],
      ['Sangat mudah', 'Very easy'],
    ),
  },
  {
    key: 'u3',
    name: { id: 'Waktu penyelesaian', en: 'Completion time' },
    question: {
      id: 'Bagaimana pendapat Saudara tentang kecepatan waktu dalam memberikan pelayanan?',
      en: 'How fast was the service delivered?',
    },
    answers: scale(
      ['Tidak cepat', 'Not fast'],
      ['Kurang cepat', 'Less fast'],
      ['Cepat', 'Fast'],
      ['Sangat cepat', 'Very fast'],
    ),
  },
  {
    key: 'u4',
    name: { id: 'Biaya/tarif', en: 'Cost/fee' },
    question: {
      id: 'Bagaimana pendapat Saudara tentang kewajaran biaya/tarif dalam pelayanan?',
      en: 'How fair is the cost or fee of the service?',
    },
    answers: scale(
      ['Sangat mahal', 'Very expensive'],
      ['Cukup mahal', 'Fairly expensive'],
      ['Murah', 'Cheap'],
      ['Gratis', 'Free'],
    ),
  },
  {
    key: 'u5',
    name: { id: 'Produk spesifikasi jenis pelayanan', en: 'Service product specification' },
    question: {
      id: 'Bagaimana pendapat Saudara tentang kesesuaian produk pelayanan antara yang tercantum dalam standar pelayanan dengan hasil yang diberikan?',
      en: 'How well does the service delivered match the product in the service standard?',
    },
    answers: SUITABILITY,
  },
  {
    key: 'u6',
    name: { id: 'Kompetensi pelaksana', en: 'Staff competence' },
    question: {
      id: 'Bagaimana pendapat Saudara tentang kompetensi/kemampuan petugas dalam pelayanan?',
      en: 'How competent were the staff and instructors?',
    },
    answers: scale(
      ['Tidak kompeten', 'Not competent'],
      ['Kurang kompeten', 'Less competent'],
      ['Kompeten', 'Competent'],
      ['Sangat kompeten', 'Very competent'],
    ),
  },
  {
    key: 'u7',
    name: { id: 'Perilaku pelaksana', en: 'Staff behaviour' },
    question: {
      id: 'Bagaimana pendapat Saudara tentang perilaku petugas dalam pelayanan terkait kesopanan dan keramahan?',
      en: 'How polite and friendly were the staff?',
    },
    answers: scale(
      ['Tidak sopan dan ramah', 'Not polite and friendly'],
      ['Kurang sopan dan ramah', 'Less polite and friendly'],
      ['Sopan dan ramah', 'Polite and friendly'],
      ['Sangat sopan dan ramah', 'Very polite and friendly'],
    ),
  },
  {
    key: 'u8',
    name: {
      id: 'Penanganan pengaduan, saran, dan masukan',
      en: 'Handling of complaints and suggestions',
    },
    question: {
      id: 'Bagaimana pendapat Saudara tentang penanganan pengaduan pengguna layanan?',
      en: 'How are complaints from service users handled?',
    },
    answers: scale(
      ['Tidak ada', 'None'],
      ['Ada tetapi tidak berfungsi', 'Exists but does not work'],
      ['Berfungsi kurang maksimal', 'Works, but not fully'],
      ['Dikelola dengan baik', 'Well managed'],
    ),
  },
  {
    key: 'u9',
    name: { id: 'Sarana dan prasarana', en: 'Facilities and infrastructure' },
    question: {
      id: 'Bagaimana pendapat Saudara tentang kualitas sarana dan prasarana?',
      en: 'How good were the facilities and equipment?',
    },
    answers: scale(
      ['Buruk', 'Poor'],
      ['Cukup', 'Fair'],
      ['Baik', 'Good'],
      ['Sangat baik', 'Very good'],
    ),
  },
];

/** One respondent's answers, 1..4 per element. */
export type SkmAnswers = Readonly<Record<SkmElementKey, number>>;

/** Service quality grades (mutu pelayanan) and their lowest IKM in hundredths. */
export const IKM_GRADES = [
  { grade: 'A', minHundredths: 8831, label: { id: 'Sangat Baik', en: 'Very good' } },
  { grade: 'B', minHundredths: 7661, label: { id: 'Baik', en: 'Good' } },
  { grade: 'C', minHundredths: 6500, label: { id: 'Kurang Baik', en: 'Fair' } },
  { grade: 'D', minHundredths: 2500, label: { id: 'Tidak Baik', en: 'Poor' } },
] as const;
export type IkmGrade = (typeof IKM_GRADES)[number]['grade'];

/** The grade of an IKM value, judged on the value rounded half-up to 2 decimals. */
export function gradeOfIkm(ikm: number): (typeof IKM_GRADES)[number] {
  const hundredths = Math.round(ikm * 100);
  return IKM_GRADES.find((g) => hundredths >= g.minHundredths) ?? IKM_GRADES[3];
}

/**
 * The weight of each element's mean in the IKM (PermenPANRB 14/2017): 1/9 exactly, or 0.111 as
 * many offices round it. The rounded weight gives a slightly lower index and flips the grade for
 * IKM 88.31-88.39, 76.61-76.68 and 65.00-65.06, so every IKM shown says which weight it used.
 */
export const IKM_WEIGHTS = ['one_ninth', 'rounded_0111'] as const;
export type IkmWeight = (typeof IKM_WEIGHTS)[number];
/** The default, as the regulation writes it. */
export const DEFAULT_IKM_WEIGHT: IkmWeight = 'one_ninth';

/** Each weight as an exact fraction, so the index is computed without float drift. */
export const IKM_WEIGHT_FRACTIONS = {
  one_ninth: { numerator: 1, denominator: 9, text: '1/9' },
  rounded_0111: { numerator: 111, denominator: 1000, text: '0,111' },
} as const satisfies Record<IkmWeight, { numerator: number; denominator: number; text: string }>;

export const IKM_WEIGHT_LABELS = {
  one_ninth: { id: 'Bobot 1/9 (tepat, sesuai PermenPANRB 14/2017)', en: 'Weight 1/9 (exact)' },
  rounded_0111: { id: 'Bobot 0,111 (1/9 dibulatkan)', en: 'Weight 0.111 (1/9 rounded)' },
} as const satisfies Record<IkmWeight, Localized>;

/**
 * How the IKM is computed, in one sentence for every page and export that shows one, so an auditor
 * can reproduce it.
 */
export function ikmMethod(weight: IkmWeight): Localized {
  const w = IKM_WEIGHT_FRACTIONS[weight].text;
  const wEn = w.replace(',', '.');
  return {
    id: `IKM = 25 × Σ (NRR per unsur × bobot ${w}) atas 9 unsur; NRR = rata-rata jawaban (1–4) per unsur. Tanpa pembulatan antara; IKM dibulatkan ke 2 desimal dan mutu pelayanan (A–D) dinilai dari nilai yang dibulatkan.`,
    en: `IKM = 25 × Σ (element mean × weight ${wEn}) over the 9 elements; an element mean is the mean answer (1–4). No intermediate rounding; the IKM is rounded to 2 decimals and the grade (A–D) is judged on the rounded value.`,
  };
}

export interface IkmResult {
  readonly respondents: number;
  /** The weight used. */
  readonly weight: IkmWeight;
  /** Mean answer per element (nilai rata-rata per unsur, NRR), null without respondents. */
  readonly elements: readonly { key: SkmElementKey; nrr: number | null; weighted: number | null }[];
  /** Sum of NRR × weight (about 1..4). */
  readonly weightedSum: number | null;
  /** IKM = weighted sum × 25, rounded half-up to 2 decimals; null without respondents. */
  readonly ikm: number | null;
  readonly grade: IkmGrade | null;
  readonly gradeLabel: Localized | null;
}

/**
 * Computes the satisfaction index (IKM) with the given element weight (default 1/9). Each
 * respondent answers all nine elements, so Σ NRR = total score / respondents and
 * IKM = 25 × weight × total / respondents exactly; it is rounded half-up to 2 decimals in integer
 * arithmetic (no float drift at the grade boundaries, no intermediate rounding) and graded on that
 * rounded value.
 */
export function computeIkm(
  responses: readonly SkmAnswers[],
  weight: IkmWeight = DEFAULT_IKM_WEIGHT,
): IkmResult {
  const { numerator: wn, denominator: wd } = IKM_WEIGHT_FRACTIONS[weight];
  const n = responses.length;
  const totals = SKM_ELEMENT_KEYS.map((key) => responses.reduce((sum, r) => sum + r[key], 0));
  const elements = SKM_ELEMENT_KEYS.map((key, i) => {
    const nrr = n === 0 ? null : (totals[i] ?? 0) / n;
    return { key, nrr, weighted: nrr === null ? null : (nrr * wn) / wd };
  });
  if (n === 0) {
    return {
      respondents: 0,
      weight,
      elements,
      weightedSum: null,
      ikm: null,
      grade: null,
      gradeLabel: null,
    };
  }
  const total = totals.reduce((a, b) => a + b, 0);
  // Hundredths of the IKM: 100 × 25 × wn × total / (wd × n), rounded half up. BigInt keeps it
  // exact for any number of respondents.
  const numerator = BigInt(2500 * wn) * BigInt(total);
  const denominator = BigInt(wd) * BigInt(n);
  const hundredths = Number((2n * numerator + denominator) / (2n * denominator));
  const ikm = hundredths / 100;
  const grade = gradeOfIkm(ikm);
  return {
    respondents: n,
    weight,
    elements,
    weightedSum: (total * wn) / (wd * n),
    ikm,
    grade: grade.grade,
    gradeLabel: grade.label,
  };
}

/**
 * The Krejcie-Morgan table (Krejcie & Morgan 1970, "Determining sample size for research
 * activities"), as PermenPANRB 14/2017 reproduces it: population N and the sample size S, in
 * order. The printed S values are the formula rounded to nearest, not up.
 */
// biome-ignore format: the table as printed, a few rows a line
export const KREJCIE_MORGAN_TABLE: readonly (readonly [population: number, sample: number])[] = [
  [10, 10], [15, 14], [20, 19], [25, 24], [30, 28], [35, 32], [40, 36], [45, 40], [50, 44],
  [55, 48], [60, 52], [65, 56], [70, 59], [75, 63], [80, 66], [85, 70], [90, 73], [95, 76],
  [100, 80], [110, 86], [120, 92], [130, 97], [140, 103], [150, 108], [160, 113], [170, 118],
  [180, 123], [190, 127], [200, 132], [210, 136], [220, 140], [230, 144], [240, 148], [250, 152],
  [260, 155], [270, 159], [280, 162], [290, 165], [300, 169], [320, 175], [340, 181], [360, 186],
  [380, 191], [400, 196], [420, 201], [440, 205], [460, 210], [480, 214], [500, 217], [550, 226],
  [600, 234], [650, 242], [700, 248], [750, 254], [800, 260], [850, 265], [900, 269], [950, 274],
  [1000, 278], [1100, 285], [1200, 291], [1300, 297], [1400, 302], [1500, 306], [1600, 310],
  [1700, 313], [1800, 317], [1900, 320], [2000, 322], [2200, 327], [2400, 331], [2600, 335],
  [2800, 338], [3000, 341], [3500, 346], [4000, 351], [4500, 354], [5000, 357], [6000, 361],
  [7000, 364], [8000, 367], [9000, 368], [10000, 370], [15000, 375], [20000, 377], [30000, 379],
  [40000, 380], [50000, 381], [75000, 382], [1000000, 384],
];

/** s = X²NP(1−P) / (d²(N−1) + X²P(1−P)) with X² = 3.841, P = 0.5, d = 0.05, unrounded. */
export function krejcieMorganFormula(population: number): number {
  const chi2 = 3.841;
  const p = 0.5;
  const d = 0.05;
  return (chi2 * population * p * (1 - p)) / (d * d * (population - 1) + chi2 * p * (1 - p));
}

/**
 * Krejcie-Morgan sample size for a population of `population` people served, as the published
 * table gives it: the row of the next tabulated population upwards (never more than the
 * population itself); beyond the table's last row, the formula rounded to nearest.
 */
export function krejcieMorganSampleSize(population: number): number {
  if (!Number.isInteger(population) || population < 0) {
    throw new RangeError(`Invalid population: ${population}`);
  }
  if (population === 0) return 0;
  const row = KREJCIE_MORGAN_TABLE.find(([n]) => n >= population);
  if (row) return Math.min(row[1], population);
  return Math.round(krejcieMorganFormula(population));
}
