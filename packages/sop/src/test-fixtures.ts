// Shared test helpers (excluded from coverage: only *.test.ts import them).
import { createWorkingCalendar } from '@blk/domain';
import type { Actor } from './state-machine';

/** An instant given as WIB wall-clock time, e.g. wib('2025-03-03T09:00'). */
export function wib(local: string): Date {
  return new Date(`${local.length === 16 ? `${local}:00` : local}+07:00`);
}

/** Idul Fitri 2025 (Mon 31 March, Tue 1 April) as holidays. */
export const calendar = createWorkingCalendar(['2025-03-31', '2025-04-01']);

export const actors = {
  petugas: { kind: 'staff', roles: ['petugas_layanan'], staffId: 'st-petugas' },
  kasi: { kind: 'staff', roles: ['kepala_seksi'], staffId: 'st-kasi' },
  kabid: { kind: 'staff', roles: ['kepala_bidang'], staffId: 'st-kabid' },
  koordinator: { kind: 'staff', roles: ['koordinator_instruktur'], staffId: 'st-koord' },
  instruktur: { kind: 'staff', roles: ['instruktur'], staffId: 'st-instr' },
  instrukturLain: { kind: 'staff', roles: ['instruktur'], staffId: 'st-instr-2' },
  kadis: { kind: 'staff', roles: ['kepala_dinas', 'admin_sistem'], staffId: 'st-kadis' },
  requester: { kind: 'requester' },
  system: { kind: 'system' },
} as const satisfies Record<string, Actor>;

/** The value, or a thrown error when a fixture lookup finds nothing. */
export function must<T>(value: T | undefined | null): T {
  if (value === undefined || value === null) throw new Error('fixture lookup failed');
  return value;
}
