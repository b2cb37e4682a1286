import { vietnamDate } from '@tongket/domain';
import type { Client, TestServer } from './harness.ts';

let numbers = 7000;

export interface RoundOptions {
  reportUnits: string[];
  deadlineInDays: number;
  name?: string;
  /** Units asked for a documentary (phóng sự) as well. */
  mediaUnits?: string[];
}

/**
 * A draft round ready to issue, made through the API as a coordinator would: the Quảng Trị
 * outline, a report task for the given units and a speech for the first of them, dated today (by
 * the server's clock) with the report deadline `deadlineInDays` from now (negative: passed).
 */
export async function draftTestRound(
  server: TestServer,
  coordinator: Client,
  options: RoundOptions,
): Promise<{ id: string; version: number; docDate: string }> {
  const qt = await server.unitId('QT');
  const created = await coordinator.post('/api/v1/campaigns', {
    kind: 'tong_ket',
    issuingUnitId: qt,
    name: options.name ?? 'Đợt thử thu báo cáo',
    outlineTemplate: 'quang-tri-2020',
  });
  if (created.status !== 201) throw new Error(`create: ${created.body}`);
  const unitIds = await Promise.all(options.reportUnits.map((code) => server.unitId(code)));
  const deadline = new Date(server.clock.nowMs() + options.deadlineInDays * 86_400_000).toISOString();
  // Issued today, or on the deadline's own day when that has already passed.
  const docDate = vietnamDate(options.deadlineInDays < 0 ? deadline : server.clock.now());
  const saved = await coordinator.patch(`/api/v1/campaigns/${created.json.id}`, {
    version: created.json.version,
    plan: {
      docDate,
      purpose: 'Đánh giá công tác phòng, chống dịch.',
      tasks: [
        { kind: 'report', unitIds, text: 'Báo cáo tổng kết theo đề cương.' },
        {
          kind: 'speech',
          unitIds: [unitIds[0]],
          text: 'Chuẩn bị 01 tham luận.',
          topic: 'Công tác tổ chức Khu cách ly tập trung',
        },
        ...(options.mediaUnits?.length
          ? [
              {
                kind: 'media',
                unitIds: await Promise.all(options.mediaUnits.map((code) => server.unitId(code))),
                text: 'Xây dựng 01 phóng sự về công tác phòng, chống dịch.',
                topic: 'Chung sức phòng, chống dịch',
                minMinutes: 3,
                maxMinutes: 5,
              },
            ]
          : []),
      ],
      reportDeadline: deadline,
      recipients: [{ text: 'Lưu: VT' }],
      signature: {
        authority: 'TM. ỦY BAN NHÂN DÂN',
        deputy: 'KT. CHỦ TỊCH',
        title: 'PHÓ CHỦ TỊCH',
        name: 'Hoàng Nam',
      },
    },
  });
  if (saved.status !== 200) throw new Error(`plan: ${saved.body}`);
  return { id: created.json.id, version: saved.json.version, docDate };
}

/** The round of `draftTestRound`, issued under the next free test number. */
export async function issueTestRound(
  server: TestServer,
  coordinator: Client,
  options: RoundOptions,
): Promise<{ id: string; version: number }> {
  const draft = await draftTestRound(server, coordinator, options);
  const issued = await coordinator.post(`/api/v1/campaigns/${draft.id}/issue`, {
    version: draft.version,
    docNumber: String(numbers++),
    docDate: draft.docDate,
  });
  if (issued.status !== 200) throw new Error(`issue: ${issued.body}`);
  return { id: draft.id, version: issued.json.version };
}

/** Text for every required section of the round's outline, and a value for every indicator. */
export function fullReport(outline: {
  sections: Array<{
    id: string;
    required: boolean;
    indicators: Array<{ id: string }>;
    children: Array<{
      id: string;
      required: boolean;
      indicators: Array<{ id: string }>;
      children: unknown[];
    }>;
  }>;
}) {
  const sections: Record<string, string> = {};
  const indicators: Record<string, number> = {};
  const walk = (list: typeof outline.sections) => {
    for (const s of list) {
      if (s.children.length === 0)
        sections[s.id] = `<p>Nội dung mục ${s.id.slice(-4)}: đã triển khai đầy đủ.</p>`;
      s.indicators.forEach((ind, i) => {
        indicators[ind.id] = 10 + i;
      });
      walk(s.children as typeof outline.sections);
    }
  };
  walk(outline.sections);
  return { sections, indicators };
}

/**
 * An issued round with a commendation section shaped like plan 2519's, small enough to run out:
 * collectives — Sở Y tế 2, Bộ CHQS 1, the districts 2 shared; individuals — Sở Y tế 1, each district
 * 1 except Cồn Cỏ; Ủy ban MTTQ one community exemplar. Nominations close `nominationInDays` from now.
 */
