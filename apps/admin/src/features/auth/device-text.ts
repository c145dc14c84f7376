import type { Localized } from '@blk/domain';
import { textHook } from '../../lib/i18n';

/** Words of the training-device sign-in and of a device the admin signed out (issue 14). */
export const DEVICE_TEXT = {
  device: {
    id: 'Perangkat pelatihan: tetap masuk 21 hari',
    en: 'Training device: stay signed in for 21 days',
  },
  deviceHint: {
    id: 'Untuk tablet instruktur di lokasi pelatihan: tetap masuk walau tanpa sinyal selama pelatihan. Kata sandi tidak disimpan di perangkat, dan admin dapat mengeluarkan perangkat ini kapan saja.',
    en: 'For an instructor’s tablet at the training site: stays signed in without signal for the length of the training. No password is stored on the device, and the admin can sign it out at any time.',
  },
  deviceName: { id: 'Nama perangkat', en: 'Device name' },
  deviceNamePlaceholder: { id: 'mis. Tablet kelas Belitung', en: 'e.g. Belitung class tablet' },
  revokedTitle: {
    id: 'Perangkat ini sudah dikeluarkan',
    en: 'This device has been signed out',
  },
  revokedWhen: {
    id: 'Sesi perangkat “{name}” dicabut pada {when}, oleh admin atau karena kata sandi akun diganti.',
    en: 'The device session “{name}” was revoked on {when}, by the admin or because the account’s password changed.',
  },
  revokedHeld: {
    id: '{n} perubahan kelas yang belum terkirim tidak diterapkan. Semuanya tetap tersimpan di perangkat ini:',
    en: '{n} class changes not yet sent were not applied. All of them stay on this device:',
  },
  revokedNothingHeld: {
    id: 'Tidak ada perubahan kelas yang tertunda di perangkat ini.',
    en: 'No class changes are waiting on this device.',
  },
  revokedWhat: {
    id: 'Yang perlu dilakukan: masuk lagi dengan akun Anda, lalu buka halaman kelas untuk memeriksa setiap perubahan dan mengirimnya ulang (atau membuangnya). Jika perangkat ini bukan milik Anda, jangan masuk: serahkan ke kantor BLK.',
    en: 'What to do: sign in again with your account, then open the class page to check each change and send it again (or discard it). If this device is not yours, do not sign in: hand it to the BLK office.',
  },
} as const satisfies Record<string, Localized>;

export type DeviceTextKey = keyof typeof DEVICE_TEXT;
export const useDeviceText = textHook(DEVICE_TEXT);
