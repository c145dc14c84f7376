import { describe, expect, it } from 'vitest';
import { receiptText } from '../lib/receipt-image';
import { fitWithin, jpegName } from './compress';
import { checkLetter, shouldCompress, uploadDeadlineMs } from './upload';

const file = (name: string, type: string, size: number) => {
  const f = new File([new Uint8Array(1)], name, { type });
  Object.defineProperty(f, 'size', { value: size });
  return f;
};

describe('photo sizing', () => {
  it('scales the long edge down to the limit, never up', () => {
    expect(fitWithin(3000, 4000, 1600)).toEqual({ width: 1200, height: 1600 });
    expect(fitWithin(4000, 3000, 1600)).toEqual({ width: 1600, height: 1200 });
    expect(fitWithin(800, 600, 1600)).toEqual({ width: 800, height: 600 });
    expect(fitWithin(10_000, 1, 1600)).toEqual({ width: 1600, height: 1 });
  });

  it('names the re-encoded photo .jpg', () => {
    expect(jpegName('IMG_2027.PNG')).toBe('IMG_2027.jpg');
    expect(jpegName('surat.jpeg')).toBe('surat.jpg');
    expect(jpegName('.png')).toBe('surat.jpg');
  });
});

describe('letter checks on the phone', () => {
  it('lets a large photo through to be made smaller, but not a large PDF', () => {
    const photo = file('foto.jpg', 'image/jpeg', 9 * 1024 * 1024);
    expect(checkLetter(photo)).toBe('size');
    expect(checkLetter(photo, { beforeCompression: true })).toBeNull();
    expect(shouldCompress(photo)).toBe(true);
    const pdf = file('surat.pdf', 'application/pdf', 9 * 1024 * 1024);
    expect(checkLetter(pdf, { beforeCompression: true })).toBe('size');
    expect(shouldCompress(pdf)).toBe(false);
    expect(checkLetter(file('surat.docx', '', 10), { beforeCompression: true })).toBe('type');
    expect(shouldCompress(file('scan.PNG', '', 10))).toBe(true);
  });

  it('gives a larger file more time: 60 s plus 1 s per 2 KB', () => {
    expect(uploadDeadlineMs(300 * 1024)).toBe(60_000 + 150_000);
    expect(uploadDeadlineMs(5 * 1024 * 1024)).toBeGreaterThan(40 * 60_000);
  });
});

describe('receipt image text', () => {
  it('has the code, the grouped token and dates as people write them', () => {
    const text = receiptText(
      {
        trackingCode: 'AR3BM-DZBPP',
        accessToken: 'D98WAQMDPMMG9Y6Q',
        submittedAt: '2027-01-11T01:05:00.000Z',
        firstDeadline: null,
        organizationName: 'Pemerintah Desa Nibung',
        programLabel: 'Barista',
        regionLabel: '',
      },
      'id',
      {
        receipt: 'Bukti permohonan',
        code: 'Kode pelacakan',
        token: 'Token akses',
        organization: 'Pemohon',
        program: 'Program',
        location: 'Lokasi',
        submittedAt: 'Diterima',
        firstDeadline: 'Batas',
        service: 'BLK on the Spot',
        office: 'Disnaker',
      },
    );
    expect(text.rows).toEqual([
      ['Kode pelacakan', 'AR3BM-DZBPP', true],
      ['Token akses', 'D98W-AQMD-PMMG-9Y6Q', true],
      ['Pemohon', 'Pemerintah Desa Nibung'],
      ['Program', 'Barista'],
      ['Diterima', '11 Januari 2027, 08.05 WIB'],
    ]);
  });
});
