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

/** True when the key is one of the default roles. */
export function isDefaultRole(key: string): key is DefaultRole {
  return (DEFAULT_ROLES as readonly string[]).includes(key);
}
