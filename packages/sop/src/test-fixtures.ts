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

/** The definition without any scheduling: no legacy `schedule` block, no createSchedule effect. */
export function withoutScheduling<T extends import('./definition').SopDefinition>(def: T): T {
  delete def.schedule;
  for (const step of def.steps)
    for (const action of step.actions)
      if (action.effects)
        action.effects = action.effects.filter((e) => e.type !== 'createSchedule');
  return def;
}

/**
 * A definition as stored before effects existed: no action declares effects, the scheduling step
 * is named in the `schedule` block, and the guard inputs the effects brought are absent.
 */
export function legacyDefinition<T extends import('./definition').SopDefinition>(def: T): T {
  def.schedule = { step: 'penjadwalan', startDateInput: 'startDate', endDateInput: 'endDate' };
  const strip = (a: import('./definition').SopAction) => {
    delete a.effects;
    if (a.inputs) a.inputs = a.inputs.filter((i) => i.key !== 'overrideReason');
    if (a.inputs?.length === 0) delete a.inputs;
  };
  for (const step of def.steps) for (const action of step.actions) strip(action);
  for (const action of def.globalActions ?? []) strip(action);
  return def;
}
