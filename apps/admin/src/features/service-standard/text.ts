import { textHook } from '../../lib/i18n';
import words from './text.json';

/**
 * Words of the service standard (Standar Pelayanan) editor, kept beside it. The words, in Bahasa
 * Indonesia and English, are data in `text.json`; this module types their keys and gives the `t`
 * hook.
 */
export type StandardTextKey = keyof typeof words;

/** `t` for the service standard screens, in the app's current language. */
export const useStandardText = textHook(words);
