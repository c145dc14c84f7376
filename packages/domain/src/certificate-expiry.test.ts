import { describe, expect, it } from 'vitest';
import {
  certificateStatus,
  certificateValidOn,
  daysBetween,
  worstCertificateStatus,
} from './certificate-expiry';

const TODAY = '2026-11-30';

describe('certificateStatus', () => {
  it.each([
    ['2026-01-16', 'expired', -318],
    ['2026-11-29', 'expired', -1],
    ['2026-11-30', 'expiring', 0],
    ['2027-01-29', 'expiring', 60],
    ['2027-01-30', 'valid', 61],
    ['2028-03-10', 'valid', 466],
  ] as const)('expiring %s is %s with %i days left', (expiresOn, state, daysLeft) => {
    expect(certificateStatus(expiresOn, TODAY)).toEqual({ state, daysLeft });
  });

  it('never expires when there is no expiry day', () => {
    expect(certificateStatus(null, TODAY)).toEqual({ state: 'permanent', daysLeft: null });
  });

  it('takes another warning window', () => {
    expect(certificateStatus('2027-01-29', TODAY, 30).state).toBe('valid');
    expect(certificateStatus('2026-12-30', TODAY, 30).state).toBe('expiring');
  });

  it('counts calendar days across a month and a year end', () => {
    expect(daysBetween('2026-12-31', '2027-01-01')).toBe(1);
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
  });
});

describe('worstCertificateStatus', () => {
  it('shows the most urgent certificate of an instructor', () => {
    expect(worstCertificateStatus(['2028-03-10', '2026-01-16'], TODAY).state).toBe('expired');
    expect(worstCertificateStatus([null, '2026-12-10', '2026-12-20'], TODAY)).toEqual({
      state: 'expiring',
      daysLeft: 10,
    });
    expect(worstCertificateStatus(['2028-03-10', '2027-06-01'], TODAY)).toEqual({
      state: 'valid',
      daysLeft: 183,
    });
    expect(worstCertificateStatus([null], TODAY).state).toBe('permanent');
  });

  it('says "none" without any certificate', () => {
    expect(worstCertificateStatus([], TODAY)).toEqual({ state: 'none', daysLeft: null });
  });
});

describe('certificateValidOn', () => {
  it.each([
    [null, '2099-01-01', true],
    ['2026-11-30', '2026-11-30', true],
    ['2026-11-29', '2026-11-30', false],
    ['2027-01-01', '2026-11-30', true],
  ] as const)('a certificate expiring %s is valid on %s: %s', (expiresOn, day, valid) => {
    expect(certificateValidOn(expiresOn, day)).toBe(valid);
  });
});
