import { textHook } from '../../lib/i18n';
import words from './text.json';

/**
 * Words of the performance screen, kept beside it (the shared dictionary holds the nav label). The
 * words, in Bahasa Indonesia and English, are data in `text.json`; this module types their keys and
 * gives the `t` hook.
 */
export type PerfTextKey = keyof typeof words;

/** `t` for the performance screen, in the app's current language. */
export const usePerfText = textHook(words);
