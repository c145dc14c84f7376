import { describe, expect, it } from 'vitest';
import {
  ATTACHMENT_KINDS,
  attachableKinds,
  attachingRoles,
  STEP_ATTACHMENT_KINDS,
} from './attachment-policy';
import { DEFAULT_SOP } from './default-sop';

describe('who attaches what, by SOP step and role', () => {
  it('gives each kind only to the role carrying out the step', () => {
    expect(attachableKinds(DEFAULT_SOP, 'diterima', 'petugas_layanan')).toContain(
      'berkas_pelengkap',
    );
    expect(attachableKinds(DEFAULT_SOP, 'diterima', 'kepala_seksi')).toEqual([]);
    expect(attachableKinds(DEFAULT_SOP, 'asesmen_kebutuhan', 'kepala_seksi')).toContain(
      'laporan_asesmen',
    );
    expect(attachableKinds(DEFAULT_SOP, 'asesmen_kebutuhan', 'petugas_layanan')).toEqual([]);
    expect(attachableKinds(DEFAULT_SOP, 'pelaporan', 'instruktur')).toContain(
      'laporan_pelaksanaan',
    );
  });

  it('gives nothing at end steps, requester steps or unknown states', () => {
    for (const state of ['selesai', 'ditolak', 'dibatalkan', 'ditutup_tidak_lengkap'])
      expect(attachableKinds(DEFAULT_SOP, state, 'petugas_layanan')).toEqual([]);
    expect(attachableKinds(DEFAULT_SOP, 'menunggu_kelengkapan', 'pemohon')).toEqual([]);
    expect(attachableKinds(DEFAULT_SOP, 'nope', 'petugas_layanan')).toEqual([]);
  });

  it('names only real steps and kinds', () => {
    const steps = DEFAULT_SOP.steps.map((s) => s.key);
    for (const [step, kinds] of Object.entries(STEP_ATTACHMENT_KINDS)) {
      expect(steps).toContain(step);
      for (const k of kinds) expect(ATTACHMENT_KINDS).toContain(k);
    }
  });

  it('lists the roles that attach somewhere', () => {
    expect(attachingRoles(DEFAULT_SOP).sort()).toEqual([
      'instruktur',
      'kepala_bidang',
      'kepala_seksi',
      'koordinator_instruktur',
      'petugas_layanan',
    ]);
  });
});
