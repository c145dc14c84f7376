import { textHook } from '../../lib/i18n';
import words from './text.json';

/**
 * Words of the instructors screen (the shared dictionary holds the nav label). The words, in Bahasa
 * Indonesia and English, are data in `text.json`; this module types their keys and gives the `t`
 * hook.
 */
export type InstructorTextKey = keyof typeof words;

/** `t` for the instructors screen, in the app's current language. */
export const useInstructorText = textHook(words);
