import { expect, it } from 'vitest';
import { isDefaultRole } from './roles';

it('knows the default roles', () => {
  expect(isDefaultRole('kepala_dinas')).toBe(true);
  expect(isDefaultRole('bupati')).toBe(false);
});
