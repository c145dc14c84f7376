import { DEFAULT_LANG, type Lang, type Localized } from './i18n';
import { MESSAGES } from './messages';

/**
 * The closed set of error codes the API puts in GraphQL `extensions.code`, each with the message a
 * user sees. Internal details go to the log, never into these messages.
 */
export const ERROR_MESSAGES = {
  /** The input failed schema or rule validation; `extensions.issues` lists the fields. */
  VALIDATION_FAILED: {
    id: 'Data yang diisi belum benar. Periksa kembali isian yang ditandai.',
    en: 'Some of the data is not valid. Please check the highlighted fields.',
  },
  /** The record does not exist or the caller may not know it exists. */
  NOT_FOUND: { id: 'Data tidak ditemukan.', en: 'Not found.' },
  /** No valid session or API key. */
  UNAUTHENTICATED: { id: 'Silakan masuk terlebih dahulu.', en: 'Please sign in first.' },
  /** Signed in, but the role or API key scope does not allow this. */
  FORBIDDEN: {
    id: 'Anda tidak berwenang melakukan tindakan ini.',
    en: 'You are not allowed to do this.',
  },
  /** Too many requests from this client in the current window. */
  RATE_LIMITED: {
    id: 'Terlalu banyak permintaan. Coba lagi beberapa saat lagi.',
    en: 'Too many requests. Please try again shortly.',
  },
  /** Optimistic-lock check failed: someone else changed the record first. */
  CONFLICT_STALE_VERSION: {
    id: 'Data sudah diubah oleh orang lain. Muat ulang lalu coba lagi.',
    en: 'Someone else changed this data. Reload and try again.',
  },
  /** A unique value (code, e-mail, NIK, …) is already taken. */
  ALREADY_EXISTS: { id: 'Data tersebut sudah ada.', en: 'This already exists.' },
  /** The SOP does not allow this step from the current state or for this role. */
  TRANSITION_NOT_ALLOWED: {
    id: 'Langkah ini tidak dapat dilakukan pada tahap sekarang.',
    en: 'This step is not allowed at the current stage.',
  },
  /** A step's required inputs (SOP kelengkapan) are missing. */
  MISSING_INPUT: {
    id: 'Kelengkapan yang dipersyaratkan untuk langkah ini belum diisi.',
    en: 'The inputs this step requires are missing.',
  },
  /** An instructor or venue is already booked for an overlapping period. */
  SCHEDULE_CONFLICT: {
    id: 'Jadwal bentrok dengan jadwal lain.',
    en: 'The schedule conflicts with another one.',
  },
  /** Wrong e-mail or password; deliberately does not say which. */
  INVALID_CREDENTIALS: {
    id: 'E-mail atau kata sandi salah.',
    en: 'Wrong e-mail or password.',
  },
  /** Too many failed sign-ins; the account is locked for a while. */
  ACCOUNT_LOCKED: {
    id: 'Akun dikunci sementara karena terlalu banyak percobaan masuk.',
    en: 'The account is temporarily locked after too many sign-in attempts.',
  },
  /** The request body or upload is larger than allowed. */
  PAYLOAD_TOO_LARGE: {
    id: 'Ukuran data atau berkas terlalu besar.',
    en: 'The data or file is too large.',
  },
  /** The uploaded file's type is not accepted. */
  UNSUPPORTED_FILE_TYPE: {
    id: 'Jenis berkas tidak didukung.',
    en: 'This file type is not supported.',
  },
  /** The satisfaction survey for this request was already answered. */
  SURVEY_ALREADY_SUBMITTED: {
    id: 'Survei untuk permohonan ini sudah diisi. Terima kasih.',
    en: 'The survey for this request has already been submitted. Thank you.',
  },
  /** An idempotency key was sent again with different data; a new submission needs a new key. */
  IDEMPOTENCY_KEY_REUSED: {
    id: 'Kunci pengiriman ini sudah dipakai untuk data yang berbeda. Muat ulang formulir lalu kirim lagi.',
    en: 'This submission key was already used with different data. Reload the form and submit again.',
  },
  /** A change to a class (participants, attendance, scores) after its training was finished. */
  CLASS_FINISHED: {
    id: 'Pelatihan kelas ini sudah diselesaikan, jadi peserta, kehadiran dan nilainya tidak dapat diubah lagi. Hubungi koordinator instruktur bila ada yang perlu dibetulkan.',
    en: 'This class’s training has been finished, so its participants, attendance and scores can no longer be changed. Ask the instructor coordinator if something needs correcting.',
  },
  /**
   * The device's training session was revoked by the admin (or ended with a password reset or
   * a deactivated account): nothing it sends is applied until its owner signs in again.
   */
  DEVICE_SESSION_REVOKED: {
    id: 'Perangkat ini sudah dikeluarkan: sesi perangkatnya dicabut (oleh admin, atau karena kata sandi akun diganti). Perubahan yang belum terkirim tidak diterapkan dan tetap tersimpan di perangkat ini. Masuk lagi untuk memeriksa dan mengirimnya, atau hubungi admin.',
    en: 'This device has been signed out: its device session was revoked (by the admin, or because the account’s password changed). Changes not yet sent were not applied and stay on this device. Sign in again to check and send them, or contact the admin.',
  },
  /**
   * An SOP or service-standard draft sent for approval without a public consultation on record
   * and without a recorded reason none was needed (UU 25/2009 pasal 20(2)); see
   * `consultationRequirement`.
   */
  CONSULTATION_REQUIRED: MESSAGES['consultation.required'],
  /** Anything unexpected; details are only in the server log. */
  INTERNAL: {
    id: 'Terjadi kesalahan pada sistem. Silakan coba lagi nanti.',
    en: 'Something went wrong on our side. Please try again later.',
  },
} as const satisfies Record<string, Localized>;

export type ErrorCode = keyof typeof ERROR_MESSAGES;

/** Every error code, in declaration order (for the GraphQL enum and docs). */
export const ERROR_CODES = Object.keys(ERROR_MESSAGES) as readonly ErrorCode[];

/** True when a string is one of the API error codes. */
export function isErrorCode(code: string): code is ErrorCode {
  return Object.hasOwn(ERROR_MESSAGES, code);
}

/** The user-facing message for an error code. */
export function errorMessage(code: ErrorCode, lang: Lang = DEFAULT_LANG): string {
  return ERROR_MESSAGES[code][lang];
}
