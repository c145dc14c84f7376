import { describe, expect, it } from 'vitest';
import {
  attendanceEntriesSchema,
  checkParticipantImport,
  type ImportTarget,
  participantCompletion,
  summarizeClass,
} from './class-rules';

const target: ImportTarget = {
  program: { ageMin: 17, ageMax: 35, classSizeMax: 3 },
  requesterType: 'desa',
  trainingStart: '2027-02-01',
  enrolledNiks: new Set(['1971015507900001']),
};

// Born 15 Jul 1990 (P) → 36 on the first day: too old; 1995 and 2000 births are within 17-35.
const row = (nik: string, birthDate: string, sex = 'L', extra: object = {}) => ({
  nik,
  name: 'Peserta Uji',
  birthDate,
  sex,
  education: 'sma',
  address: 'Jl. Merdeka 5, Pangkalpinang',
  ...extra,
});

const codes = (checks: ReturnType<typeof checkParticipantImport>) =>
  checks.map((c) => (c.ok ? 'ok' : c.issues.map((i) => `${i.path}:${i.code}`).join(',')));

describe('checkParticipantImport', () => {
  it('reports every problem of every row and keeps the rest', () => {
    const checks = checkParticipantImport(
      [
        row('1971011203950002', '1995-03-12'),
        row('1971 0112 0395 0002', '1995-03-12', 'L', { rowNumber: 7 }),
        row('1971015507900001', '1990-07-15', 'P'),
        row('123', '1995-03-12'),
        { nik: '1971014101000003', name: '', sex: 'P', rowNumber: 9 },
        row('1971012808100004', '2010-08-28'),
      ],
      target,
      'id',
    );
    expect(codes(checks)).toEqual([
      'ok',
      'nik:participant.duplicate_in_file',
      'nik:participant.already_enrolled,birthDate:age.too_old',
      'nik:nik.invalid_length,birthDate:nik.birth_date_mismatch',
      'name:invalid_type,birthDate:invalid_type,education:invalid_value,address:invalid_type',
      'birthDate:age.too_young',
    ]);
    expect(checks[1]).toMatchObject({ rowNumber: 7 });
    expect(checks[1]?.issues[0]?.message).toBe('NIK sama dengan baris 1 pada berkas ini');
    expect(checks[4]).toMatchObject({ index: 4, rowNumber: 9 });
    // Blank and missing cells read as missing, in words.
    expect(checks[4]?.issues.map((i) => i.message)).toEqual(Array(4).fill('Wajib diisi'));
  });

  it('refuses rows beyond the free places of the class', () => {
    const checks = checkParticipantImport(
      [
        row('1971011203950002', '1995-03-12'),
        row('1971011203950003', '1995-03-12'),
        row('1971011203950004', '1995-03-12'),
      ],
      target,
      'en',
    );
    expect(codes(checks)).toEqual(['ok', 'ok', 'nik:participant.class_full']);
    expect(checks[2]?.issues[0]?.message).toBe('The class is full (at most 3 participants)');
  });

  it('exempts correctional classes from the age limits', () => {
    const checks = checkParticipantImport(
      [row('1971012808100004', '2010-08-28')],
      { ...target, requesterType: 'lapas' },
      'id',
    );
    expect(codes(checks)).toEqual(['ok']);
  });
});

describe('completion rule', () => {
  const days = (present: number, absent: number) => [
    ...Array.from({ length: present }, () => ({ status: 'hadir' as const })),
    ...Array.from({ length: absent }, () => ({ status: 'sakit' as const })),
  ];
  it('needs 80% of days present and a post-test', () => {
    expect(
      participantCompletion(10, { attendance: days(8, 2), preTestScore: 40, postTestScore: 75 }),
    ).toEqual({ present: 8, attendancePercent: 80, gain: 35, completed: true });
    expect(
      participantCompletion(10, { attendance: days(7, 3), preTestScore: 40, postTestScore: 75 })
        .completed,
    ).toBe(false);
    expect(
      participantCompletion(10, { attendance: days(10, 0), preTestScore: 40, postTestScore: null }),
    ).toMatchObject({ completed: false, gain: null });
    expect(
      participantCompletion(0, { attendance: [], preTestScore: null, postTestScore: 90 }),
    ).toMatchObject({ attendancePercent: null, completed: false });
  });

  it('sums up a class', () => {
    expect(
      summarizeClass(10, [
        { attendance: days(10, 0), preTestScore: 40, postTestScore: 80 },
        { attendance: days(5, 5), preTestScore: 60, postTestScore: 70 },
        { attendance: [], preTestScore: null, postTestScore: null },
      ]),
    ).toEqual({
      participants: 3,
      completed: 1,
      attendancePercent: 50,
      preTestMean: 50,
      postTestMean: 75,
      gainMean: 25,
    });
    expect(summarizeClass(10, [])).toMatchObject({ completed: 0, attendancePercent: null });
  });
});

describe('attendanceEntriesSchema', () => {
  const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
  it.each<[string, unknown, boolean]>([
    ['one entry', [{ participantId: id(1), status: 'hadir' }], true],
    [
      'every status',
      ['hadir', 'izin', 'sakit', 'alpa'].map((status, i) => ({ participantId: id(i), status })),
      true,
    ],
    ['none', [], false],
    [
      '61 entries',
      Array.from({ length: 61 }, (_, i) => ({ participantId: id(i), status: 'hadir' })),
      false,
    ],
    [
      'a participant twice',
      [
        { participantId: id(1), status: 'hadir' },
        { participantId: id(1), status: 'izin' },
      ],
      false,
    ],
    ['an unknown status', [{ participantId: id(1), status: 'terlambat' }], false],
    ['an extra field', [{ participantId: id(1), status: 'hadir', note: 'x' }], false],
  ])('%s: valid %s', (_name, entries, valid) => {
    expect(attendanceEntriesSchema.safeParse(entries).success).toBe(valid);
  });
});