export async function issueAwardRound(
  server: TestServer,
  coordinator: Client,
  options: {
    nominationInDays: number;
    name?: string;
    /** Codes of districts the shared pool of collectives leaves out ("trừ huyện đảo Cồn Cỏ"). */
    poolExcept?: string[];
  } = { nominationInDays: 5 },
) {
  const u = async (code: string) => server.unitId(code);
  const created = await coordinator.post('/api/v1/campaigns', {
    kind: 'tong_ket',
    issuingUnitId: await u('QT'),
    name: options.name ?? 'Đợt thử khen thưởng',
    outlineTemplate: 'quang-tri-2020',
  });
  const deadline = new Date(
    server.clock.nowMs() + Math.max(1, options.nominationInDays) * 86_400_000,
  ).toISOString();
  const docDate = vietnamDate(server.clock.now());
  const award = 'award-bk-ct-ubnd-tinh';
  const saved = await coordinator.patch(`/api/v1/campaigns/${created.json.id}`, {
    version: created.json.version,
    plan: {
      docDate,
      purpose: 'Đánh giá công tác phòng, chống dịch.',
      tasks: [{ kind: 'report', unitIds: [await u('QT-BCHQS')], text: 'Báo cáo tổng kết theo đề cương.' }],
      reportDeadline: deadline,
      awardGroups: [
        {
          awardTypeId: award,
          heading:
            'Bằng khen của Chủ tịch UBND tỉnh cho các tập thể đạt thành tích xuất sắc trong phòng, chống dịch COVID-19',
          quotas: [
            {
              scope: 'unit',
              nomineeKind: 'collective',
              count: 2,
              unitIds: [await u('QT-SYT')],
              label: 'Sở Y tế',
            },
            {
              scope: 'unit',
              nomineeKind: 'collective',
              count: 1,
              unitIds: [await u('QT-BCHQS')],
              label: 'Bộ Chỉ huy Quân sự tỉnh',
            },
            {
              scope: 'pool',
              nomineeKind: 'collective',
              count: 2,
              unitKind: 'district',
              exceptUnitIds: await Promise.all((options.poolExcept ?? []).map(u)),
              label: 'Ban Chỉ đạo các huyện, thị xã, thành phố',
            },
          ],
        },
        {
          awardTypeId: award,
          heading:
            'Bằng khen của Chủ tịch UBND tỉnh cho cá nhân đạt thành tích xuất sắc trong phòng, chống dịch COVID-19',
          quotas: [
            {
              scope: 'unit',
              nomineeKind: 'individual',
              count: 1,
              unitIds: [await u('QT-SYT')],
              label: 'Sở Y tế',
            },
            {
              scope: 'each',
              nomineeKind: 'individual',
              count: 1,
              unitKind: 'district',
              exceptUnitIds: [await u('QT-CONCO')],
              label: 'Các huyện, thị xã, thành phố (trừ huyện đảo Cồn Cỏ)',
              text: 'Mỗi địa phương đề xuất 01 cá nhân',
            },
            {
              scope: 'unit',
              nomineeKind: 'exemplar',
              count: 1,
              unitIds: [await u('QT-MTTQ')],
              label: 'Ủy ban MTTQ Việt Nam tỉnh',
            },
          ],
        },
      ],
      nominationDeadline: deadline,
      nominationTo: 'Sở Y tế - Cơ quan thường trực',
      nominationReviewer: 'Ban Thi đua - Khen thưởng tỉnh',
      recipients: [{ text: 'Lưu: VT' }],
      signature: {
        authority: 'TM. ỦY BAN NHÂN DÂN',
        deputy: 'KT. CHỦ TỊCH',
        title: 'PHÓ CHỦ TỊCH',
        name: 'Hoàng Nam',
      },
    },
  });
  if (saved.status !== 200) throw new Error(`plan: ${saved.body}`);
  const issued = await coordinator.post(`/api/v1/campaigns/${created.json.id}/issue`, {
    version: saved.json.version,
    docNumber: String(numbers++),
    docDate,
  });
  if (issued.status !== 200) throw new Error(`issue: ${issued.body}`);
  const [collectives, individuals] = issued.json.plan.awardGroups;
  return {
    id: created.json.id as string,
    collectives: collectives.id as string,
    individuals: individuals.id as string,
  };
}

/** One agenda item as `GET …/conference` answers it. */
export interface AgendaAnswer {
  id: string;
  kind: string;
  title: string;
  startTime: string | null;
  durationMinutes: number;
  presenterUnitId: string | null;
  presenterName: string;
  assignmentId: string | null;
  note: string;
  scheduledStart: string | null;
  scheduledEnd: string | null;
}

/** An agenda answer as a save sends it back (a draft's placeholder ids included, as a page would). */
export const agendaInput = (a: AgendaAnswer) => ({
  id: a.id,
  kind: a.kind,
  title: a.title,
  startTime: a.startTime,
  durationMinutes: a.durationMinutes,
  presenterUnitId: a.presenterUnitId,
  presenterName: a.presenterName,
  assignmentId: a.assignmentId,
  note: a.note,
});

/** `PUT …/conference`'s body that saves a conference as `GET …/conference` answered it. */
export function conferenceSaveBody(conference: Record<string, unknown> & { agenda: AgendaAnswer[] }) {
  const keys = [
    'version',
    'title',
    'date',
    'startTime',
    'endTime',
    'tentative',
    'timeNote',
    'venue',
    'chair',
    'expectedDelegates',
    'invitationDate',
    'invitationContent',
    'signature',
  ] as const;
  return {
    ...Object.fromEntries(keys.map((k) => [k, conference[k]])),
    agenda: conference.agenda.map(agendaInput),
  };
}
