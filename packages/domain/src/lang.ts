import { z } from 'zod';

/** The languages a person can use the system in; Vietnamese is the default everywhere. */
export type Lang = 'vi' | 'en';
export const LANGS: readonly Lang[] = ['vi', 'en'];

/** A text a person reads, in each language. */
export interface Bilingual {
  vi: string;
  en: string;
}

let languageSource: () => Lang = () => 'vi';

/**
 * Where the caller's language comes from: the server sets a source that reads the current
 * request's, the web one that reads the interface's. Until one is set, Vietnamese.
 */
export function setLanguageSource(source: () => Lang): void {
  languageSource = source;
}

/** The language of whoever is being answered now. */
export function currentLang(): Lang {
  return languageSource();
}

/** The text in the caller's language (or in `lang` when given). */
export function pick(text: Bilingual, lang: Lang = currentLang()): string {
  return text[lang];
}

/**
 * A zod error option whose message is chosen when the value is checked, so one schema speaks to
 * each caller in their own language: `.min(1, say('Không được để trống', 'Must not be empty'))`.
 */
export function say(vi: string, en: string): { error: () => string } {
  return { error: () => (currentLang() === 'en' ? en : vi) };
}

/**
 * The language asked for by an HTTP Accept-Language header: the most preferred of the languages
 * we have ("en-US,en;q=0.9,vi;q=0.8" → en); Vietnamese when none is named or the header is absent.
 */
export function langFromAcceptLanguage(header: string | undefined): Lang {
  if (!header) return 'vi';
  let best: { lang: Lang; q: number } | undefined;
  for (const part of header.split(',')) {
    const [tag = '', ...params] = part.trim().split(';');
    const primary = tag.trim().toLowerCase().split('-')[0];
    if (primary !== 'vi' && primary !== 'en') continue;
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    if (!Number.isFinite(q) || q <= 0) continue;
    if (!best || q > best.q) best = { lang: primary, q };
  }
  return best?.lang ?? 'vi';
}

const zodLocales = { vi: z.locales.vi(), en: z.locales.en() };

/**
 * Zod's own messages (a wrong type, a string too short) in the caller's language. Install it once
 * with `z.config(zodLocale())`; messages a schema sets itself take precedence.
 */
export function zodLocale(): { localeError: NonNullable<ReturnType<typeof z.locales.vi>['localeError']> } {
  return {
    localeError: (issue) => {
      const locale = zodLocales[currentLang()];
      return locale.localeError?.(issue);
    },
  };
}
