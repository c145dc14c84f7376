import { type TextOf, textHook } from '../../lib/i18n';
import words from './text.json';

/**
 * Words of the SOP version list and editor, kept beside them. The words, in Bahasa Indonesia and
 * English, are data in `text.json`; this module types their keys and gives the `t` hook.
 */
export type SopEditorTextKey = keyof typeof words;
export type SopEditorT = TextOf<SopEditorTextKey>;

/** `t` for the SOP editor, in the app's current language. */
export const useSopEditorText = textHook(words);
