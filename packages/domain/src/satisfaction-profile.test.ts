import { describe, expect, it } from 'vitest';
import { SKM_ELEMENT_KEYS, type SkmAnswers } from './satisfaction';
import { ikmByRespondentProfile } from './satisfaction-profile';

const all = (score: number): SkmAnswers =>
  Object.fromEntries(SKM_ELEMENT_KEYS.map((k) => [k, score])) as SkmAnswers;

describe('ikmByRespondentProfile', () => {
  const surveys = [
    { answers: all(4), profile: { sex: 'P', ageGroup: '20_29', education: 'sma' } },
    { answers: all(3), profile: { sex: 'P', ageGroup: '30_39', occupation: 'wirausaha' } },
    { answers: all(2), profile: { sex: 'L', ageGroup: null, occupation: 'x-unknown' } },
  ];
  const rows = ikmByRespondentProfile(surveys);
  const row = (dimension: string, value: string | null) =>
    rows.find((r) => r.dimension === dimension && r.value === value);

  it('gives the IKM of each profile value', () => {
    expect(row('sex', 'P')?.ikm).toMatchObject({ respondents: 2, ikm: 87.5, grade: 'B' });
    expect(row('sex', 'L')?.ikm).toMatchObject({ respondents: 1, ikm: 50, grade: 'D' });
    expect(row('sex', 'L')?.label.id).toBe('Laki-laki');
    expect(row('ageGroup', '20_29')?.ikm.ikm).toBe(100);
  });

  it('lists every value, zero included, and a "not stated" row only when someone left it blank', () => {
    expect(rows.filter((r) => r.dimension === 'education')).toHaveLength(7 + 1);
    expect(row('education', 's1')?.ikm).toMatchObject({ respondents: 0, ikm: null });
    expect(row('sex', null)).toBeUndefined();
    expect(row('ageGroup', null)?.ikm.respondents).toBe(1);
    // An unknown stored value counts as not stated.
    expect(row('occupation', null)?.ikm.respondents).toBe(2);
    expect(row('occupation', null)?.label.id).toBe('Tidak diisi');
  });

  it('applies the weight', () => {
    const rounded = ikmByRespondentProfile(surveys, 'rounded_0111');
    expect(rounded.find((r) => r.dimension === 'sex' && r.value === 'P')?.ikm.ikm).toBe(87.41);
  });
});
