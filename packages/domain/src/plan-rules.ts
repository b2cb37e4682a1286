import { NOMINEE_KIND_LABELS, type Plan, type Task, taskDeadline } from './campaigns.ts';
import { formatOfficialDate, vietnamDate } from './dates.ts';
import type { Outline } from './outline.ts';

export interface UnitInfo {
  name: string;
  active: boolean;
}

export interface PlanCheckInput {
  plan: Plan;
  outline: Outline;
  /** Looks a unit up by id; undefined when it no longer exists. */
  unit: (id: string) => UnitInfo | undefined;
  /** The day it would be issued (yyyy-mm-dd, Vietnam), to check deadlines against. */
  issueDate: string;
}

/** "Nhiệm vụ 4 (Bộ Chỉ huy Quân sự tỉnh)" — how a message names a task row. */
export function describeTask(
  task: Pick<Task, 'label' | 'unitIds'>,
  index: number,
  unit: PlanCheckInput['unit'],
) {
  const label = taskLabel(task, (id) => unit(id)?.name);
  return label ? `Nhiệm vụ ${index + 1} (${label})` : `Nhiệm vụ ${index + 1}`;
}

/** The printed label of a task row: the clerk's wording, else its units' names joined. */
export function taskLabel(
  task: Pick<Task, 'label' | 'unitIds'>,
  unitName: (id: string) => string | undefined,
) {
  if (task.label) return task.label;
  const names = task.unitIds.map(unitName).filter((n): n is string => Boolean(n));
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} và ${names.at(-1)}`;
}

function firstNumber(text: string): number | null {
  const m = text.match(/\d+/);
  return m ? Number(m[0]) : null;
}

/**
 * What stops a plan from being issued, each as a sentence a coordinator can act on. Empty means it
 * can be issued. The same list shows beside the draft while it is edited and answers a refused issue.
 */
export function planProblems({ plan, outline, unit, issueDate }: PlanCheckInput): string[] {
  const out: string[] = [];
  const need = (value: string | null | undefined, message: string) => {
    if (!value?.trim()) out.push(message);
  };
  need(plan.issuingBody, 'Chưa có tên cơ quan ban hành.');
  need(plan.docNumber, 'Chưa có số văn bản.');
  need(plan.docCode, 'Chưa có ký hiệu văn bản (ví dụ KH-UBND).');
  need(plan.place, 'Chưa có địa danh ghi trước ngày tháng (ví dụ Quảng Trị).');
  need(plan.docType, 'Chưa có tên loại văn bản (ví dụ KẾ HOẠCH).');
  need(plan.summary, 'Chưa có trích yếu nội dung của kế hoạch.');
  need(plan.purpose, 'Chưa có mục đích, yêu cầu.');

  const unitProblems = (ids: readonly string[], where: string) => {
    for (const id of ids) {
      const u = unit(id);
      if (!u) out.push(`${where}: có đơn vị không còn trong danh mục đơn vị.`);
      else if (!u.active) out.push(`${where}: đơn vị “${u.name}” đã ngừng hoạt động.`);
    }
  };
  const checkDeadline = (deadline: string | null, what: string) => {
    if (deadline && vietnamDate(deadline) < issueDate) {
      out.push(
        `${what} (${formatOfficialDate(deadline)}) sớm hơn ngày ban hành (${formatOfficialDate(issueDate)}).`,
      );
    }
  };

  if (!plan.reportDeadline) out.push('Chưa có thời hạn gửi báo cáo.');
  checkDeadline(plan.reportDeadline, 'Thời hạn gửi báo cáo');
  if (plan.reportDeadline)
    need(plan.submissionTo, 'Chưa ghi cơ quan nhận báo cáo (ví dụ Sở Y tế - Cơ quan thường trực).');

  if (plan.tasks.length === 0) out.push('Chưa có nhiệm vụ nào ở mục Tổ chức thực hiện.');
  else if (!plan.tasks.some((t) => t.kind === 'report')) {
    out.push('Chưa có nhiệm vụ báo cáo nào: hãy giao báo cáo theo đề cương cho các đơn vị phải báo cáo.');
  }
  plan.tasks.forEach((task, i) => {
    const name = describeTask(task, i, unit);
    if (task.unitIds.length === 0) out.push(`${name}: chưa chọn đơn vị thực hiện.`);
    need(task.text, `${name}: chưa ghi nội dung nhiệm vụ.`);
    unitProblems(task.unitIds, name);
    checkDeadline(task.deadline, `${name}: thời hạn`);
    if (task.minMinutes && task.maxMinutes && task.minMinutes > task.maxMinutes) {
      out.push(`${name}: thời lượng tối thiểu lớn hơn thời lượng tối đa.`);
    }
    if (task.kind === 'nomination_summary' && !taskDeadline(task, plan)) {
      out.push(`${name}: chưa có thời hạn.`);
    }
  });

  if (plan.awardGroups.length > 0) {
    if (!plan.nominationDeadline) out.push('Chưa có thời hạn gửi hồ sơ đề nghị khen thưởng.');
    checkDeadline(plan.nominationDeadline, 'Thời hạn gửi hồ sơ đề nghị khen thưởng');
    need(plan.nominationTo, 'Chưa ghi cơ quan nhận hồ sơ đề nghị khen thưởng.');
  }
  plan.awardGroups.forEach((group, g) => {
    const where = `Khen thưởng, mục ${g + 1}`;
    if (!group.awardTypeId) out.push(`${where}: chưa chọn hình thức khen thưởng.`);
    need(group.heading, `${where}: chưa ghi nội dung khen thưởng.`);
    if (group.quotas.length === 0) out.push(`${where}: chưa có dòng chỉ tiêu nào.`);
    group.quotas.forEach((row, r) => {
      const rowName = `${where}, dòng ${r + 1}${row.label ? ` (${row.label})` : ''}`;
      need(row.label, `${rowName}: chưa ghi tên đơn vị hoặc nhóm đơn vị.`);
      if (row.scope === 'unit' && row.unitIds.length !== 1) {
        out.push(`${rowName}: chỉ tiêu riêng phải gắn với đúng một đơn vị.`);
      }
      if (row.scope !== 'unit' && row.unitIds.length === 0 && !row.unitKind) {
        out.push(`${rowName}: chưa chọn các đơn vị hoặc loại đơn vị được áp dụng.`);
      }
      unitProblems([...row.unitIds, ...row.exceptUnitIds], rowName);
      const written = row.text ? firstNumber(row.text) : null;
      if (written !== null && written !== row.count) {
        out.push(
          `${rowName}: nội dung ghi ${written} ${NOMINEE_KIND_LABELS[row.nomineeKind].noun} nhưng số lượng là ${row.count}.`,
        );
      }
    });
  });

  if (outline.sections.length === 0) out.push('Chưa có đề cương báo cáo.');

  need(plan.signature.authority, 'Chưa ghi thẩm quyền ký (ví dụ TM. ỦY BAN NHÂN DÂN).');
  need(plan.signature.title, 'Chưa ghi chức vụ người ký.');
  need(plan.signature.name, 'Chưa ghi họ tên người ký.');
  if (plan.recipients.length === 0) out.push('Chưa có nơi nhận.');
  else if (!/^Lưu\b/i.test(plan.recipients.at(-1)?.text ?? '')) {
    out.push('Nơi nhận phải kết thúc bằng dòng “Lưu: VT, …”.');
  }
  plan.recipients.forEach((r, i) => {
    need(r.text, `Nơi nhận, dòng ${i + 1}: chưa ghi nội dung.`);
  });
  return out;
}
