import { endOfVietnamDay, type Plan, type Task } from '@tongket/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Block, OfficialDocument } from './model.ts';
import { buildPlanDocument, taskPrintedText } from './plan-document.ts';
import { renderDocx } from './render-docx.ts';
import { renderPdf } from './render-pdf.ts';
import { normaliseText, readDocx, readPdf } from './testing/index.ts';

const UNITS: Record<string, string> = {
  bchqs: 'Bộ Chỉ huy Quân sự tỉnh',
  bdbp: 'Bộ Chỉ huy Bộ đội biên phòng tỉnh',
  dpttth: 'Đài Phát thanh - Truyền hình tỉnh',
  tdkt: 'Ban Thi đua - Khen thưởng tỉnh',
  hh: 'UBND huyện Hướng Hóa',
};

const task = (id: string, fields: Partial<Task> & Pick<Task, 'kind' | 'text'>): Task => ({
  id,
  unitIds: [id],
  label: '',
  topic: '',
  deadline: null,
  minMinutes: null,
  maxMinutes: null,
  ...fields,
});

/** A plan whose tasks carry what the system holds units to: own deadlines, a topic, a length. */
function planWithTasks(tasks: Task[]): Plan {
  return {
    parentBody: '',
    issuingBody: 'ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ',
    docNumber: '2600',
    docCode: 'KH-UBND',
    place: 'Quảng Trị',
    docDate: '2020-06-08',
    docType: 'KẾ HOẠCH',
    summary: 'Tổ chức Hội nghị tổng kết giai đoạn 1\ncông tác chống dịch COVID-19',
    situation: 'Nhằm đánh giá công tác phòng, chống dịch trong giai đoạn 1.',
    purpose: 'Đánh giá công tác phòng, chống dịch trong thời gian qua.',
    programme: [],
    conferenceTime: '',
    conferenceStartsAt: null,
    venue: '',
    delegateGroups: [],
    expectedDelegates: null,
    budgetLines: [],
    awardGroups: [],
    nominationDeadline: endOfVietnamDay('2020-06-12'),
    nominationTo: '',
    nominationReviewer: '',
    tasks,
    reportDeadline: endOfVietnamDay('2020-06-10'),
    submissionTo: 'Sở Y tế - Cơ quan thường trực Ban Chỉ đạo tỉnh',
    submissionEmail: '',
    signedReports: false,
    closing: '',
    recipients: [{ id: 'r1', text: 'Lưu: VT, VX', unitIds: [] }],
    signature: { authority: 'TM. ỦY BAN NHÂN DÂN', deputy: '', title: 'CHỦ TỊCH', name: 'Nguyễn Văn A' },
  };
}

const TASKS = [
  // A deadline in the afternoon: the hour is part of it.
  task('bchqs', {
    kind: 'speech',
    text: 'Chuẩn bị 01 tham luận.',
    topic: 'Công tác tổ chức Khu cách ly tập trung',
    maxMinutes: 10,
    deadline: '2020-06-15T17:00:00+07:00',
  }),
  // By the end of a day: the date alone; the topic is already in the text, so it is not repeated.
  task('bdbp', {
    kind: 'speech',
    text: 'Chuẩn bị 01 tham luận về công tác phòng, chống dịch qua biên giới.',
    topic: 'Công tác phòng, chống dịch qua biên giới',
    minMinutes: 7,
    maxMinutes: 10,
    deadline: endOfVietnamDay('2020-06-13'),
  }),
  // The clerk wrote the length into the text: it is not printed twice.
  task('dpttth', {
    kind: 'media',
    text: 'Xây dựng phóng sự công tác phòng chống dịch để trình chiếu tại Hội nghị (10-15 phút).',
    topic: 'Phóng sự công tác phòng chống dịch',
    minMinutes: 10,
    maxMinutes: 15,
  }),
  // The plan's own deadline for its kind: said once, in the sentence after the tasks.
  task('tdkt', {
    kind: 'nomination_summary',
    text: 'Tổng hợp, tham mưu khen thưởng.',
    deadline: endOfVietnamDay('2020-06-12'),
  }),
  task('hh', { kind: 'report', text: 'Báo cáo tổng kết theo đề cương.' }),
];

