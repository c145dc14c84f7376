import { describe, expect, it } from 'vitest';
import { DEFAULT_SOP } from './default-sop';
import { identityPanels, renderSopDocument } from './render-document';

describe('renderSopDocument', () => {
  const doc = renderSopDocument(DEFAULT_SOP);

  it('lists the identity block with Indonesian labels and formatted dates', () => {
    expect(doc.identity.map((r) => r.label.id)).toEqual([
      'Nomor SOP',
      'Tanggal Pembuatan',
      'Revisi',
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
      'persetujuan',
      'penjadwalan',
      'terjadwal',
      'pelaksanaan',
      'pelaporan',
      'menunggu_survei',
      'ditolak',
      'ditutup_tidak_lengkap',
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
      { action: 'approve', label: 'Setujui', branch: 'yes', toNo: 5 },
      { action: 'reject', label: 'Tolak', branch: 'no', toNo: 10 },
    ]);
    expect(doc.notes).toEqual([
      'Batalkan permohonan (Pemohon): dapat dilakukan pada langkah 1, 2, 3, 4, 5, menuju langkah 13.',
    ]);
    // Cancellation is drawn from every row it may be taken at.
    expect(doc.activities.filter((a) => a.globalNext.length).map((a) => a.no)).toEqual([
      1, 2, 3, 4, 5,
    ]);
    expect(doc.activities[0]?.globalNext).toEqual([
      { action: 'cancel', label: 'Batalkan permohonan', toNo: 13 },
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
    expect(en.identity.find((r) => r.key === 'approvedBy')?.value).toEqual([
      'Kepala Dinas',
      'Nama Pejabat',
      'NIP 1970',
    ]);
    expect(en.identity.find((r) => r.key === 'createdOn')?.value).toBe('2 January 2025');
    expect(en.activities[0]).toMatchObject({ roleLabel: 'Front desk', waktu: '1 working day' });
    expect(en.activities[0]?.kelengkapan.at(-1)).toBe('Note (optional)');
    expect(en.lanes[0]).toEqual({ role: 'petugas_layanan', label: 'Front desk' });
    expect(en.notes[0]).toMatch(/^Cancel request \(Pemohon\): possible at steps 1, 2, 3, 4, 5/);
  });

  it('fills the keterangan column: the free text, then where each way out leads', () => {
    const def = structuredClone(DEFAULT_SOP);
    const decision = def.steps.find((s) => s.key === 'persetujuan');
    if (decision) decision.keterangan = '  Dapat didelegasikan kepada sekretaris dinas  ';
    const out = renderSopDocument(def);
    expect(out.activities.find((a) => a.stepKey === 'persetujuan')?.keterangan).toEqual([
      'Dapat didelegasikan kepada sekretaris dinas',
      'Ya: Setujui (ke no. 5)',
      'Tidak: Tolak (ke no. 10)',
    ]);
    // One way out needs no note; no free text, nothing.
    expect(out.activities.find((a) => a.stepKey === 'asesmen_kebutuhan')?.keterangan).toEqual([]);
    const en = renderSopDocument(def, { locale: 'en' });
    expect(en.activities.find((a) => a.stepKey === 'persetujuan')?.keterangan[1]).toBe(
      'Yes: Approve (to no. 5)',
    );
  });

  it("splits the identity block into the regulation's two panels and the pairs below", () => {
    const def = structuredClone(DEFAULT_SOP);
    def.identity.revision = 2;
    def.identity.revisedOn = '2026-12-01';
    def.identity.approvedBy = {
      name: 'Nama Pejabat',
      position: 'Kepala Dinas',
      nip: '197001012000031001',
      signedOn: '2026-11-30',
    };
    const panels = identityPanels(renderSopDocument(def));
    expect(panels.organisation).toEqual([
      'BALAI LATIHAN KERJA (BLK)',
      'DINAS TENAGA KERJA PROVINSI KEPULAUAN BANGKA BELITUNG',
    ]);
    expect(panels.panel.map((r) => [r.label.id, r.value])).toEqual([
      ['Nomor SOP', 'SOP/BLK-OTS/01'],
      ['Tanggal Pembuatan', '2 Januari 2025'],
      ['Revisi', '2'],
      ['Tanggal Revisi', '1 Desember 2026'],
      ['Tanggal Efektif', '-'],
      [
        'Disahkan oleh',
        ['Kepala Dinas', 'Nama Pejabat', 'NIP 19700101 200003 1 001', 'Tanggal 30 November 2026'],
      ],
      ['Nama SOP', 'Pelayanan Pelatihan Kerja BLK on the Spot'],
    ]);
    expect(panels.pairs.map(([a, b]) => [a.label.id, b.label.id])).toEqual([
      ['Dasar Hukum', 'Kualifikasi Pelaksana'],
      ['Keterkaitan', 'Peralatan/Perlengkapan'],
      ['Peringatan', 'Pencatatan dan Pendataan'],
    ]);
    // A document without a unit has an empty left panel rather than a dash.
    const bare = identityPanels({ identity: [] });
    expect(bare.organisation).toEqual([]);
    expect(bare.panel[0]?.value).toBe('-');
  });
});
