import {
  type CampaignKind,
  type CampaignStatus,
  documentReference,
  formatDateTimeVn,
  formatOfficialDate,
  formatOfficialDeadline,
  numberOutline,
  type Outline,
  type Plan,
  quotaRowText,
  type Task,
  taskDeadline,
  taskLabel,
  toRoman,
} from '@tongket/domain';
import { closeBody, formatPlaceDate, referenceDate } from './decree30.ts';
import type { Appendix, Block, Inline, OfficialDocument } from './model.ts';

export interface PlanDocumentInput {
  kind: CampaignKind;
  status: CampaignStatus;
  plan: Plan;
  outline: Outline;
  unitName: (id: string) => string | undefined;
  /** How the appendix names the issuer: "UBND tỉnh". */
  issuerShortName: string;
}

const paragraphsOf = (text: string): Block[] =>
  text
    .split('\n')
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => ({ kind: 'paragraph', runs: [p] }));

/** Administrative lists end each item with ";" and the last with "." — unless the clerk wrote their own. */
function listItems(texts: string[]): Block[] {
  return texts.map((text, i) => ({
    kind: 'listItem',
    runs: [/[.;:!?…]$/.test(text) ? text : `${text}${i === texts.length - 1 ? '.' : ';'}`],
  }));
}

/** Case, spacing and closing punctuation aside, so a topic written into the task's text is found there. */
const comparable = (text: string) =>
  text
    .normalize('NFC')
    .toLocaleLowerCase('vi')
    .replace(/\s+/g, ' ')
    .replace(/[\s.;,:]+$/, '')
    .trim();

/** "10-15 phút", "không quá 15 phút", "ít nhất 10 phút"; empty without bounds. */
function lengthText(min: number | null, max: number | null): string {
  if (min !== null && max !== null) return min === max ? `${max} phút` : `${min}-${max} phút`;
  if (max !== null) return `không quá ${max} phút`;
  if (min !== null) return `ít nhất ${min} phút`;
  return '';
}

/** The text already gives the length when it names the minutes and every bound ("(10-15 phút)"). */
function statesLength(text: string, min: number | null, max: number | null): boolean {
  const numbers = text.match(/\d+/g) ?? [];
  return (
    /phút/i.test(text) && [min, max].every((n) => n === null || numbers.some((found) => Number(found) === n))
  );
}

/**
 * What a row of "Tổ chức thực hiện" prints after its label: the clerk's text, then what the system
 * will hold the units to and the text does not already say — a speech's or documentary's topic and
 * length, and the task's own deadline when it is not the plan's.
 */
export function taskPrintedText(
  task: Pick<Task, 'kind' | 'text' | 'topic' | 'deadline' | 'minMinutes' | 'maxMinutes'>,
  plan: Pick<Plan, 'reportDeadline' | 'nominationDeadline'>,
): string {
  const details: string[] = [];
  if (task.topic && !comparable(task.text).includes(comparable(task.topic))) {
    details.push(`chủ đề: ${task.topic.replace(/[\s.;,:]+$/, '')}`);
  }
  if (!statesLength(task.text, task.minMinutes, task.maxMinutes)) {
    const length = lengthText(task.minMinutes, task.maxMinutes);
    if (length) details.push(`thời lượng ${length}`);
  }
  const own = ownDeadline(task, plan);
  if (details.length === 0 && !own) return task.text;
  const end = /[.;]$/.exec(task.text)?.[0] ?? '.';
  const base = task.text.replace(/[\s.;,:]+$/, '');
  const detail = details.length > 0 ? ` (${details.join('; ')})` : '';
  const by = own ? `; thời gian hoàn thành: ${formatOfficialDeadline(own)}` : '';
  return `${base}${detail}${by}${end}`;
}

/** The task's own deadline, when it has one that differs from the plan's deadline for its kind. */
function ownDeadline(
  task: Pick<Task, 'kind' | 'deadline'>,
  plan: Pick<Plan, 'reportDeadline' | 'nominationDeadline'>,
): string | null {
  if (!task.deadline) return null;
  const planned = taskDeadline({ kind: task.kind, deadline: null }, plan);
  return planned && Date.parse(planned) === Date.parse(task.deadline) ? null : task.deadline;
}

