import type { Localized } from '@blk/domain';
import { textHook } from '../../lib/i18n';

/** Words of the SOP monitoring and evaluation screens (PermenPAN-RB 35/2012), kept beside them. */
export const SOP_REVIEW_TEXT = {
  title: { id: 'Evaluasi SOP', en: 'SOP evaluation' },
  intro: {
    id: 'Setiap SOP yang berlaku dipantau per langkah ("berjalan baik / tidak berjalan baik") dan dievaluasi paling lambat setiap 6 bulan (PermenPAN-RB 35/2012).',
    en: 'Every SOP in force is monitored step by step ("running well / not running well") and evaluated at least every 6 months (PermenPAN-RB 35/2012).',
  },
  dueTitle: { id: 'Jadwal evaluasi', en: 'Evaluation schedule' },
  colSop: { id: 'SOP', en: 'SOP' },
  colLast: { id: 'Evaluasi terakhir', en: 'Last evaluation' },
  colDueOn: { id: 'Jatuh tempo', en: 'Due on' },
  colState: { id: 'Keadaan', en: 'State' },
  never: { id: 'Belum pernah', en: 'Never' },
  due: { id: 'Sudah waktunya', en: 'Due' },
  notDue: { id: 'Belum waktunya', en: 'Not yet due' },
  sopVersion: { id: '{name} versi {no}', en: '{name} version {no}' },
  start: { id: 'Mulai evaluasi', en: 'Start an evaluation' },
  startOf: { id: 'Mulai evaluasi versi {no}', en: 'Start an evaluation of version {no}' },
  pastTitle: { id: 'Evaluasi yang tercatat', en: 'Recorded evaluations' },
  colVersion: { id: 'Versi', en: 'Version' },
  colPeriod: { id: 'Periode', en: 'Period' },
  colReviewer: { id: 'Evaluator', en: 'Reviewer' },
  colRatings: { id: 'Hasil', en: 'Outcome' },
  colDraft: { id: 'Draf tindak lanjut', en: 'Follow-up draft' },
  openReview: { id: 'Buka evaluasi {period}', en: 'Open the evaluation of {period}' },
  ratingsSummary: {
    id: '{good} berjalan baik, {bad} tidak berjalan baik',
    en: '{good} running well, {bad} not running well',
  },
  noReviews: { id: 'Belum ada evaluasi tercatat.', en: 'No evaluation recorded yet.' },
  dueNotice: {
    id: 'Evaluasi SOP sudah waktunya: {list}.',
    en: 'An SOP evaluation is due: {list}.',
  },
  dueNoticeLink: { id: 'Buka evaluasi SOP', en: 'Open the SOP evaluation' },
  dueItem: { id: '{name} versi {no} (sejak {date})', en: '{name} version {no} (since {date})' },

  formTitle: { id: 'Evaluasi SOP versi {no}', en: 'Evaluation of SOP version {no}' },
  formIntro: {
    id: 'Angka tiap langkah dihitung dari permohonan pada periode ini; saran penilaian mengikuti bagian tepat waktu (80% atau lebih: berjalan baik). Andalah yang menilai.',
    en: 'Each step’s figures come from the requests of this period; the suggested rating follows the on-time share (80% or more: running well). You decide.',
  },
  periodFrom: { id: 'Periode dari', en: 'Period from' },
  periodTo: { id: 'Periode sampai', en: 'Period to' },
  reload: { id: 'Hitung ulang angka', en: 'Recompute the figures' },
  requestCount: {
    id: '{n} permohonan pada periode ini.',
    en: '{n} requests in this period.',
  },
  stepsTitle: { id: 'Penilaian per langkah', en: 'Rating per step' },
  colStep: { id: 'Langkah', en: 'Step' },
  colRole: { id: 'Pelaksana', en: 'Carried out by' },
  colStandard: { id: 'Mutu baku waktu', en: 'Time standard' },
  colOnTime: { id: 'Tepat waktu', en: 'On time' },
  colMedian: { id: 'Median', en: 'Median' },
  onTime: { id: '{onTime} dari {measured} ({pct}%)', en: '{onTime} of {measured} ({pct}%)' },
  noFigures: { id: 'belum ada data', en: 'no data yet' },
  days: { id: '{n} hari kerja', en: '{n} working days' },
  rating: { id: 'Penilaian', en: 'Rating' },
  berjalan_baik: { id: 'Berjalan baik', en: 'Running well' },
  tidak_berjalan_baik: { id: 'Tidak berjalan baik', en: 'Not running well' },
  suggested: { id: 'saran dari angka: {rating}', en: 'suggested by the figures: {rating}' },
  note: { id: 'Catatan', en: 'Note' },
  correctiveAction: { id: 'Tindakan perbaikan', en: 'Corrective action' },
  figures: {
    id: 'Pelaksana: {role}. Mutu baku: {standard}. Tepat waktu: {onTime}. Median: {median}.',
    en: 'Carried out by: {role}. Standard: {standard}. On time: {onTime}. Median: {median}.',
  },
  complaintsTitle: { id: 'Pengaduan pada periode ini', en: 'Complaints in this period' },
  noComplaints: {
    id: 'Tidak ada pengaduan pada periode ini.',
    en: 'No complaints in this period.',
  },
  actionsTitle: { id: 'Tindak lanjut', en: 'Follow-up actions' },
  actionsHint: {
    id: 'Tindakan untuk prosedur secara keseluruhan; dapat dijadikan draf SOP baru.',
    en: 'Actions for the procedure as a whole; they can start a new SOP draft.',
  },
  action: { id: 'Tindak lanjut {no}', en: 'Action {no}' },
  addAction: { id: 'Tambah tindak lanjut', en: 'Add an action' },
  removeAction: { id: 'Hapus tindak lanjut {no}', en: 'Remove action {no}' },
  conclusion: { id: 'Kesimpulan', en: 'Conclusion' },
  record: { id: 'Simpan evaluasi', en: 'Record the evaluation' },
  cancel: { id: 'Batal', en: 'Cancel' },
  back: { id: '← Kembali ke evaluasi SOP', en: '← Back to the SOP evaluation' },

  reviewTitle: {
    id: 'Evaluasi SOP versi {no}, {period}',
    en: 'Evaluation of SOP version {no}, {period}',
  },
  recorded: { id: 'Evaluasi tersimpan.', en: 'Evaluation recorded.' },
  reviewedBy: {
    id: 'Dievaluasi oleh {name}, {date}. {requests} permohonan dan {complaints} pengaduan pada periode ini.',
    en: 'Reviewed by {name}, {date}. {requests} requests and {complaints} complaints in the period.',
  },
  none: { id: '—', en: '—' },
  startDraft: {
    id: 'Mulai draf SOP dari tindak lanjut ini',
    en: 'Start an SOP draft from these actions',
  },
  startDraftHint: {
    id: 'Draf baru disalin dari versi yang berlaku; catatan perubahannya berisi tindak lanjut dan tindakan perbaikan di atas.',
    en: 'The new draft copies the version in force; its change note lists the actions and corrective actions above.',
  },
  draftLink: { id: 'Draf tindak lanjut: versi {no}', en: 'Follow-up draft: version {no}' },
  notFound: { id: 'Evaluasi tidak ditemukan.', en: 'Evaluation not found.' },
} as const satisfies Record<string, Localized>;

export type SopReviewTextKey = keyof typeof SOP_REVIEW_TEXT;

/** The evaluation screens' words in the current language. */
export const useSopReviewText = textHook(SOP_REVIEW_TEXT);
