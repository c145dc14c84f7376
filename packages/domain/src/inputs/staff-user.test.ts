import { describe, expect, it } from 'vitest';
import { firstIssue } from '../testing/expect-parse';
import { loginSchema, passwordChangeSchema, passwordWeakness, staffUserSchema } from './staff-user';

describe('password policy', () => {
  it.each([
    ['kopi-susu-pagi', null],
    ['Bangka2026!', null],
    ['pangkalpinang', 'password.too_weak'], // letters only
    ['1234567890', 'password.too_weak'], // digits only
    ['aaaaaaaaa1', 'password.too_weak'], // two kinds but only 2 distinct characters
    ['kata sandi 7', null],
  ])('%s → %s', (password, error) => expect(passwordWeakness(password)).toBe(error));
});

describe('staffUserSchema', () => {
  const valid = {
    email: 'Petugas@Disnaker.BabelProv.go.id',
    name: 'Andi',
    roleKey: 'petugas_layanan',
    password: 'Bangka2026!',
  };
  it('lower-cases the e-mail', () => {
    expect(staffUserSchema.parse(valid).email).toBe('petugas@disnaker.babelprov.go.id');
  });
  it('keeps the NIP as digits only', () => {
    expect(staffUserSchema.parse({ ...valid, nip: '19720615 199803 1 004' }).nip).toBe(
      '197206151998031004',
    );
  });
  it.each([
    [{}, 'ok'],
    [{ roleKey: 'Kepala Dinas' }, 'roleKey: role.invalid'],
    [{ password: 'Ab1!' }, 'password: too_small'],
    [{ password: 'abcdefghijk' }, 'password: password.too_weak'],
    [{ password: `${'Ab1!'.repeat(33)}` }, 'password: too_big'],
    [{ nip: '19720615 199803 1 004' }, 'ok'],
    [{ nip: '' }, 'ok'],
    [{ nip: '197206151998031' }, 'nip: nip.invalid_length'],
    [{ nip: '197206151998033004' }, 'nip: nip.invalid_sex'],
  ])('%o → %s', (change, expected) =>
    expect(firstIssue(staffUserSchema, { ...valid, ...change })).toBe(expected),
  );
});

describe('passwordChangeSchema / loginSchema', () => {
  it.each([
    [passwordChangeSchema, { currentPassword: 'lama', newPassword: 'Bangka2026!' }, 'ok'],
    [
      passwordChangeSchema,
      { currentPassword: 'Bangka2026!', newPassword: 'Bangka2026!' },
      'newPassword: password.same_as_current',
    ],
    [loginSchema, { email: 'a@b.id', password: 'x' }, 'ok'],
    [loginSchema, { email: 'a@b.id', password: '' }, 'password: too_small'],
    [loginSchema, { email: 'a@b.id' }, 'password: invalid_type'],
    [loginSchema, { email: 'a@b.id', password: 'x', deviceName: 'Tablet kelas Belitung' }, 'ok'],
    [loginSchema, { email: 'a@b.id', password: 'x', deviceName: '  ' }, 'ok'],
    [loginSchema, { email: 'a@b.id', password: 'x', deviceName: 'T' }, 'deviceName: too_small'],
    [
      loginSchema,
      { email: 'a@b.id', password: 'x', deviceName: 'x'.repeat(61) },
      'deviceName: too_big',
    ],
  ] as const)('%#', (schema, input, expected) => expect(firstIssue(schema, input)).toBe(expected));
});
