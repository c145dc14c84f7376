import type { Localized } from '@blk/domain';
import { textHook } from '../../lib/i18n';

/** Words of the program catalogue screen (the shared dictionary holds the nav label). */
export const CATALOGUE_TEXT = {
  title: { id: 'Program pelatihan', en: 'Training programmes' },
  intro: {
    id: 'Katalog program yang dapat diminta masyarakat. Program yang diarsipkan tidak lagi ditawarkan, tetapi permohonan lamanya tetap memakainya.',
    en: 'The catalogue of programmes the public can ask for. Archived programmes are no longer offered; earlier requests keep them.',
  },
  add: { id: 'Tambah program', en: 'Add programme' },
  search: { id: 'Cari nama atau kode', en: 'Search name or code' },
  status: { id: 'Status', en: 'Status' },
  statusActive: { id: 'Aktif', en: 'Active' },
  statusArchived: { id: 'Diarsipkan', en: 'Archived' },
  statusAll: { id: 'Semua', en: 'All' },
  allKejuruan: { id: 'Semua kejuruan', en: 'All vocational fields' },
  colCode: { id: 'Kode', en: 'Code' },
  colName: { id: 'Nama program', en: 'Programme' },
  colKejuruan: { id: 'Kejuruan', en: 'Vocational field' },
  colDuration: { id: 'Lama', en: 'Length' },
  colParticipants: { id: 'Peserta (min–maks)', en: 'Participants (min–max)' },
  colActions: { id: 'Tindakan', en: 'Actions' },
  duration: { id: '{days} hari · {jp} JP', en: '{days} days · {jp} JP' },
  participants: { id: '{min}–{max} (biasanya {usual})', en: '{min}–{max} (usually {usual})' },
  empty: { id: 'Tidak ada program yang cocok.', en: 'No programme matches.' },
  more: {
    id: 'Hanya 100 program pertama yang ditampilkan; persempit pencarian.',
    en: 'Only the first 100 programmes are shown; narrow the search.',
  },
  edit: { id: 'Ubah', en: 'Edit' },
  editNamed: { id: 'Ubah {name}', en: 'Edit {name}' },
  archive: { id: 'Arsipkan', en: 'Archive' },
  archiveNamed: { id: 'Arsipkan {name}', en: 'Archive {name}' },
  restore: { id: 'Pulihkan', en: 'Restore' },
  restoreNamed: { id: 'Pulihkan {name}', en: 'Restore {name}' },
  archiveTitle: { id: 'Arsipkan {name}?', en: 'Archive {name}?' },
  archiveHint: {
    id: 'Program tidak lagi muncul di katalog publik dan tidak dapat diminta. Permohonan yang sudah ada tetap memakainya. Program dapat dipulihkan kapan saja.',
    en: 'The programme leaves the public catalogue and can no longer be requested. Existing requests keep it. It can be restored at any time.',
  },
  restoreTitle: { id: 'Pulihkan {name}?', en: 'Restore {name}?' },
  restoreHint: {
    id: 'Program kembali ditawarkan di katalog publik.',
    en: 'The programme is offered in the public catalogue again.',
  },
  archived: { id: 'Program {name} diarsipkan.', en: 'Programme {name} archived.' },
  restored: { id: 'Program {name} dipulihkan.', en: 'Programme {name} restored.' },
  created: { id: 'Program {name} ditambahkan.', en: 'Programme {name} added.' },
  updated: { id: 'Program {name} disimpan.', en: 'Programme {name} saved.' },
  stale: {
    id: 'Program ini sudah diubah orang lain, muat ulang',
    en: 'This programme has been changed by someone else, reload it',
  },
  reload: { id: 'Muat ulang', en: 'Reload' },
  cancel: { id: 'Batal', en: 'Cancel' },
  save: { id: 'Simpan', en: 'Save' },
  close: { id: 'Tutup', en: 'Close' },

  fCode: { id: 'Kode program', en: 'Programme code' },
  fCodeHint: { id: 'Mis. GAR-JHT-02; huruf besar, angka, titik, strip.', en: 'E.g. GAR-JHT-02.' },
  fName: { id: 'Nama program', en: 'Programme name' },
  fKejuruan: { id: 'Kejuruan', en: 'Vocational field' },
  fDescription: { id: 'Uraian', en: 'Description' },
  fDurationDays: { id: 'Lama (hari pelatihan)', en: 'Length (training days)' },
  fDurationJp: { id: 'Jam pelajaran (JP)', en: 'Lesson hours (JP)' },
  fDurationJpHint: { id: '1 JP = 45 menit', en: '1 JP = 45 minutes' },
  fClassSizeMin: { id: 'Peserta paling sedikit', en: 'Fewest participants' },
  fClassSizeDefault: { id: 'Peserta biasanya', en: 'Usual class size' },
  fClassSizeMax: { id: 'Peserta paling banyak', en: 'Most participants' },
  fAgeMin: { id: 'Usia minimum', en: 'Minimum age' },
  fAgeMax: { id: 'Usia maksimum', en: 'Maximum age' },
  fAgeHint: { id: 'Kosongkan bila tanpa batas', en: 'Leave empty for no limit' },
  fRequirements: { id: 'Persyaratan peserta', en: 'Participant requirements' },
  fSiteRequirements: {
    id: 'Yang disediakan pemohon di lokasi',
    en: 'What the requester provides on site',
  },
  fListHint: { id: 'Satu butir per baris', en: 'One item per line' },
  fUnits: { id: 'Unit kompetensi', en: 'Competency units' },
  fUnitsHint: {
    id: 'Urut sesuai pengajaran. Jumlah JP unit tidak boleh melebihi JP program ({total} dari {max} JP).',
    en: 'In teaching order. Their JP may not exceed the programme’s ({total} of {max} JP).',
  },
  fUnitCode: { id: 'Kode unit {n}', en: 'Unit {n} code' },
  fUnitTitle: { id: 'Judul unit {n}', en: 'Unit {n} title' },
  fUnitJp: { id: 'JP unit {n}', en: 'Unit {n} JP' },
  addUnit: { id: 'Tambah unit', en: 'Add unit' },
  removeUnit: { id: 'Hapus unit {n}', en: 'Remove unit {n}' },
  noUnits: { id: 'Belum ada unit kompetensi.', en: 'No competency units yet.' },

  kejuruanTitle: { id: 'Kejuruan', en: 'Vocational fields' },
  kejuruanIntro: {
    id: 'Bidang kejuruan pengelompok program. Kodenya tetap; namanya dapat diubah.',
    en: 'The vocational fields programmes belong to. A code stays; the name can change.',
  },
  kejuruanAdd: { id: 'Tambah kejuruan', en: 'Add vocational field' },
  kejuruanCode: { id: 'Kode kejuruan', en: 'Field code' },
  kejuruanCodeHint: {
    id: '2–10 huruf atau angka, mis. LAS',
    en: '2–10 letters or digits, e.g. LAS',
  },
  kejuruanName: { id: 'Nama kejuruan', en: 'Field name' },
  kejuruanRename: { id: 'Ganti nama', en: 'Rename' },
  kejuruanRenameNamed: { id: 'Ganti nama {name}', en: 'Rename {name}' },
  kejuruanCreated: { id: 'Kejuruan {name} ditambahkan.', en: 'Vocational field {name} added.' },
  kejuruanRenamed: {
    id: 'Kejuruan {code} sekarang bernama {name}.',
    en: 'Field {code} is now called {name}.',
  },
} as const satisfies Record<string, Localized>;

export type CatalogueTextKey = keyof typeof CATALOGUE_TEXT;

/** `t` for the catalogue screen, in the app's current language. */
export const useCatalogueText = textHook(CATALOGUE_TEXT);
