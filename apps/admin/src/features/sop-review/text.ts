import { textHook } from '../../lib/i18n';
import words from './text.json';

/**
 * Words of the SOP monitoring and evaluation screens (PermenPAN-RB 35/2012), kept beside them. The
 * words, in Bahasa Indonesia and English, are data in `text.json`; this module types their keys and
 * gives the `t` hook.
 */
export type SopReviewTextKey = keyof typeof words;

/** The evaluation screens' words in the current language. */
export const useSopReviewText = textHook(words);
