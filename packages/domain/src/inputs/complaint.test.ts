import { describe, expect, it } from 'vitest';
import { firstIssue } from '../testing/expect-parse';
import { feedbackSchema } from './complaint';

const valid = { kind: 'pengaduan', message: 'Instruktur belum datang sampai hari ketiga.' };

describe('feedbackSchema', () => {
  it.each([
    [{}, 'ok'],
    [{ name: '', phone: '', email: '' }, 'ok'],
    [{ kind: 'saran', email: 'warga@contoh.id' }, 'ok'],
    [{ kind: 'kritik' }, 'kind: invalid_value'],
    [{ message: 'Kurang' }, 'message: too_small'],
    [{ message: 'x'.repeat(2001) }, 'message: too_big'],
    [{ phone: '0812' }, 'phone: phone.invalid_length'],
    [{ trackingCode: 'XXXX' }, 'trackingCode: tracking.invalid'],
  ])('%o → %s', (change, expected) =>
    expect(firstIssue(feedbackSchema, { ...valid, ...change })).toBe(expected),
  );
});
