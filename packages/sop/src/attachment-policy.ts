import { findStep, type SopDefinition } from './definition';
import { isReservedLane } from './roles';

/** What an attached document is, in the office's words. */
export const ATTACHMENT_KINDS = [
  'surat_permohonan',
  'proposal',
  'berkas_pelengkap',
  'dokumentasi_survei',
  'laporan_asesmen',
  'surat_tugas',
  'laporan_pelaksanaan',
  'lainnya',
] as const;
export type AttachmentKind = (typeof ATTACHMENT_KINDS)[number];

/** Kinds a public requester may attach to their own open request; the rest are the office's. */
export const REQUESTER_ATTACHMENT_KINDS: readonly AttachmentKind[] = [
  'surat_permohonan',
  'proposal',
  'berkas_pelengkap',
  'lainnya',
];

/**
 * The documents each step's pelaksana files while a request is at that step, by step key. The
 * SOP definition says who acts at a step (its role); this table says what they attach, from the
 * step's kelengkapan and output columns. A step not listed takes no staff attachments, and an end
 * step (a closed request) never does.
 */
export const STEP_ATTACHMENT_KINDS: Readonly<Record<string, readonly AttachmentKind[]>> = {
  // Petugas layanan registers the letter, proposal and documents handed in at the desk.
  diterima: ['surat_permohonan', 'proposal', 'berkas_pelengkap', 'lainnya'],
  // Kepala seksi files the site-survey documentation and the needs-assessment report.
  asesmen_kebutuhan: ['dokumentasi_survei', 'laporan_asesmen', 'lainnya'],
  // Kepala bidang decides on the report; a signed decision letter is "lainnya".
  persetujuan: ['lainnya'],
  // Koordinator instruktur issues the instructors' assignment letter.
  penjadwalan: ['surat_tugas', 'lainnya'],
  // The assigned instructors document their own class and file its report.
  terjadwal: ['lainnya'],
  pelaksanaan: ['laporan_pelaksanaan', 'lainnya'],
  pelaporan: ['laporan_pelaksanaan', 'lainnya'],
};

/**
 * Kinds a staff member in `role` may attach to a request at `state` under `def`: none unless the
 * step is an open step carried out by that role.
 */
export function attachableKinds(
  def: SopDefinition,
  state: string,
  role: string,
): readonly AttachmentKind[] {
  const step = findStep(def, state);
  if (!step || step.kind === 'end' || isReservedLane(step.role) || step.role !== role) return [];
  return STEP_ATTACHMENT_KINDS[state] ?? [];
}

/** Staff roles that attach at some step of `def`, for the access-policy table. */
export function attachingRoles(def: SopDefinition): string[] {
  const roles = def.steps
    .filter((s) => s.kind !== 'end' && (STEP_ATTACHMENT_KINDS[s.key]?.length ?? 0) > 0)
    .map((s) => s.role)
    .filter((r) => !isReservedLane(r));
  return [...new Set(roles)];
}
