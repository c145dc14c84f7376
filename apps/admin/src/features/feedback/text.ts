import { textHook } from '../../lib/i18n';
import words from './text.json';

/**
 * Words of the feedback inbox, kept beside it (the shared dictionary holds the nav label). The
 * words, in Bahasa Indonesia and English, are data in `text.json`; this module types their keys and
 * gives the `t` hook.
 */
export type FeedbackTextKey = keyof typeof words;

/** `t` for the feedback inbox, in the app's current language. */
export const useFeedbackText = textHook(words);
