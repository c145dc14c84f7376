import { z } from 'zod';
import type { Localized } from '../i18n';
import { SEXES } from '../nik';
import { SKM_ELEMENT_KEYS, type SkmElementKey } from '../satisfaction';
import { trackingCodeSchema } from '../tracking-code';
import { optional, optionalMultilineText } from './fields';

/** Highest schooling finished, in the groups SKM questionnaires and participant forms use. */
export const EDUCATION_LEVELS = [
  'tidak_sekolah',
  'sd',
  'smp',
  'sma',
  'diploma',
  's1',
  's2_s3',
] as const;
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];
export const EDUCATION_LEVEL_LABELS = {
  tidak_sekolah: { id: 'Tidak/belum sekolah', en: 'No schooling' },
  sd: { id: 'SD/sederajat', en: 'Primary school' },
  smp: { id: 'SMP/sederajat', en: 'Junior high school' },
  sma: { id: 'SMA/SMK/sederajat', en: 'Senior or vocational high school' },
  diploma: { id: 'D1–D3', en: 'Diploma (D1–D3)' },
  s1: { id: 'D4/S1', en: "Bachelor's degree" },
  s2_s3: { id: 'S2/S3', en: "Master's or doctorate" },
} as const satisfies Record<EducationLevel, Localized>;

export const AGE_GROUPS = ['under_20', '20_29', '30_39', '40_49', '50_59', '60_plus'] as const;
export type AgeGroup = (typeof AGE_GROUPS)[number];
export const AGE_GROUP_LABELS = {
  under_20: { id: 'Di bawah 20 tahun', en: 'Under 20' },
  '20_29': { id: '20–29 tahun', en: '20–29' },
  '30_39': { id: '30–39 tahun', en: '30–39' },
  '40_49': { id: '40–49 tahun', en: '40–49' },
  '50_59': { id: '50–59 tahun', en: '50–59' },
  '60_plus': { id: '60 tahun ke atas', en: '60 and over' },
} as const satisfies Record<AgeGroup, Localized>;

export const OCCUPATIONS = [
  'pns',
  'tni_polri',
  'pegawai_swasta',
  'wirausaha',
  'petani_nelayan',
  'pelajar_mahasiswa',
  'tidak_bekerja',
  'lainnya',
] as const;
export type Occupation = (typeof OCCUPATIONS)[number];
export const OCCUPATION_LABELS = {
  pns: { id: 'PNS/ASN', en: 'Civil servant' },
  tni_polri: { id: 'TNI/Polri', en: 'Military or police' },
  pegawai_swasta: { id: 'Pegawai swasta', en: 'Private employee' },
  wirausaha: { id: 'Wirausaha', en: 'Self-employed' },
  petani_nelayan: { id: 'Petani/nelayan', en: 'Farmer or fisher' },
  pelajar_mahasiswa: { id: 'Pelajar/mahasiswa', en: 'Student' },
  tidak_bekerja: { id: 'Tidak bekerja', en: 'Not working' },
  lainnya: { id: 'Lainnya', en: 'Other' },
} as const satisfies Record<Occupation, Localized>;

const answer = z.int().min(1).max(4);
const answersShape = Object.fromEntries(SKM_ELEMENT_KEYS.map((k) => [k, answer])) as Record<
  SkmElementKey,
  typeof answer
>;

/** An SKM questionnaire: the nine answers, an optional comment and an optional profile. */
export const surveySubmissionSchema = z.strictObject({
  /** The request the respondent was served in, when the survey comes from the tracking page. */
  trackingCode: optional(trackingCodeSchema),
  answers: z.strictObject(answersShape),
  comment: optionalMultilineText(1000),
  respondent: z
    .strictObject({
      sex: optional(z.enum(SEXES)),
      ageGroup: optional(z.enum(AGE_GROUPS)),
      education: optional(z.enum(EDUCATION_LEVELS)),
      occupation: optional(z.enum(OCCUPATIONS)),
    })
    .optional(),
});
export type SurveySubmissionInput = z.output<typeof surveySubmissionSchema>;
