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

/** Kinds a public requester may attach; the rest are the office's own documents. */
export const REQUESTER_ATTACHMENT_KINDS: readonly AttachmentKind[] = [
  'surat_permohonan',
  'proposal',
  'berkas_pelengkap',
  'lainnya',
];

export const ATTACHMENT_KIND_LABELS: Record<AttachmentKind, string> = {
  surat_permohonan: 'Request letter (surat permohonan) from the requester.',
  proposal: 'Training proposal from the requester.',
  berkas_pelengkap: 'Supplementary documents asked for during verification.',
  dokumentasi_survei: 'Site survey documentation (photos, notes).',
  laporan_asesmen: 'Needs assessment report.',
  surat_tugas: 'Instructor assignment letter (surat tugas).',
  laporan_pelaksanaan: 'Training delivery report.',
  lainnya: 'Any other document.',
};
