import { describe, expect, it } from 'vitest';
import {
  dateSchema,
  groupThousands,
  indicatorValueProblem,
  instantSchema,
  isWithinDateBounds,
  lengthOverMaximum,
  MAX_INDICATOR_VALUE,
  MAX_VND,
  vndSchema,
} from './bounds.ts';
import { planPatchSchema } from './campaigns.ts';
import { budgetSaveSchema, budgetTotals, conferenceInputSchema } from './conference.ts';
import { aggregate } from './consolidation.ts';
import { indicatorSchema } from './outline.ts';

const count = { name: 'Số người được cách ly', unit: 'người', valueType: 'integer' as const };
const money = { name: 'Kinh phí đã chi', unit: 'đồng', valueType: 'money' as const };
const rate = { name: 'Tỷ lệ tiêm chủng', unit: '%', valueType: 'decimal' as const };

describe('indicator values', () => {
  it('takes whole counts and amounts up to 10^12, decimals of either sign within it', () => {
    expect(indicatorValueProblem(count, 0)).toBeNull();
    expect(indicatorValueProblem(count, MAX_INDICATOR_VALUE)).toBeNull();
    expect(indicatorValueProblem(money, 12_500_000)).toBeNull();
    expect(indicatorValueProblem(rate, 97.25)).toBeNull();
    expect(indicatorValueProblem(rate, -3.5)).toBeNull();
  });

  it('refuses 1e20 in an integer indicator and 1e308 anywhere, naming the indicator and the bound', () => {
    expect(indicatorValueProblem(count, 1e20)).toBe(
      '“Số người được cách ly” phải là số nguyên không âm, tối đa 1.000.000.000.000 (người)',
    );
    expect(indicatorValueProblem(rate, 1e308)).toContain('“Tỷ lệ tiêm chủng” phải nằm trong khoảng');
    expect(indicatorValueProblem(money, 1e308)).toContain('“Kinh phí đã chi” là số tiền');
    expect(indicatorValueProblem(count, MAX_INDICATOR_VALUE + 1)).not.toBeNull();
    expect(indicatorValueProblem(count, 2.5)).not.toBeNull();
    expect(indicatorValueProblem(money, -1)).not.toBeNull();
    expect(indicatorValueProblem(rate, Number.POSITIVE_INFINITY)).toContain('phải là một số');
    expect(indicatorValueProblem(rate, Number.NaN)).toContain('phải là một số');
  });

  it('adds up the largest figures of a national roll-up to a finite total', () => {
    const values = Array.from({ length: 100_000 }, () => MAX_INDICATOR_VALUE);
    const total = aggregate(values, 'sum');
    expect(Number.isFinite(total)).toBe(true);
    expect(JSON.parse(JSON.stringify({ total }))).toEqual({ total: 1e17 });
    expect(aggregate(values, 'average')).toBe(MAX_INDICATOR_VALUE);
  });
});

describe('money', () => {
  it('is whole đồng, not negative, bounded, each message naming the field', () => {
    const planned = vndSchema('Dự toán');
    expect(planned.safeParse(MAX_VND).success).toBe(true);
    const messages = (value: number) => planned.safeParse(value).error?.issues.map((i) => i.message);
    expect(messages(-1)).toEqual(['Dự toán không được âm']);
    expect(messages(10.5)).toEqual(['Dự toán tính bằng đồng, không có phần lẻ']);
    expect(messages(1e308)).toEqual([`Dự toán tối đa ${groupThousands(MAX_VND)} đồng`]);
  });

  it('keeps two hundred budget lines at the bound an exact integer total', () => {
    const lines = Array.from({ length: 200 }, (_, i) => ({
      item: `Khoản ${i + 1}`,
      planned: MAX_VND,
      actual: MAX_VND - 1,
    }));
    const parsed = budgetSaveSchema.parse({ version: 0, lines });
    const { totals } = budgetTotals(parsed.lines);
    expect(Number.isSafeInteger(totals.planned)).toBe(true);
    expect(totals.planned).toBe(200 * MAX_VND);
    expect(totals.actual).toBe(200 * (MAX_VND - 1));
    const tooMuch = budgetSaveSchema.safeParse({
      version: 0,
      lines: [{ item: 'Hội trường', planned: 1e20 }],
    });
    expect(tooMuch.error?.issues[0]).toMatchObject({ path: ['lines', 0, 'planned'] });
    expect(tooMuch.error?.issues[0]?.message).toMatch(/^Dự toán tối đa/);
  });
});

