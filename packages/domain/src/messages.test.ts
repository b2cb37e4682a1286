import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  dateSchema,
  indicatorValueProblem,
  instantSchema,
  lengthOverMaximum,
  vndSchema,
  yearSchema,
} from './bounds.ts';
import * as domain from './index.ts';
import { type Lang, setLanguageSource, zodLocale } from './lang.ts';
import { planProblems } from './plan-rules.ts';

/** A letter only Vietnamese writes: an English message holding one still speaks Vietnamese. */
const VIETNAMESE = /[ăâđêôơưàáạảãấầẩẫậắằẳẵặèéẹẻẽếềểễệìíỉịĩòóọỏõốồổỗộớờởỡợùúụủũứừửữựỳýỵỷỹ]/i;
/** Names quoted as they are written whatever the language: the default codes of a decision. */
const PROPER_NOUNS = /QĐ-UBND/g;

function inLang<T>(lang: Lang, run: () => T): T {
  setLanguageSource(() => lang);
  try {
    return run();
  } finally {
    setLanguageSource(() => 'vi');
  }
}

const messages = (schema: z.ZodType, value: unknown) =>
  schema.safeParse(value).error?.issues.map((i) => i.message) ?? [];

// biome-ignore lint/suspicious/noExplicitAny: walks zod's own definitions, which are typed per kind
type Def = any;

/**
 * Values that break a schema in as many of its ways as can be reached cheaply: the wrong type, an
 * empty or over-long text, a date out of range or badly written, a negative, fractional or huge
 * number, an unknown choice; for an object, one variant per position so each field meets each of
 * its bad values. Recursion (an outline's children) stops after a few levels.
 */
function badValues(schema: z.ZodType, depth = 0): unknown[] {
  const def: Def = (schema as Def)._zod.def;
  if (depth > 4) return [undefined];
  switch (def.type) {
    case 'string': {
      const out: unknown[] = [42, '', 'Ab c!', '08/06/2020', '0000-01-01', '9999-12-31T23:59:59+07:00'];
      for (const check of def.checks ?? []) {
        const { maximum } = check._zod.def;
        if (typeof maximum === 'number' && maximum < 1_000_000) out.push('a'.repeat(maximum + 1));
      }
      return out;
    }
    case 'number':
      return ['x', undefined, -1, 1.5, 1e20];
    case 'boolean':
      return ['no'];
    case 'enum':
    case 'literal':
      return ['bogus', 3];
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      return badValues(def.innerType, depth);
    case 'lazy':
      return badValues(def.getter(), depth + 1);
    case 'pipe':
      return [
        ...badValues(def.in, depth),
        ...(def.out._zod.def.type === 'transform' ? [] : badValues(def.out, depth)),
      ];
    case 'union':
      return def.options.flatMap((o: z.ZodType) => badValues(o, depth));
    case 'array': {
      const items = badValues(def.element, depth + 1);
      return ['not a list', ...items.map((item) => [item])];
    }
    case 'record':
      return [
        'not a record',
        ...badValues(def.valueType, depth + 1).map((value) => ({
          [`k${'e'.repeat(70)}`]: value,
          key: value,
        })),
      ];
    case 'object': {
      const fields = Object.entries(def.shape as Record<string, z.ZodType>).map(
        ([key, field]) => [key, badValues(field, depth + 1)] as const,
      );
      const variants = Math.max(1, ...fields.map(([, values]) => values.length));
      const out: unknown[] = ['not an object', { unexpected: true }];
      for (let k = 0; k < variants; k++) {
        out.push(Object.fromEntries(fields.map(([key, values]) => [key, values[k % values.length]])));
      }
      return out;
    }
    default:
      return [undefined];
  }
}

const schemas: Array<[string, z.ZodType]> = Object.entries(domain as Record<string, unknown>).flatMap(
  ([name, value]): Array<[string, z.ZodType]> => (value instanceof z.ZodType ? [[name, value]] : []),
);

