import { describe, expect, it } from 'vitest';
import { parseInput } from '../i18n';
import {
  consultationRequirement,
  consultationSchema,
  noConsultationReasonSchema,
} from './consultation';

const valid = {
  heldOn: '2026-11-20',
  place: 'Aula Disnaker Provinsi Kepulauan Bangka Belitung',
  participants: [
    { name: 'Dr. Rina', organisation: 'Universitas Bangka Belitung', category: 'akademisi' },
    { name: 'Budi', organisation: 'KSPSI Babel', category: 'serikat_pekerja' },
    { name: 'Sari', organisation: 'Apindo Babel', category: 'asosiasi_pengusaha' },
  ],
  inputs: [
    { input: 'Waktu asesmen terlalu lama', decision: 'changed', reason: 'Dipersingkat 3 hari' },
    { input: 'Tambahkan kelas malam', decision: 'accepted' },
  ],
};

describe('consultationSchema', () => {
  it('accepts a consultation with participants, inputs and decisions', () => {
    expect(consultationSchema.safeParse(valid).success).toBe(true);
  });

  it('needs a participant, a known category and a reason for changed or rejected inputs', () => {
    expect(consultationSchema.safeParse({ ...valid, participants: [] }).success).toBe(false);
    expect(
      consultationSchema.safeParse({
        ...valid,
        participants: [{ name: 'A', organisation: 'B', category: 'partai' }],
      }).success,
    ).toBe(false);
    const result = parseInput(
      consultationSchema,
      { ...valid, inputs: [{ input: 'Hapus langkah survei', decision: 'rejected' }] },
      'id',
    );
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues[0]?.path).toBe('inputs.0.reason');
      expect(result.issues[0]?.message).toMatch(/alasan/);
    }
  });

  it('wants a real reason when no consultation was needed', () => {
    expect(noConsultationReasonSchema.safeParse({ reason: 'ok' }).success).toBe(false);
    expect(
      noConsultationReasonSchema.safeParse({ reason: 'Perbaikan ejaan pada uraian langkah 3' })
        .success,
    ).toBe(true);
  });
});

describe('consultationRequirement', () => {
  it.each([
    [{ consultations: 0, noConsultationReason: null }, 'consultation.required'],
    [{ consultations: 0, noConsultationReason: '   ' }, 'consultation.required'],
    [{ consultations: 1, noConsultationReason: null }, null],
    [{ consultations: 0, noConsultationReason: 'Perubahan redaksional saja' }, null],
  ])('%o → %s', (draft, expected) => expect(consultationRequirement(draft)).toBe(expected));
});
