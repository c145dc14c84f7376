import { describe, expect, it } from 'vitest';
import { firstIssue } from '../testing/expect-parse';
import { participantSchema } from './participant';

const valid = {
  nik: '1971 0155 0790 0001',
  name: 'Rina Wati',
  birthDate: '1990-07-15',
  sex: 'P',
  education: 'sma',
  address: 'Jl. Merdeka 5, Pangkalpinang',
};

describe('participantSchema', () => {
  it.each([
    [{}, 'ok'],
    [{ phone: '' }, 'ok'],
    [{ birthDate: '1990-07-16' }, 'birthDate: nik.birth_date_mismatch'],
    [{ sex: 'L' }, 'sex: nik.sex_mismatch'],
    [{ birthDate: '1990-07-16', sex: 'L' }, 'birthDate: nik.birth_date_mismatch'],
    [{ nik: '1971015507900000' }, 'nik: nik.invalid_serial'],
    [{ education: 'phd' }, 'education: invalid_value'],
  ])('%o → %s', (change, expected) =>
    expect(firstIssue(participantSchema, { ...valid, ...change })).toBe(expected),
  );
});
