import type { Localized } from '@blk/domain';
import { textHook } from '../../lib/i18n';

/** Words of the public consultation card (draft editor and review). */
export const CONSULTATION_TEXT = {
  title: { id: 'Konsultasi publik', en: 'Public consultation' },
  intro: {
    id: 'UU 25/2009 pasal 20 ayat (2): rancangan dibahas bersama masyarakat sebelum disahkan. Catat forum konsultasi publik, atau alasan konsultasi tidak diperlukan.',
    en: 'UU 25/2009 art. 20(2): a draft is discussed with the public before it is signed. Record the public consultation forum, or why none was needed.',
  },
  missing: {
    id: 'Belum ada konsultasi publik atau alasan perubahan redaksional: rancangan belum dapat diajukan.',
    en: 'No public consultation or editorial-change reason yet: the draft cannot be submitted.',
  },
  none: { id: 'Tidak ada konsultasi publik tercatat.', en: 'No public consultation recorded.' },
  record: { id: 'Catat konsultasi', en: 'Record a consultation' },
  edit: { id: 'Ubah', en: 'Edit' },
  editOf: { id: 'Ubah konsultasi {date}', en: 'Edit the consultation of {date}' },
  remove: { id: 'Hapus', en: 'Remove' },
  removeOf: { id: 'Hapus konsultasi {date}', en: 'Remove the consultation of {date}' },
  removeConfirm: {
    id: 'Hapus konsultasi {date} beserta berita acaranya?',
    en: 'Remove the consultation of {date} with its berita acara?',
  },
  removed: { id: 'Konsultasi dihapus.', en: 'Consultation removed.' },
  saved: { id: 'Konsultasi tersimpan.', en: 'Consultation saved.' },
  formTitle: { id: 'Konsultasi publik', en: 'Public consultation' },
  heldOn: { id: 'Tanggal', en: 'Date' },
  place: { id: 'Tempat atau media', en: 'Place or medium' },
  placeHint: { id: 'mis. Aula Disnaker, atau Zoom', en: 'e.g. Aula Disnaker, or Zoom' },
  participants: { id: 'Peserta', en: 'Participants' },
  participantNo: { id: 'Peserta {no}', en: 'Participant {no}' },
  name: { id: 'Nama', en: 'Name' },
  organisation: { id: 'Organisasi', en: 'Organisation' },
  category: { id: 'Unsur', en: 'Category' },
  addParticipant: { id: 'Tambah peserta', en: 'Add a participant' },
  removeParticipant: { id: 'Hapus peserta {no}', en: 'Remove participant {no}' },
  inputs: { id: 'Masukan dan keputusan', en: 'Inputs and decisions' },
  inputNo: { id: 'Masukan {no}', en: 'Input {no}' },
  decision: { id: 'Keputusan', en: 'Decision' },
  reason: { id: 'Alasan', en: 'Reason' },
  reasonHint: {
    id: 'Wajib bila masukan diubah atau ditolak.',
    en: 'Required when the input was changed or rejected.',
  },
  addInput: { id: 'Tambah masukan', en: 'Add an input' },
  removeInput: { id: 'Hapus masukan {no}', en: 'Remove input {no}' },
  noInputs: { id: 'Tidak ada masukan.', en: 'No inputs.' },
  beritaAcara: { id: 'Berita acara', en: 'Berita acara (minutes)' },
  beritaAcaraKeep: {
    id: 'Berita acara tersimpan: {name}. Unggah berkas lain untuk menggantinya.',
    en: 'Berita acara on file: {name}. Upload another file to replace it.',
  },
  noBeritaAcara: { id: 'Berita acara belum diunggah.', en: 'No berita acara uploaded yet.' },
  save: { id: 'Simpan konsultasi', en: 'Save the consultation' },
  cancel: { id: 'Batal', en: 'Cancel' },
  confirm: { id: 'Ya, hapus', en: 'Yes, remove' },
  summary: {
    id: '{date} · {place} · {participants} peserta · {inputs} masukan',
    en: '{date} · {place} · {participants} participants · {inputs} inputs',
  },
  editorial: { id: 'Perubahan redaksional', en: 'Editorial change' },
  editorialLabel: {
    id: 'Alasan konsultasi tidak diperlukan',
    en: 'Why no consultation is needed',
  },
  editorialHint: {
    id: 'Hanya untuk perubahan redaksional yang tidak mengubah isi layanan (paling sedikit 10 karakter). Kosongkan untuk menghapus.',
    en: 'Only for an editorial change that does not change the service (10 characters or more). Leave empty to clear.',
  },
  editorialSave: { id: 'Simpan alasan', en: 'Save the reason' },
  editorialSaved: { id: 'Alasan tersimpan.', en: 'Reason saved.' },
  recordedBy: { id: 'Dicatat oleh {name}', en: 'Recorded by {name}' },
} as const satisfies Record<string, Localized>;

/** `t` for the consultation card, in the app's current language. */
export const useConsultationText = textHook(CONSULTATION_TEXT);