describe('validation messages in the caller’s language', () => {
  beforeAll(() => {
    z.config(zodLocale());
  });
  afterEach(() => setLanguageSource(() => 'vi'));

  it('finds the schemas to sweep', () => {
    expect(schemas.length).toBeGreaterThan(80);
    expect(schemas.map(([name]) => name)).toEqual(
      expect.arrayContaining([
        'planInputSchema',
        'nominationInputSchema',
        'conferenceInputSchema',
        'userCreateSchema',
      ]),
    );
  });

  it('answers every issue of every schema in English for an English caller, in Vietnamese otherwise', () => {
    let issues = 0;
    const untranslated: string[] = [];
    const vietnameseInEnglish: string[] = [];
    const seenEnglish = new Set<string>();
    for (const [name, schema] of schemas) {
      for (const value of badValues(schema)) {
        const vi = inLang('vi', () => schema.safeParse(value).error?.issues ?? []);
        const en = inLang('en', () => schema.safeParse(value).error?.issues ?? []);
        expect(en.map((i) => i.path.join('.'))).toEqual(vi.map((i) => i.path.join('.')));
        en.forEach((issue, i) => {
          issues++;
          seenEnglish.add(issue.message);
          const where = `${name} ${issue.path.join('.')}: ${issue.message}`;
          if (VIETNAMESE.test(issue.message.replace(PROPER_NOUNS, ''))) vietnameseInEnglish.push(where);
          if (issue.message === vi[i]?.message) untranslated.push(where);
        });
      }
    }
    expect([...new Set(vietnameseInEnglish)]).toEqual([]);
    expect([...new Set(untranslated)]).toEqual([]);
    // The sweep reaches the messages of our own, not only zod's.
    expect(issues).toBeGreaterThan(1000);
    for (const ours of [
      'At most 300 characters',
      'The planned amount must not be negative',
      'The issue date must be between 1 January 1900 and 31 December 2100',
      'Invalid kind of nominee',
      'The birth year must be a whole number',
      'Invalid time (expected HH:MM, e.g. 07:30)',
      'The password must have at least 8 characters',
      'Invalid email address',
      'The name of the unit must not be empty',
      'The length is at most 600 minutes',
    ]) {
      expect(seenEnglish).toContain(ours);
    }
  });

  it('names the field in the caller’s language in the bounds helpers', () => {
    const planned = vndSchema({ vi: 'Dự toán', en: 'The planned amount' });
    expect(messages(planned, -1)).toEqual(['Dự toán không được âm']);
    expect(inLang('en', () => messages(planned, -1))).toEqual(['The planned amount must not be negative']);
    expect(inLang('en', () => messages(planned, 10.5))).toEqual([
      'The planned amount is in whole dong, without a fractional part',
    ]);
    expect(inLang('en', () => messages(planned, 1e308))).toEqual([
      'The planned amount is at most 1,000,000,000,000 dong',
    ]);
    expect(inLang('en', () => messages(planned, 'x'))).toEqual(['The planned amount must be a number']);

    const issued = dateSchema({ vi: 'Ngày ban hành', en: 'The issue date' });
    expect(inLang('en', () => messages(issued, '08/06/2020'))).toEqual([
      'The issue date is not a valid date (expected yyyy-mm-dd)',
    ]);
    const deadline = instantSchema({ vi: 'Thời hạn', en: 'The deadline' });
    expect(inLang('en', () => messages(deadline, '9999-12-31T23:59:59+07:00'))).toEqual([
      'The deadline must be between 1 January 1900 and 31 December 2100',
    ]);
    expect(inLang('en', () => messages(deadline, 'tomorrow'))[0]).toBe(
      'The deadline is not valid (expected a date and a time)',
    );
    const born = yearSchema({ vi: 'Năm sinh', en: 'The birth year' });
    expect(messages(born, 1800)).toEqual(['Năm sinh phải trong khoảng 1900–2100']);
    expect(inLang('en', () => messages(born, 1800))).toEqual([
      'The birth year must be between 1900 and 2100',
    ]);

    // A field named in Vietnamese only is not named in English.
    expect(inLang('en', () => messages(vndSchema('Dự toán'), -1))).toEqual([
      'The value must not be negative',
    ]);
  });

  it('words a plan, a nomination, a unit, a user and a conference in the caller’s language', () => {
    const plan = { docNumber: 'abc', docCode: 'kh ubnd', docDate: '0000-01-01', submissionEmail: 'không' };
    expect(messages(domain.planPatchSchema, plan)).toEqual([
      'Số văn bản chỉ gồm chữ số',
      'Ký hiệu văn bản viết hoa, không dấu cách, ví dụ KH-UBND',
      'Ngày ban hành phải trong khoảng từ 01/01/1900 đến 31/12/2100',
      'Địa chỉ thư điện tử không hợp lệ',
    ]);
    expect(inLang('en', () => messages(domain.planPatchSchema, plan))).toEqual([
      'The document number has digits only',
      'The document code is in capitals without spaces, e.g. KH-UBND',
      'The issue date must be between 1 January 1900 and 31 December 2100',
      'Invalid email address',
    ]);

    const nomination = {
      version: 1,
      nomineeKind: 'x',
      name: ' ',
      gender: 'x',
      birthYear: 1.5,
      achievement: 'a'.repeat(20_001),
    };
    expect(inLang('en', () => messages(domain.nominationPatchSchema, nomination))).toEqual([
      'Invalid kind of nominee',
      'The name of the collective or person is missing',
      'Invalid gender',
      'The birth year must be a whole number',
      'The summary of achievements is too long',
    ]);
    expect(messages(domain.nominationPatchSchema, nomination)).toEqual([
      'Đối tượng khen thưởng không hợp lệ',
      'Chưa ghi tên tập thể hoặc họ tên cá nhân',
      'Giới tính không hợp lệ',
      'Năm sinh phải là số nguyên',
      'Tóm tắt thành tích quá dài',
    ]);

    const unit = { code: 'Sở Y tế', name: ' ', kind: 'x', email: 'x' };
    expect(inLang('en', () => messages(domain.unitCreateSchema, unit))).toEqual([
      'The unit code has unaccented letters, digits, dots, hyphens or underscores (at most 40 characters)',
      'The name of the unit must not be empty',
      'Invalid kind of unit',
      'Invalid email address',
    ]);

    expect(inLang('en', () => messages(domain.loginSchema, { username: ' ', password: '' }))).toEqual([
      'Enter your username',
      'Enter your password',
    ]);
    expect(messages(domain.loginSchema, { username: ' ', password: '' })).toEqual([
      'Nhập tên đăng nhập',
      'Nhập mật khẩu',
    ]);

    const conference = {
      version: 0,
      title: 'Hội nghị',
      date: null,
      startTime: '09:00',
      endTime: '08:00',
      tentative: false,
      venue: '',
      expectedDelegates: null,
      signature: { authority: '', deputy: '', title: '', name: '' },
      agenda: [],
    };
    expect(inLang('en', () => messages(domain.conferenceInputSchema, conference))).toEqual([
      'The end time must be after the start time',
      'Until the date and the start time are set, the conference can only be tentative',
    ]);
    expect(messages(domain.conferenceInputSchema, conference)).toEqual([
      'Giờ kết thúc phải sau giờ bắt đầu',
      'Chưa có ngày và giờ bắt đầu thì chỉ ghi được là dự kiến',
    ]);
  });

  it('explains an indicator’s figure and an over-long speech in the caller’s language', () => {
    const count = { name: 'Số người được cách ly', unit: 'người', valueType: 'integer' as const };
    const money = { name: 'Kinh phí', unit: 'đồng', valueType: 'money' as const };
    const rate = { name: 'Tỷ lệ', unit: '%', valueType: 'decimal' as const };
    expect(indicatorValueProblem(count, 1e20, 'en')).toBe(
      '“Số người được cách ly” must be a whole number, not negative, at most 1,000,000,000,000 (người)',
    );
    expect(inLang('en', () => indicatorValueProblem(money, -1))).toBe(
      '“Kinh phí” is an amount of money (đồng): enter whole dong, not negative, at most 1,000,000,000,000 dong',
    );
    expect(inLang('en', () => indicatorValueProblem(rate, 1e308))).toBe(
      '“Tỷ lệ” must be between -1,000,000,000,000 and 1,000,000,000,000 (%)',
    );
    expect(inLang('en', () => indicatorValueProblem(rate, Number.NaN))).toBe('“Tỷ lệ” must be a number (%)');
    expect(inLang('en', () => indicatorValueProblem(count, 12))).toBeNull();
    expect(inLang('en', () => lengthOverMaximum('media', 16, 15))).toBe(
      "The documentary runs 16 minutes, over the task's maximum of 15 minutes; shorten it and correct its length",
    );
    expect(lengthOverMaximum('speech', 20, 15)).toMatch(/^Tham luận dài 20 phút/);
  });

  it('lists what stops a plan from being issued in the caller’s language', () => {
    const plan: domain.Plan = {
      parentBody: '',
      issuingBody: '',
      docNumber: '',
      docCode: '',
      place: '',
      docDate: null,
      docType: '',
      summary: '',
      situation: '',
      purpose: '',
      programme: [],
      conferenceTime: '',
      conferenceStartsAt: null,
      venue: '',
      delegateGroups: [],
      expectedDelegates: null,
      budgetLines: [],
      awardGroups: [
        {
          id: 'g1',
          awardTypeId: null,
          heading: '',
          quotas: [
            {
              id: 'q1',
              scope: 'unit',
              nomineeKind: 'individual',
              count: 2,
              unitIds: ['gone', 'closed'],
              unitKind: null,
              exceptUnitIds: [],
              label: '',
              text: '03 cá nhân',
            },
          ],
        },
      ],
      nominationDeadline: '2020-05-01T10:00:00.000Z',
      nominationTo: '',
      nominationReviewer: '',
      tasks: [
        {
          id: 't1',
          kind: 'speech',
          unitIds: [],
          label: '',
          text: '',
          topic: '',
          deadline: null,
          minMinutes: 20,
          maxMinutes: 10,
        },
      ],
      reportDeadline: null,
      submissionTo: '',
      submissionEmail: '',
      signedReports: false,
      closing: '',
      recipients: [{ id: 'r1', text: '', unitIds: [] }],
      signature: { authority: '', deputy: '', title: '', name: '' },
    };
    const input = {
      plan,
      outline: { title: 'BÁO CÁO', summary: '', sections: [] },
      unit: (id: string) => (id === 'closed' ? { name: 'Xã Cũ', active: false } : undefined),
      issueDate: '2020-06-08',
    };
    const vi = planProblems(input);
    const en = inLang('en', () => planProblems(input));
    expect(en).toHaveLength(vi.length);
    expect(vi).toContain('Chưa có số văn bản.');
    expect(vi).toContain('Nhiệm vụ 1: chưa chọn đơn vị thực hiện.');
    expect(en).toEqual(
      expect.arrayContaining([
        'The document number is missing.',
        'There is no report task: assign a report following the outline to the units that must report.',
        'Task 1: no unit is chosen to carry it out.',
        'Task 1: the minimum length is greater than the maximum.',
        'The nomination deadline (01/05/2020) is earlier than the issue date (08/06/2020).',
        'Awards, item 1, row 1: a quota for one unit must name exactly one unit.',
        'Awards, item 1, row 1: a unit is no longer in the list of units.',
        'Awards, item 1, row 1: the unit “Xã Cũ” is no longer active.',
        'Awards, item 1, row 1: the text says 3 (individual) but the number is 2.',
        'The report outline is missing.',
        'Recipients, line 1: it is empty.',
      ]),
    );
    // Only the document's own Vietnamese is quoted: examples of its wording and the units' names.
    const quoted =
      /Quảng Trị|KẾ HOẠCH|Sở Y tế - Cơ quan thường trực|TM\. ỦY BAN NHÂN DÂN|“Lưu: VT, …”|“Xã Cũ”/g;
    for (const [i, message] of en.entries()) {
      expect(message).not.toBe(vi[i]);
      expect(message.replace(quoted, '')).not.toMatch(VIETNAMESE);
    }
  });
});
