import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { currentLang, langFromAcceptLanguage, pick, say, setLanguageSource, zodLocale } from './lang.ts';

describe('the caller language', () => {
  afterEach(() => setLanguageSource(() => 'vi'));

  it.each([
    [undefined, 'vi'],
    ['', 'vi'],
    ['en', 'en'],
    ['en-US,en;q=0.9', 'en'],
    ['vi-VN,vi;q=0.9,en;q=0.8', 'vi'],
    ['fr-FR,en;q=0.5,vi;q=0.7', 'vi'],
    ['fr-FR,en;q=0.5', 'en'],
    ['de', 'vi'],
    ['en;q=0', 'vi'],
    ['EN-gb', 'en'],
  ] as const)('Accept-Language %j is answered in %s', (header, lang) => {
    expect(langFromAcceptLanguage(header)).toBe(lang);
  });

  it('picks the text of the current language', () => {
    const text = { vi: 'Không tìm thấy', en: 'Not found' };
    expect(pick(text)).toBe('Không tìm thấy');
    setLanguageSource(() => 'en');
    expect(currentLang()).toBe('en');
    expect(pick(text)).toBe('Not found');
    expect(pick(text, 'vi')).toBe('Không tìm thấy');
  });

  it('renders a schema message and zod’s own messages when the value is checked', () => {
    z.config(zodLocale());
    const schema = z.object({ name: z.string().min(1, say('Tên không được để trống', 'Name is required')) });
    const emptyName = () => schema.safeParse({ name: '' }).error?.issues[0]?.message;
    const wrongType = () => schema.safeParse({ name: 3 }).error?.issues[0]?.message;
    expect(emptyName()).toBe('Tên không được để trống');
    const viType = wrongType();
    setLanguageSource(() => 'en');
    expect(emptyName()).toBe('Name is required');
    const enType = wrongType();
    expect(enType).toMatch(/expected string/i);
    expect(viType).not.toBe(enType);
  });
});
