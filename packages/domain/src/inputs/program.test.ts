import { describe, expect, it } from 'vitest';
import { firstIssue } from '../testing/expect-parse';
import { kejuruanSchema, programSchema } from './program';

const valid = {
  code: 'mj-01',
  name: 'Menjahit Pakaian Dasar',
  kejuruan: 'Garmen',
  durationDays: 10,
  durationJp: 80,
  classSizeMin: 10,
  classSizeDefault: 16,
  classSizeMax: 16,
  ageMin: 17,
  ageMax: 40,
  requirements: ['KTP', 'Sehat jasmani'],
  siteRequirements: ['Ruangan 6×8 m', 'Listrik 2200 VA'],
  competencyUnits: [
    { code: 'c.14.01', title: 'Menjahit dengan mesin', jp: 40 },
    { code: 'C.14.02', title: 'Membuat pola', jp: 30 },
  ],
};

describe('programSchema', () => {
  it('upper-cases codes', () => {
    const data = programSchema.parse(valid);
    expect([data.code, data.competencyUnits[0]?.code]).toEqual(['MJ-01', 'C.14.01']);
  });

  it.each([
    [{}, 'ok'],
    [{ ageMin: null, ageMax: null }, 'ok'],
    [{ code: 'MJ 01' }, 'code: program.invalid_code'],
    [{ classSizeDefault: 9 }, 'classSizeDefault: program.class_size_order'],
    [{ classSizeMax: 12 }, 'classSizeDefault: program.class_size_order'],
    [{ ageMin: 41 }, 'ageMax: program.age_order'],
    [{ ageMin: 10 }, 'ageMin: too_small'],
    [{ durationDays: 0 }, 'durationDays: too_small'],
    [{ requirements: [''] }, 'requirements.0: too_small'],
    [
      {
        competencyUnits: [valid.competencyUnits[0], { ...valid.competencyUnits[0], title: 'Lagi' }],
      },
      'competencyUnits: common.duplicate_items',
    ],
    [{ durationJp: 60 }, 'competencyUnits: program.units_exceed_jp'],
  ])('%o → %s', (change, expected) =>
    expect(firstIssue(programSchema, { ...valid, ...change })).toBe(expected),
  );
});

describe('kejuruanSchema', () => {
  it('upper-cases the code and trims the name', () => {
    expect(kejuruanSchema.parse({ code: ' las ', name: ' Las ' })).toEqual({
      code: 'LAS',
      name: 'Las',
    });
  });

  it('refuses a code with other characters or the wrong length', () => {
    expect(firstIssue(kejuruanSchema, { code: 'LA-S', name: 'Las' })).toBe(
      'code: program.invalid_code',
    );
    expect(kejuruanSchema.safeParse({ code: 'L', name: 'Las' }).success).toBe(false);
    expect(kejuruanSchema.safeParse({ code: 'LAS', name: 'L' }).success).toBe(false);
  });
});
