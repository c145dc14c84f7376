import type { Localized } from '@blk/domain';
import words from './dictionary.json';

/**
 * The admin app's own words in Bahasa Indonesia (default) and English, as data in
 * `dictionary.json`; every entry has both languages (the type below checks it). Domain messages
 * (field rules) come from @blk/domain's catalog; server messages arrive localised via
 * Accept-Language.
 */
export const DICTIONARY: Readonly<Record<keyof typeof words, Localized>> = words;

export type TextKey = keyof typeof DICTIONARY;
