import type { Localized } from '@blk/domain';
import { textHook } from '../../lib/i18n';

/** Words of the service standard (Standar Pelayanan) editor, kept beside it. */
export const STANDARD_TEXT = {
  title: { id: 'Standar pelayanan', en: 'Service standard' },
  intro: {
    id: 'Versi Standar Pelayanan (PermenPANRB 15/2014): disusun, diajukan, ditandatangani kepala dinas bersama Maklumat Pelayanan, lalu diterbitkan ke halaman publik.',
    en: 'Versions of the service standard (PermenPANRB 15/2014): drafted, submitted, signed by the head of office with the Maklumat Pelayanan, then published on the public site.',
  },
  newVersion: { id: 'Buat versi baru', en: 'Create a new version' },
  newVersionHint: {
    id: 'Draf baru disalin dari versi yang berlaku.',
    en: 'The new draft is copied from the version in force.',
  },
  noneInForce: {
    id: 'Belum ada versi yang berlaku untuk disalin.',
    en: 'No version is in force to copy from.',
  },
  openDraft: {
    id: 'Sudah ada draf v{no} yang belum diajukan.',
    en: 'Draft v{no} is still open.',
  },
  created: { id: 'Draf v{no} dibuat.', en: 'Draft v{no} created.' },
  colVersion: { id: 'Versi', en: 'Version' },
  colStatus: { id: 'Status', en: 'Status' },
  colCreated: { id: 'Disusun', en: 'Drafted' },
  colCreatedBy: { id: 'Disusun oleh', en: 'Drafted by' },
  colApproved: { id: 'Ditandatangani', en: 'Signed' },
  colEffective: { id: 'Berlaku sejak', en: 'In force since' },
  inForce: { id: 'Berlaku', en: 'In force' },
  draft: { id: 'Draf', en: 'Draft' },
  submitted: { id: 'Diajukan', en: 'Submitted' },
  approved: { id: 'Ditandatangani', en: 'Signed' },
  published: { id: 'Diterbitkan', en: 'Published' },
  superseded: { id: 'Diganti', en: 'Superseded' },
  empty: { id: 'Belum ada versi.', en: 'No version yet.' },
  back: { id: 'Semua versi', en: 'All versions' },
  versionTitle: { id: 'Standar pelayanan v{no}', en: 'Service standard v{no}' },
  notFound: { id: 'Versi ini tidak ditemukan.', en: 'This version was not found.' },
  draftedBy: { id: 'Disusun oleh {name}, {when}', en: 'Drafted by {name}, {when}' },
  signedBy: { id: 'Ditandatangani {name}, {when}', en: 'Signed by {name}, {when}' },
  effectiveSince: { id: 'Berlaku sejak {when}', en: 'In force since {when}' },
  sopLink: {
    id: 'Jangka waktu dihitung dari SOP versi {no}',
    en: 'Completion time is computed from SOP version {no}',
  },
  sopNotInForce: {
    id: 'SOP versi ini belum berlaku; penerbitan akan ditolak sampai SOP tersebut berlaku.',
    en: 'This SOP version is not in force; publishing is refused until it is.',
  },
  tabContent: { id: 'Isi standar', en: 'Content' },
  tabPreview: { id: 'Pratinjau halaman publik', en: 'Public page preview' },
  tabDiff: { id: 'Perbedaan dengan v{no} (berlaku)', en: 'Changes against v{no} (in force)' },
  tabDiffNone: { id: 'Perbedaan', en: 'Changes' },
  published6: {
    id: 'Komponen pelayanan (dipublikasikan)',
    en: 'Service delivery components (published)',
  },
  internal8: { id: 'Komponen pengelolaan (internal)', en: 'Management components (internal)' },
  publicBadge: { id: 'Publik', en: 'Public' },
  internalBadge: { id: 'Internal', en: 'Internal' },
  changedBadge: { id: 'Berubah', en: 'Changed' },
  item: { id: '{label}, butir {n}', en: '{label}, item {n}' },
  addItem: { id: 'Tambah butir', en: 'Add item' },
  addItemTo: { id: 'Tambah butir pada {label}', en: 'Add an item to {label}' },
  removeItem: { id: 'Hapus butir {n} dari {label}', en: 'Remove item {n} from {label}' },
  jangkaWaktuNote: {
    id: 'Di halaman publik, jangka waktu dihitung dari waktu standar SOP: {lines}',
    en: 'On the public page the completion time is computed from the SOP time standards: {lines}',
  },
  maklumat: { id: 'Maklumat Pelayanan', en: 'Maklumat Pelayanan (service pledge)' },
  maklumatHint: {
    id: 'Janji pelayanan kepada masyarakat yang ditandatangani kepala dinas (paling sedikit 20 karakter).',
    en: 'The promise to the public signed by the head of office (at least 20 characters).',
  },
  responseDays: { id: 'Batas waktu jawaban pengaduan', en: 'Complaint answer time' },
  responseDaysHint: { id: 'Hari kerja (1–60).', en: 'Working days (1–60).' },
  responseDaysValue: { id: '{n} hari kerja', en: '{n} working days' },
  save: { id: 'Simpan draf', en: 'Save draft' },
  saved: { id: 'Draf disimpan.', en: 'Draft saved.' },
  submit: { id: 'Simpan dan ajukan', en: 'Save and submit' },
  submittedDone: {
    id: 'Diajukan kepada kepala dinas untuk ditandatangani.',
    en: 'Submitted to the head of office for signature.',
  },
  approve: {
    id: 'Setujui dan tandatangani beserta Maklumat',
    en: 'Approve and sign with the Maklumat',
  },
  approveHint: {
    id: 'Dengan menandatangani, Anda menyetujui standar ini dan Maklumat Pelayanan di bawah.',
    en: 'By signing you approve this standard and the Maklumat Pelayanan below.',
  },
  approvedDone: { id: 'Standar dan Maklumat ditandatangani.', en: 'Standard and Maklumat signed.' },
  publish: { id: 'Terbitkan ke halaman publik', en: 'Publish to the public site' },
  publishHint: {
    id: 'Versi yang berlaku sekarang akan diganti.',
    en: 'The version in force now will be superseded.',
  },
  publishedDone: {
    id: 'Diterbitkan: halaman publik sekarang menampilkan versi ini.',
    en: 'Published: the public page now shows this version.',
  },
  waitSigner: {
    id: 'Menunggu tanda tangan kepala dinas.',
    en: 'Waiting for the head of office to sign.',
  },
  waitPublish: {
    id: 'Menunggu diterbitkan oleh kepala dinas.',
    en: 'Waiting for the head of office to publish.',
  },
  readOnly: {
    id: 'Hanya draf yang dapat diubah; versi ini hanya dapat dibaca.',
    en: 'Only drafts can change; this version is read-only.',
  },
  stale: {
    id: 'Versi ini sudah diubah orang lain. Muat ulang lalu ulangi perubahan Anda.',
    en: 'Someone else changed this version. Reload, then redo your change.',
  },
  reload: { id: 'Muat ulang', en: 'Reload' },
  closeNotice: { id: 'Tutup pesan', en: 'Close the message' },
  invalidForm: {
    id: 'Periksa isian yang ditandai.',
    en: 'Check the marked fields.',
  },
  noChanges: {
    id: 'Tidak ada perbedaan dengan versi yang berlaku.',
    en: 'No difference from the version in force.',
  },
  noInForce: { id: 'Belum ada versi yang berlaku.', en: 'No version is in force.' },
  thisInForce: {
    id: 'Versi inilah yang sedang berlaku.',
    en: 'This is the version in force.',
  },
  changedCount: {
    id: '{n} dari 14 komponen berubah.',
    en: '{n} of 14 components changed.',
  },
  before: { id: 'Sebelumnya (v{no})', en: 'Before (v{no})' },
  after: { id: 'Sekarang', en: 'Now' },
  removed: { id: 'dihapus', en: 'removed' },
  added: { id: 'ditambah', en: 'added' },
  previewLabel: { id: 'Pratinjau halaman publik', en: 'Public page preview' },
  previewNote: {
    id: 'Seperti yang akan dilihat masyarakat di halaman Standar Pelayanan.',
    en: 'As the public will see it on the service standard page.',
  },
  previewTitle: { id: 'Standar Pelayanan', en: 'Service standard' },
  previewIntro: {
    id: 'Standar Pelayanan BLK on the Spot, versi {no}, sesuai PermenPANRB 15/2014.',
    en: 'The BLK on the Spot service standard, version {no}, per PermenPANRB 15/2014.',
  },
  previewEffective: { id: 'Berlaku sejak', en: 'In force since' },
  previewMaklumat: { id: 'Maklumat Pelayanan', en: 'Service pledge (Maklumat Pelayanan)' },
} as const satisfies Record<string, Localized>;

export type StandardTextKey = keyof typeof STANDARD_TEXT;

/** `t` for the service standard screens, in the app's current language. */
export const useStandardText = textHook(STANDARD_TEXT);
