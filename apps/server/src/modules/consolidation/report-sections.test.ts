import { describe, expect, it } from 'vitest';
import { reportSections } from './report-sections.ts';

/** What a consolidation read before: the whole content parsed, then the wanted sections looked up. */
function parsedWhole(json: string, wanted: ReadonlySet<string>) {
  const sections: Record<string, unknown> = JSON.parse(json).sections ?? {};
  return Object.fromEntries(
    [...wanted].filter((id) => Object.hasOwn(sections, id)).map((id) => [id, sections[id]]),
  );
}

/** A deterministic generator, so a failure names the case that failed. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

/** Text with everything JSON escapes or a scanner could trip on. */
const PIECES = [
  '<p>Đã triển khai',
  ' tiêm chủng mở rộng; ',
  '"',
  '\\',
  '\\"',
  '"}',
  '{"sections":',
  '\n',
  '\t',
  '\u0000',
  '\u001f',
  '\ud800',
  '\udc00',
  '😀',
  '</p>',
  ',',
  ':',
  '[',
  ']',
  'ệ',
  'null',
];

function text(next: () => number) {
  let out = '';
  const n = Math.floor(next() * 12);
  for (let i = 0; i < n; i++) out += PIECES[Math.floor(next() * PIECES.length)];
  return out;
}

describe('a report content read a few sections at a time', () => {
  it('gives every wanted section exactly as the whole content parsed gives it, whatever the texts hold', () => {
    const next = random(7);
    const ids = ['a', 'b-1', '01a252f1-adbf-7001-8024-ba53bf024c3b', 'k"q', 'ệ', '\\', '__proto__x'];
    for (let round = 0; round < 2000; round++) {
      const sections: Record<string, string> = {};
      for (const id of ids) if (next() < 0.7) sections[id] = text(next);
      const content: Record<string, unknown> = {
        body: text(next),
        sections,
        indicators: { i1: Math.round(next() * 1000) / 10, i2: null, nested: [{ x: text(next) }, [1, '}']] },
        topic: text(next),
        durationMinutes: next() < 0.5 ? null : 30,
      };
      // Keys in other orders too: the sections first, last, or between the others.
      const order = Object.keys(content).sort(() => next() - 0.5);
      const json = JSON.stringify(
        Object.fromEntries(order.map((k) => [k, content[k]])),
        null,
        next() < 0.2 ? 2 : 0,
      );
      const wanted = new Set(ids.filter(() => next() < 0.5));
      expect(reportSections(json, wanted), json).toEqual(parsedWhole(json, wanted));
    }
  });

  it('reads content of other shapes as the whole content parsed reads it', () => {
    const wanted = new Set(['a', 'b']);
    for (const json of [
      '{}',
      '{"sections":null}',
      '{"sections":{}}',
      '{"sections":{"a":1,"b":"x"}}',
      '{"sections":{"a":"1","a":"2"}}',
      '{"sections":{"a":"1"},"sections":{"b":"2"}}',
      '{"sections":{"a":{"b":"c"}}}',
      '{"sections":{"__proto__":"p","a":"x"}}',
      ' { "sections" : { "a" : "x" , "b" : "y" } } ',
      '{"s\\u0065ctions":{"\\u0061":"escaped keys"}}',
      '{"body":"}","sections":{"b":"\\"}"}}',
    ]) {
      expect(reportSections(json, wanted), json).toEqual(parsedWhole(json, wanted));
    }
  });

  it('fails on content that is not JSON, as parsing it whole does', () => {
    expect(() => reportSections('{"sections":{"a":"x"', new Set(['a']))).toThrow();
    expect(() => reportSections('not json', new Set(['a']))).toThrow();
  });
});
