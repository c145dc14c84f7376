import type { Localized } from '@blk/domain';
import { useCallback } from 'react';
import { useI18n } from '../../lib/i18n';

/** Words of the class screen (kelas): participants, attendance, scores and report. */
export const CLASS_TEXT = {
  title: { id: 'Kelas {program}', en: 'Class {program}' },
  back: { id: 'Kembali ke permohonan', en: 'Back to the request' },
  notFound: {
    id: 'Kelas ini tidak ditemukan atau Anda tidak berhak melihatnya.',
    en: 'This class was not found or you may not see it.',
  },
  cancelled: {
    id: 'Kelas ini sudah dibatalkan; datanya hanya dapat dibaca.',
    en: 'This class was cancelled; its data is read-only.',
  },
  readOnly: {
    id: 'Anda dapat melihat kelas ini, tetapi hanya koordinator instruktur dan instruktur yang ditugaskan yang dapat mengubahnya.',
    en: 'You can see this class, but only the instructor coordinator and its assigned instructors can change it.',
  },
  request: { id: 'Permohonan', en: 'Request' },
  dates: { id: 'Tanggal', en: 'Dates' },
  days: { id: '{n} hari pelatihan', en: '{n} training days' },
  venue: { id: 'Tempat', en: 'Venue' },
  instructors: { id: 'Instruktur', en: 'Instructors' },
  lead: { id: 'ketua', en: 'lead' },
  requester: { id: 'Pemohon', en: 'Requester' },
  step: { id: 'Tahap', en: 'Step' },
  reload: { id: 'Muat ulang', en: 'Reload' },
  tabParticipants: { id: 'Peserta', en: 'Participants' },
  tabAttendance: { id: 'Kehadiran', en: 'Attendance' },
  tabScores: { id: 'Nilai', en: 'Scores' },
  tabReport: { id: 'Laporan', en: 'Report' },
  // Participants
  participantsOf: {
    id: '{count} dari maksimal {max} peserta',
    en: '{count} of at most {max} participants',
  },
  ageRule: {
    id: 'Usia {min}–{max} tahun pada hari pertama pelatihan.',
    en: 'Aged {min}–{max} on the first training day.',
  },
  ageRuleNone: { id: 'Tanpa batas usia.', en: 'No age limit.' },
  add: { id: 'Tambah peserta', en: 'Add participant' },
  import: { id: 'Impor dari berkas', en: 'Import from a file' },
  showNik: { id: 'Tampilkan NIK lengkap', en: 'Show full NIK' },
  showNikAudited: {
    id: 'Setiap NIK yang ditampilkan dicatat dalam log audit.',
    en: 'Every NIK shown is recorded in the audit log.',
  },
  colName: { id: 'Nama', en: 'Name' },
  colNik: { id: 'NIK', en: 'NIK' },
  colSex: { id: 'L/P', en: 'Sex' },
  colBirth: { id: 'Tanggal lahir (usia)', en: 'Birth date (age)' },
  colEducation: { id: 'Pendidikan', en: 'Education' },
  colPhone: { id: 'No. HP', en: 'Phone' },
  colAddress: { id: 'Alamat', en: 'Address' },
  colActions: { id: 'Tindakan', en: 'Actions' },
  age: { id: '{n} th', en: '{n} y' },
  noParticipants: { id: 'Belum ada peserta.', en: 'No participants yet.' },
  anonymised: { id: 'dianonimkan', en: 'anonymised' },
  remove: { id: 'Keluarkan', en: 'Remove' },
  removeNamed: { id: 'Keluarkan {name}', en: 'Remove {name}' },
  removeTitle: { id: 'Keluarkan {name} dari kelas?', en: 'Remove {name} from the class?' },
  removeHint: {
    id: 'Data kehadiran dan nilai peserta ini ikut terhapus.',
    en: 'Their attendance and scores are deleted too.',
  },
  removed: { id: '{name} dikeluarkan dari kelas.', en: '{name} was removed from the class.' },
  added: { id: '{name} ditambahkan.', en: '{name} was added.' },
  cancel: { id: 'Batal', en: 'Cancel' },
  save: { id: 'Simpan', en: 'Save' },
  close: { id: 'Tutup', en: 'Close' },
  fieldNik: { id: 'NIK (16 digit, sesuai KTP)', en: 'NIK (16 digits, as on the KTP)' },
  fieldName: { id: 'Nama lengkap', en: 'Full name' },
  fieldBirthDate: { id: 'Tanggal lahir', en: 'Birth date' },
  fieldSex: { id: 'Jenis kelamin', en: 'Sex' },
  male: { id: 'Laki-laki', en: 'Male' },
  female: { id: 'Perempuan', en: 'Female' },
  fieldEducation: { id: 'Pendidikan terakhir', en: 'Education' },
  fieldPhone: { id: 'No. HP (opsional)', en: 'Phone (optional)' },
  fieldAddress: { id: 'Alamat', en: 'Address' },
  // Import
  importTitle: { id: 'Impor peserta', en: 'Import participants' },
  importHint: {
    id: 'Pilih berkas CSV atau Excel (.xlsx) dengan satu peserta per baris dan judul kolom seperti pada templat. Sebelum disimpan, setiap baris diperiksa dan masalahnya ditampilkan.',
    en: 'Choose a CSV or Excel (.xlsx) file with one participant per row and the column headings of the template. Every row is checked and its problems shown before anything is saved.',
  },
  template: { id: 'Unduh templat CSV', en: 'Download the CSV template' },
  file: { id: 'Berkas peserta', en: 'Participant file' },
  clearFile: { id: 'Hapus pilihan berkas', en: 'Clear the chosen file' },
  reading: { id: 'Membaca dan memeriksa berkas…', en: 'Reading and checking the file…' },
  missingColumns: {
    id: 'Kolom tidak ditemukan: {columns}. Gunakan judul kolom dari templat.',
    en: 'Columns not found: {columns}. Use the column headings of the template.',
  },
  unreadable: {
    id: 'Berkas tidak dapat dibaca: {reason}',
    en: 'The file cannot be read: {reason}',
  },
  tooManyRows: {
    id: 'Berkas berisi {count} baris; maksimal {max} baris sekali impor.',
    en: 'The file has {count} rows; at most {max} rows can be imported at once.',
  },
  noRows: { id: 'Berkas tidak berisi baris peserta.', en: 'The file holds no participant rows.' },
  reportTitle: { id: 'Hasil pemeriksaan', en: 'Check result' },
  reportSummary: {
    id: '{total} baris: {valid} siap diimpor, {invalid} bermasalah.',
    en: '{total} rows: {valid} ready to import, {invalid} with problems.',
  },
  colRow: { id: 'Baris', en: 'Row' },
  colStatus: { id: 'Status', en: 'Status' },
  colProblems: { id: 'Masalah', en: 'Problems' },
  rowOk: { id: 'Siap', en: 'Ready' },
  rowError: { id: 'Bermasalah', en: 'Problem' },
  rowImported: { id: 'Diimpor', en: 'Imported' },
  noName: { id: '(tanpa nama)', en: '(no name)' },
  importValid: { id: 'Impor {n} baris yang valid', en: 'Import {n} valid rows' },
  nothingToImport: {
    id: 'Tidak ada baris yang dapat diimpor. Perbaiki berkas lalu pilih lagi.',
    en: 'No row can be imported. Correct the file and choose it again.',
  },
  imported: {
    id: '{n} peserta diimpor. Baris bermasalah tidak disimpan.',
    en: '{n} participants imported. Rows with problems were not saved.',
  },
  field_nik: { id: 'NIK', en: 'NIK' },
  field_name: { id: 'Nama', en: 'Name' },
  field_birthDate: { id: 'Tanggal lahir', en: 'Birth date' },
  field_sex: { id: 'Jenis kelamin', en: 'Sex' },
  field_education: { id: 'Pendidikan', en: 'Education' },
  field_phone: { id: 'No. HP', en: 'Phone' },
  field_address: { id: 'Alamat', en: 'Address' },
  // Attendance
  session: { id: 'Hari pelatihan', en: 'Training day' },
  sessionOption: { id: 'Hari {n}: {date}', en: 'Day {n}: {date}' },
  sessionSaved: {
    id: 'Tersimpan: {count} peserta, terakhir {when} oleh {who}',
    en: 'Saved: {count} participants, last {when} by {who}',
  },
  sessionNotSaved: { id: 'Belum dicatat', en: 'Not recorded yet' },
  allPresent: { id: 'Semua hadir', en: 'All present' },
  attendanceOf: { id: 'Kehadiran {name}', en: 'Attendance of {name}' },
  saveAttendance: { id: 'Simpan kehadiran', en: 'Save attendance' },
  attendanceSaved: {
    id: 'Kehadiran hari {n} ({date}) tersimpan.',
    en: 'Attendance of day {n} ({date}) saved.',
  },
  unsaved: { id: 'Ada perubahan yang belum disimpan.', en: 'There are unsaved changes.' },
  notMarked: {
    id: '{n} peserta belum ditandai.',
    en: '{n} participants not marked yet.',
  },
  noSessions: {
    id: 'Kelas ini belum punya hari pelatihan.',
    en: 'This class has no training days.',
  },
  needParticipants: {
    id: 'Tambahkan peserta lebih dulu.',
    en: 'Add participants first.',
  },
  // Scores
  preTest: { id: 'Pre-test', en: 'Pre-test' },
  postTest: { id: 'Post-test', en: 'Post-test' },
  gain: { id: 'Kenaikan', en: 'Gain' },
  preOf: { id: 'Pre-test {name}', en: 'Pre-test of {name}' },
  postOf: { id: 'Post-test {name}', en: 'Post-test of {name}' },
  scoreHint: {
    id: 'Nilai 0–100; kosongkan bila belum ada.',
    en: 'Scores 0–100; leave blank if none.',
  },
  scoreRange: { id: 'Nilai harus 0–100', en: 'The score must be 0–100' },
  saveScores: { id: 'Simpan semua nilai', en: 'Save all scores' },
  scoresSaved: { id: 'Nilai {n} peserta tersimpan.', en: 'Scores of {n} participants saved.' },
  scoresNone: { id: 'Tidak ada nilai yang berubah.', en: 'No score changed.' },
  // Report
  reportHeading: { id: 'Laporan pelaksanaan pelatihan', en: 'Training completion report' },
  completionRule: {
    id: 'Dinyatakan selesai bila hadir minimal {pct}% hari pelatihan dan sudah mengikuti post-test. Sertifikat diterbitkan saat pelatihan diselesaikan pada permohonan.',
    en: 'Completed when present on at least {pct}% of training days and post-tested. Certificates are issued when the training is finished on the request.',
  },
  statParticipants: { id: 'Peserta', en: 'Participants' },
  statCompleted: { id: 'Selesai', en: 'Completed' },
  statNotCompleted: { id: 'Belum selesai', en: 'Not completed' },
  statAttendance: { id: 'Rata-rata kehadiran', en: 'Mean attendance' },
  statPre: { id: 'Rata-rata pre-test', en: 'Mean pre-test' },
  statPost: { id: 'Rata-rata post-test', en: 'Mean post-test' },
  statGain: { id: 'Rata-rata kenaikan', en: 'Mean gain' },
  colPresent: { id: 'Hadir', en: 'Present' },
  colRate: { id: 'Kehadiran', en: 'Attendance' },
  colOutcome: { id: 'Hasil', en: 'Outcome' },
  colCertificate: { id: 'Sertifikat', en: 'Certificate' },
  completed: { id: 'Selesai', en: 'Completed' },
  notCompleted: { id: 'Belum selesai', en: 'Not completed' },
  certificate: { id: '{no}, sertifikat {name} (PDF)', en: '{no}, certificate of {name} (PDF)' },
  certificatePending: {
    id: 'Terbit saat pelatihan diselesaikan',
    en: 'Issued when the training is finished',
  },
  print: { id: 'Cetak laporan', en: 'Print the report' },
  forReport: {
    id: 'Angka untuk isian laporan pada permohonan: jumlah peserta selesai {completed}, rekap kehadiran "{attendance}", rata-rata pre-test {pre}, post-test {post}.',
    en: 'Figures for the report on the request: participants completing {completed}, attendance summary "{attendance}", pre-test mean {pre}, post-test mean {post}.',
  },
  attendanceSummary: {
    id: 'Kehadiran rata-rata {pct}% dari {days} hari',
    en: 'Mean attendance {pct}% over {days} days',
  },
  openRequest: { id: 'Buka permohonan {code}', en: 'Open request {code}' },
} as const satisfies Record<string, Localized>;

export type ClassTextKey = keyof typeof CLASS_TEXT;
export type ClassText = (
  key: ClassTextKey,
  params?: Readonly<Record<string, string | number>>,
) => string;

/** `t` for the class screen, in the app's current language. */
export function useClassText(): ClassText {
  const { lang } = useI18n();
  return useCallback(
    (key: ClassTextKey, params?: Readonly<Record<string, string | number>>): string => {
      const template: string = CLASS_TEXT[key][lang];
      if (!params) return template;
      return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
        name in params ? String(params[name]) : whole,
      );
    },
    [lang],
  );
}
