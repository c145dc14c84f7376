import type { Localized } from './i18n';
import {
  AGE_GROUP_LABELS,
  AGE_GROUPS,
  EDUCATION_LEVEL_LABELS,
  EDUCATION_LEVELS,
  OCCUPATION_LABELS,
  OCCUPATIONS,
} from './inputs/survey';
import { SEXES } from './nik';
import {
  computeIkm,
  DEFAULT_IKM_WEIGHT,
  type IkmResult,
  type IkmWeight,
  type SkmAnswers,
} from './satisfaction';

/**
 * The respondent profile the SKM report tables break figures down by (PermenPANRB 14/2017):
 * sex, age group, education and occupation. Each is optional on the questionnaire.
 */
export const RESPONDENT_DIMENSIONS = ['sex', 'ageGroup', 'education', 'occupation'] as const;
export type RespondentDimension = (typeof RESPONDENT_DIMENSIONS)[number];

export const RESPONDENT_DIMENSION_LABELS = {
  sex: { id: 'Jenis kelamin', en: 'Sex' },
  ageGroup: { id: 'Kelompok umur', en: 'Age group' },
  education: { id: 'Pendidikan', en: 'Education' },
  occupation: { id: 'Pekerjaan', en: 'Occupation' },
} as const satisfies Record<RespondentDimension, Localized>;

const SEX_LABELS = {
  L: { id: 'Laki-laki', en: 'Male' },
  P: { id: 'Perempuan', en: 'Female' },
} as const satisfies Record<(typeof SEXES)[number], Localized>;

const NOT_STATED: Localized = { id: 'Tidak diisi', en: 'Not stated' };

/** The values of each dimension, in questionnaire order, with their labels. */
const VALUES: Record<RespondentDimension, readonly (readonly [string, Localized])[]> = {
  sex: SEXES.map((v) => [v, SEX_LABELS[v]] as const),
  ageGroup: AGE_GROUPS.map((v) => [v, AGE_GROUP_LABELS[v]] as const),
  education: EDUCATION_LEVELS.map((v) => [v, EDUCATION_LEVEL_LABELS[v]] as const),
  occupation: OCCUPATIONS.map((v) => [v, OCCUPATION_LABELS[v]] as const),
};

/** One survey with its (optional) profile. */
export interface ProfiledSurvey {
  readonly answers: SkmAnswers;
  readonly profile: Partial<Readonly<Record<RespondentDimension, string | null>>>;
}

/** One row of a profile table: a value (null: not stated), its respondents and their IKM. */
export interface ProfileRow {
  readonly dimension: RespondentDimension;
  readonly value: string | null;
  readonly label: Localized;
  readonly ikm: IkmResult;
}

/**
 * The IKM per respondent profile value, every value of every dimension listed (zero respondents
 * included, as the report tables print them) and a last "not stated" row per dimension when any
 * respondent left it blank. An unknown stored value counts as not stated.
 */
export function ikmByRespondentProfile(
  surveys: readonly ProfiledSurvey[],
  weight: IkmWeight = DEFAULT_IKM_WEIGHT,
): ProfileRow[] {
  return RESPONDENT_DIMENSIONS.flatMap((dimension) => {
    const values = VALUES[dimension];
    const known = new Set(values.map(([v]) => v));
    const profileValue = (s: ProfiledSurvey) => {
      const v = s.profile[dimension];
      return v && known.has(v) ? v : null;
    };
    const rows: ProfileRow[] = values.map(([value, label]) => ({
      dimension,
      value,
      label,
      ikm: computeIkm(
        surveys.filter((s) => profileValue(s) === value).map((s) => s.answers),
        weight,
      ),
    }));
    const blank = surveys.filter((s) => profileValue(s) === null);
    if (blank.length > 0) {
      rows.push({
        dimension,
        value: null,
        label: NOT_STATED,
        ikm: computeIkm(
          blank.map((s) => s.answers),
          weight,
        ),
      });
    }
    return rows;
  });
}
