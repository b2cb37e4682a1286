import type { OutlineInput, UnitKind } from '@tongket/domain';
import { vietnamDate } from '@tongket/domain';
import type { Db } from '../../apps/server/src/db/database.ts';
import { bumpUnitsVersion } from '../../apps/server/src/kernel/unit-queries.ts';
import { newId, nowIso } from '../../apps/server/src/lib/ids.ts';
import { hashPassword } from '../../apps/server/src/modules/auth/index.ts';
import { insertUsers } from '../../apps/server/src/modules/users/index.ts';
import { login, requestJson } from './http-client.ts';
import { indicatorValue, type ReportIndicator, sectionHtml, seededRandom } from './report-text.ts';

/**
 * A review round at deadline scale, set up the way an installation gets there: reporting units
 * and their officers written with the server's own modules (one argon2 hash shared by every
 * account — hashing costs ~60 ms each), then a round created, outlined, planned and issued through
 * the API by the demo coordinator `syt`, as a person would in the browser.
 */

export const COORDINATOR = { username: 'syt', password: 'tongket-demo' } as const;
export const OFFICER_PASSWORD = 'bench-tongket-2025';
/** The demo province the reporting units are added under; `syt` is its standing agency. */
const PROVINCE_CODE = 'QT';

const DEPARTMENT_NAMES = [
  'Trung tâm Y tế',
  'Phòng Y tế',
  'Phòng Giáo dục và Đào tạo',
  'Phòng Văn hóa và Thông tin',
  'Phòng Lao động - Thương binh và Xã hội',
  'Ban Chỉ huy Quân sự',
  'Công an',
  'Hội Chữ thập đỏ',
  'Bệnh viện Đa khoa khu vực',
  'Trung tâm Văn hóa - Thể thao',
];
const PLACES = [
  'Hướng Hóa',
  'Gio Linh',
  'Vĩnh Linh',
  'Triệu Phong',
  'Hải Lăng',
  'Cam Lộ',
  'Đakrông',
  'Đông Hà',
  'Quảng Trị',
  'Cồn Cỏ',
  'Tân Phú',
  'Hòa Bình',
  'Phú Lộc',
  'Châu Thành',
  'Bình Sơn',
  'Đức Trọng',
];

export interface BenchUnit {
  index: number;
  id: string;
  code: string;
  name: string;
  kind: UnitKind;
  username: string;
}

/**
 * `count` reporting units under the demo province, alternately departments and districts, and
 * one unit officer each, in one transaction.
 */
export async function insertReportingUnits(
  db: Db,
  count: number,
): Promise<{ provinceId: string; units: BenchUnit[] }> {
  const province = await db.kysely
    .selectFrom('units')
    .select('id')
    .where('code', '=', PROVINCE_CODE)
    .executeTakeFirstOrThrow();
  const passwordHash = await hashPassword(OFFICER_PASSWORD);
  const now = nowIso();
  const units: BenchUnit[] = Array.from({ length: count }, (_, index) => {
    const n = String(index + 1).padStart(4, '0');
    const place = PLACES[index % PLACES.length] as string;
    const kind: UnitKind = index % 2 === 0 ? 'department' : 'district';
    const name =
      kind === 'department'
        ? `${DEPARTMENT_NAMES[Math.floor(index / 2) % DEPARTMENT_NAMES.length]} ${place} số ${n}`
        : `UBND huyện ${place} số ${n}`;
    return { index, id: newId(), code: `QT-BENCH-${n}`, name, kind, username: `bench${n}` };
  });
  await db.kysely.transaction().execute(async (trx) => {
    for (let i = 0; i < units.length; i += 200) {
      const chunk = units.slice(i, i + 200);
      await trx
        .insertInto('units')
        .values(
          chunk.map((u) => ({
            id: u.id,
            code: u.code,
            name: u.name,
            short_name: null,
            kind: u.kind,
            parent_id: province.id,
            email: null,
            active: 1,
            sort_order: 1000 + u.index,
            version: 1,
            created_at: now,
            updated_at: now,
          })),
        )
        .execute();
      await insertUsers(
        trx,
        chunk.map((u) => ({
          username: u.username,
          fullName: `Cán bộ ${u.name}`,
          role: 'unit' as const,
          unitId: u.id,
          passwordHash,
        })),
        now,
      );
    }
    await bumpUnitsVersion(trx);
  });
  return { provinceId: province.id, units };
}

const INDICATOR_NAMES: Array<[string, string, ReportIndicator['valueType']]> = [
  ['Số văn bản chỉ đạo đã ban hành', 'văn bản', 'integer'],
  ['Số lượt tuyên truyền trên loa truyền thanh', 'lượt', 'integer'],
  ['Số mẫu xét nghiệm SARS-CoV-2', 'mẫu', 'integer'],
  ['Số người cách ly tập trung', 'người', 'integer'],
  ['Số người cách ly tại nhà', 'người', 'integer'],
  ['Tỷ lệ người dân đeo khẩu trang nơi công cộng', '%', 'decimal'],
  ['Kinh phí chi cho phòng, chống dịch', 'đồng', 'money'],
  ['Số tiền vận động ủng hộ', 'đồng', 'money'],
  ['Số đoàn kiểm tra, giám sát', 'đoàn', 'integer'],
  ['Số tờ khai y tế đã tiếp nhận', 'tờ khai', 'integer'],
  ['Thời gian trả kết quả xét nghiệm trung bình', 'giờ', 'decimal'],
  ['Số lớp tập huấn cho cán bộ y tế cơ sở', 'lớp', 'integer'],
];

