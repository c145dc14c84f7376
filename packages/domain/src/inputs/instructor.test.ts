import { describe, expect, it } from 'vitest';
import { firstIssue } from '../testing/expect-parse';
import { instructorSchema } from './instructor';

const cert = {
  name: 'Instruktur Menjahit',
  issuer: 'BNSP',
  number: '123/2024',
  issuedOn: '2024-01-10',
  expiresOn: '2027-01-10',
};
const valid = {
  name: 'Siti Aminah',
  nip: '198501102010012003',
  phone: '0819-1234-5678',
  homeIsland: 'belitung',
  competencies: ['prog_menjahit'],
  certifications: [cert],
};

describe('instructorSchema', () => {
  it.each([
    [{}, 'ok'],
    [{ nip: '', email: '', certifications: [{ ...cert, expiresOn: '' }] }, 'ok'],
    [{ nip: '1985011020100120' }, 'nip: nip.invalid_length'],
    [{ homeIsland: 'lepar' }, 'homeIsland: invalid_value'],
    [{ competencies: ['a', 'a'] }, 'competencies: common.duplicate_items'],
    [{ competencies: ['bad id'] }, 'competencies.0: common.invalid_id'],
    [
      { certifications: [{ ...cert, expiresOn: '2024-01-10' }] },
      'certifications.0.expiresOn: certification.expiry_before_issue',
    ],
  ])('%o → %s', (change, expected) =>
    expect(firstIssue(instructorSchema, { ...valid, ...change })).toBe(expected),
  );
});
