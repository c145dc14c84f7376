import type { Localized } from '@blk/domain';
import { textHook } from '../../lib/i18n';

/** Words of the feedback inbox, kept beside it (the shared dictionary holds the nav label). */
export const FEEDBACK_TEXT = {
  title: { id: 'Pengaduan dan saran', en: 'Complaints and suggestions' },
  intro: {
    id: 'Pesan dari masyarakat, tenggat jawaban paling dekat di atas.',
    en: 'Messages from the public, earliest answer deadline first.',
  },
  status: { id: 'Status', en: 'Status' },
  all: { id: 'Semua', en: 'All' },
  received: { id: 'Diterima', en: 'Received' },
  in_progress: { id: 'Diproses', en: 'In progress' },
  answered: { id: 'Dijawab', en: 'Answered' },
  closed: { id: 'Ditutup', en: 'Closed' },
  overdueOnly: { id: 'Hanya yang lewat tenggat', en: 'Overdue only' },
  overdue: { id: 'Lewat tenggat', en: 'Overdue' },
  colCode: { id: 'Kode', en: 'Code' },
  colKind: { id: 'Jenis', en: 'Kind' },
  colFrom: { id: 'Pengirim', en: 'From' },
  colSubmitted: { id: 'Dikirim', en: 'Sent' },
  colDeadline: { id: 'Tenggat jawaban', en: 'Answer due' },
  anonymous: { id: 'Tanpa nama', en: 'Anonymous' },
  empty: { id: 'Tidak ada pesan.', en: 'No messages.' },
  more: { id: 'Muat lebih banyak', en: 'Load more' },
  open: { id: 'Buka {code}', en: 'Open {code}' },
  detail: { id: 'Pesan {code}', en: 'Message {code}' },
  message: { id: 'Pesan', en: 'Message' },
  contact: { id: 'Kontak', en: 'Contact' },
  noContact: { id: 'Tidak meninggalkan kontak.', en: 'No contact given.' },
  related: { id: 'Permohonan terkait', en: 'Related request' },
  response: { id: 'Jawaban', en: 'Answer' },
  responseHint: {
    id: '5–4000 karakter. Pengirim diberi tahu jawaban ini.',
    en: '5–4000 characters. The sender is notified of this answer.',
  },
  respondedBy: { id: 'Dijawab oleh {name}, {when}', en: 'Answered by {name}, {when}' },
  send: { id: 'Kirim jawaban', en: 'Send answer' },
  correct: { id: 'Perbaiki jawaban', en: 'Correct the answer' },
  close: { id: 'Tutup pesan', en: 'Close the message' },
  closeDrawer: { id: 'Tutup rincian', en: 'Close the details' },
  sent: { id: 'Jawaban terkirim.', en: 'Answer sent.' },
  closedDone: { id: 'Pesan ditutup.', en: 'Message closed.' },
  closedAt: { id: 'Ditutup {when}', en: 'Closed {when}' },
  notFound: {
    id: 'Pesan ini tidak ditemukan.',
    en: 'This message was not found.',
  },
} as const satisfies Record<string, Localized>;

export type FeedbackTextKey = keyof typeof FEEDBACK_TEXT;

/** `t` for the feedback inbox, in the app's current language. */
export const useFeedbackText = textHook(FEEDBACK_TEXT);