/**
 * Exactly 20 leaf sections (I with 12, II with 5, III with 3), every leaf required, and 30
 * indicators in all — integer, decimal and money — spread over the leaves of part I and II.
 */
export function benchOutline(): OutlineInput {
  const partI = [
    'Công tác chỉ đạo, điều hành',
    'Công tác tuyên truyền',
    'Công tác kiểm tra, giám sát',
    'Công tác khảo sát, lựa chọn các khu cách ly tập trung',
    'Công tác chuyên môn',
    'Công tác khai báo y tế bắt buộc và tự nguyện',
    'Chi ngân sách phục vụ công tác phòng, chống dịch',
    'Công tác vận động ủng hộ phòng, chống dịch',
    'Công tác phối hợp giữa các lực lượng',
    'Công tác bảo đảm hậu cần, trang thiết bị',
    'Công tác cách ly tại nhà, nơi lưu trú',
    'Một số hoạt động nổi bật của đơn vị',
  ];
  const partII = [
    'Thuận lợi',
    'Khó khăn, tồn tại',
    'Nguyên nhân',
    'Bài học kinh nghiệm',
    'Đề xuất, kiến nghị',
  ];
  const partIII = [
    'Mục tiêu trong giai đoạn tiếp theo',
    'Nhiệm vụ, giải pháp trọng tâm',
    'Tổ chức thực hiện',
  ];
  let next = 0;
  const indicators = (count: number) =>
    Array.from({ length: count }, () => {
      const [name, unit, valueType] = INDICATOR_NAMES[next % INDICATOR_NAMES.length] as [
        string,
        string,
        ReportIndicator['valueType'],
      ];
      const round = Math.floor(next / INDICATOR_NAMES.length);
      next++;
      return {
        name: round === 0 ? name : `${name} (đợt ${round + 1})`,
        unit,
        valueType,
        aggregation: valueType === 'decimal' ? ('average' as const) : ('sum' as const),
      };
    });
  // 12 leaves of part I carry 2 or 3 indicators (3,2,3,2,…: 30 in all); parts II and III none.
  const leaf = (title: string, count: number) => ({
    title,
    required: true,
    guidance: `Nêu rõ kết quả, số liệu cụ thể về ${title.toLowerCase()}.`,
    indicators: indicators(count),
    children: [],
  });
  const outline: OutlineInput = {
    title: 'BÁO CÁO',
    summary: 'Tổng kết công tác phòng, chống dịch COVID-19 (thử tải)',
    sections: [
      {
        title: 'KẾT QUẢ TRIỂN KHAI CÔNG TÁC PHÒNG, CHỐNG DỊCH BỆNH COVID-19',
        required: false,
        children: partI.map((t, i) => leaf(t, i % 2 === 0 ? 3 : 2)),
      },
      { title: 'ĐÁNH GIÁ, NHẬN XÉT', required: false, children: partII.map((t) => leaf(t, 0)) },
      {
        title: 'PHƯƠNG HƯỚNG PHÒNG, CHỐNG DỊCH TRONG GIAI ĐOẠN TIẾP THEO',
        required: false,
        children: partIII.map((t) => leaf(t, 0)),
      },
    ],
  };
  return outline;
}

interface OutlineAnswer {
  sections: Array<{
    id: string;
    title: string;
    indicators: Array<{ id: string; valueType: ReportIndicator['valueType'] }>;
    children: OutlineAnswer['sections'];
  }>;
}

export interface IssuedRound {
  campaignId: string;
  /** Leaf sections and every indicator, with the ids the server gave them. */
  leaves: Array<{ id: string; title: string }>;
  indicators: ReportIndicator[];
}

function expectStatus(what: string, response: { status: number; text: string }, status: number) {
  if (response.status !== status) {
    throw new Error(`${what}: HTTP ${response.status} ${response.text.slice(0, 600)}`);
  }
}

/**
 * Creates the round as the coordinator, replaces its outline, plans one report task for every
 * unit with a deadline `deadlineDays` ahead, and issues it.
 */
