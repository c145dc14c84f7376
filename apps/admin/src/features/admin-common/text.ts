import type { Localized } from '@blk/domain';
import { textHook } from '../../lib/i18n';

/**
 * Words of the administration screens (users, API keys, holidays, outbox, personal data), kept beside them so
 * the shared dictionary only holds the navigation labels.
 */
export const ADMIN_TEXT = {
  'common.edit': { id: 'Ubah', en: 'Edit' },
  'common.remove': { id: 'Hapus', en: 'Remove' },
  'common.actions': { id: 'Tindakan', en: 'Actions' },
  'common.yes': { id: 'Ya', en: 'Yes' },
  'common.no': { id: 'Tidak', en: 'No' },
  'common.empty': { id: 'Belum ada data.', en: 'Nothing here yet.' },
  'common.never': { id: 'Belum pernah', en: 'Never' },

  'users.title': { id: 'Pengguna', en: 'Staff users' },
  'users.hint': {
    id: 'Akun petugas, perannya, dan status aktif. Kata sandi awal diberikan langsung kepada pengguna.',
    en: 'Staff accounts, their roles and whether they are active. Hand the initial password over in person.',
  },
  'users.add': { id: 'Tambah pengguna', en: 'Add user' },
  'users.name': { id: 'Nama lengkap', en: 'Full name' },
  'users.email': { id: 'E-mail', en: 'E-mail' },
  'users.role': { id: 'Peran', en: 'Role' },
  'users.nip': { id: 'NIP', en: 'NIP (civil-servant number)' },
  'users.nipHint': {
    id: '18 digit, boleh dengan spasi. Dicetak di bawah tanda tangan SOP (Disahkan oleh).',
    en: '18 digits, spaces allowed. Printed under the signature of the SOP (Disahkan oleh).',
  },
  'users.password': { id: 'Kata sandi awal', en: 'Initial password' },
  'users.active': { id: 'Aktif', en: 'Active' },
  'users.inactive': { id: 'Nonaktif', en: 'Deactivated' },
  'users.lastLogin': { id: 'Terakhir masuk', en: 'Last sign-in' },
  'users.created': { id: 'Pengguna {name} dibuat.', en: 'User {name} created.' },
  'users.updated': { id: 'Pengguna {name} diperbarui.', en: 'User {name} updated.' },
  'users.editTitle': { id: 'Ubah pengguna {name}', en: 'Edit user {name}' },
  'users.reset': { id: 'Atur ulang kata sandi', en: 'Reset password' },
  'users.resetTitle': {
    id: 'Atur ulang kata sandi {name}',
    en: 'Reset the password of {name}',
  },
  'users.resetHint': {
    id: 'Sesi pengguna diakhiri dan kunci akun dibuka. Minta pengguna segera mengganti kata sandi sementara ini.',
    en: 'The user’s sessions end and a lockout is lifted. Ask the user to change this temporary password at once.',
  },
  'users.tempPassword': { id: 'Kata sandi sementara', en: 'Temporary password' },
  'users.resetDone': {
    id: 'Kata sandi {name} telah diatur ulang.',
    en: 'The password of {name} was reset.',
  },
  'users.unlock': { id: 'Buka blokir masuk', en: 'Lift sign-in block' },
  'users.unlockDone': {
    id: 'Blokir masuk {name} telah dibuka. Tindakan ini tercatat di log audit.',
    en: 'The sign-in block on {name} was lifted. This is recorded in the audit log.',
  },
  'devices.title': { id: 'Perangkat pelatihan', en: 'Training devices' },
  'devices.hint': {
    id: 'Tablet yang tetap masuk selama pelatihan (21 hari, juga tanpa sinyal). Cabut perangkat yang hilang atau tidak dipakai lagi: perubahan yang dikirimnya sesudah itu tidak diterapkan, dan perangkat diberi tahu.',
    en: 'Tablets kept signed in for a training (21 days, without signal too). Revoke one that is lost or no longer used: what it sends afterwards is not applied, and the device is told.',
  },
  'devices.none': {
    id: 'Tidak ada perangkat pelatihan yang masih masuk.',
    en: 'No training device is signed in.',
  },
  'devices.user': { id: 'Pengguna', en: 'User' },
  'devices.name': { id: 'Perangkat', en: 'Device' },
  'devices.created': { id: 'Masuk sejak', en: 'Signed in' },
  'devices.lastSeen': { id: 'Terakhir terlihat', en: 'Last seen' },
  'devices.expires': { id: 'Berakhir', en: 'Ends' },
  'devices.status': { id: 'Status', en: 'Status' },
  'devices.active': { id: 'Masuk', en: 'Signed in' },
  'devices.revoked': { id: 'Dicabut {when}', en: 'Revoked {when}' },
  'devices.revoke': { id: 'Cabut', en: 'Revoke' },
  'devices.revokeTitle': {
    id: 'Cabut perangkat “{name}”?',
    en: 'Revoke the device “{name}”?',
  },
  'devices.revokeConfirm': {
    id: 'Perangkat milik {user} ini langsung keluar. Perubahan yang masih tersimpan di perangkat tidak diterapkan; pemiliknya dapat memeriksa dan mengirimnya ulang sesudah masuk lagi dengan kata sandinya. Tindakan ini tercatat di log audit.',
    en: 'This device of {user} is signed out at once. Changes still stored on it are not applied; its owner can check and send them again after signing in with their password. This is recorded in the audit log.',
  },
  'devices.revokeDone': {
    id: 'Perangkat “{name}” telah dicabut.',
    en: 'The device “{name}” was revoked.',
  },

  'keys.title': { id: 'Kunci API', en: 'API keys' },
  'keys.hint': {
    id: 'Kunci baca-saja untuk aplikasi mitra (mis. dasbor Bappeda). Kunci hanya ditampilkan sekali saat dibuat.',
    en: 'Read-only keys for partner systems (e.g. a Bappeda dashboard). A key is shown only once, when it is created.',
  },
  'keys.add': { id: 'Buat kunci API', en: 'Create API key' },
  'keys.name': { id: 'Nama / keperluan', en: 'Name / purpose' },
  'keys.prefix': { id: 'Awalan', en: 'Prefix' },
  'keys.scopes': { id: 'Cakupan', en: 'Scopes' },
  'keys.mode': { id: 'Mode', en: 'Mode' },
  'keys.createdAt': { id: 'Dibuat', en: 'Created' },
  'keys.lastUsed': { id: 'Terakhir dipakai', en: 'Last used' },
  'keys.revokedAt': { id: 'Dicabut', en: 'Revoked' },
  'keys.showRevoked': { id: 'Tampilkan kunci yang dicabut', en: 'Show revoked keys' },
  'keys.revoke': { id: 'Cabut', en: 'Revoke' },
  'keys.revokeTitle': { id: 'Cabut kunci {name}?', en: 'Revoke key {name}?' },
  'keys.revokeHint': {
    id: 'Aplikasi yang memakai kunci ini langsung kehilangan akses. Tindakan ini tidak dapat dibatalkan.',
    en: 'Systems using this key lose access at once. This cannot be undone.',
  },
  'keys.revoked': { id: 'Kunci {name} dicabut.', en: 'Key {name} revoked.' },
  'keys.createdTitle': { id: 'Kunci API baru', en: 'New API key' },
  'keys.createdWarning': {
    id: 'Salin kunci ini sekarang. Kunci tidak disimpan dan tidak dapat ditampilkan lagi setelah jendela ini ditutup.',
    en: 'Copy this key now. It is not stored and cannot be shown again once this dialog is closed.',
  },
  'keys.createdUsage': {
    id: 'Kirim sebagai header Authorization: Bearer <kunci>.',
    en: 'Send it as the header Authorization: Bearer <key>.',
  },
  'keys.secret': { id: 'Kunci', en: 'Key' },
  'keys.copy': { id: 'Salin kunci', en: 'Copy key' },
  'keys.copied': { id: 'Tersalin', en: 'Copied' },
  'keys.copyFailed': {
    id: 'Tidak dapat menyalin otomatis; pilih teks kunci lalu salin.',
    en: 'Could not copy automatically; select the key text and copy it.',
  },
  'keys.done': { id: 'Saya sudah menyimpan kunci', en: 'I have stored the key' },

  'holidays.title': { id: 'Hari libur', en: 'Holidays' },
  'holidays.hint': {
    id: 'Libur nasional dan cuti bersama dilewati saat menghitung tenggat hari kerja. Tenggat yang sudah ditetapkan tidak bergeser.',
    en: 'National holidays and joint leave days are skipped when working-day deadlines are counted. Deadlines already set do not move.',
  },
  'holidays.year': { id: 'Tahun', en: 'Year' },
  'holidays.add': { id: 'Tambah hari libur', en: 'Add holiday' },
  'holidays.date': { id: 'Tanggal', en: 'Date' },
  'holidays.name': { id: 'Nama', en: 'Name' },
  'holidays.kind': { id: 'Jenis', en: 'Kind' },
  'holidays.basis': { id: 'Dasar hukum', en: 'Decree' },
  'holidays.isDayOff': { id: 'Kantor tutup', en: 'Office closed' },
  'holidays.isDayOffHint': {
    id: 'Matikan untuk cuti bersama yang tetap masuk kerja.',
    en: 'Turn off for a joint leave day the office works.',
  },
  'holidays.editTitle': { id: 'Ubah {name}', en: 'Edit {name}' },
  'holidays.removeTitle': { id: 'Hapus {name}?', en: 'Remove {name}?' },
  'holidays.removeHint': {
    id: 'Hanya untuk hari yang tercatat karena kekeliruan.',
    en: 'Only for a day listed by mistake.',
  },
  'holidays.saved': { id: '{name} disimpan.', en: '{name} saved.' },
  'holidays.removed': { id: '{name} dihapus.', en: '{name} removed.' },
  'holidays.toggleDayOff': {
    id: 'Kantor tutup pada {name}',
    en: 'Office closed on {name}',
  },

  'privacy.title': { id: 'Data pribadi: permintaan salinan', en: 'Personal data: copy requests' },
  'privacy.hint': {
    id: 'Unduh semua data yang disimpan tentang satu orang (UU 27/2022). Setiap unduhan dicatat di log audit beserta alasannya.',
    en: 'Download everything held about one person (UU 27/2022). Each download is written to the audit log with its reason.',
  },
  'privacy.nik': { id: 'NIK', en: 'NIK' },
  'privacy.phone': { id: 'Nomor telepon', en: 'Phone' },
  'privacy.value': { id: 'Pengenal', en: 'Identifier' },
  'privacy.reason': {
    id: 'Alasan (mis. nomor surat permintaan)',
    en: 'Reason (e.g. the request letter number)',
  },
  'privacy.submit': { id: 'Unduh JSON', en: 'Download JSON' },
  'privacy.done': { id: 'Berkas diunduh.', en: 'File downloaded.' },

  'outbox.title': { id: 'Kotak keluar', en: 'Outbox' },
  'outbox.hint': {
    id: 'Notifikasi kepada pemohon beserta status pengirimannya. Pesan yang ditulis ke folder (tanpa gateway) menampilkan teksnya.',
    en: 'Notifications to the public with their delivery state. Messages written to the outbox folder (no gateway) show their text.',
  },
  'outbox.status': { id: 'Status', en: 'Status' },
  'outbox.all': { id: 'Semua', en: 'All' },
  'outbox.channel': { id: 'Kanal', en: 'Channel' },
  'outbox.recipient': { id: 'Penerima', en: 'Recipient' },
  'outbox.template': { id: 'Templat', en: 'Template' },
  'outbox.createdAt': { id: 'Diantrekan', en: 'Queued' },
  'outbox.attempts': { id: 'Percobaan', en: 'Attempts' },
  'outbox.show': { id: 'Lihat teks', en: 'Show text' },
  'outbox.more': { id: 'Muat lebih banyak', en: 'Load more' },
  'outbox.pending': { id: 'Menunggu', en: 'Pending' },
  'outbox.sending': { id: 'Dikirim', en: 'Sending' },
  'outbox.sent': { id: 'Terkirim', en: 'Sent' },
  'outbox.failed': { id: 'Gagal', en: 'Failed' },
} as const satisfies Record<string, Localized>;

export type AdminTextKey = keyof typeof ADMIN_TEXT;

/** `t` for the administration screens, in the app's current language. */
export const useAdminText = textHook(ADMIN_TEXT);
