import { textHook } from '../../lib/i18n';
import words from './text.json';

/**
 * Words of the program catalogue screen (the shared dictionary holds the nav label). The words,
 * in Bahasa Indonesia and English, are data in `text.json`; this module types their keys and gives
 * the `t` hook.
 */
export type CatalogueTextKey = keyof typeof words;

/** `t` for the catalogue screen, in the app's current language. */
export const useCatalogueText = textHook(words);
