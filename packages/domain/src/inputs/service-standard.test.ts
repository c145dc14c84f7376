import { describe, expect, it } from 'vitest';
import { firstIssue } from '../testing/expect-parse';
import {
  SERVICE_STANDARD_COMPONENTS,
  serviceStandardContentSchema,
  serviceStandardSchema,
} from './service-standard';

const components = Object.fromEntries(
  SERVICE_STANDARD_COMPONENTS.map((c) => [c.key, [`Isi ${c.key}`]]),
);
const maklumat =
  'Dengan ini kami menyatakan sanggup menyelenggarakan pelayanan sesuai standar pelayanan.';

describe('SERVICE_STANDARD_COMPONENTS', () => {
  it('has 6 published and 8 internal components (PermenPANRB 15/2014)', () => {
    expect(SERVICE_STANDARD_COMPONENTS).toHaveLength(14);
    expect(SERVICE_STANDARD_COMPONENTS.filter((c) => c.published).map((c) => c.key)).toEqual([
      'persyaratan',
      'sistem_mekanisme_prosedur',
      'jangka_waktu',
      'biaya_tarif',
      'produk_pelayanan',
      'penanganan_pengaduan',
    ]);
  });
});

describe('serviceStandardSchema', () => {
  const valid = { components, maklumat };
  it.each([
    [{}, 'ok'],
    [{ components: { ...components, biaya_tarif: [] } }, 'components.biaya_tarif: too_small'],
    [{ components: { ...components, biaya_tarif: [' '] } }, 'components.biaya_tarif.0: too_small'],
    [{ components: { ...components, motto: ['x'] } }, 'components: unrecognized_keys'],
    [{ maklumat: 'Siap' }, 'maklumat: too_small'],
  ])('%#: %s', (input, expected) =>
    expect(firstIssue(serviceStandardSchema, { ...valid, ...input })).toBe(expected),
  );
});

describe('serviceStandardContentSchema', () => {
  const valid = { components, maklumat, complaintResponseDays: 5 };
  it.each([
    [{}, 'ok'],
    [{ complaintResponseDays: 0 }, 'complaintResponseDays: too_small'],
    [{ complaintResponseDays: 61 }, 'complaintResponseDays: too_big'],
    [{ complaintResponseDays: 2.5 }, 'complaintResponseDays: invalid_type'],
  ])('%#: %s', (input, expected) =>
    expect(firstIssue(serviceStandardContentSchema, { ...valid, ...input })).toBe(expected),
  );
});
