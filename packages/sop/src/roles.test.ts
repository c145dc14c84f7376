import { expect, it } from 'vitest';
import { isDefaultRole, isReservedLane } from './roles';

it('knows the default roles', () => {
  expect(isDefaultRole('kepala_dinas')).toBe(true);
  expect(isDefaultRole('bupati')).toBe(false);
});

it('knows the reserved lanes', () => {
  expect(isReservedLane('pemohon')).toBe(true);
  expect(isReservedLane('sistem')).toBe(true);
  expect(isReservedLane('petugas_layanan')).toBe(false);
});
