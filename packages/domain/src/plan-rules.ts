import { NOMINEE_KIND_LABELS } from './campaign-labels.ts';
import { type Plan, type Task, taskDeadline } from './campaigns.ts';
import { formatDateVn, vietnamDate } from './dates.ts';
import { currentLang, type Lang } from './lang.ts';
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
  /**
   * The number is typed in the issue dialog, which always asks for it: while the draft is edited
   * a missing number is not something to fix yet. The issue itself checks it.
   */
  numberAtIssue?: boolean;
}

/** "Nhiệm vụ 4 (Bộ Chỉ huy Quân sự tỉnh)" ("Task 4 (…)") — how a message names a task row. */
export function describeTask(
  task: Pick<Task, 'label' | 'unitIds'>,
  index: number,
  unit: PlanCheckInput['unit'],
  lang: Lang = currentLang(),
) {
  const label = taskLabel(task, (id) => unit(id)?.name);
  const name = `${lang === 'en' ? 'Task' : 'Nhiệm vụ'} ${index + 1}`;
  return label ? `${name} (${label})` : name;
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
 * What stops a plan from being issued, each as a sentence a coordinator can act on, in `lang` (the
 * caller's by default). Empty means it can be issued. The same list shows beside the draft while
 * it is edited and answers a refused issue. Examples quote the document's own Vietnamese wording.
 */
export function planProblems(
  { plan, outline, unit, issueDate, numberAtIssue }: PlanCheckInput,
  lang: Lang = currentLang(),
): string[] {
  const out: string[] = [];
  /** The sentence in the caller's language. */
  const say = (vi: string, en: string) => (lang === 'en' ? en : vi);
  const need = (value: string | null | undefined, message: string) => {
    if (!value?.trim()) out.push(message);
  };
  need(plan.issuingBody, say('Chưa có tên cơ quan ban hành.', 'The issuing body is missing.'));
  if (!numberAtIssue) need(plan.docNumber, say('Chưa có số văn bản.', 'The document number is missing.'));
  need(
    plan.docCode,
    say('Chưa có ký hiệu văn bản (ví dụ KH-UBND).', 'The document code is missing (e.g. KH-UBND).'),
  );
  need(
    plan.place,
    say(
      'Chưa có địa danh ghi trước ngày tháng (ví dụ Quảng Trị).',
      'The place name written before the date is missing (e.g. Quảng Trị).',
    ),
  );
  need(
    plan.docType,
    say('Chưa có tên loại văn bản (ví dụ KẾ HOẠCH).', 'The document type is missing (e.g. KẾ HOẠCH).'),
  );
  need(
    plan.summary,
    say('Chưa có trích yếu nội dung của kế hoạch.', 'The summary line of the plan is missing.'),
  );
  need(plan.purpose, say('Chưa có mục đích, yêu cầu.', 'The purpose and requirements are missing.'));

  const unitProblems = (ids: readonly string[], where: string) => {
    for (const id of ids) {
      const u = unit(id);
      if (!u) {
        out.push(
          say(
            `${where}: có đơn vị không còn trong danh mục đơn vị.`,
            `${where}: a unit is no longer in the list of units.`,
          ),
        );
      } else if (!u.active) {
        out.push(
          say(
            `${where}: đơn vị “${u.name}” đã ngừng hoạt động.`,
            `${where}: the unit “${u.name}” is no longer active.`,
          ),
        );
      }
    }
  };
  const checkDeadline = (deadline: string | null, what: string) => {
    if (deadline && vietnamDate(deadline) < issueDate) {
      const [when, issued] = [formatDateVn(deadline), formatDateVn(issueDate)];
      out.push(
        say(
          `${what} (${when}) sớm hơn ngày ban hành (${issued}).`,
          `${what} (${when}) is earlier than the issue date (${issued}).`,
        ),
      );
    }
  };

  if (!plan.reportDeadline) out.push(say('Chưa có thời hạn gửi báo cáo.', 'The report deadline is missing.'));
  checkDeadline(plan.reportDeadline, say('Thời hạn gửi báo cáo', 'The report deadline'));
  if (plan.reportDeadline)
    need(
      plan.submissionTo,
      say(
        'Chưa ghi cơ quan nhận báo cáo (ví dụ Sở Y tế - Cơ quan thường trực).',
        'The body that receives the reports is missing (e.g. Sở Y tế - Cơ quan thường trực).',
      ),
    );

  if (plan.tasks.length === 0) {
    out.push(
      say(
        'Chưa có nhiệm vụ nào ở mục Tổ chức thực hiện.',
        'There is no task in the section on implementation.',
      ),
    );
  } else if (!plan.tasks.some((t) => t.kind === 'report')) {
    out.push(
      say(
        'Chưa có nhiệm vụ báo cáo nào: hãy giao báo cáo theo đề cương cho các đơn vị phải báo cáo.',
        'There is no report task: assign a report following the outline to the units that must report.',
      ),
    );
  }
  plan.tasks.forEach((task, i) => {
    const name = describeTask(task, i, unit, lang);
    if (task.unitIds.length === 0) {
      out.push(say(`${name}: chưa chọn đơn vị thực hiện.`, `${name}: no unit is chosen to carry it out.`));
    }
    need(task.text, say(`${name}: chưa ghi nội dung nhiệm vụ.`, `${name}: the task is not described.`));
    unitProblems(task.unitIds, name);
    checkDeadline(task.deadline, say(`${name}: thời hạn`, `${name}: the deadline`));
    if (task.minMinutes && task.maxMinutes && task.minMinutes > task.maxMinutes) {
      out.push(
        say(
          `${name}: thời lượng tối thiểu lớn hơn thời lượng tối đa.`,
          `${name}: the minimum length is greater than the maximum.`,
        ),
      );
    }
    if (task.kind === 'nomination_summary' && !taskDeadline(task, plan)) {
      out.push(say(`${name}: chưa có thời hạn.`, `${name}: the deadline is missing.`));
    }
  });

  if (plan.awardGroups.length > 0) {
    if (!plan.nominationDeadline) {
      out.push(say('Chưa có thời hạn gửi hồ sơ đề nghị khen thưởng.', 'The nomination deadline is missing.'));
    }
    checkDeadline(
      plan.nominationDeadline,
      say('Thời hạn gửi hồ sơ đề nghị khen thưởng', 'The nomination deadline'),
    );
    need(
      plan.nominationTo,
      say(
        'Chưa ghi cơ quan nhận hồ sơ đề nghị khen thưởng.',
        'The body that receives the nominations is missing.',
      ),
    );
  }
  plan.awardGroups.forEach((group, g) => {
    const where = say(`Khen thưởng, mục ${g + 1}`, `Awards, item ${g + 1}`);
    if (!group.awardTypeId) {
      out.push(say(`${where}: chưa chọn hình thức khen thưởng.`, `${where}: no form of award is chosen.`));
    }
    need(
      group.heading,
      say(`${where}: chưa ghi nội dung khen thưởng.`, `${where}: the award is not described.`),
    );
    if (group.quotas.length === 0) {
      out.push(say(`${where}: chưa có dòng chỉ tiêu nào.`, `${where}: there is no quota row.`));
    }
    group.quotas.forEach((row, r) => {
      const rowName = `${where}, ${say('dòng', 'row')} ${r + 1}${row.label ? ` (${row.label})` : ''}`;
      need(
        row.label,
        say(
          `${rowName}: chưa ghi tên đơn vị hoặc nhóm đơn vị.`,
          `${rowName}: the unit or group of units is not named.`,
        ),
      );
      if (row.scope === 'unit' && row.unitIds.length !== 1) {
        out.push(
          say(
            `${rowName}: chỉ tiêu riêng phải gắn với đúng một đơn vị.`,
            `${rowName}: a quota for one unit must name exactly one unit.`,
          ),
        );
      }
      if (row.scope !== 'unit' && row.unitIds.length === 0 && !row.unitKind) {
        out.push(
          say(
            `${rowName}: chưa chọn các đơn vị hoặc loại đơn vị được áp dụng.`,
            `${rowName}: neither the units nor the kind of unit it applies to is chosen.`,
          ),
        );
      }
      unitProblems([...row.unitIds, ...row.exceptUnitIds], rowName);
      const written = row.text ? firstNumber(row.text) : null;
      if (written !== null && written !== row.count) {
        const kind = NOMINEE_KIND_LABELS[row.nomineeKind];
        out.push(
          say(
            `${rowName}: nội dung ghi ${written} ${kind.noun} nhưng số lượng là ${row.count}.`,
            `${rowName}: the text says ${written} (${kind.en.toLowerCase()}) but the number is ${row.count}.`,
          ),
        );
      }
    });
  });

  if (outline.sections.length === 0)
    out.push(say('Chưa có đề cương báo cáo.', 'The report outline is missing.'));

  need(
    plan.signature.authority,
    say(
      'Chưa ghi thẩm quyền ký (ví dụ TM. ỦY BAN NHÂN DÂN).',
      'The signing authority is missing (e.g. TM. ỦY BAN NHÂN DÂN).',
    ),
  );
  need(plan.signature.title, say('Chưa ghi chức vụ người ký.', 'The title of the signer is missing.'));
  need(plan.signature.name, say('Chưa ghi họ tên người ký.', 'The name of the signer is missing.'));
  if (plan.recipients.length === 0) out.push(say('Chưa có nơi nhận.', 'The recipients are missing.'));
  else if (!/^Lưu\b/i.test(plan.recipients.at(-1)?.text ?? '')) {
    out.push(
      say(
        'Nơi nhận phải kết thúc bằng dòng “Lưu: VT, …”.',
        'The recipients must end with the line “Lưu: VT, …”.',
      ),
    );
  }
  plan.recipients.forEach((r, i) => {
    need(
      r.text,
      say(`Nơi nhận, dòng ${i + 1}: chưa ghi nội dung.`, `Recipients, line ${i + 1}: it is empty.`),
    );
  });
  return out;
}
