import { type Lang, setLanguageSource } from '@tongket/domain';
import { createContext, type ReactNode, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { type Translate, translator } from './translate.ts';
import { type Messages, vi } from './vi.ts';

export type { Lang };

const STORAGE_KEY = 'tongket.lang';

/**
 * The catalogues loaded so far. Vietnamese, the default, is in the first bundle; English (~85 kB)
 * is fetched only by someone who uses it: before the first render when it was their last choice
 * (see `loadStoredLanguage`), or when they switch to it.
 */
const catalogues: Partial<Record<Lang, Messages>> = { vi };
let englishLoad: Promise<Messages> | undefined;

function loadCatalogue(lang: Lang): Promise<Messages> {
  const loaded = catalogues[lang];
  if (loaded) return Promise.resolve(loaded);
  englishLoad ??= import('./en.ts').then(
    ({ en }) => {
      catalogues.en = en;
      return en;
    },
    (error: unknown) => {
      // A failed fetch (offline, a new version deployed) may be tried again on the next switch.
      englishLoad = undefined;
      throw error;
    },
  );
  return englishLoad;
}

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

/**
 * Loads the catalogue of the language the person chose last time, so the first render is in it
 * (no flash of Vietnamese before English). Resolves at once for Vietnamese; if English cannot be
 * fetched, the app starts in Vietnamese.
 */
export async function loadStoredLanguage(): Promise<void> {
  const stored = readStoredLang();
  try {
    await loadCatalogue(stored);
  } catch {
    // Vietnamese, which is always there, stands in.
  }
}

function initialLang(): Lang {
  const stored = readStoredLang();
  return catalogues[stored] ? stored : 'vi';
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(() => {
    activeLang = initialLang();
    return activeLang;
  });
  // The language last asked for: a slow catalogue that arrives after a newer choice is not applied.
  const wanted = useRef<Lang>(lang);

  const setLang = useCallback((next: Lang) => {
    wanted.current = next;
    // The interface switches once the new language's text is here, all at once.
    loadCatalogue(next).then(
      () => {
        if (wanted.current !== next) return;
        activeLang = next;
        setLangState(next);
        try {
          window.localStorage.setItem(STORAGE_KEY, next);
        } catch {
          // Not persisting the choice is acceptable; it still applies to this page.
        }
      },
      () => {
        // Could not fetch it (offline): the interface stays in the language it is in.
        if (wanted.current === next) wanted.current = activeLang;
      },
    );
  }, []);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  const value = useMemo<I18nContextValue>(() => {
    const messages = catalogues[lang] ?? vi;
    return { lang, setLang, t: translator(messages) };
  }, [lang, setLang]);

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}
