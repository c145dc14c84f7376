import { serviceStandardSchema } from '@blk/domain';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SOP } from './default-sop';
import type { SopDefinition } from './definition';
import {
  complaintAnswerLine,
  complaintHandlingItems,
  DEFAULT_SERVICE_STANDARD,
  publishedServiceStandard,
  serviceJangkaWaktu,
} from './service-standard';
import { must, withoutScheduling } from './test-fixtures';

describe('DEFAULT_SERVICE_STANDARD', () => {
  it('passes the domain schema for service standards', () => {
    expect(serviceStandardSchema.safeParse(DEFAULT_SERVICE_STANDARD).error).toBeUndefined();
  });

  it('is free of charge', () => {
    expect(DEFAULT_SERVICE_STANDARD.components.biaya_tarif[0]).toMatch(/gratis/);
  });
});

describe('serviceJangkaWaktu', () => {
  it('sums the main path up to scheduling and lists later steps', () => {
    const jw = serviceJangkaWaktu(DEFAULT_SOP);
    expect(jw.steps.map((s) => s.key)).toEqual([
      'diterima',
      'asesmen_kebutuhan',
      'persetujuan',
      'penjadwalan',
    ]);
    expect(jw.workingDays).toBe(13);
    expect(jw.workingHours).toBe(0);
    expect(jw.lines).toEqual([
      'Paling lama 13 hari kerja sejak permohonan diterima lengkap sampai jadwal pelatihan ditetapkan.',
      'Persiapan dan pembukaan: sesuai jadwal pelatihan yang ditetapkan.',
      'Pelaksanaan pelatihan: sesuai jadwal pelatihan yang ditetapkan.',
      'Pelaporan: paling lama 3 hari kerja.',
    ]);
  });

  it('follows changes in the SOP and mixes days and hours', () => {
    const def = structuredClone(DEFAULT_SOP);
    must(def.steps[0]).timeStandard = { unit: 'jam_kerja', value: 4 };
    const jw = serviceJangkaWaktu(def, 'en');
    expect(jw.workingDays).toBe(12);
    expect(jw.workingHours).toBe(4);
    expect(jw.lines[0]).toBe(
      'At most 12 working days and 4 working hours from a complete request to a fixed training schedule.',
    );
    expect(jw.lines.at(-1)).toBe('Reporting: at most 3 working days.');
    expect(jw.lines[1]).toBe('Preparation and opening: per the training schedule.');
  });

  it('without a scheduling step sums the path to the nearest end', () => {
    const def: SopDefinition = withoutScheduling(structuredClone(DEFAULT_SOP));
    const jw = serviceJangkaWaktu(def);
    expect(jw.steps.map((s) => s.key)).toEqual(['diterima']);
    expect(jw.lines).toHaveLength(1);
  });

  it('is empty for an SOP without a start', () => {
    const def = structuredClone(DEFAULT_SOP);
    must(def.steps[0]).kind = 'process';
    expect(serviceJangkaWaktu(def)).toEqual({
      workingDays: 0,
      workingHours: 0,
      steps: [],
      lines: [],
    });
  });
});

describe('publishedServiceStandard', () => {
  it('returns the six public components with the computed jangka waktu', () => {
    const stale = {
      ...DEFAULT_SERVICE_STANDARD,
      components: { ...DEFAULT_SERVICE_STANDARD.components, jangka_waktu: ['30 hari'] },
    };
    const pub = publishedServiceStandard(stale, DEFAULT_SOP);
    expect(pub.map((c) => [c.no, c.key])).toEqual([
      [1, 'persyaratan'],
      [2, 'sistem_mekanisme_prosedur'],
      [3, 'jangka_waktu'],
      [4, 'biaya_tarif'],
      [5, 'produk_pelayanan'],
      [6, 'penanganan_pengaduan'],
    ]);
    expect(pub[2]?.items).toEqual(serviceJangkaWaktu(DEFAULT_SOP).lines);
    expect(pub[0]?.items).toBe(DEFAULT_SERVICE_STANDARD.components.persyaratan);
    expect(publishedServiceStandard(stale, DEFAULT_SOP, 'en')[3]?.label).toBe('Cost/fee');
  });
});

describe('the complaint answer time in the standard', () => {
  const items = DEFAULT_SERVICE_STANDARD.components.penanganan_pengaduan;

  it('comes from the setting that drives complaint deadlines, in place of the stored one', () => {
    const pub = publishedServiceStandard(DEFAULT_SERVICE_STANDARD, DEFAULT_SOP, 'id', 3);
    const complaints = pub.find((c) => c.key === 'penanganan_pengaduan')?.items ?? [];
    expect(complaints).toHaveLength(items.length);
    expect(complaints[1]).toBe(
      'Setiap pengaduan dicatat, diberi nomor, dan ditanggapi paling lama 3 hari kerja',
    );
    expect(complaints.join(' ')).not.toMatch(/\b5 hari kerja/);
    // Without a setting, the default (5 working days).
    const byDefault = publishedServiceStandard(DEFAULT_SERVICE_STANDARD, DEFAULT_SOP);
    expect(byDefault.find((c) => c.key === 'penanganan_pengaduan')?.items[1]).toMatch(
      /paling lama 5 hari kerja$/,
    );
  });

  it('is added first when the stored text names no answer time, and speaks English', () => {
    expect(complaintHandlingItems(['Melalui SP4N-LAPOR!'], 7)).toEqual([
      'Setiap pengaduan dicatat, diberi nomor, dan ditanggapi paling lama 7 hari kerja',
      'Melalui SP4N-LAPOR!',
    ]);
    expect(complaintHandlingItems(['Answered within 9 working days', 'x'], 1, 'en')).toEqual([
      'Every complaint is recorded, numbered and answered within 1 working day',
      'x',
    ]);
    expect(complaintAnswerLine(2, 'en')).toMatch(/within 2 working days$/);
  });
});
