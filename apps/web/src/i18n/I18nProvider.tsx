import { createContext, type ReactNode, useCallback, useEffect, useMemo, useState } from 'react';
import { en } from './en.ts';
import { type MessageKey, type Messages, vi } from './vi.ts';

export type Lang = 'vi' | 'en';

const STORAGE_KEY = 'tongket.lang';
const catalogues: Record<Lang, Messages> = { vi, en };

export type TranslateParams = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: TranslateParams) => string;

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

function interpolate(template: string, params?: TranslateParams): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(readStoredLang);

  const setLang = useCallback((next: Lang) => {
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
    return { lang, setLang, t: (key, params) => interpolate(messages[key], params) };
  }, [lang, setLang]);

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}
