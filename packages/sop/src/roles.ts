/** Staff roles named in the SOP. Role keys are data in the database; these are the defaults. */
export const DEFAULT_ROLES = [
  'petugas_layanan',
  'kepala_seksi',
  'kepala_bidang',
  'koordinator_instruktur',
  'instruktur',
  'kepala_dinas',
  'admin_sistem',
] as const;
export type DefaultRole = (typeof DEFAULT_ROLES)[number];

/**
 * Lane key for steps the requester (pemohon) carries out. It is not a staff role: no staff member
 * can hold it, but SOP flow tables draw the requester as a column like any other pelaksana.
 */
export const REQUESTER_LANE = 'pemohon';
/** Lane key for steps the system carries out by itself (e.g. automatic closing). */
export const SYSTEM_LANE = 'sistem';
/** Lane keys that are not staff roles. */
export const RESERVED_LANES: readonly string[] = [REQUESTER_LANE, SYSTEM_LANE];

/** True when the key is one of the default roles. */
export function isDefaultRole(key: string): key is DefaultRole {
  return (DEFAULT_ROLES as readonly string[]).includes(key);
}

/** True when the lane key is a pseudo-role (requester or system) rather than a staff role. */
export function isReservedLane(key: string): boolean {
  return RESERVED_LANES.includes(key);
}

/** Display names of the default roles and lanes, as SOP documents write them. */
export const DEFAULT_ROLE_LABELS: Readonly<Record<string, string>> = {
  petugas_layanan: 'Petugas Layanan',
  kepala_seksi: 'Kepala Seksi',
  kepala_bidang: 'Kepala Bidang',
  koordinator_instruktur: 'Koordinator Instruktur',
  instruktur: 'Instruktur',
  kepala_dinas: 'Kepala Dinas',
  admin_sistem: 'Admin Sistem',
  [REQUESTER_LANE]: 'Pemohon',
  [SYSTEM_LANE]: 'Sistem',
};

/** Display name of a role: from `labels`, then the defaults, then the key in title case. */
export function roleLabel(key: string, labels?: Readonly<Record<string, string>>): string {
  return (
    labels?.[key] ??
    DEFAULT_ROLE_LABELS[key] ??
    key
      .split('_')
      .filter(Boolean)
      .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
      .join(' ')
  );
}
