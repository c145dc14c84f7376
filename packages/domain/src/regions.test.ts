import { describe, expect, it } from 'vitest';
import { regionLevelOf } from './regions';

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