const build = (tasks = TASKS) =>
  buildPlanDocument({
    kind: 'tong_ket',
    status: 'issued',
    plan: planWithTasks(tasks),
    outline: { title: 'BÁO CÁO', summary: '', sections: [] },
    unitName: (id) => UNITS[id],
    issuerShortName: 'UBND tỉnh',
  });

/** Section VII as printed lines: "1. Bộ Chỉ huy Quân sự tỉnh: Chuẩn bị …". */
function implementationLines(doc: OfficialDocument): string[] {
  const plain = (runs: ReadonlyArray<string | { text: string }>) =>
    runs.map((r) => (typeof r === 'string' ? r : r.text)).join('');
  const start = doc.body.findIndex((b) => b.kind === 'heading' && b.text === 'TỔ CHỨC THỰC HIỆN');
  return doc.body.slice(start + 1).map((b: Block) => {
    if (b.kind === 'heading') return normaliseText(`${b.label} ${b.text}${plain(b.rest ?? [])}`);
    if (b.kind === 'paragraph' || b.kind === 'listItem') return normaliseText(plain(b.runs));
    return '';
  });
}

const EXPECTED = [
  '1. Bộ Chỉ huy Quân sự tỉnh: Chuẩn bị 01 tham luận (chủ đề: Công tác tổ chức Khu cách ly tập trung; thời lượng không quá 10 phút); thời gian hoàn thành: trước 17 giờ 00 ngày 15/6/2020.',
  '2. Bộ Chỉ huy Bộ đội biên phòng tỉnh: Chuẩn bị 01 tham luận về công tác phòng, chống dịch qua biên giới (thời lượng 7-10 phút); thời gian hoàn thành: trước ngày 13/6/2020.',
  '3. Đài Phát thanh - Truyền hình tỉnh: Xây dựng phóng sự công tác phòng chống dịch để trình chiếu tại Hội nghị (10-15 phút).',
  '4. Ban Thi đua - Khen thưởng tỉnh: Tổng hợp, tham mưu khen thưởng.',
  '5. UBND huyện Hướng Hóa: Báo cáo tổng kết theo đề cương.',
  'Yêu cầu các cơ quan, đơn vị gửi báo cáo và tham luận về Sở Y tế - Cơ quan thường trực Ban Chỉ đạo tỉnh trước ngày 10/6/2020 (trừ các nhiệm vụ đã ghi thời gian hoàn thành riêng)./.',
];

describe('section VII of a plan', () => {
  it('prints each task’s own deadline (the hour only when it is not the end of the day), a speech’s topic and length', () => {
    expect(implementationLines(build())).toEqual(EXPECTED);
  });

  it('says that reports must arrive signed when the round requires it, and only then', () => {
    const signed = buildPlanDocument({
      kind: 'tong_ket',
      status: 'issued',
      plan: { ...planWithTasks(TASKS), signedReports: true },
      outline: { title: 'BÁO CÁO', summary: '', sections: [] },
      unitName: (id) => UNITS[id],
      issuerShortName: 'UBND tỉnh',
    });
    expect(implementationLines(signed).at(-1)).toBe(
      'Yêu cầu các cơ quan, đơn vị gửi báo cáo và tham luận về Sở Y tế - Cơ quan thường trực Ban Chỉ đạo tỉnh trước ngày 10/6/2020 (trừ các nhiệm vụ đã ghi thời gian hoàn thành riêng); báo cáo gửi qua hệ thống phải kèm bản PDF được ký số bằng chứng thư số của chính cơ quan, đơn vị gửi./.',
    );
    expect(implementationLines(build()).join(' ')).not.toContain('ký số');
  });

  it('adds nothing to a task whose text says it all and that keeps the plan’s deadline', () => {
    const plain = task('hh', { kind: 'report', text: 'Báo cáo tổng kết theo đề cương;' });
    expect(taskPrintedText(plain, planWithTasks([]))).toBe('Báo cáo tổng kết theo đề cương;');
    const doc = build([plain]);
    expect(implementationLines(doc).at(-1)).toBe(
      'Yêu cầu các cơ quan, đơn vị gửi báo cáo về Sở Y tế - Cơ quan thường trực Ban Chỉ đạo tỉnh trước ngày 10/6/2020./.',
    );
  });

  it('keeps a list item’s closing semicolon and gives the plan’s deadlines their hour when they have one', () => {
    const plan = {
      ...planWithTasks([]),
      reportDeadline: '2020-06-10T09:30:00+07:00',
    };
    const row = task('x', {
      kind: 'report',
      text: 'Đầu mối tổng hợp;',
      deadline: endOfVietnamDay('2020-06-11'),
    });
    expect(taskPrintedText(row, plan)).toBe('Đầu mối tổng hợp; thời gian hoàn thành: trước ngày 11/6/2020;');
    const doc = buildPlanDocument({
      kind: 'tong_ket',
      status: 'issued',
      plan: { ...plan, tasks: [task('hh', { kind: 'report', text: 'Báo cáo.' })] },
      outline: { title: 'BÁO CÁO', summary: '', sections: [] },
      unitName: (id) => UNITS[id],
      issuerShortName: 'UBND tỉnh',
    });
    expect(implementationLines(doc).at(-1)).toContain('trước 09 giờ 30 ngày 10/6/2020./.');
  });
});

