import { describe, expect, it } from 'vitest';
import wilayah from '../../db/data/wilayah-19.json';
import {
  buildRegionTree,
  islandOf,
  type KabupatenIslands,
  kabupatenCodeOf,
  parentCodeOf,
  type RegionRecord,
  regionFileSchema,
  regionLevelOf,
  villageCodeSchema,
} from './regions';

describe('regionLevelOf', () => {
  it.each([
    ['19', 'provinsi'],
    ['19.01', 'kabupaten'],
    ['19.71', 'kota'],
    ['19.01.01', 'kecamatan'],
    ['19.71.07.1002', 'kelurahan'],
    ['19.06.01.2001', 'desa'],
    ['19.1', null],
    ['19.01.x', null],
    ['19.01.01.01.01', null],
    ['1', null],
    ['19.01.1', null],
    ['19.01.01.100', null],
  ])('%s is %s', (code, level) => {
    expect(regionLevelOf(code)).toBe(level);
  });
});

describe('parentCodeOf / kabupatenCodeOf', () => {
  it.each([
    ['19', null, null],
    ['19.01', '19', '19.01'],
    ['19.01.01', '19.01', '19.01'],
    ['19.06.01.2001', '19.06.01', '19.06'],
  ])('%s', (code, parent, kabupaten) => {
    expect(parentCodeOf(code)).toBe(parent);
    expect(kabupatenCodeOf(code)).toBe(kabupaten);
  });
});

describe('the region data file', () => {
  it('validates and builds the tree kabupaten → kecamatan → desa/kelurahan', () => {
    const file = regionFileSchema.parse(wilayah);
    const result = buildRegionTree(file.regions);
    if (!result.ok) throw new Error(JSON.stringify(result.issues.slice(0, 3)));
    const { roots, byCode } = result.tree;
    expect(roots.map((r) => r.code)).toEqual(['19']);
    expect(roots[0]?.children.map((k) => k.code)).toEqual([
      '19.01',
      '19.02',
      '19.03',
      '19.04',
      '19.05',
      '19.06',
      '19.71',
    ]);
    const count = (level: string) => file.regions.filter((r) => r.level === level).length;
    expect([count('kecamatan'), count('kelurahan'), count('desa')]).toEqual([47, 84, 309]);
    expect(byCode.size).toBe(file.regions.length);
    expect(byCode.get('19.71.07')?.children.some((d) => d.code === '19.71.07.1002')).toBe(true);
  });
});

const province: RegionRecord = { code: '19', name: 'Kepulauan Bangka Belitung', level: 'provinsi' };
const kabupaten: RegionRecord = {
  code: '19.01',
  name: 'Kabupaten Bangka',
  level: 'kabupaten',
  parent: '19',
};
const kecamatan: RegionRecord = {
  code: '19.01.01',
  name: 'Sungailiat',
  level: 'kecamatan',
  parent: '19.01',
};

describe('buildRegionTree', () => {
  it.each([
    [[province, kabupaten, kabupaten], 2, 'region.duplicate'],
    [[province, kecamatan, kabupaten], 1, 'region.parent_missing'],
    [[province, { ...kabupaten, level: 'kota' }], 1, 'region.level_mismatch'],
    [[province, { ...kabupaten, parent: '18' }], 1, 'region.parent_mismatch'],
    [[{ ...province, parent: '1' }], 0, 'region.parent_mismatch'],
    [[province, { ...kabupaten, code: '19.1' }], 1, 'region.invalid_code'],
    [[province, { ...kabupaten, name: '' }], 1, 'region.invalid_record'],
  ] as [RegionRecord[], number, string][])('%# reports %i: %s', (records, index, error) => {
    const result = buildRegionTree(records);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues[0]).toMatchObject({ index, error });
  });
});

describe('villageCodeSchema', () => {
  it.each([
    ['19.71.07.1002', null],
    [' 19.06.01.2001 ', null],
    ['19.01.01', 'region.not_village'],
    ['31.71.01.1001', 'region.outside_province'],
    ['19.01.01.99', 'region.invalid_code'],
  ])('%s → %s', (code, error) => {
    const result = villageCodeSchema.safeParse(code);
    expect(result.success ? null : result.error.issues[0]?.message).toBe(error);
  });
});

describe('islandOf', () => {
  const islands: KabupatenIslands = new Map([
    ['19.01', 'bangka'],
    ['19.02', 'belitung'],
  ]);
  it.each([
    ['19.02.01.2001', 'belitung'],
    ['19.01', 'bangka'],
    ['19.03', null],
    ['19', null],
  ])('%s → %s', (code, island) => expect(islandOf(islands, code)).toBe(island));
});
