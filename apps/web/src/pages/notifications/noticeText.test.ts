import { describe, expect, it } from 'vitest';
import { appLink, noticeBlocks, noticePreview } from './noticeText.ts';

const body = [
  'Kính gửi: UBND huyện Hướng Hóa',
  'Sở Y tế đề nghị đơn vị gửi báo cáo trước ngày 15/6/2020.',
  '',
  'Các nội dung còn thiếu:',
  '- I.1. Công tác chỉ đạo',
  '  -   I.2. Công tác tuyên truyền',
  '',
  '',
  'Trân trọng.',
].join('\r\n');

describe('noticeBlocks: the e-mail body as paragraphs and lists', () => {
  it('keeps line breaks inside a paragraph, splits on blank lines and gathers "- " lines into a list', () => {
    expect(noticeBlocks(body)).toEqual([
      {
        kind: 'text',
        lines: ['Kính gửi: UBND huyện Hướng Hóa', 'Sở Y tế đề nghị đơn vị gửi báo cáo trước ngày 15/6/2020.'],
      },
      { kind: 'text', lines: ['Các nội dung còn thiếu:'] },
      { kind: 'list', items: ['I.1. Công tác chỉ đạo', 'I.2. Công tác tuyên truyền'] },
      { kind: 'text', lines: ['Trân trọng.'] },
    ]);
  });

  it('reads \\n, \\r\\n and a lone \\r alike', () => {
    const lf = noticeBlocks('a\nb\n\nc');
    expect(noticeBlocks('a\r\nb\r\n\r\nc')).toEqual(lf);
    expect(noticeBlocks('a\rb\r\rc')).toEqual(lf);
  });

  it('does not take a dash without a space, or a negative number, for a list item', () => {
    expect(noticeBlocks('-5 ca\n--\n- mục')).toEqual([
      { kind: 'text', lines: ['-5 ca', '--'] },
      { kind: 'list', items: ['mục'] },
    ]);
  });

  it('has no blocks for an empty or blank body', () => {
    expect(noticeBlocks('')).toEqual([]);
    expect(noticeBlocks(' \n\t\n')).toEqual([]);
  });
});

describe('noticePreview', () => {
  it('folds the body into one line without list marks', () => {
    expect(noticePreview(body)).toBe(
      'Kính gửi: UBND huyện Hướng Hóa Sở Y tế đề nghị đơn vị gửi báo cáo trước ngày 15/6/2020. ' +
        'Các nội dung còn thiếu: I.1. Công tác chỉ đạo I.2. Công tác tuyên truyền Trân trọng.',
    );
    expect(noticePreview('')).toBe('');
  });
});

describe('appLink: only a path inside the app is followed', () => {
  it.each(['/campaigns/c1', '/campaigns/c1?tab=conference', '/assignments/a1#section-2', '/'])(
    '%s is followed',
    (link) => {
      expect(appLink(link)).toBe(link);
    },
  );

  it.each([
    null,
    '',
    '//evil.example/campaigns',
    '/\\evil.example',
    'https://evil.example/',
    'http:/campaigns',
    'javascript:alert(1)',
    'campaigns/c1',
    ' /campaigns/c1',
  ])('%j is not', (link) => {
    expect(appLink(link)).toBeNull();
  });
});
