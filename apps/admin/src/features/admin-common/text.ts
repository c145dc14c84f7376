import { textHook } from '../../lib/i18n';
import words from './text.json';

/**
 * Words of the administration screens (users, API keys, holidays, outbox, personal data), kept
 * beside them so the shared dictionary only holds the navigation labels. The words, in Bahasa
 * Indonesia and English, are data in `text.json`; this module types their keys and gives the `t`
 * hook.
 */
export type AdminTextKey = keyof typeof words;

/** `t` for the administration screens, in the app's current language. */
export const useAdminText = textHook(words);
