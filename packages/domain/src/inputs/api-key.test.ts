import { describe, expect, it } from 'vitest';
import { firstIssue } from '../testing/expect-parse';
import { apiKeyCreateSchema } from './api-key';
import { holidaySchema } from './holiday';

describe('apiKeyCreateSchema', () => {
  const valid = { name: 'Dasbor Bappeda', scopes: ['reports:read'], mode: 'test' };
  it.each([
    [{}, 'ok'],
    [{ scopes: [] }, 'scopes: too_small'],
    [{ scopes: ['reports:read', 'reports:read'] }, 'scopes: common.duplicate_items'],
    [{ scopes: ['admin'] }, 'scopes.0: invalid_value'],
    [{ mode: 'prod' }, 'mode: invalid_value'],
  ])('%o → %s', (change, expected) =>
    expect(firstIssue(apiKeyCreateSchema, { ...valid, ...change })).toBe(expected),
  );
});

describe('holidaySchema', () => {
  it.each([
    [{ date: '2027-01-01', name: 'Tahun Baru 2027 Masehi', kind: 'libur_nasional' }, 'ok'],
    [{ date: '2027-01-01', name: 'Tahun Baru', kind: 'libur_daerah' }, 'kind: invalid_value'],
    [{ date: '01-01-2027', name: 'Tahun Baru', kind: 'libur_nasional' }, 'date: date.invalid'],
  ])('%o → %s', (input, expected) => expect(firstIssue(holidaySchema, input)).toBe(expected));
});
