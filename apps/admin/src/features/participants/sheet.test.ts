import { describe, expect, it } from 'vitest';
import { mapSheet, templateCsv, toIsoDate } from './sheet';

describe('mapSheet', () => {
  it('maps the template headings and common cell formats to import rows', () => {
    const reading = mapSheet([
      ['No', 'Nama Lengkap', 'NIK', 'Tgl Lahir', 'JK', 'Pendidikan', 'No. HP', 'Alamat'],
      ['1', 'Andi', '1971 0112 0398 0001', '12/03/1998', 'Laki-laki', 'SMK', '0812', 'Jl. A'],
      ['', '', '', '', '', '', '', ''],
      ['3', 'Citra', 1971024101000003, new Date('2000-01-01T00:00:00Z'), 'p', 'D3', '', 'Jl. B'],
      ['4', 'Dewi', '', 'kemarin', 'X', 'kursus', '', ''],
    ]);
    expect(reading).toEqual({
      ok: true,
      rows: [
        {
          rowNumber: 2,
          nik: '1971 0112 0398 0001',
          name: 'Andi',
          birthDate: '1998-03-12',
          sex: 'L',
          education: 'sma',
          phone: '0812',
          address: 'Jl. A',
        },
        {
          rowNumber: 4,
          nik: '1971024101000003',
          name: 'Citra',
          birthDate: '2000-01-01',
          sex: 'P',
          education: 'diploma',
          address: 'Jl. B',
        },
        // Unreadable cells go as written: the server's report says what is wrong.
        { rowNumber: 5, name: 'Dewi', birthDate: 'kemarin', sex: 'X', education: 'kursus' },
      ],
    });
  });

  it('names the missing columns and notices an empty file', () => {
    expect(
      mapSheet([
        ['Nama', 'NIK'],
        ['A', '1'],
      ]),
    ).toEqual({
      ok: false,
      missing: ['Tanggal Lahir', 'Jenis Kelamin', 'Pendidikan', 'Alamat'],
    });
    expect(
      mapSheet([
        templateCsv()
          .split('\r\n')[0]
          ?.replace('\uFEFF', '')
          .split(',')
          .map((c) => c.replace(/"/g, '')) ?? [],
      ]),
    ).toMatchObject({ ok: false, empty: true });
  });

  it('reads dates written the Indonesian way', () => {
    expect(toIsoDate('5-7-1999')).toBe('1999-07-05');
    expect(toIsoDate('1999/7/5')).toBe('1999-07-05');
    expect(toIsoDate('31.12.2001')).toBe('2001-12-31');
  });
});
