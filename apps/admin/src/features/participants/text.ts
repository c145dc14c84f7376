import { type TextOf, textHook } from '../../lib/i18n';
import words from './text.json';

/**
 * Words of the class screen (kelas): participants, attendance, scores and report. The words, in
 * Bahasa Indonesia and English, are data in `text.json`; this module types their keys and gives the
 * `t` hook.
 */
export type ClassTextKey = keyof typeof words;
export type ClassText = TextOf<ClassTextKey>;

/** `t` for the class screen, in the app's current language. */
export const useClassText = textHook(words);