describe('dates between 1900 and 2100', () => {
  it('takes the first and last day of the range, and refuses the days outside it', () => {
    expect(isWithinDateBounds('1900-01-01')).toBe(true);
    expect(isWithinDateBounds('2100-12-31')).toBe(true);
    expect(isWithinDateBounds('1899-12-31')).toBe(false);
    expect(isWithinDateBounds('0000-01-01')).toBe(false);
    expect(isWithinDateBounds('9999-12-31')).toBe(false);
    // Instants are read in Vietnam: 31/12/2100 23:59 there is 16:59 UTC, 01/01/2101 00:30 is not in range.
    expect(isWithinDateBounds('2100-12-31T23:59:59+07:00')).toBe(true);
    expect(isWithinDateBounds('2100-12-31T17:30:00Z')).toBe(false);
    expect(isWithinDateBounds('1900-01-01T00:00:00+07:00')).toBe(true);
    expect(isWithinDateBounds('1899-12-31T16:59:59Z')).toBe(false);
  });

  it('names the field and the range in the message', () => {
    const docDate = dateSchema('Ngày ban hành');
    expect(docDate.safeParse('2020-06-08').success).toBe(true);
    expect(docDate.safeParse('0000-01-01').error?.issues[0]?.message).toBe(
      'Ngày ban hành phải trong khoảng từ 01/01/1900 đến 31/12/2100',
    );
    expect(docDate.safeParse('08/06/2020').error?.issues[0]?.message).toBe(
      'Ngày ban hành không hợp lệ (cần dạng yyyy-mm-dd)',
    );
    const deadline = instantSchema('Thời hạn gửi báo cáo');
    expect(deadline.parse('2020-06-10T23:59:59+07:00')).toBe('2020-06-10T16:59:59.000Z');
    expect(deadline.safeParse('9999-12-31T23:59:59+07:00').error?.issues[0]?.message).toBe(
      'Thời hạn gửi báo cáo phải trong khoảng từ 01/01/1900 đến 31/12/2100',
    );
  });

  it('holds in every schema where a person types a date', () => {
    const plan = planPatchSchema.safeParse({
      docDate: '0000-01-01',
      reportDeadline: '9999-12-31T23:59:59+07:00',
      nominationDeadline: '1800-01-01T08:00:00+07:00',
      conferenceStartsAt: '2101-01-01T07:30:00+07:00',
      tasks: [{ kind: 'report', unitIds: [], text: 'Báo cáo', deadline: '0001-01-01T00:00:00Z' }],
    });
    const byPath = Object.fromEntries((plan.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]));
    expect(byPath).toEqual({
      docDate: 'Ngày ban hành phải trong khoảng từ 01/01/1900 đến 31/12/2100',
      reportDeadline: 'Thời hạn gửi báo cáo phải trong khoảng từ 01/01/1900 đến 31/12/2100',
      nominationDeadline:
        'Thời hạn gửi hồ sơ đề nghị khen thưởng phải trong khoảng từ 01/01/1900 đến 31/12/2100',
      conferenceStartsAt: 'Thời gian bắt đầu hội nghị phải trong khoảng từ 01/01/1900 đến 31/12/2100',
      'tasks.0.deadline': 'Thời hạn của nhiệm vụ phải trong khoảng từ 01/01/1900 đến 31/12/2100',
    });
    const conference = conferenceInputSchema.safeParse({
      version: 0,
      title: 'Hội nghị tổng kết',
      date: '0000-01-01',
      startTime: '07:30',
      endTime: null,
      tentative: false,
      venue: 'Hội trường',
      expectedDelegates: null,
      invitationDate: '2999-01-01',
      signature: { authority: '', deputy: '', title: '', name: '' },
      agenda: [],
    });
    expect(conference.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['date', 'Ngày họp phải trong khoảng từ 01/01/1900 đến 31/12/2100'],
      ['invitationDate', 'Ngày giấy mời phải trong khoảng từ 01/01/1900 đến 31/12/2100'],
    ]);
  });
});

describe('outline indicators', () => {
  it('may be required, and are optional unless said', () => {
    const base = { name: 'Số ca mắc', unit: 'ca', valueType: 'integer', aggregation: 'sum' };
    expect(indicatorSchema.parse(base).required).toBe(false);
    expect(indicatorSchema.parse({ ...base, required: true }).required).toBe(true);
  });
});

describe('length of a speech', () => {
  it('refuses a speech or film longer than its task allows, and only that', () => {
    expect(lengthOverMaximum('speech', 20, 15)).toBe(
      'Tham luận dài 20 phút, vượt thời lượng tối đa 15 phút của nhiệm vụ; hãy rút gọn nội dung và sửa thời lượng',
    );
    expect(lengthOverMaximum('media', 16, 15)).toMatch(/^Phóng sự dài 16 phút/);
    expect(lengthOverMaximum('speech', 15, 15)).toBeNull();
    expect(lengthOverMaximum('speech', 5, 15)).toBeNull();
    expect(lengthOverMaximum('speech', null, 15)).toBeNull();
    expect(lengthOverMaximum('speech', 90, null)).toBeNull();
    expect(lengthOverMaximum('report', 90, 15)).toBeNull();
  });
});
