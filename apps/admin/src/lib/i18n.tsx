import { DEFAULT_LANG, isMessageKey, type Lang, type Localized, message } from '@blk/domain';
import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react';
import { DICTIONARY, type TextKey } from './dictionary';

const STORAGE_KEY = 'blk-admin-lang';

function initialLang(): Lang {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    return saved === 'en' || saved === 'id' ? saved : DEFAULT_LANG;
  } catch {
    return DEFAULT_LANG;
  }
}

/** Values for the `{name}` placeholders of a text. */
export type TextParams = Readonly<Record<string, string | number>>;

/** A feature's `t`: its own words by key, placeholders filled, in the current language. */
export type TextOf<K extends string> = (key: K, params?: TextParams) => string;

/** Fills `{name}` placeholders of a dictionary text. */
function fill(template: string, params?: TextParams): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

export interface I18n {
  lang: Lang;
  setLang: (lang: Lang) => void;
  /** The app's own text in the current language. */
  t: (key: TextKey, params?: Readonly<Record<string, string | number>>) => string;
  /** A domain message (catalog key from @blk/domain) or an already localised text. */
  msg: (keyOrText: string) => string;
  /** Picks the current language of a `{ id, en }` pair. */
  pick: (text: Localized) => string;
}

export function makeI18n(lang: Lang, setLang: (lang: Lang) => void = () => {}): I18n {
  return {
    lang,
    setLang,
    t: (key, params) => fill(DICTIONARY[key][lang], params),
    msg: (keyOrText) => (isMessageKey(keyOrText) ? message(keyOrText, lang) : keyOrText),
    pick: (text) => text[lang],
  };
}

const I18nContext = createContext<I18n>(makeI18n(DEFAULT_LANG));

export function I18nProvider({ children, lang: fixed }: { children: ReactNode; lang?: Lang }) {
  const [lang, setLangState] = useState<Lang>(() => fixed ?? initialLang());
  const setLang = useCallback((next: Lang) => {
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Private mode: the choice lasts for this page only.
    }
    document.documentElement.lang = next;
    setLangState(next);
  }, []);
  const value = useMemo(() => makeI18n(lang, setLang), [lang, setLang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}

/**
 * The `t` hook of one feature's words (kept beside the feature in its `text.ts`), in the app's
 * current language: `export const useClassText = textHook(CLASS_TEXT);`. It also answers the
 * app's shared words (`common.cancel`, `error.network`…), so no feature keeps its own copy.
 */
export function textHook<K extends string>(words: Readonly<Record<K, Localized>>) {
  return function useText(): TextOf<K | TextKey> {
    const { lang } = useI18n();
    return useCallback(
      (key: K | TextKey, params?: TextParams) =>
        fill(
          (Object.hasOwn(words, key) ? words[key as K] : DICTIONARY[key as TextKey])[lang],
          params,
        ),
      [lang],
    );
  };
}