/**
 * The plan as an official document: header, "KẾ HOẠCH" and its summary, the opening, the numbered
 * parts (purpose, programme, time and venue, delegates, budget, commendation, implementation),
 * Nơi nhận and the signature, and the outline attached as the appendix. Parts left empty are
 * left out and the Roman numbers close up.
 */
export function buildPlanDocument(input: PlanDocumentInput): OfficialDocument {
  const { plan, outline, unitName } = input;
  const draft = input.status === 'draft';
  const body: Block[] = [...paragraphsOf(plan.situation)];
  let part = 0;
  const heading = (text: string) =>
    body.push({ kind: 'heading', level: 1, label: `${toRoman(++part)}.`, text });

  if (plan.purpose) {
    heading('MỤC ĐÍCH, YÊU CẦU');
    body.push(...paragraphsOf(plan.purpose));
  }
  if (plan.programme.length > 0) {
    heading('NỘI DUNG CHƯƠNG TRÌNH HỘI NGHỊ');
    body.push(...listItems(plan.programme.map((p) => p.text)));
  }
  const when =
    plan.conferenceTime || (plan.conferenceStartsAt ? formatDateTimeVn(plan.conferenceStartsAt) : '');
  if (when || plan.venue) {
    heading('THỜI GIAN, ĐỊA ĐIỂM');
    let n = 0;
    if (when)
      body.push({ kind: 'heading', level: 2, label: `${++n}.`, text: 'Thời gian:', rest: [` ${when}`] });
    if (plan.venue) {
      body.push({ kind: 'heading', level: 2, label: `${++n}.`, text: 'Địa điểm:', rest: [` ${plan.venue}`] });
    }
  }
  if (plan.delegateGroups.length > 0 || plan.expectedDelegates) {
    heading('THÀNH PHẦN');
    body.push(...listItems(plan.delegateGroups.map((g) => g.text)));
    if (plan.expectedDelegates) {
      body.push({
        kind: 'paragraph',
        runs: [{ text: `(Dự kiến số lượng đại biểu: ${plan.expectedDelegates} người)`, italic: true }],
      });
    }
  }
  if (plan.budgetLines.length > 0) {
    heading('KINH PHÍ');
    body.push(...listItems(plan.budgetLines.map((b) => (b.source ? `${b.item}: ${b.source}` : b.item))));
  }
  if (plan.awardGroups.length > 0) {
    heading('KHEN THƯỞNG');
    plan.awardGroups.forEach((group, g) => {
      body.push({ kind: 'heading', level: 2, label: `${g + 1}.`, text: `${group.heading}:` });
      body.push(...listItems(group.quotas.map((q) => `${q.label}: ${quotaRowText(q)}`)));
    });
    if (plan.nominationDeadline || plan.nominationTo) {
      const by = plan.nominationDeadline ? ` ${formatOfficialDeadline(plan.nominationDeadline)}` : '';
      const reviewer = plan.nominationReviewer
        ? `, gửi ${plan.nominationReviewer} xét chọn theo quy định`
        : '';
      body.push({
        kind: 'paragraph',
        runs: [
          `Các cơ quan, đơn vị, địa phương gửi báo cáo thành tích đề xuất khen thưởng của tập thể và cá nhân về ${plan.nominationTo}${by} để tổng hợp${reviewer}.`,
        ],
      });
    }
  }
  if (plan.tasks.length > 0 || plan.reportDeadline || plan.closing) {
    heading('TỔ CHỨC THỰC HIỆN');
    // Consecutive rows for the same units print as one numbered item with a dash per row.
    const groups: Array<{ label: string; texts: string[] }> = [];
    for (const task of plan.tasks) {
      const label = taskLabel(task, unitName);
      const text = taskPrintedText(task, plan);
      const last = groups.at(-1);
      if (last && last.label === label) last.texts.push(text);
      else groups.push({ label, texts: [text] });
    }
    groups.forEach((g, i) => {
      const label = `${i + 1}.`;
      if (g.texts.length === 1) {
        body.push({ kind: 'heading', level: 2, label, text: `${g.label}:`, rest: [` ${g.texts[0]}`] });
      } else {
        body.push({ kind: 'heading', level: 2, label, text: `${g.label}:` });
        body.push(...g.texts.map((text): Block => ({ kind: 'listItem', runs: [text] })));
      }
    });
    if (plan.reportDeadline) {
      const speeches = plan.tasks.some((t) => t.kind === 'speech');
      // The general deadline does not override the ones printed against single tasks above.
      const except = plan.tasks.some((t) => ownDeadline(t, plan))
        ? ' (trừ các nhiệm vụ đã ghi thời gian hoàn thành riêng)'
        : '';
      const review = input.kind === 'so_ket' ? 'sơ kết' : 'tổng kết';
      const email = plan.submissionEmail
        ? `, bản điện tử gửi qua địa chỉ email: ${plan.submissionEmail}`
        : '';
      const outlineNote =
        outline.sections.length > 0 ? `; mẫu đề cương báo cáo ${review} được đính kèm theo Kế hoạch` : '';
      // What the system enforces on submission (a signed PDF of the report) is what the plan says.
      const signed = plan.signedReports
        ? '; báo cáo gửi qua hệ thống phải kèm bản PDF được ký số bằng chứng thư số của chính cơ quan, đơn vị gửi'
        : '';
      body.push({
        kind: 'paragraph',
        runs: [
          `Yêu cầu các cơ quan, đơn vị gửi báo cáo${speeches ? ' và tham luận' : ''} về ${plan.submissionTo} ${formatOfficialDeadline(plan.reportDeadline)}${except}${email}${signed}${outlineNote}.`,
        ],
      });
    }
    body.push(...paragraphsOf(plan.closing));
  }

  const reference = documentReference(plan);
  // Unnumbered: a blank the number is written (or placed at the digital release) in.
  const number = reference || `${'\u00a0'.repeat(12)}/${plan.docCode}`;
  const year = new Date().getFullYear();
  const placeDate = plan.docDate
    ? formatPlaceDate(plan.place, new Date(`${plan.docDate}T12:00:00+07:00`))
    : `${plan.place}, ngày      tháng      năm ${year}`;
  const appendices: Appendix[] = [];
  if (outline.sections.length > 0) {
    // Undated, the reference carries blanks for the date as the header does (Decree 30, Appendix I).
    const dated = referenceDate(plan.docDate && formatOfficialDate(plan.docDate), year);
    appendices.push({
      title: ['ĐỀ CƯƠNG BÁO CÁO'],
      subtitle: `(Kèm Kế hoạch số ${reference || number} ${dated} của ${input.issuerShortName})`,
      body: outlineBlocks(outline),
    });
  }

  return {
    header: {
      parentBody: plan.parentBody || undefined,
      issuingBody: plan.issuingBody,
      number,
      placeDate,
    },
    docType: plan.docType,
    summary: plan.summary.split('\n').filter(Boolean),
    body: closeBody(body),
    signature: {
      lines: [plan.signature.authority, plan.signature.deputy, plan.signature.title].filter(Boolean),
      name: plan.signature.name,
    },
    recipients: plan.recipients.map((r) => r.text),
    appendices,
    draft,
    metadata: {
      title: `${plan.docType} ${reference}`.trim(),
      subject: plan.summary.replace(/\s*\n\s*/g, ' '),
      author: plan.issuingBody.replace(/\s*\n\s*/g, ' '),
    },
  };
}

/** The outline as the appendix prints it: its own title and summary, then the numbered sections. */
export function outlineBlocks(outline: Outline): Block[] {
  const blocks: Block[] = [
    {
      kind: 'paragraph',
      runs: [{ text: outline.title, bold: true }],
      align: 'center',
      firstLineIndent: false,
    },
  ];
  if (outline.summary) {
    blocks.push({
      kind: 'paragraph',
      runs: [{ text: outline.summary, bold: true }],
      align: 'center',
      firstLineIndent: false,
      keepWithNext: true,
    });
  }
  for (const { section, depth, label } of numberOutline(outline.sections)) {
    blocks.push({ kind: 'heading', level: (depth + 1) as 1 | 2 | 3, label, text: section.title });
    if (section.guidance)
      blocks.push({ kind: 'paragraph', runs: [{ text: section.guidance, italic: true }] });
    for (const indicator of section.indicators) {
      const runs: Inline[] = [`${indicator.name}: …………${indicator.unit ? ` ${indicator.unit}` : ''}`];
      blocks.push({ kind: 'listItem', runs });
    }
  }
  return blocks;
}