export async function createAndIssueRound(
  origin: string,
  coordinatorCookie: string,
  provinceId: string,
  unitIds: string[],
  deadlineDays = 3,
): Promise<IssuedRound> {
  const call = (method: 'GET' | 'POST' | 'PATCH' | 'PUT', path: string, body?: unknown) =>
    requestJson(origin, method, path, { cookie: coordinatorCookie, body, timeoutMs: 120_000 });

  const created = await call('POST', '/api/v1/campaigns', {
    kind: 'tong_ket',
    issuingUnitId: provinceId,
    name: 'Tổng kết công tác phòng, chống dịch COVID-19 (thử tải hạn chót)',
  });
  expectStatus('create the round', created, 201);
  const id = created.json.id as string;

  const outlined = await call('PUT', `/api/v1/campaigns/${id}/outline`, {
    version: created.json.version,
    outline: benchOutline(),
  });
  expectStatus('save the outline', outlined, 200);

  const docDate = vietnamDate(new Date());
  const planned = await call('PATCH', `/api/v1/campaigns/${id}`, {
    version: outlined.json.version,
    plan: {
      docDate,
      purpose:
        'Đánh giá kết quả công tác phòng, chống dịch COVID-19, rút kinh nghiệm cho giai đoạn tiếp theo.',
      tasks: [
        {
          kind: 'report',
          unitIds,
          text: 'Báo cáo tổng kết công tác phòng, chống dịch theo đề cương đính kèm.',
        },
      ],
      reportDeadline: new Date(Date.now() + deadlineDays * 86_400_000).toISOString(),
      recipients: [{ text: 'Các sở, ban, ngành, địa phương;' }, { text: 'Lưu: VT, VX.' }],
      signature: {
        authority: 'TM. ỦY BAN NHÂN DÂN',
        deputy: 'KT. CHỦ TỊCH',
        title: 'PHÓ CHỦ TỊCH',
        name: 'Hoàng Nam',
      },
    },
  });
  expectStatus('save the plan', planned, 200);

  const issued = await call('POST', `/api/v1/campaigns/${id}/issue`, {
    version: planned.json.version,
    docNumber: String(8000 + Math.floor(Math.random() * 1_000_000)),
    docDate,
  });
  expectStatus('issue the round', issued, 200);

  const outline = issued.json.outline as OutlineAnswer;
  const leaves: IssuedRound['leaves'] = [];
  const indicators: ReportIndicator[] = [];
  const walk = (sections: OutlineAnswer['sections']) => {
    for (const s of sections) {
      if (s.children.length === 0) leaves.push({ id: s.id, title: s.title });
      for (const i of s.indicators) indicators.push({ id: i.id, valueType: i.valueType });
      walk(s.children);
    }
  };
  walk(outline.sections);
  if (leaves.length !== 20 || indicators.length !== 30) {
    throw new Error(`the issued outline has ${leaves.length} leaves and ${indicators.length} indicators`);
  }
  return { campaignId: id, leaves, indicators };
}

export interface UnitReport {
  sections: Record<string, string>;
  indicators: Record<string, number>;
}

/** The report one unit submits: every leaf written, every indicator filled, different per unit. */
export function unitReport(round: IssuedRound, unit: BenchUnit): UnitReport {
  const sections: Record<string, string> = {};
  round.leaves.forEach((leaf, i) => {
    sections[leaf.id] = sectionHtml(unit.name, leaf.title, unit.index * 1000 + i + 1);
  });
  const random = seededRandom(unit.index + 7_000_000);
  const indicators: Record<string, number> = {};
  for (const indicator of round.indicators) indicators[indicator.id] = indicatorValue(indicator, random);
  return { sections, indicators };
}

/** Runs `fn` over `items` with at most `limit` at a time, keeping the order of the answers. */
export async function mapConcurrent<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i] as T, i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

export interface SignedInUnit extends BenchUnit {
  cookie: string;
  assignmentId: string;
}

/**
 * Every officer signs in through the API (argon2 verify on the server: a few at a time is what
 * its thread pool takes) and finds their report assignment in the round.
 */
export async function signInUnits(
  origin: string,
  units: BenchUnit[],
  campaignId: string,
  progress: (message: string) => void,
): Promise<SignedInUnit[]> {
  let done = 0;
  return mapConcurrent(units, 8, async (unit) => {
    const cookie = await login(origin, unit.username, OFFICER_PASSWORD);
    const assignmentId = await reportAssignmentIn(origin, unit.username, cookie, campaignId);
    if (++done % 250 === 0) progress(`signed in ${done}/${units.length} unit officers`);
    return { ...unit, cookie, assignmentId };
  });
}

/** The id of the officer's report assignment in the round, as their task list shows it. */
async function reportAssignmentIn(
  origin: string,
  username: string,
  cookie: string,
  campaignId: string,
): Promise<string> {
  const mine = await requestJson(origin, 'GET', '/api/v1/assignments', { cookie });
  expectStatus(`GET /api/v1/assignments as ${username}`, mine, 200);
  const assignment = (mine.json.items as Array<{ id: string; campaignId: string; kind: string }>).find(
    (a) => a.campaignId === campaignId && a.kind === 'report',
  );
  if (!assignment) throw new Error(`${username} has no report assignment in round ${campaignId}`);
  return assignment.id;
}

/**
 * The officers, already signed in, find their report assignment in another round (a second spike
 * on the same server): the same cookies, each unit's assignment in `campaignId`.
 */
export async function assignmentsInRound(
  origin: string,
  units: readonly SignedInUnit[],
  campaignId: string,
): Promise<SignedInUnit[]> {
  return mapConcurrent(units, 16, async (unit) => ({
    ...unit,
    assignmentId: await reportAssignmentIn(origin, unit.username, unit.cookie, campaignId),
  }));
}
