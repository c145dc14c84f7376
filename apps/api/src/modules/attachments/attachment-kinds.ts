import type { AttachmentKind } from '@blk/sop';

// The kinds and who attaches which, by SOP step, are rules: they live in @blk/sop.
export { ATTACHMENT_KINDS, type AttachmentKind, REQUESTER_ATTACHMENT_KINDS } from '@blk/sop';

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
