import type { Localized } from '@blk/domain';
import { textHook } from '../../lib/i18n';

/** Words of the instructors screen (the shared dictionary holds the nav label). */
export const INSTRUCTOR_TEXT = {
  title: { id: 'Instruktur', en: 'Instructors' },
  intro: {
    id: 'Instruktur yang dikirim ke lokasi, program yang boleh mereka ajarkan, dan sertifikat kompetensinya. Instruktur dengan sertifikat kedaluwarsa tidak dapat dijadwalkan untuk program itu.',
    en: 'The instructors sent on site, the programmes they may teach and their competency certificates. An instructor whose certificate has expired cannot be scheduled for that programme.',
  },
  add: { id: 'Tambah instruktur', en: 'Add instructor' },
  search: { id: 'Cari nama', en: 'Search name' },
  island: { id: 'Pulau asal', en: 'Home island' },
  allIslands: { id: 'Semua pulau', en: 'Both islands' },
  expiringFilter: {
    id: 'Sertifikat segera habis (≤ {days} hari) atau kedaluwarsa',
    en: 'Certificate expiring within {days} days or expired',
  },
  archivedFilter: { id: 'Tampilkan yang diarsipkan', en: 'Show archived' },
  colName: { id: 'Nama', en: 'Name' },
  colCompetencies: { id: 'Kejuruan / program', en: 'Fields / programmes' },
  colCertificate: { id: 'Sertifikat', en: 'Certificate' },
  colStatus: { id: 'Status', en: 'Status' },
  colActions: { id: 'Tindakan', en: 'Actions' },
  empty: { id: 'Tidak ada instruktur yang cocok.', en: 'No instructor matches.' },
  more: {
    id: 'Hanya 100 instruktur pertama yang ditampilkan; persempit pencarian.',
    en: 'Only the first 100 instructors are shown; narrow the search.',
  },
  active: { id: 'Aktif', en: 'Active' },
  archivedState: { id: 'Diarsipkan', en: 'Archived' },
  open: { id: 'Buka', en: 'Open' },
  openNamed: { id: 'Buka {name}', en: 'Open {name}' },
  close: { id: 'Tutup', en: 'Close' },
  cancel: { id: 'Batal', en: 'Cancel' },
  save: { id: 'Simpan', en: 'Save' },
  noCompetency: { id: 'Belum ada', en: 'None yet' },

  certExpired: { id: 'Kedaluwarsa {days} hari lalu', en: 'Expired {days} days ago' },
  certExpiredYesterday: { id: 'Kedaluwarsa kemarin', en: 'Expired yesterday' },
  certExpiring: { id: 'Habis dalam {days} hari', en: 'Expires in {days} days' },
  certExpiringToday: { id: 'Habis hari ini', en: 'Expires today' },
  certValid: { id: 'Berlaku', en: 'Valid' },
  certPermanent: { id: 'Berlaku tanpa batas', en: 'Never expires' },
  certNone: { id: 'Belum ada sertifikat', en: 'No certificate' },

  detailTitle: { id: 'Instruktur {name}', en: 'Instructor {name}' },
  notFound: { id: 'Instruktur tidak ditemukan.', en: 'Instructor not found.' },
  details: { id: 'Data instruktur', en: 'Details' },
  fName: { id: 'Nama lengkap', en: 'Full name' },
  fNip: { id: 'NIP', en: 'NIP (civil-servant number)' },
  fNipHint: { id: '18 digit; kosongkan bila bukan ASN', en: '18 digits; leave empty if none' },
  fPhone: { id: 'Telepon', en: 'Phone' },
  fEmail: { id: 'E-mail', en: 'E-mail' },
  fCompetencies: { id: 'Program yang boleh diajarkan', en: 'Programmes they may teach' },
  fCompetenciesHint: {
    id: 'Dipakai untuk menyarankan instruktur saat penjadwalan.',
    en: 'Used to suggest instructors when scheduling.',
  },
  created: { id: 'Instruktur {name} ditambahkan.', en: 'Instructor {name} added.' },
  updated: { id: 'Data {name} disimpan.', en: '{name} saved.' },

  certifications: { id: 'Sertifikat', en: 'Certificates' },
  certName: { id: 'Nama sertifikat', en: 'Certificate name' },
  certIssuer: { id: 'Penerbit', en: 'Issuer' },
  certIssuerHint: { id: 'Mis. LSP P1 BLK Babel, BNSP', en: 'E.g. LSP P1 BLK Babel, BNSP' },
  certNumber: { id: 'Nomor', en: 'Number' },
  certProgram: { id: 'Skema / program', en: 'Scheme / programme' },
  certProgramHint: {
    id: 'Program yang dicakup sertifikat ini; kosongkan bila umum (mis. metodologi).',
    en: 'The programme it qualifies for; leave empty when general (e.g. methodology).',
  },
  certGeneral: { id: 'Umum', en: 'General' },
  certIssued: { id: 'Terbit', en: 'Issued' },
  certExpires: { id: 'Berlaku sampai', en: 'Valid until' },
  certExpiresHint: {
    id: 'Kosongkan bila tidak kedaluwarsa',
    en: 'Leave empty if it never expires',
  },
  certState: { id: 'Keadaan', en: 'State' },
  certAdd: { id: 'Tambah sertifikat', en: 'Add certificate' },
  certAdded: { id: 'Sertifikat {name} dicatat.', en: 'Certificate {name} recorded.' },
  certRemove: { id: 'Hapus', en: 'Remove' },
  certRemoveNamed: { id: 'Hapus sertifikat {name}', en: 'Remove certificate {name}' },
  certRemoveConfirm: {
    id: 'Hapus sertifikat {name}? Hanya untuk sertifikat yang dicatat karena kekeliruan.',
    en: 'Remove certificate {name}? Only for a certificate recorded by mistake.',
  },
  certRemoved: { id: 'Sertifikat {name} dihapus.', en: 'Certificate {name} removed.' },
  noCertificates: { id: 'Belum ada sertifikat.', en: 'No certificates yet.' },

  archive: { id: 'Arsipkan instruktur', en: 'Archive instructor' },
  archiveConfirm: {
    id: 'Arsipkan {name}? Instruktur tidak lagi disarankan untuk jadwal baru; penugasan lama tetap tercatat.',
    en: 'Archive {name}? They are no longer suggested for new schedules; past assignments stay.',
  },
  archived: { id: '{name} diarsipkan.', en: '{name} archived.' },
  restore: { id: 'Pulihkan instruktur', en: 'Restore instructor' },
  restoreConfirm: {
    id: 'Pulihkan {name}? Instruktur kembali dapat dijadwalkan.',
    en: 'Restore {name}? They can be scheduled again.',
  },
  restored: { id: '{name} dipulihkan.', en: '{name} restored.' },
  confirm: { id: 'Ya, lanjutkan', en: 'Yes, go ahead' },
} as const satisfies Record<string, Localized>;

export type InstructorTextKey = keyof typeof INSTRUCTOR_TEXT;

/** `t` for the instructors screen, in the app's current language. */
export const useInstructorText = textHook(INSTRUCTOR_TEXT);
