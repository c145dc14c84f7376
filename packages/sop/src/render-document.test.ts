import { describe, expect, it } from 'vitest';
import { DEFAULT_SOP } from './default-sop';
import { renderSopDocument } from './render-document';

describe('renderSopDocument', () => {
  const doc = renderSopDocument(DEFAULT_SOP);

  it('lists the identity block with Indonesian labels and formatted dates', () => {
    expect(doc.identity.map((r) => r.label.id)).toEqual([
      'Nomor SOP',
      'Tanggal Pembuatan',
      'Tanggal Revisi',
      'Tanggal Efektif',
      'Disahkan oleh',
      'Nama SOP',
      'Unit Kerja',
      'Dasar Hukum',
      'Kualifikasi Pelaksana',
      'Keterkaitan',
      'Peralatan/Perlengkapan',
      'Peringatan',
      'Pencatatan dan Pendataan',
    ]);
    const row = (key: string) => doc.identity.find((r) => r.key === key)?.value;
    expect(row('createdOn')).toBe('2 Januari 2025');
    expect(row('revisedOn')).toBe('-');
    expect(row('legalBasis')).toContain(
      'Undang-Undang Nomor 13 Tahun 2003 tentang Ketenagakerjaan',
    );
  });

  it('renders one activity row per step in flow order', () => {
    expect(doc.activities.map((a) => a.stepKey)).toEqual([
      'diterima',
      'asesmen_kebutuhan',
      'menunggu_kelengkapan',
      'ditolak',
      'persetujuan',
      'ditutup_tidak_lengkap',
      'penjadwalan',
      'terjadwal',
      'pelaksanaan',
      'pelaporan',
      'menunggu_survei',
      'selesai',
      'dibatalkan',
    ]);
    const assessment = doc.activities[1];
    expect(assessment).toMatchObject({
      no: 2,
      role: 'kepala_seksi',
      roleLabel: 'Kepala Seksi',
      waktu: '5 hari kerja',
      output: 'Laporan asesmen kebutuhan dan rekomendasi program pelatihan',
    });
    expect(assessment?.kelengkapan).toContain('Tanggal survei');
    expect(doc.activities[0]?.kelengkapan[0]).toMatch(/^Surat permohonan/);
    expect(doc.activities.find((a) => a.stepKey === 'pelaksanaan')?.waktu).toBe(
      'Sesuai jadwal pelatihan',
    );
    expect(doc.activities.find((a) => a.stepKey === 'persetujuan')?.next).toEqual([
      { action: 'approve', label: 'Setujui', branch: 'yes', toNo: 7 },
      { action: 'reject', label: 'Tolak', branch: 'no', toNo: 4 },
    ]);
    expect(doc.notes).toEqual([
      'Batalkan permohonan (Pemohon): dapat dilakukan pada langkah 1, 2, 3, 5, 7, menuju langkah 13.',
    ]);
  });

  it('speaks English, uses given role labels and shows approval', () => {
    const def = structuredClone(DEFAULT_SOP);
    def.identity.approvedBy = { name: 'Nama Pejabat', position: 'Kepala Dinas', nip: '1970' };
    def.steps[0]?.requiredInputs.push({
      key: 'x',
      label: { id: 'Catatan', en: 'Note' },
      type: 'text',
      required: false,
    });
    const en = renderSopDocument(def, {
      locale: 'en',
      roleLabels: { petugas_layanan: 'Front desk' },
    });
    expect(en.identity.find((r) => r.key === 'approvedBy')?.value).toBe(
      'Kepala Dinas, Nama Pejabat, NIP 1970',
    );
    expect(en.identity.find((r) => r.key === 'createdOn')?.value).toBe('2 January 2025');
    expect(en.activities[0]).toMatchObject({ roleLabel: 'Front desk', waktu: '1 working day' });
    expect(en.activities[0]?.kelengkapan.at(-1)).toBe('Note (optional)');
    expect(en.lanes[0]).toEqual({ role: 'petugas_layanan', label: 'Front desk' });
    expect(en.notes[0]).toMatch(/^Cancel request \(Pemohon\): possible at steps 1, 2, 3, 5, 7/);
  });
});
