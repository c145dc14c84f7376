import { describe, expect, it } from 'vitest';
import { DEFAULT_SOP } from './default-sop';
import { orderedSteps, reachableFrom, shortestPath, sopEdges, startStepKey } from './graph';
import { must } from './test-fixtures';

describe('graph helpers', () => {
  it('lists own edges then global ones', () => {
    const edges = sopEdges(DEFAULT_SOP);
    expect(edges[0]).toEqual({
      from: 'diterima',
      to: 'asesmen_kebutuhan',
      action: 'verify',
      global: false,
    });
    expect(edges.filter((e) => e.global).map((e) => e.from)).toEqual([
      'diterima',
      'menunggu_kelengkapan',
      'asesmen_kebutuhan',
      'persetujuan',
      'penjadwalan',
    ]);
  });

  it('reaches every step of the default SOP from the start', () => {
    expect(reachableFrom(sopEdges(DEFAULT_SOP), 'diterima').size).toBe(DEFAULT_SOP.steps.length);
  });

  it('finds the start only when there is exactly one', () => {
    expect(startStepKey(DEFAULT_SOP)).toBe('diterima');
    expect(startStepKey({ ...DEFAULT_SOP, steps: [] })).toBeUndefined();
  });

  it('orders unreachable steps last and copes with an SOP without steps', () => {
    const def = structuredClone(DEFAULT_SOP);
    must(must(def.steps.find((s) => s.key === 'persetujuan')).actions[0]).to = 'ditolak';
    // Unreachable steps follow the reachable ones; end steps close the order either way.
    expect(orderedSteps(def).slice(-9)).toEqual([
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
    expect(orderedSteps({ ...DEFAULT_SOP, steps: [] })).toEqual([]);
  });

  it('finds shortest paths along own actions only', () => {
    expect(shortestPath(DEFAULT_SOP, 'diterima', (k) => k === 'penjadwalan')).toEqual([
      'diterima',
      'asesmen_kebutuhan',
      'persetujuan',
      'penjadwalan',
    ]);
    // dibatalkan is only reachable through the global cancel action
    expect(shortestPath(DEFAULT_SOP, 'diterima', (k) => k === 'dibatalkan')).toBeUndefined();
  });
});