describe('the end mark of a plan', () => {
  const withoutDeadline = (tasks: Task[], closing = '') =>
    buildPlanDocument({
      kind: 'tong_ket',
      status: 'issued',
      plan: { ...planWithTasks(tasks), reportDeadline: null, closing },
      outline: { title: 'BÁO CÁO', summary: '', sections: [] },
      unitName: (id) => UNITS[id],
      issuerShortName: 'UBND tỉnh',
    });

  it('closes the last task when nothing follows it, in its line or as the last item of its list', () => {
    const report = task('hh', { kind: 'report', text: 'Báo cáo tổng kết theo đề cương;' });
    expect(implementationLines(withoutDeadline([report])).at(-1)).toBe(
      '1. UBND huyện Hướng Hóa: Báo cáo tổng kết theo đề cương./.',
    );
    const speech = task('hh', { kind: 'speech', text: 'Chuẩn bị 01 tham luận,' });
    expect(implementationLines(withoutDeadline([report, speech])).slice(-2)).toEqual([
      'Báo cáo tổng kết theo đề cương;',
      'Chuẩn bị 01 tham luận./.',
    ]);
  });

  it('replaces a closing paragraph’s colon with the mark', () => {
    const doc = withoutDeadline([], 'Đề nghị các cơ quan, đơn vị thực hiện như sau:');
    expect(implementationLines(doc).at(-1)).toBe('Đề nghị các cơ quan, đơn vị thực hiện như sau./.');
  });
});

describe('section VII as DOCX and PDF', () => {
  let docxText: string;
  let pdfText: string;
  beforeAll(async () => {
    const doc = build();
    docxText = normaliseText((await readDocx(await renderDocx(doc))).text);
    pdfText = normaliseText((await readPdf(await renderPdf(doc))).pages.join(' '));
  });

  it('reads back every task line, with its deadline, topic and length, in Word', () => {
    expect(EXPECTED.filter((line) => !docxText.includes(line))).toEqual([]);
  });

  it('reads back every task line, with its deadline, topic and length, in the PDF', () => {
    // Page numbers head pages 2 onwards; none falls inside section VII of this two-page plan.
    expect(EXPECTED.filter((line) => !pdfText.includes(line))).toEqual([]);
  });
});

describe('the outline appendix’s reference to the plan', () => {
  const subtitle = (plan: Plan) =>
    buildPlanDocument({
      kind: 'tong_ket',
      status: 'issued',
      plan,
      outline: {
        title: 'BÁO CÁO',
        summary: '',
        sections: [
          { id: 's1', title: 'Kết quả', required: false, guidance: '', indicators: [], children: [] },
        ],
      },
      unitName: (id) => UNITS[id],
      issuerShortName: 'UBND tỉnh',
    }).appendices?.[0]?.subtitle;

  it('prints the number and the date, or blanks for both that the release fills', () => {
    expect(subtitle(planWithTasks([]))).toBe('(Kèm Kế hoạch số 2600/KH-UBND ngày 08/6/2020 của UBND tỉnh)');
    const year = new Date().getFullYear();
    expect(subtitle({ ...planWithTasks([]), docNumber: '', docDate: null })).toBe(
      `(Kèm Kế hoạch số ${'\u00a0'.repeat(12)}/KH-UBND ngày${'\u00a0'.repeat(8)}/${'\u00a0'.repeat(8)}/${year} của UBND tỉnh)`,
    );
  });
});
