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

  it('renders one activity row per step in flow order, and a row for a step’s decision', () => {
    expect(doc.activities.map((a) => a.stepKey)).toEqual([
      'diterima',
      'diterima.keputusan',
      'asesmen_kebutuhan',
      'menunggu_kelengkapan',
      'persetujuan',
      'penjadwalan',
      'terjadwal',
      'pelaksanaan',
      'pelaporan',
      'menunggu_survei',
      'ditutup_tidak_lengkap',
      'ditolak',
      'selesai',
      'dibatalkan',
    ]);
    // The front desk receives and checks (row 1), then decides "Lengkap?" (row 2): one request
    // state, so the decision's time is within row 1's and only row 1 may be cancelled from.
    expect(doc.activities[0]).toMatchObject({
      kind: 'start',
      waktu: '1 hari kerja',
      next: [{ action: 'ke_keputusan', label: 'Lengkap?', toNo: 2 }],
    });
    expect(doc.activities[1]).toMatchObject({
      no: 2,
      stepKey: 'diterima.keputusan',
      decisionOf: 'diterima',
      kind: 'decision',
      description: 'Lengkap? Memutuskan apakah berkas permohonan lengkap',
      role: 'petugas_layanan',
      waktu: 'Termasuk no. 1',
      keterangan: [
        'Ya: Nyatakan lengkap (ke no. 3)',
        'Tidak: Kembalikan untuk dilengkapi (ke no. 4)',
      ],
      next: [
        { action: 'verify', label: 'Nyatakan lengkap', branch: 'yes', toNo: 3 },
        {
          action: 'return_for_completion',
          label: 'Kembalikan untuk dilengkapi',
          branch: 'no',
          toNo: 4,
        },
      ],
      globalNext: [],
    });
    expect(doc.activities[0]?.decisionOf).toBeUndefined();
    const assessment = doc.activities[2];
    expect(assessment).toMatchObject({
      no: 3,
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
      { action: 'approve', label: 'Setujui', branch: 'yes', toNo: 6 },
      { action: 'reject', label: 'Tolak', branch: 'no', toNo: 12 },
    ]);
    expect(doc.notes).toEqual([
      'Batalkan permohonan (Pemohon): dapat dilakukan pada langkah 1, 3, 4, 5, 6, menuju langkah 14.',
    ]);
    // Cancellation is drawn from every row it may be taken at.
    expect(doc.activities.filter((a) => a.globalNext.length).map((a) => a.no)).toEqual([
      1, 3, 4, 5, 6,
    ]);
    expect(doc.activities[0]?.globalNext).toEqual([
      { action: 'cancel', label: 'Batalkan permohonan', toNo: 14 },
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
    expect(en.notes[0]).toMatch(/^Cancel request \(Pemohon\): possible at steps 1, 3, 4, 5, 6/);
    expect(en.activities[1]).toMatchObject({
      description: 'Complete? Decide whether the request documents are complete',
      waktu: 'Within no. 1',
    });
  });

  it('fills the keterangan column: the free text, then where each way out leads', () => {
    const def = structuredClone(DEFAULT_SOP);
    const decision = def.steps.find((s) => s.key === 'persetujuan');
    if (decision) decision.keterangan = '  Dapat didelegasikan kepada sekretaris dinas  ';
    const out = renderSopDocument(def);
    expect(out.activities.find((a) => a.stepKey === 'persetujuan')?.keterangan).toEqual([
      'Dapat didelegasikan kepada sekretaris dinas',
      'Ya: Setujui (ke no. 6)',
      'Tidak: Tolak (ke no. 12)',
    ]);
    // One way out needs no note; no free text, nothing.
    expect(out.activities.find((a) => a.stepKey === 'asesmen_kebutuhan')?.keterangan).toEqual([]);
    const en = renderSopDocument(def, { locale: 'en' });
    expect(en.activities.find((a) => a.stepKey === 'persetujuan')?.keterangan[1]).toBe(
      'Yes: Approve (to no. 6)',
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
