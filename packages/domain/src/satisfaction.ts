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

export interface IkmResult {
  readonly respondents: number;
  /** Mean answer per element (nilai rata-rata per unsur, NRR), null without respondents. */
  readonly elements: readonly { key: SkmElementKey; nrr: number | null; weighted: number | null }[];
  /** Sum of NRR × 1/9 (1..4). */
  readonly weightedSum: number | null;
  /** IKM = weighted sum × 25, rounded half-up to 2 decimals (25..100); null without respondents. */
  readonly ikm: number | null;
  readonly grade: IkmGrade | null;
  readonly gradeLabel: Localized | null;
}

const WEIGHT = 1 / SKM_ELEMENT_KEYS.length;

/**
 * Computes the satisfaction index (IKM). Each respondent answers all nine elements, so the IKM
 * equals 25 × total score / (9 × respondents); it is rounded half-up to 2 decimals with integer
 * arithmetic (no float drift at the grade boundaries) and graded on that rounded value.
 */
export function computeIkm(responses: readonly SkmAnswers[]): IkmResult {
  const n = responses.length;
  const totals = SKM_ELEMENT_KEYS.map((key) => responses.reduce((sum, r) => sum + r[key], 0));
  const elements = SKM_ELEMENT_KEYS.map((key, i) => {
    const nrr = n === 0 ? null : (totals[i] ?? 0) / n;
    return { key, nrr, weighted: nrr === null ? null : nrr * WEIGHT };
  });
  if (n === 0) {
    return {
      respondents: 0,
      elements,
      weightedSum: null,
      ikm: null,
      grade: null,
      gradeLabel: null,
    };
  }
  const total = totals.reduce((a, b) => a + b, 0);
  const numerator = 2500 * total;
  const denominator = SKM_ELEMENT_KEYS.length * n;
  const hundredths = Math.floor((2 * numerator + denominator) / (2 * denominator));
  const ikm = hundredths / 100;
  const grade = gradeOfIkm(ikm);
  return {
    respondents: n,
    elements,
    weightedSum: total / denominator,
    ikm,
    grade: grade.grade,
    gradeLabel: grade.label,
  };
}

/**
 * Krejcie-Morgan sample size for a population of `population` people served:
 * s = X²NP(1−P) / (d²(N−1) + X²P(1−P)) with X² = 3.841, P = 0.5, d = 0.05, rounded up.
 */
export function krejcieMorganSampleSize(population: number): number {
  if (!Number.isInteger(population) || population < 0) {
    throw new RangeError(`Invalid population: ${population}`);
  }
  if (population === 0) return 0;
  const chi2 = 3.841;
  const p = 0.5;
  const d = 0.05;
  const s = (chi2 * population * p * (1 - p)) / (d * d * (population - 1) + chi2 * p * (1 - p));
  // Guard against results like 80.00000000001 from float rounding.
  return Math.ceil(s - 1e-9);
}
