import type { Localized } from '@blk/domain';

/**
 * The admin app's own words in Bahasa Indonesia (default) and English. Domain messages (field
 * rules) come from @blk/domain's catalog; server messages arrive localised via Accept-Language.
 */
export const DICTIONARY = {
  'app.title': { id: 'BLK on the Spot — Admin', en: 'BLK on the Spot — Admin' },
  'lang.label': { id: 'Bahasa', en: 'Language' },
  'common.loading': { id: 'Memuat…', en: 'Loading…' },
  'error.network': {
    id: 'Server tidak dapat dihubungi. Periksa koneksi lalu coba lagi.',
    en: 'The server cannot be reached. Check the connection and try again.',
  },
  'error.upload': { id: 'Berkas gagal diunggah.', en: 'The file could not be uploaded.' },

  'login.subtitle': {
    id: 'Masuk untuk petugas Disnaker Kepulauan Bangka Belitung',
    en: 'Sign in for staff of the Bangka Belitung labour office',
  },
  'login.email': { id: 'E-mail', en: 'E-mail' },
  'login.password': { id: 'Kata sandi', en: 'Password' },
  'login.submit': { id: 'Masuk', en: 'Sign in' },

  'nav.label': { id: 'Menu utama', en: 'Main menu' },
  'nav.toggle': { id: 'Buka/tutup menu', en: 'Toggle menu' },
  'nav.myWork': { id: 'Pekerjaan saya', en: 'My work' },
  'nav.requests': { id: 'Permohonan', en: 'Requests' },
  'nav.sop': { id: 'SOP', en: 'SOP' },
  'nav.sopVersions': { id: 'Versi SOP', en: 'SOP versions' },
  'nav.serviceStandard': { id: 'Standar pelayanan', en: 'Service standard' },
  'nav.programmes': { id: 'Program pelatihan', en: 'Training programmes' },
  'nav.instructors': { id: 'Instruktur', en: 'Instructors' },
  'nav.performance': { id: 'Evaluasi kinerja', en: 'Performance' },
  'nav.complaints': { id: 'Pengaduan', en: 'Complaints' },
  'nav.password': { id: 'Ganti kata sandi', en: 'Change password' },
  'nav.users': { id: 'Pengguna', en: 'Staff users' },
  'nav.apiKeys': { id: 'Kunci API', en: 'API keys' },
  'nav.holidays': { id: 'Hari libur', en: 'Holidays' },
  'nav.outbox': { id: 'Kotak keluar', en: 'Outbox' },
  'nav.logout': { id: 'Keluar', en: 'Sign out' },

  'password.title': { id: 'Ganti kata sandi', en: 'Change password' },
  'password.hint': {
    id: 'Minimal 10 karakter dari dua jenis atau lebih (huruf, angka, simbol). Sesi lain akun Anda akan berakhir.',
    en: 'At least 10 characters of two kinds or more (letters, digits, symbols). Your other sessions will end.',
  },
  'password.current': { id: 'Kata sandi saat ini', en: 'Current password' },
  'password.new': { id: 'Kata sandi baru', en: 'New password' },
  'password.submit': { id: 'Simpan kata sandi', en: 'Save password' },
  'password.changed': { id: 'Kata sandi sudah diganti.', en: 'Your password has been changed.' },

  'myWork.title': { id: 'Pekerjaan saya', en: 'My work' },
  'myWork.intro': {
    id: 'Permohonan yang menunggu tindakan Anda, tenggat paling dekat di atas.',
    en: 'Requests waiting on you, earliest deadline first.',
  },
  'myWork.empty': {
    id: 'Tidak ada permohonan yang menunggu Anda.',
    en: 'No request is waiting on you.',
  },

  'col.trackingCode': { id: 'Kode', en: 'Code' },
  'col.requester': { id: 'Pemohon', en: 'Requester' },
  'col.location': { id: 'Lokasi', en: 'Location' },
  'col.program': { id: 'Program', en: 'Programme' },
  'col.step': { id: 'Tahap', en: 'Step' },
  'col.sla': { id: 'Status waktu', en: 'SLA' },
  'col.timeLeft': { id: 'Sisa waktu', en: 'Time left' },
  'col.deadline': { id: 'Tenggat', en: 'Deadline' },
  'col.submittedAt': { id: 'Diterima', en: 'Received' },

  'sla.onTime': { id: 'Tepat waktu', en: 'On time' },
  'sla.dueSoon': { id: 'Segera jatuh tempo', en: 'Due soon' },
  'sla.late': { id: 'Terlambat', en: 'Overdue' },
  'sla.left': { id: '{days} hari kerja lagi', en: '{days} working days left' },
  'sla.overdueBy': { id: 'Lewat {days} hari kerja', en: '{days} working days overdue' },
  'sla.noDeadline': { id: 'Tanpa tenggat', en: 'No deadline' },

  'page.previous': { id: 'Sebelumnya', en: 'Previous' },
  'page.next': { id: 'Berikutnya', en: 'Next' },
  'page.number': { id: 'Halaman {page}', en: 'Page {page}' },

  'requests.title': { id: 'Permohonan pelatihan', en: 'Training requests' },
  'requests.exportCsv': { id: 'Unduh CSV', en: 'Download CSV' },
  'requests.exportXlsx': { id: 'Unduh XLSX', en: 'Download XLSX' },
  'requests.empty': {
    id: 'Tidak ada permohonan yang cocok dengan filter.',
    en: 'No request matches the filters.',
  },
  'requests.noProgram': { id: 'Di luar katalog', en: 'Not in the catalogue' },

  'filters.label': { id: 'Filter', en: 'Filters' },
  'filters.search': { id: 'Cari', en: 'Search' },
  'filters.searchHint': { id: 'Kode, pemohon, kontak', en: 'Code, requester, contact' },
  'filters.state': { id: 'Tahap', en: 'Step' },
  'filters.region': { id: 'Kabupaten/kota', en: 'Regency/city' },
  'filters.program': { id: 'Program', en: 'Programme' },
  'filters.requesterType': { id: 'Jenis pemohon', en: 'Requester type' },
  'filters.from': { id: 'Diterima sejak', en: 'Received from' },
  'filters.to': { id: 'Diterima sampai', en: 'Received until' },
  'filters.overdue': { id: 'Hanya yang terlambat', en: 'Overdue only' },
  'filters.all': { id: 'Semua', en: 'All' },
  'filters.apply': { id: 'Terapkan', en: 'Apply' },
  'filters.reset': { id: 'Hapus filter', en: 'Clear filters' },

  'detail.back': { id: 'Kembali ke daftar permohonan', en: 'Back to the request list' },
  'detail.refresh': { id: 'Muat ulang', en: 'Reload' },
  'detail.notFound': { id: 'Permohonan tidak ditemukan.', en: 'Request not found.' },
  'detail.requester': { id: 'Pemohon dan lokasi', en: 'Requester and location' },
  'detail.requesterType': { id: 'Jenis pemohon', en: 'Requester type' },
  'detail.contact': { id: 'Narahubung', en: 'Contact person' },
  'detail.phone': { id: 'Telepon', en: 'Phone' },
  'detail.email': { id: 'E-mail', en: 'E-mail' },
  'detail.location': { id: 'Lokasi', en: 'Location' },
  'detail.venue': { id: 'Tempat', en: 'Venue' },
  'detail.program': { id: 'Pelatihan', en: 'Training' },
  'detail.participants': { id: 'Peserta', en: 'Participants' },
  'detail.preferred': { id: 'Waktu yang diinginkan', en: 'Preferred dates' },
  'detail.submitted': { id: 'Diterima', en: 'Received' },
  'detail.note': { id: 'Catatan pemohon', en: "Requester's note" },
  'detail.schedules': { id: 'Jadwal', en: 'Schedules' },
  'detail.manageClass': { id: 'Kelola kelas', en: 'Manage class' },
  'detail.closeMessage': { id: 'Tutup pesan', en: 'Close the message' },
  'detail.timelineScroll': { id: 'Riwayat (geser ke samping)', en: 'Timeline (scrolls sideways)' },
  'detail.manageClassOf': {
    id: 'Kelola kelas {dates}',
    en: 'Manage class {dates}',
  },
  'detail.timeline': { id: 'Riwayat dan waktu per tahap', en: 'Timeline and time per step' },

  'timeline.when': { id: 'Waktu', en: 'When' },
  'timeline.what': { id: 'Tindakan', en: 'Action' },
  'timeline.who': { id: 'Oleh', en: 'By' },
  'timeline.duration': { id: 'Lama / standar', en: 'Took / standard' },
  'unit.days': { id: 'hari kerja', en: 'working days' },
  'unit.hours': { id: 'jam kerja', en: 'working hours' },
  'unit.schedule': { id: 'sesuai jadwal', en: 'per schedule' },
  'actor.staff': { id: 'Petugas', en: 'Staff' },
  'actor.requester': { id: 'Pemohon', en: 'Requester' },
  'actor.system': { id: 'Sistem', en: 'System' },
  'actor.integrator': { id: 'Integrasi', en: 'Integration' },

  'step.current': { id: 'Tahap sekarang', en: 'Current step' },
  'step.role': { id: 'Pelaksana', en: 'Performed by' },
  'step.time': { id: 'Waktu', en: 'Time' },
  'step.inputs': { id: 'Kelengkapan', en: 'Required inputs' },
  'step.output': { id: 'Output', en: 'Output' },
  'step.actions': { id: 'Tindakan', en: 'Actions' },
  'step.noActions': {
    id: 'Tidak ada tindakan yang dapat Anda lakukan pada tahap ini.',
    en: 'There is no action you can take at this step.',
  },

  'action.leadsTo': { id: 'Berikutnya: {step}', en: 'Next: {step}' },
  'action.done': {
    id: 'Tersimpan. Permohonan sekarang di tahap “{step}”.',
    en: 'Saved. The request is now at “{step}”.',
  },
  'action.staleTitle': { id: 'Data sudah berubah', en: 'The data has changed' },
  'action.stale': {
    id: 'Permohonan ini sudah diubah, muat ulang',
    en: 'This request has been changed, reload it',
  },
  'action.reload': { id: 'Muat ulang', en: 'Reload' },

  'form.choose': { id: '— pilih —', en: '— choose —' },
  'form.optional': { id: 'opsional', en: 'optional' },
  'form.fileHint': { id: 'PDF, JPEG atau PNG', en: 'PDF, JPEG or PNG' },
  'form.uploading': { id: 'Mengunggah…', en: 'Uploading…' },

  'instructors.pickDates': {
    id: 'Isi tanggal mulai dan selesai untuk melihat instruktur yang cocok.',
    en: 'Fill in the start and end dates to see suitable instructors.',
  },
  'instructors.none': {
    id: 'Tidak ada instruktur yang berkompeten untuk program ini.',
    en: 'No instructor is qualified for this programme.',
  },
  'instructors.available': { id: 'Tersedia', en: 'Available' },
  'instructors.conflict': { id: 'Ada kendala', en: 'Conflict' },
  'instructors.meta': {
    id: 'Pulau {island} · {count} pelatihan bulan ini',
    en: '{island} island · {count} trainings this month',
  },
  'instructors.selectedWithConflict': {
    id: 'Dipilih walaupun ada kendala: penetapan jadwal akan ditolak. Batalkan pilihan ini atau ubah tanggal.',
    en: 'Chosen despite a conflict: the schedule will be refused. Untick this instructor or change the dates.',
  },
  'instructors.kind.DOUBLE_BOOKING': {
    id: 'Sudah bertugas di pelatihan lain pada tanggal yang beririsan.',
    en: 'Already assigned to another training on overlapping dates.',
  },
  'instructors.kind.NOT_QUALIFIED': {
    id: 'Tidak memiliki kompetensi untuk program ini.',
    en: 'Not competent for this programme.',
  },
  'instructors.kind.NO_CERTIFICATE': {
    id: 'Belum memiliki sertifikat kompetensi untuk program ini.',
    en: 'Holds no competency certificate for this programme.',
  },
  'instructors.kind.CERTIFICATE_EXPIRED': {
    id: 'Sertifikat kompetensinya habis sebelum pelatihan selesai.',
    en: 'The competency certificate expires before the training ends.',
  },
  'instructors.kind.INTER_ISLAND_TRAVEL': {
    id: 'Pelatihan lain di pulau berbeda terlalu dekat; tidak cukup waktu untuk menyeberang.',
    en: 'Another training on the other island is too close; there is no time to cross.',
  },

  'sop.none': { id: 'Belum ada SOP yang berlaku.', en: 'No SOP is in force.' },
  'sop.version': { id: 'Versi {no}', en: 'Version {no}' },
  'sop.effective': { id: 'berlaku sejak {date}', en: 'in force since {date}' },
  'sop.pdf': { id: 'Unduh PDF', en: 'Download PDF' },
  'sop.activities': { id: 'Uraian kegiatan dan mutu baku', en: 'Activities and quality standard' },
  'sop.activity': { id: 'Kegiatan', en: 'Activity' },
  'sop.flowchart': { id: 'Diagram alir', en: 'Flowchart' },
  'sop.flowchartAlt': { id: 'Diagram alir {name}', en: 'Flowchart of {name}' },
} as const satisfies Record<string, Localized>;

export type TextKey = keyof typeof DICTIONARY;
