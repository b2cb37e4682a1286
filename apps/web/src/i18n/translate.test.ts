import { describe, expect, it } from 'vitest';
import { en } from './en.ts';
import { interpolate, translator } from './translate.ts';
import { type MessageKey, vi } from './vi.ts';

describe('interpolate', () => {
  it.each([
    ['còn {count} ngày', { count: 3 }, 'còn 3 ngày'],
    ['{count} tập thể, {count} lần', { count: 2 }, '2 tập thể, 2 lần'],
    [
      'Quyết định số {reference} ngày {date}',
      { reference: '1356/QĐ-UBND', date: '16/06/2020' },
      'Quyết định số 1356/QĐ-UBND ngày 16/06/2020',
    ],
    // A placeholder without its parameter stays visible rather than becoming "undefined".
    ['Năm sinh {min}–{max}', { min: 1920 }, 'Năm sinh 1920–{max}'],
    ['{count} ngày', { count: 0 }, '0 ngày'],
    ['{name}', { name: '' }, ''],
    // A parameter's own braces are text, not another placeholder.
    ['Tên: {name}', { name: '{count}' }, 'Tên: {count}'],
    ['không có tham số', undefined, 'không có tham số'],
    ['{ count } ngày', { count: 3 }, '{ count } ngày'],
    // The word for the number, one or more.
    ['{count} {count:day|days} left', { count: 1 }, '1 day left'],
    ['{count} {count:day|days} left', { count: 2 }, '2 days left'],
    ['{count} {count:day|days} left', { count: 0 }, '0 days left'],
    ['{count} {count:delegate has|delegates have} not answered', { count: 1 }, '1 delegate has not answered'],
    ['{count:day|days}', undefined, '{count:day|days}'],
    ['{count:day|days}', { other: 1 }, '{count:day|days}'],
  ])('%j with %j → %j', (template, params, text) => {
    expect(interpolate(template, params)).toBe(text);
  });
});

describe('the catalogues', () => {
  const keys = Object.keys(vi) as MessageKey[];
  /** A message's parameters: "{name}", and "{name:one|other}" (the word for that number). */
  const placeholders = (text: string) =>
    [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();
  const plurals = /\{\w+:[^{}|]*\|[^{}]*\}/g;

  it('translates a key in the chosen language', () => {
    expect(translator(vi)('work.daysLeft', { count: 3 })).toBe('còn 3 ngày');
    expect(translator(en)('work.daysLeft', { count: 3 })).not.toBe('còn 3 ngày');
  });

  it('has the same keys in English as in Vietnamese', () => {
    expect(Object.keys(en).sort()).toEqual([...keys].sort());
  });

  it('writes every Vietnamese and English message in NFC, with no space around it and none empty', () => {
    const bad = keys.filter((k) =>
      [vi[k], en[k]].some((text) => text !== text.normalize('NFC') || text !== text.trim() || text === ''),
    );
    expect(bad).toEqual([]);
  });

  it('uses the same placeholders in both languages', () => {
    const mismatched = keys.filter(
      (k) => placeholders(vi[k]).join() !== placeholders(en[k].replace(plurals, '')).join(),
    );
    expect(mismatched).toEqual([]);
  });

  it('leaves no brace unmatched', () => {
    const broken = keys.filter((k) =>
      [vi[k], en[k]].some((text) => {
        const rest = text.replace(plurals, '').replace(/\{\w+\}/g, '');
        return rest.includes('{') || rest.includes('}');
      }),
    );
    expect(broken).toEqual([]);
  });
});
