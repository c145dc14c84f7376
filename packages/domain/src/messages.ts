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
  'consultation.reason_required': {
    id: 'Tuliskan alasan keputusan atas masukan yang diubah atau ditolak',
    en: 'Give the reason for an input that was changed or rejected',
  },
  'consultation.required': {
    id: 'Rancangan ini belum dikonsultasikan kepada publik. Catat konsultasi publik, atau tuliskan alasan konsultasi tidak diperlukan (perubahan redaksional).',
    en: 'This draft has not been through public consultation. Record a consultation, or give the reason none was needed (an editorial change).',
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
  'date.start_too_late': {
    id: 'Tanggal mulai paling lambat {latest} ({months} bulan dari sekarang)',
    en: 'The start date must be {latest} or earlier ({months} months from now)',
  },
  'date.window_too_long': {
    id: 'Rentang tanggal paling lama {months} bulan; tanggal selesai paling lambat {latest}',
    en: 'The date range may span at most {months} months; the end date must be {latest} or earlier',
  },
  'date.out_of_range': {
    id: 'Tanggal atau jumlah hari di luar rentang yang dapat diproses (tahun 0001–9999)',
    en: 'The date or number of days is outside the range that can be processed (years 0001–9999)',
  },
  'number.required': { id: 'Isi angkanya', en: 'Enter a number' },
  'number.invalid': {
    id: 'Bukan angka: tulis angka saja, desimal dengan koma (contoh 72,5)',
    en: 'Not a number: write digits only, decimals with a comma or point (e.g. 72,5 or 72.5)',
  },
  'number.ambiguous': {
    id: 'Angka tidak jelas: pakai koma untuk desimal dan titik untuk ribuan (contoh 72,5 atau 1.234,5)',
    en: 'Unclear number: use a comma for decimals and dots for thousands (e.g. 72,5 or 1.234,5)',
  },
  'text.control_character': {
    id: 'Teks berisi karakter kontrol yang tidak terlihat; hapus lalu ketik ulang',
    en: 'The text contains invisible control characters; delete them and type it again',
  },
  'text.single_line': {
    id: 'Isian ini harus satu baris, tanpa ganti baris atau tab',
    en: 'This field must be a single line, without line breaks or tabs',
  },
  'text.invalid_unicode': {
    id: 'Teks berisi karakter yang rusak (Unicode tidak valid); ketik ulang',
    en: 'The text contains a broken character (invalid Unicode); please type it again',
  },
  'json.too_deep': {
    id: 'Data JSON terlalu dalam (maksimal {max} tingkat)',
    en: 'The JSON data is nested too deeply (at most {max} levels)',
  },
  'json.too_large': {
    id: 'Data JSON terlalu besar (maksimal {max} nilai)',
    en: 'The JSON data is too large (at most {max} values)',
  },
  'json.invalid': {
    id: 'Data harus berupa JSON yang valid',
    en: 'The data must be valid JSON',
  },
  'nip.invalid_length': { id: 'NIP harus 18 digit angka', en: 'A NIP must be 18 digits' },
  'nip.invalid_birth_date': {
    id: 'Tanggal lahir pada NIP (8 digit pertama) tidak valid',
    en: 'The birth date in the NIP (first 8 digits) is not a valid date',
  },
  'nip.invalid_appointment': {
    id: 'Bulan pengangkatan pada NIP (digit 9-14) tidak valid',
    en: 'The month of appointment in the NIP (digits 9-14) is not valid',
  },
  'nip.invalid_sex': {
    id: 'Digit ke-15 NIP harus 1 (laki-laki) atau 2 (perempuan)',
    en: 'The 15th digit of a NIP must be 1 (male) or 2 (female)',
  },
  'nip.invalid_serial': {
    id: 'Nomor urut NIP (3 digit terakhir) tidak boleh 000',
    en: 'The serial number of a NIP (last 3 digits) cannot be 000',
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
  'privacy.consent_required': {
    id: 'Centang persetujuan atas pemberitahuan privasi untuk melanjutkan',
    en: 'Tick your agreement to the privacy notice to continue',
  },
  'privacy.one_identifier': {
    id: 'Isi tepat satu: NIK, nomor telepon, atau e-mail',
    en: 'Give exactly one of NIK, phone number or e-mail',
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
  'tracking.token_invalid': {
    id: 'Token akses terdiri dari 16 huruf dan angka, misalnya 7K2M-9QXD-4HTB-RW3E; periksa kembali',
    en: 'The access token has 16 letters and digits, e.g. 7K2M-9QXD-4HTB-RW3E; please check it',
  },
  'tracking.submitted': { id: 'Permohonan diterima', en: 'Request received' },
  'upload.not_found': {
    id: 'Berkas unggahan tidak ditemukan atau sudah lewat 24 jam; unggah ulang berkasnya',
    en: 'The upload was not found or is older than 24 hours; please upload the file again',
  },
  'answer.too_many_documents': {
    id: 'Kirim paling banyak {max} berkas sekaligus',
    en: 'Send at most {max} files at once',
  },
  'answer.document_required': {
    id: 'Lampirkan berkas yang diminta petugas',
    en: 'Attach the document the office asked for',
  },
  'upload.kind_not_allowed': {
    id: 'Jenis dokumen ini hanya dapat dilampirkan oleh petugas',
    en: 'Only staff can attach this kind of document',
  },
  'transition.wrong_role': {
    id: 'Anda tidak berwenang melakukan langkah ini',
    en: 'You are not allowed to take this step',
  },
  'transition.wrong_state': {
    id: 'Langkah ini tidak dapat dilakukan pada tahap permohonan saat ini',
    en: 'This step cannot be taken at the request’s current stage',
  },
  'transition.unknown_action': {
    id: 'Langkah ini tidak ada dalam SOP',
    en: 'This step does not exist in the SOP',
  },
  'transition.missing_input': {
    id: 'Kelengkapan ini wajib diisi',
    en: 'This input is required',
  },
  'transition.invalid_input': {
    id: 'Isian ini tidak sesuai ketentuan SOP',
    en: 'This input does not meet the SOP’s rules',
  },
  'transition.not_assigned': {
    id: 'Hanya petugas yang ditugaskan pada permohonan ini yang dapat melakukan langkah ini',
    en: 'Only staff assigned to this request may take this step',
  },
  'transition.not_yet_due': {
    id: 'Langkah otomatis ini baru dapat dilakukan setelah batas waktu tahap berakhir',
    en: 'This automatic step can only be taken once the stage’s deadline has passed',
  },
  'transition.reason_required': {
    id: 'Data belum sesuai (lihat peringatan); tuliskan alasan untuk tetap melanjutkan',
    en: 'The data is not in order (see the warnings); give a reason to proceed anyway',
  },
  'transition.class_over_size': {
    id: 'Jumlah peserta melebihi ukuran kelas program',
    en: 'The class holds more participants than the programme allows',
  },
  'warning.before_first_day': {
    id: 'Hari ini belum hari pertama pelatihan ({day})',
    en: 'Today is before the first training day ({day})',
  },
  'warning.before_last_day': {
    id: 'Hari ini belum hari terakhir pelatihan ({day})',
    en: 'Today is before the last training day ({day})',
  },
  'warning.no_participants': {
    id: 'Belum ada peserta terdaftar di kelas ini',
    en: 'No participant is enrolled in this class',
  },
  'warning.attendance_missing': {
    id: 'Kehadiran belum lengkap untuk {days} dari {held} hari pelatihan',
    en: 'Attendance is incomplete for {days} of {held} training days',
  },
  'warning.scores_missing': {
    id: 'Nilai pre-test/post-test belum lengkap untuk {participants} dari {of} peserta',
    en: 'Pre-test/post-test scores are missing for {participants} of {of} participants',
  },
  'feedback.status.received': { id: 'Diterima', en: 'Received' },
  'feedback.status.in_progress': { id: 'Sedang ditangani', en: 'Being handled' },
  'feedback.status.answered': { id: 'Sudah dijawab', en: 'Answered' },
  'feedback.status.closed': { id: 'Selesai', en: 'Closed' },
  'program.class_size_order': {
    id: 'Ukuran kelas harus memenuhi minimal ≤ standar ≤ maksimal',
    en: 'Class sizes must satisfy minimum ≤ default ≤ maximum',
  },
  'program.age_order': {
    id: 'Batas usia minimal tidak boleh lebih dari batas usia maksimal',
    en: 'The minimum age must not exceed the maximum age',
  },
  'program.units_exceed_jp': {
    id: 'Jumlah JP unit kompetensi ({total}) melebihi durasi program ({max} JP)',
    en: 'The competency units total {total} JP, more than the programme’s {max} JP',
  },
  'program.invalid_code': {
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
  'schedule.conflict_double_booking': {
    id: '{instructor} sudah ditugaskan pada pelatihan {trackingCode} tanggal {start} s.d. {end}',
    en: '{instructor} is already assigned to training {trackingCode} from {start} to {end}',
  },
  'schedule.conflict_not_qualified': {
    id: '{instructor} tidak memiliki kompetensi untuk program pelatihan ini',
    en: '{instructor} is not qualified for this training programme',
  },
  'schedule.conflict_no_certificate': {
    id: '{instructor} belum memiliki sertifikat kompetensi untuk program pelatihan ini',
    en: '{instructor} holds no competency certificate for this training programme',
  },
  'schedule.conflict_certificate_expired': {
    id: 'Sertifikat kompetensi {instructor} berlaku sampai {expiresOn}, sebelum pelatihan selesai',
    en: '{instructor}’s competency certificate is valid until {expiresOn}, before the training ends',
  },
  'schedule.conflict_travel': {
    id: '{instructor} bertugas di Pulau {otherIsland} ({trackingCode}, {start} s.d. {end}); perjalanan antarpulau memerlukan jeda minimal {days} hari kerja',
    en: '{instructor} is teaching on {otherIsland} ({trackingCode}, {start} to {end}); inter-island travel needs a gap of at least {days} working days',
  },
  'schedule.unknown_instructor': {
    id: 'Instruktur tidak ditemukan atau tidak aktif',
    en: 'The instructor does not exist or is inactive',
  },
  'schedule.no_program': {
    id: 'Tentukan program pelatihan pada permohonan atau hasil asesmen sebelum menjadwalkan',
    en: 'Set the training programme on the request or in the assessment before scheduling',
  },
  'schedule.cancelled': {
    id: 'Jadwal ini sudah dibatalkan',
    en: 'This schedule has been cancelled',
  },
  'participant.duplicate_in_file': {
    id: 'NIK sama dengan baris {row} pada berkas ini',
    en: 'Same NIK as row {row} of this file',
  },
  'participant.already_enrolled': {
    id: 'NIK ini sudah terdaftar di kelas ini',
    en: 'This NIK is already enrolled in this class',
  },
  'participant.class_full': {
    id: 'Kelas sudah penuh (maksimal {max} peserta)',
    en: 'The class is full (at most {max} participants)',
  },
  'import.too_many_rows': {
    id: 'Berkas berisi {count} baris; maksimal {max} baris sekali impor',
    en: 'The file has {count} rows; at most {max} rows can be imported at once',
  },
  'import.no_rows': {
    id: 'Berkas tidak berisi baris peserta',
    en: 'The file holds no participant rows',
  },
  'attendance.not_in_class': {
    id: 'Peserta tidak terdaftar pada kelas ini',
    en: 'The participant is not in this class',
  },
  'workflow.per_schedule': { id: 'Sesuai jadwal pelatihan', en: 'Per the training schedule' },
  'workflow.working_days': { id: '{n} hari kerja', en: '{n} working days' },
  'workflow.working_hours': { id: '{n} jam kerja', en: '{n} working hours' },
  'password.too_weak': {
    id: 'Kata sandi harus memuat minimal dua jenis karakter (huruf, angka, simbol) dan tidak berulang',
    en: 'The password needs at least two kinds of characters (letters, digits, symbols) and no repetition',
  },
  'password.same_as_current': {
    id: 'Kata sandi baru harus berbeda dari kata sandi lama',
    en: 'The new password must differ from the current one',
  },
  'role.invalid': { id: 'Kunci peran tidak valid', en: 'Invalid role key' },
  'role.unknown': { id: 'Peran tidak ditemukan', en: 'This role does not exist' },
  'sop_review.corrective_action_required': {
    id: 'Tuliskan tindakan perbaikan untuk langkah yang tidak berjalan baik',
    en: 'Give the corrective action for a step that did not run well',
  },
  'sop_review.steps_mismatch': {
    id: 'Setiap langkah pelaksana SOP versi ini dinilai tepat satu kali',
    en: 'Rate every step of this SOP version that staff carry out, exactly once',
  },
  'sop_review.period_in_future': {
    id: 'Periode evaluasi tidak boleh melewati hari ini',
    en: 'The review period cannot end after today',
  },
  'sop_review.period_before_version': {
    id: 'Periode evaluasi dimulai sebelum versi SOP ini berlaku',
    en: 'The review period starts before this SOP version came into force',
  },
  'sop_review.period_overlap': {
    id: 'Periode ini bertumpang tindih dengan evaluasi lain atas versi SOP yang sama',
    en: 'This period overlaps another review of the same SOP version',
  },
  'staff.own_account': {
    id: 'Anda tidak dapat menonaktifkan atau mengubah peran akun Anda sendiri',
    en: 'You cannot deactivate your own account or change its role',
  },
  'program.unknown_kejuruan': {
    id: 'Kejuruan tidak ditemukan',
    en: 'This vocational field (kejuruan) does not exist',
  },
  'holiday.national_always_off': {
    id: 'Hanya cuti bersama yang dapat ditetapkan sebagai hari kerja',
    en: 'Only a joint leave day (cuti bersama) can be made a working day',
  },
  'api_key.read_only': {
    id: 'Kunci API hanya dapat diberi izin baca',
    en: 'API keys can only be given read scopes',
  },
  'sop.invalid_format': {
    id: 'Format definisi SOP tidak sesuai: {message}',
    en: 'The SOP definition has the wrong format: {message}',
  },
  'sop.duplicate_step_key': {
    id: 'Kunci langkah "{key}" dipakai lebih dari sekali',
    en: 'Step key "{key}" is used more than once',
  },
  'sop.duplicate_action_key': {
    id: 'Kunci tindakan "{key}" dipakai lebih dari sekali pada langkah yang sama',
    en: 'Action key "{key}" is used more than once on the same step',
  },
  'sop.duplicate_input_key': {
    id: 'Kunci isian "{key}" dipakai lebih dari sekali',
    en: 'Input key "{key}" is used more than once',
  },
  'sop.start_count': {
    id: 'SOP harus memiliki tepat satu langkah mulai (sekarang {count})',
    en: 'The SOP must have exactly one start step (now {count})',
  },
  'sop.unknown_role': {
    id: 'Pelaksana "{role}" tidak dikenal',
    en: 'Unknown executor role "{role}"',
  },
  'sop.unknown_target': {
    id: 'Tindakan menuju langkah "{to}" yang tidak ada',
    en: 'An action leads to step "{to}", which does not exist',
  },
  'sop.unknown_source': {
    id: 'Tindakan umum menyebut langkah "{step}" yang tidak ada',
    en: 'A global action names step "{step}", which does not exist',
  },
  'sop.unreachable_step': {
    id: 'Langkah "{step}" tidak dapat dicapai dari langkah mulai',
    en: 'Step "{step}" cannot be reached from the start',
  },
  'sop.no_path_to_end': {
    id: 'Dari langkah "{step}" tidak ada jalan menuju langkah selesai',
    en: 'No path leads from step "{step}" to an end step',
  },
  'sop.decision_branches': {
    id: 'Langkah keputusan harus memiliki tepat satu cabang ya dan satu cabang tidak',
    en: 'A decision step needs exactly one yes branch and one no branch',
  },
  'sop.branch_outside_decision': {
    id: 'Cabang ya/tidak hanya boleh pada langkah keputusan',
    en: 'Yes/no branches are only allowed on decision steps',
  },
  'sop.multiple_forward_exits': {
    id: 'Langkah "{step}" punya lebih dari satu jalan maju ({actions}); pilihan di antaranya adalah keputusan: jadikan langkah keputusan atau tambahkan keputusan di akhir langkah',
    en: 'Step "{step}" has more than one way forward ({actions}); choosing between them is a decision: make it a decision step or add a decision at the end of the step',
  },
  'sop.decision_on_decision_or_end': {
    id: 'Keputusan di akhir langkah hanya untuk langkah mulai atau proses',
    en: 'A decision at the end of a step is only for start or process steps',
  },
  'sop.end_has_actions': {
    id: 'Langkah selesai tidak boleh memiliki tindakan lanjutan',
    en: 'An end step must not have outgoing actions',
  },
  'sop.missing_time_standard': {
    id: 'Langkah ini belum memiliki mutu baku waktu',
    en: 'This step has no time standard',
  },
  'sop.non_positive_time_standard': {
    id: 'Mutu baku waktu harus lebih dari nol (sekarang {value})',
    en: 'The time standard must be greater than zero (now {value})',
  },
  'sop.non_integer_working_days': {
    id: 'Mutu baku waktu dalam hari kerja harus bilangan bulat (sekarang {value})',
    en: 'A time standard in working days must be a whole number (now {value})',
  },
  'sop.staff_action_without_role': {
    id: 'Tindakan "{action}" tidak memiliki pelaksana dari pegawai',
    en: 'Action "{action}" has no staff role to take it',
  },
  'sop.roles_on_non_staff_action': {
    id: 'Tindakan "{action}" oleh pemohon atau sistem tidak boleh menyebut peran pegawai',
    en: 'Action "{action}" of the requester or system must not name staff roles',
  },
  'sop.system_action_without_time_standard': {
    id: 'Tindakan otomatis "{action}" memerlukan mutu baku waktu pada langkahnya',
    en: 'Automatic action "{action}" needs a time standard on its step',
  },
  'sop.choice_without_options': {
    id: 'Isian pilihan "{key}" belum memiliki daftar pilihan',
    en: 'Choice input "{key}" lists no options',
  },
  'sop.unknown_input_reference': {
    id: 'Aturan isian menyebut isian "{field}" yang tidak ada pada langkah ini',
    en: 'An input rule names "{field}", which this step does not have',
  },
  'sop.unknown_schedule_step': {
    id: 'Langkah penjadwalan "{step}" tidak ada',
    en: 'The scheduling step "{step}" does not exist',
  },
  'sop.schedule_input_not_date': {
    id: 'Isian jadwal "{key}" harus berupa tanggal wajib pada langkah penjadwalan',
    en: 'Schedule input "{key}" must be a required date input of the scheduling step',
  },
  'sop.jadwal_without_schedule': {
    id: 'Ada langkah dengan waktu "sesuai jadwal" tetapi langkah penjadwalan belum ditentukan',
    en: 'A step is due "per schedule" but no scheduling step is named',
  },
  'sop.effect_unknown_input': {
    id: 'Efek menyebut isian "{key}" yang tidak ada pada tindakan ini',
    en: 'An effect names "{key}", which this action does not have',
  },
  'sop.effect_input_type': {
    id: 'Isian "{key}" tidak sesuai untuk efek ini (jenis yang diharapkan: {expected}; wajib: {required})',
    en: 'Input "{key}" does not fit this effect (expected type: {expected}; required: {required})',
  },
  'sop.effect_unknown_attachment_kind': {
    id: 'Jenis lampiran "{kind}" tidak dikenal',
    en: 'Unknown attachment kind "{kind}"',
  },
  'sop.effect_wrong_actor': {
    id: 'Efek "{type}" tidak dapat dipasang pada tindakan oleh {actor}',
    en: 'Effect "{type}" cannot sit on an action taken by {actor}',
  },
  'sop.duplicate_effect': {
    id: 'Efek "{type}" tercantum dua kali pada satu tindakan',
    en: 'Effect "{type}" is listed twice on one action',
  },
  'sop.effect_without_schedule': {
    id: 'Efek "{type}" memerlukan kelas, tetapi tidak ada tindakan yang membuat jadwal (createSchedule)',
    en: 'Effect "{type}" needs a class, but no action creates the schedule (createSchedule)',
  },
  'sop.schedule_source_count': {
    id: 'Hanya satu tindakan yang boleh membuat jadwal pelatihan (createSchedule)',
    en: 'Only one action may create the training schedule (createSchedule)',
  },
  'sop.version_has_problems': {
    id: 'Versi ini masih memiliki masalah dan tidak dapat disahkan',
    en: 'This version still has problems and cannot be approved',
  },
  // Refusals of the HTTP layer and of GraphQL itself (apps/api/src/http). The English texts are
  // for completeness: English callers get graphql-js's own, more precise, message.
  'http.invalid_json': {
    id: 'Badan permintaan bukan JSON yang valid',
    en: 'The request body is not valid JSON',
  },
  'http.invalid_utf8': {
    id: 'Badan permintaan harus berupa teks UTF-8 yang valid',
    en: 'The request body must be valid UTF-8 text',
  },
  'http.bad_request': {
    id: 'Permintaan HTTP ke API tidak valid',
    en: 'The HTTP request to the API is not valid',
  },
  'http.empty_body': {
    id: 'Badan permintaan kosong atau bukan JSON (kirim content-type: application/json)',
    en: 'POST body missing, invalid Content-Type, or JSON object has no keys',
  },
  'http.batching_disabled': {
    id: 'Beberapa operasi dalam satu permintaan (batch) tidak didukung',
    en: 'Operation batching is disabled',
  },
  'http.query_missing': {
    id: 'Permintaan harus memuat teks kueri GraphQL (`query`) yang tidak kosong',
    en: 'GraphQL operations must contain a non-empty `query`',
  },
  'http.csrf_blocked': {
    id: 'Permintaan diblokir sebagai kemungkinan CSRF: kirim header content-type: application/json atau apollo-require-preflight',
    en: 'Blocked as a potential cross-site request forgery: send content-type: application/json or apollo-require-preflight',
  },
  'http.persisted_query_not_supported': {
    id: 'Persisted query tidak didukung; kirim teks kueri lengkap',
    en: 'Persisted queries are not supported; send the full query text',
  },
  'graphql.syntax_error': {
    id: 'Kueri GraphQL tidak dapat dibaca: kesalahan sintaks pada baris {line}, kolom {column}',
    en: 'Syntax error in the GraphQL query at line {line}, column {column}',
  },
  'graphql.too_many_tokens': {
    id: 'Kueri terlalu panjang: lebih dari {max} token',
    en: 'The query is too long: more than {max} tokens',
  },
  'graphql.limit_aliases': {
    id: 'Kueri memakai terlalu banyak alias: {found}, batasnya {max}',
    en: 'The query uses too many aliases: {found}, the limit is {max}',
  },
  'graphql.limit_depth': {
    id: 'Kueri terlalu dalam: {found} tingkat, batasnya {max}',
    en: 'The query is nested too deeply: {found} levels, the limit is {max}',
  },
  'graphql.limit_cost': {
    id: 'Perkiraan biaya kueri terlalu besar: {found}, batasnya {max}; minta halaman yang lebih kecil',
    en: 'The estimated query cost is too high: {found}, the limit is {max}; ask for smaller pages',
  },
  'graphql.limit_directives': {
    id: 'Kueri memakai terlalu banyak direktif: {found}, batasnya {max}',
    en: 'The query uses too many directives: {found}, the limit is {max}',
  },
  'graphql.unknown_field': {
    id: 'Kolom "{field}" tidak ada pada tipe "{type}"',
    en: 'Cannot query field "{field}" on type "{type}"',
  },
  'graphql.unknown_argument': {
    id: 'Argumen "{argument}" tidak dikenal pada kolom "{field}"',
    en: 'Unknown argument "{argument}" on field "{field}"',
  },
  'graphql.missing_argument': {
    id: 'Argumen wajib "{argument}" (tipe "{type}") pada kolom "{field}" belum diisi',
    en: 'Field "{field}" argument "{argument}" of type "{type}" is required',
  },
  'graphql.selection_required': {
    id: 'Kolom "{field}" bertipe "{type}" harus memilih subkolom, misalnya "{field} { … }"',
    en: 'Field "{field}" of type "{type}" must have a selection of subfields',
  },
  'graphql.selection_forbidden': {
    id: 'Kolom "{field}" bertipe "{type}" tidak memiliki subkolom',
    en: 'Field "{field}" must not have a selection since type "{type}" has no subfields',
  },
  'graphql.unknown_type': { id: 'Tipe "{type}" tidak dikenal', en: 'Unknown type "{type}"' },
  'graphql.variable_not_defined': {
    id: 'Variabel "{variable}" dipakai tetapi tidak dideklarasikan',
    en: 'Variable "{variable}" is not defined',
  },
  'graphql.variable_unused': {
    id: 'Variabel "{variable}" dideklarasikan tetapi tidak dipakai',
    en: 'Variable "{variable}" is never used',
  },
  'graphql.variable_wrong_position': {
    id: 'Variabel "{variable}" bertipe "{type}" dipakai di tempat yang mengharapkan tipe "{expected}"',
    en: 'Variable "{variable}" of type "{type}" used in position expecting type "{expected}"',
  },
  'graphql.variable_missing': {
    id: 'Variabel wajib "{variable}" (tipe "{type}") tidak dikirim',
    en: 'Variable "{variable}" of required type "{type}" was not provided',
  },
  'graphql.variable_null': {
    id: 'Variabel "{variable}" (tipe "{type}") tidak boleh null',
    en: 'Variable "{variable}" of non-null type "{type}" must not be null',
  },
  'graphql.variable_invalid': {
    id: 'Nilai variabel "{variable}" tidak valid{at}: {reason}',
    en: 'Variable "{variable}" got an invalid value{at}: {reason}',
  },
  'graphql.at_path': { id: ' pada "{path}"', en: ' at "{path}"' },
  'graphql.not_int': {
    id: 'harus bilangan bulat (Int), bukan {value}',
    en: 'Int cannot represent non-integer value: {value}',
  },
  'graphql.not_int32': {
    id: 'bilangan bulat (Int) harus di antara -2147483648 dan 2147483647, bukan {value}',
    en: 'Int cannot represent non 32-bit signed integer value: {value}',
  },
  'graphql.not_float': {
    id: 'harus angka (Float), bukan {value}',
    en: 'Float cannot represent non numeric value: {value}',
  },
  'graphql.not_string': {
    id: 'harus teks (String), bukan {value}',
    en: 'String cannot represent a non string value: {value}',
  },
  'graphql.not_boolean': {
    id: 'harus true atau false (Boolean), bukan {value}',
    en: 'Boolean cannot represent a non boolean value: {value}',
  },
  'graphql.not_id': {
    id: 'harus ID berupa teks atau bilangan bulat, bukan {value}',
    en: 'ID cannot represent value: {value}',
  },
  'graphql.not_enum_value': {
    id: 'nilai "{value}" tidak ada dalam pilihan "{type}"',
    en: 'Value "{value}" does not exist in "{type}" enum',
  },
  'graphql.field_missing': {
    id: 'kolom wajib "{field}" (tipe "{type}") belum diisi',
    en: 'Field "{field}" of required type "{type}" was not provided',
  },
  'graphql.field_unknown': {
    id: 'kolom "{field}" tidak dikenal pada "{type}"',
    en: 'Field "{field}" is not defined by type "{type}"',
  },
  'graphql.not_object': {
    id: 'harus berupa objek "{type}"',
    en: 'Expected type "{type}" to be an object',
  },
  'graphql.not_null': {
    id: 'tidak boleh null (tipe "{type}")',
    en: 'Expected non-nullable type "{type}" not to be null',
  },
  'graphql.expected_type': {
    id: 'harus bertipe "{type}"',
    en: 'Expected value of type "{type}"',
  },
  'graphql.invalid_literal': {
    id: 'Nilai pada kueri tidak valid: {reason}',
    en: 'Invalid value in the query: {reason}',
  },
  'graphql.unknown_operation': {
    id: 'Operasi "{name}" tidak ada dalam dokumen',
    en: 'Unknown operation named "{name}"',
  },
  'graphql.operation_name_required': {
    id: 'Dokumen memuat beberapa operasi: sebutkan operationName',
    en: 'Must provide operation name if query contains multiple operations',
  },
  'graphql.invalid_query': {
    id: 'Kueri GraphQL tidak sesuai dengan skema API',
    en: 'The GraphQL query does not match the API schema',
  },
  'graphql.invalid_variables': {
    id: 'Nilai variabel tidak sesuai dengan tipenya',
    en: 'A variable does not match its type',
  },
} as const satisfies Record<string, { readonly id: string; readonly en: string }>;

export type MessageKey = keyof typeof MESSAGES;

/** True when the text is a key of the message catalog. */
export function isMessageKey(text: string): text is MessageKey {
  return Object.hasOwn(MESSAGES, text);
}
