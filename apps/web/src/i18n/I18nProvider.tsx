import { type Lang, setLanguageSource } from '@tongket/domain';
import { createContext, type ReactNode, useCallback, useEffect, useMemo, useState } from 'react';
import { en } from './en.ts';
import { type Translate, translator } from './translate.ts';
import { type Messages, vi } from './vi.ts';

export type { Lang };

const STORAGE_KEY = 'tongket.lang';
const catalogues: Record<Lang, Messages> = { vi, en };

export type { Translate, TranslateParams } from './translate.ts';

export interface I18nContextValue {
  lang: Lang;
  setLang: (lang: Lang) => void;
  t: Translate;
}

export const I18nContext = createContext<I18nContextValue | null>(null);

function readStoredLang(): Lang {
  try {
    return window.localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'vi';
  } catch {
    // Storage may be unavailable (private mode, policy); Vietnamese is the default.
    return 'vi';
  }
}

/**
 * The interface's language, as the shared rules and the API client read it: requests ask the
 * server to answer in it, and form checks run with the domain's schemas speak it.
 */
let activeLang: Lang = 'vi';
setLanguageSource(() => activeLang);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(() => {
    activeLang = readStoredLang();
    return activeLang;
  });

  const setLang = useCallback((next: Lang) => {
    activeLang = next;
    setLangState(next);
    try {
      window.localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Not persisting the choice is acceptable; it still applies to this page.
    }
  }, []);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  const value = useMemo<I18nContextValue>(() => {
    const messages = catalogues[lang];
    return { lang, setLang, t: translator(messages) };
  }, [lang, setLang]);

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}
