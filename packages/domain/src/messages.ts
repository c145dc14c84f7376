/**
 * Catalog of our own validation messages. Schemas carry the key (`'nik.invalid_length'`) as the
 * zod message, and `localizeIssues` turns it into text; `{name}` placeholders come from the
 * issue's params.
 */
export const MESSAGES = {
  'common.required': { id: 'Wajib diisi', en: 'Required' },
  'common.invalid_id': { id: 'ID tidak valid', en: 'Invalid ID' },
  'common.duplicate_items': {
    id: 'Daftar tidak boleh berisi item yang sama dua kali',
    en: 'The list must not contain the same item twice',
  },
  'email.invalid': { id: 'Alamat e-mail tidak valid', en: 'Invalid e-mail address' },
  'date.invalid': {
    id: 'Tanggal tidak valid (format TTTT-BB-HH)',
    en: 'Invalid date (format YYYY-MM-DD)',
  },
  'date.end_before_start': {
    id: 'Tanggal selesai tidak boleh sebelum tanggal mulai',
    en: 'The end date must not be before the start date',
  },
  'date.start_too_early': {
    id: 'Tanggal mulai paling cepat {earliest}',
    en: 'The start date must be {earliest} or later',
  },
  'date.window_too_short': {
    id: 'Rentang tanggal hanya memuat {available} hari kerja, pelatihan butuh {required} hari kerja',
    en: 'The date range has only {available} working days; the training needs {required}',
  },
  'nik.invalid_length': { id: 'NIK harus 16 digit angka', en: 'NIK must be 16 digits' },
  'nik.invalid_province': {
    id: 'Kode provinsi pada NIK tidak dikenal',
    en: 'The province code in the NIK is unknown',
  },
  'nik.invalid_region': {
    id: 'Kode kabupaten/kota atau kecamatan pada NIK tidak valid',
    en: 'The regency or district code in the NIK is invalid',
  },
  'nik.invalid_birth_date': {
    id: 'Tanggal lahir pada NIK tidak valid',
    en: 'The birth date in the NIK is invalid',
  },
  'nik.invalid_serial': {
    id: 'Nomor urut pada NIK tidak boleh 0000',
    en: 'The serial number in the NIK must not be 0000',
  },
  'nik.birth_date_mismatch': {
    id: 'Tanggal lahir tidak sesuai dengan NIK',
    en: 'The birth date does not match the NIK',
  },
  'nik.sex_mismatch': {
    id: 'Jenis kelamin tidak sesuai dengan NIK',
    en: 'The sex does not match the NIK',
  },
  'nip.invalid': { id: 'NIP harus 18 digit angka', en: 'NIP must be 18 digits' },
  'phone.invalid_characters': {
    id: 'Nomor telepon hanya boleh berisi angka, spasi, tanda hubung, titik, tanda kurung, dan + di depan',
    en: 'A phone number may only contain digits, spaces, dashes, dots, parentheses and a leading +',
  },
  'phone.invalid_prefix': {
    id: 'Nomor telepon harus diawali 08, +62, atau kode area yang dikenal (mis. 0717)',
    en: 'A phone number must start with 08, +62 or a known area code (e.g. 0717)',
  },
  'phone.invalid_length': {
    id: 'Nomor HP harus 10–13 digit, diawali 08',
    en: 'A mobile number must have 10–13 digits, starting with 08',
  },
  'phone.invalid_landline_length': {
    id: 'Nomor telepon kantor/rumah tidak lengkap atau terlalu panjang',
    en: 'The landline number is incomplete or too long',
  },
  'region.invalid_code': { id: 'Kode wilayah tidak valid', en: 'Invalid region code' },
  'region.outside_province': {
    id: 'Wilayah harus berada di Provinsi Kepulauan Bangka Belitung',
    en: 'The region must be in Kepulauan Bangka Belitung province',
  },
  'region.not_village': {
    id: 'Pilih desa atau kelurahan',
    en: 'Choose a village (desa or kelurahan)',
  },
  'region.level_mismatch': {
    id: 'Tingkat wilayah tidak sesuai dengan kodenya',
    en: 'The region level does not match its code',
  },
  'region.parent_mismatch': {
    id: 'Induk wilayah tidak sesuai dengan kodenya',
    en: 'The parent region does not match the code',
  },
  'region.parent_missing': {
    id: 'Induk wilayah belum ada di daftar sebelumnya',
    en: 'The parent region does not appear earlier in the list',
  },
  'region.invalid_record': {
    id: 'Data wilayah tidak lengkap atau tidak valid',
    en: 'The region record is incomplete or invalid',
  },
  'region.duplicate': { id: 'Kode wilayah muncul dua kali', en: 'The region code appears twice' },
  'class.too_few_participants': {
    id: 'Jumlah peserta minimal {min} orang untuk program ini',
    en: 'This programme needs at least {min} participants',
  },
  'class.too_many_participants': {
    id: 'Jumlah peserta maksimal {max} orang untuk program ini',
    en: 'This programme takes at most {max} participants',
  },
  'age.too_young': {
    id: 'Usia peserta minimal {min} tahun pada tanggal mulai pelatihan',
    en: 'Participants must be at least {min} years old on the first day of training',
  },
  'age.too_old': {
    id: 'Usia peserta maksimal {max} tahun pada tanggal mulai pelatihan',
    en: 'Participants must be at most {max} years old on the first day of training',
  },
  'request.unknown_program': {
    id: 'Program pelatihan tidak ditemukan atau sudah tidak ditawarkan',
    en: 'The training programme does not exist or is no longer offered',
  },
  'request.program_or_need': {
    id: 'Pilih program pelatihan atau jelaskan kebutuhan pelatihan',
    en: 'Choose a training programme or describe the training you need',
  },
  'tracking.invalid': {
    id: 'Kode pelacakan tidak valid, periksa kembali',
    en: 'Invalid tracking code, please check it',
  },
  'tracking.token_or_phone': {
    id: 'Isi token akses atau nomor HP yang didaftarkan',
    en: 'Enter the access token or the phone number you registered',
  },
  'programme.class_size_order': {
    id: 'Ukuran kelas harus memenuhi minimal ≤ standar ≤ maksimal',
    en: 'Class sizes must satisfy minimum ≤ default ≤ maximum',
  },
  'programme.age_order': {
    id: 'Batas usia minimal tidak boleh lebih dari batas usia maksimal',
    en: 'The minimum age must not exceed the maximum age',
  },
  'programme.units_exceed_jp': {
    id: 'Jumlah JP unit kompetensi ({total}) melebihi durasi program ({max} JP)',
    en: 'The competency units total {total} JP, more than the programme’s {max} JP',
  },
  'programme.invalid_code': {
    id: 'Kode hanya boleh berisi huruf besar, angka, titik, dan tanda hubung',
    en: 'A code may only contain capital letters, digits, dots and dashes',
  },
  'certification.expiry_before_issue': {
    id: 'Tanggal kedaluwarsa harus setelah tanggal terbit',
    en: 'The expiry date must be after the issue date',
  },
  'schedule.days_exceed_range': {
    id: 'Jumlah hari pelatihan melebihi rentang tanggal',
    en: 'The number of training days exceeds the date range',
  },
  'password.too_weak': {
    id: 'Kata sandi harus memuat minimal dua jenis karakter (huruf, angka, simbol) dan tidak berulang',
    en: 'The password needs at least two kinds of characters (letters, digits, symbols) and no repetition',
  },
  'password.same_as_current': {
    id: 'Kata sandi baru harus berbeda dari kata sandi lama',
    en: 'The new password must differ from the current one',
  },
  'role.invalid': { id: 'Kunci peran tidak valid', en: 'Invalid role key' },
} as const satisfies Record<string, { readonly id: string; readonly en: string }>;

export type MessageKey = keyof typeof MESSAGES;

/** True when the text is a key of the message catalog. */
export function isMessageKey(text: string): text is MessageKey {
  return Object.hasOwn(MESSAGES, text);
}
