import { textHook } from '../../lib/i18n';
import words from './text.json';

/**
 * Words of the public consultation card (draft editor and review). The words, in Bahasa Indonesia
 * and English, are data in `text.json`; this module types their keys and gives the `t` hook.
 */
export const useConsultationText = textHook(words);
