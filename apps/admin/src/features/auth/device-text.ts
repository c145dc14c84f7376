import { textHook } from '../../lib/i18n';
import words from './device-text.json';

/**
 * Words of the training-device sign-in and of a device the admin signed out (issue 14). The words,
 * in Bahasa Indonesia and English, are data in `device-text.json`; this module types their keys and
 * gives the `t` hook.
 */
export type DeviceTextKey = keyof typeof words;
export const useDeviceText = textHook(words);
