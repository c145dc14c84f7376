import type { Lang, Localized } from '@blk/domain';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useState } from 'react';
import { DICTIONARY, type Dictionary } from './dictionary';

const STORAGE_KEY = 'blk.lang';

/** The language chosen earlier on this device, Bahasa Indonesia by default. */
export function storedLang(): Lang {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'id';
  } catch {
    return 'id';
  }
}

interface LangContextValue {
  lang: Lang;
  setLang: (lang: Lang) => void;
}

const LangContext = createContext<LangContextValue>({ lang: 'id', setLang: () => {} });

/** Holds the UI language, remembers it on the device and sets `<html lang>`. */
export function LangProvider({ children, initial }: { children: ReactNode; initial?: Lang }) {
  const [lang, setLangState] = useState<Lang>(initial ?? storedLang);
  const setLang = useCallback((next: Lang) => {
    setLangState(next);
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Private mode or a full disk: the choice lasts for this visit only.
    }
  }, []);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  return <LangContext.Provider value={{ lang, setLang }}>{children}</LangContext.Provider>;
}

export function useLang(): LangContextValue {
  return useContext(LangContext);
}

/** The UI strings in the chosen language. */
export function useT(): Dictionary['id'] {
  return DICTIONARY[useContext(LangContext).lang];
}

/** Picks the chosen language from a `{ id, en }` text (labels from @blk/domain). */
export function useLocalize(): (text: Localized) => string {
  const { lang } = useContext(LangContext);
  return (text) => text[lang];
}
