import { formatDeadlineVn, formatOfficialDate, vietnamDate } from '@tongket/domain';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Client, DIALECTS, useTestServer } from '../../../test/harness.ts';
import { HOSTILE_FILES, type HostileFile, PDF, xlsxOf, zipOf } from '../../../test/hostile-files.ts';
import { fullReport, issueTestRound } from '../../../test/rounds.ts';
import { UnitDirectory } from '../../kernel/unit-directory.ts';
import { dueRules, runDueReminders } from './reminders.ts';

interface AssignmentItem {
  id: string;
  kind: string;
  unitName: string;
  status: string;
  version: number;
}

describe.each(DIALECTS)('report collection: draft, submit, review, progress (%s)', (dialect) => {
  const suite = useTestServer(dialect);
  let syt: Client;
  let bchqs: Client;
  let huonghoa: Client;
  let round: { id: string };
  let report: AssignmentItem;

  const detail = async (client: Client, id: string) => (await client.get(`/api/v1/assignments/${id}`)).json;

  beforeAll(async () => {
    syt = await suite.server.login('syt');
    bchqs = await suite.server.login('bchqs');
    huonghoa = await suite.server.login('huonghoa');
    round = await issueTestRound(suite.server, syt, {
      reportUnits: ['QT-BCHQS', 'QT-HUONGHOA', 'QT-GIOLINH'],
      deadlineInDays: 5,
    });
    const items = (await bchqs.get('/api/v1/assignments')).json.items as Array<
      AssignmentItem & { campaignId: string }
    >;
    report = items.find((a) => a.campaignId === round.id && a.kind === 'report') as AssignmentItem;
  });

  it('lists what a unit owes across rounds, nearest deadline first', async () => {
    const items = (await bchqs.get('/api/v1/assignments')).json.items;
    // The demo plan 2519 (a speech and a report, 2020), the live demo round's two and this round's two.
    expect(items.map((a: { kind: string }) => a.kind).sort()).toEqual([
      'report',
      'report',
      'report',
      'speech',
      'speech',
      'speech',
    ]);
    expect(items[0].campaignReference).toBe('2519/KH-UBND');
    expect(items.every((a: { unitName: string }) => a.unitName === 'Bộ Chỉ huy Quân sự tỉnh')).toBe(true);
  });

  it('autosaves a draft with its version, sanitised; a stale save gets 409 with the current draft', async () => {
    const d = await detail(bchqs, report.id);
    expect(d.canEdit).toBe(true);
    expect(d.draft.version).toBe(0);
    const first = d.outline.sections[0].children[0];
    const saved = await bchqs.request('PUT', `/api/v1/assignments/${report.id}/draft`, {
      version: 0,
      content: {
        sections: {
          [first.id]:
            '<p onclick="x()">Ban Chỉ huy <strong>đã ban hành</strong> 12 văn bản.</p><script>alert(1)</script><table><tr><td>Khu</td><td>3</td></tr></table>',
        },
      },
    });
    expect(saved.status, saved.body).toBe(200);
    expect(saved.json.version).toBe(1);
    const html = saved.json.content.sections[first.id];
    expect(html).toContain('<strong>đã ban hành</strong>');
    expect(html).toContain('<table>');
    expect(html).not.toMatch(/script|onclick/);
    expect((await detail(bchqs, report.id)).assignment.status).toBe('in_progress');

    // A second tab saves from version 0: refused, and told what is stored now.
    const stale = await bchqs.request('PUT', `/api/v1/assignments/${report.id}/draft`, {
      version: 0,
      content: { sections: { [first.id]: '<p>Bản từ cửa sổ khác</p>' } },
    });
    expect(stale.status).toBe(409);
    expect(stale.json.code).toBe('draft_conflict');
    expect(stale.json.current.version).toBe(1);
    expect(stale.json.current.content.sections[first.id]).toContain('12 văn bản');
  });

  it('refuses values that do not fit their indicator and sections outside the outline', async () => {
    const d = await detail(bchqs, report.id);
    const propaganda = d.outline.sections[0].children[1];
    const [count] = propaganda.indicators;
    const money = d.outline.sections[0].children[6].indicators[0];
    const bad = await bchqs.request('PUT', `/api/v1/assignments/${report.id}/draft`, {
      version: d.draft.version,
      content: { indicators: { [count.id]: 3.5, [money.id]: -100 }, sections: { 'khong-co': '<p>x</p>' } },
    });
    expect(bad.status).toBe(422);
    expect(bad.json.errors.map((e: { field: string }) => e.field).sort()).toEqual(
      [
        `content.indicators.${count.id}`,
        `content.indicators.${money.id}`,
        'content.sections.khong-co',
      ].sort(),
    );
    expect(bad.json.detail).toContain('phải là số nguyên không âm');
    const notNumber = await bchqs.request('PUT', `/api/v1/assignments/${report.id}/draft`, {
      version: d.draft.version,
      content: { indicators: { [count.id]: 'mười' } },
    });
    expect(notNumber.status).toBe(400);
    expect((await detail(bchqs, report.id)).draft.version).toBe(d.draft.version);
  });

  it('does not let another unit write or submit this unit’s report', async () => {
    const d = await detail(bchqs, report.id);
    expect((await huonghoa.get(`/api/v1/assignments/${report.id}`)).status).toBe(404);
    const write = await huonghoa.request('PUT', `/api/v1/assignments/${report.id}/draft`, {
      version: d.draft.version,
      content: { sections: {} },
    });
    expect(write.status).toBe(404);
    expect((await huonghoa.post(`/api/v1/assignments/${report.id}/submit`, {})).status).toBe(404);
    // The standing agency sees it but does not write it.
    const asCoordinator = await syt.request('PUT', `/api/v1/assignments/${report.id}/draft`, {
      version: d.draft.version,
      content: { sections: {} },
    });
    expect(asCoordinator.status).toBe(403);
  });

  it('submits once per key, lists empty required sections, and counts on time', async () => {
    const d = await detail(bchqs, report.id);
    const missing = await bchqs.post(`/api/v1/assignments/${report.id}/submit`, {});
    expect(missing.status).toBe(422);
    expect(missing.json.code).toBe('sections_missing');
    expect(missing.json.missing.map((m: { label: string }) => m.label)).toContain('II.1');
    expect(missing.json.detail).toContain('II.1. Thuận lợi');

    const content = fullReport(d.outline);
    const key = 'nop-bao-cao-bchqs-0001';
    const [a, b] = await Promise.all([
      bchqs.post(
        `/api/v1/assignments/${report.id}/submit`,
        { version: d.draft.version, content },
        { 'idempotency-key': key },
      ),
      bchqs.post(
        `/api/v1/assignments/${report.id}/submit`,
        { version: d.draft.version, content },
        { 'idempotency-key': key },
      ),
    ]);
    expect([a.status, b.status], `${a.body} ${b.body}`).toEqual([200, 200]);
    expect(a.json.submission.seq).toBe(1);
    expect(b.json.submission.seq).toBe(1);
    const again = await bchqs.post(`/api/v1/assignments/${report.id}/submit`, {}, { 'idempotency-key': key });
    expect(again.json.submission).toEqual(a.json.submission);
    const after = await detail(bchqs, report.id);
    expect(after.submissions).toHaveLength(1);
    expect(after.assignment.status).toBe('submitted');
    expect(after.submissions[0].onTime).toBe(true);
    expect(after.canEdit).toBe(false);
    // Nothing more goes in while it waits for review.
    const more = await bchqs.post(
      `/api/v1/assignments/${report.id}/submit`,
      {},
      { 'idempotency-key': 'khac-0002' },
    );
    expect(more.status).toBe(409);
    expect(more.json.code).toBe('already_submitted');
  });

  it('returns with a reason, takes a resubmission with its diff, then accepts; the unit is told each time', async () => {
    const d = await detail(syt, report.id);
    expect(d.canReview).toBe(true);
    const noReason = await syt.post(`/api/v1/assignments/${report.id}/review`, {
      decision: 'return',
      version: d.assignment.version,
    });
    expect(noReason.status).toBe(400);
    const byUnit = await bchqs.post(`/api/v1/assignments/${report.id}/review`, {
      decision: 'accept',
      version: d.assignment.version,
    });
    expect(byUnit.status).toBe(403);
    const returned = await syt.post(`/api/v1/assignments/${report.id}/review`, {
      decision: 'return',
      comment: 'Bổ sung số liệu khu cách ly.',
      version: d.assignment.version,
    });
    expect(returned.status, returned.body).toBe(200);
    expect(returned.json.assignment).toMatchObject({
      status: 'returned',
      reviewComment: 'Bổ sung số liệu khu cách ly.',
    });
    const inbox = (await bchqs.get(`/api/v1/notifications?campaignId=${round.id}`)).json.items;
    expect(inbox[0].subject).toMatch(/^Trả lại báo cáo/);
    expect(inbox[0].body).toContain('Lý do: Bổ sung số liệu khu cách ly.');
    // The deadline as the plan states it, with its hour (the test round's is not at the end of a day).
    expect(inbox[0].body).toContain(`(thời hạn ban đầu: ${formatDeadlineVn(d.assignment.deadline)}).`);

    const mine = await detail(bchqs, report.id);
    expect(mine.canEdit).toBe(true);
    const first = mine.outline.sections[0].children[0];
    const content = {
      ...mine.draft.content,
      sections: {
        ...mine.draft.content.sections,
        [first.id]: '<p>Nội dung đã bổ sung: 3 khu cách ly, 420 người.</p>',
      },
    };
    const resubmitted = await bchqs.post(
      `/api/v1/assignments/${report.id}/submit`,
      { version: mine.draft.version, content },
      { 'idempotency-key': 'nop-lai-bchqs-0001' },
    );
    expect(resubmitted.status, resubmitted.body).toBe(200);
    expect(resubmitted.json.submission.seq).toBe(2);
    const second = (await syt.get(`/api/v1/assignments/${report.id}/submissions/2`)).json;
    expect(Object.keys(second.diff)).toEqual([first.id]);
    const added = second.diff[first.id]
      .filter((p: { added?: boolean }) => p.added)
      .map((p: { value: string }) => p.value)
      .join('');
    expect(added).toContain('420');
    expect((await syt.get(`/api/v1/assignments/${report.id}/submissions/1`)).json.diff).toBeNull();

    const now = await detail(syt, report.id);
    const accepted = await syt.post(`/api/v1/assignments/${report.id}/review`, {
      decision: 'accept',
      version: now.assignment.version,
    });
    expect(accepted.json.assignment.status).toBe('accepted');
    expect(accepted.json.submissions.map((s: { decision: string }) => s.decision)).toEqual([
      'returned',
      'accepted',
    ]);
    const twice = await syt.post(`/api/v1/assignments/${report.id}/review`, {
      decision: 'accept',
      version: accepted.json.assignment.version,
    });
    expect(twice.status).toBe(409);
  });

  it('counts progress per unit, per subtree and in total, and exports it to Excel', async () => {
    const res = await syt.get(`/api/v1/campaigns/${round.id}/progress`);
    expect(res.status).toBe(200);
    const p = res.json;
    // Reports of three units and one speech; Bộ CHQS's report is accepted.
    expect(p.totals).toMatchObject({
      expected: 4,
      submitted: 1,
      onTime: 1,
      accepted: 1,
      waiting: 3,
      overdue: 0,
    });
    expect(p.totals.reportingRate).toBeCloseTo(0.25);
    const bchqsRow = p.units.find((u: { unitName: string }) => u.unitName === 'Bộ Chỉ huy Quân sự tỉnh');
    expect(bchqsRow).toMatchObject({ expected: 2, submitted: 1, accepted: 1 });
    const province = p.subtrees.find((s: { unitName: string }) => s.unitName === 'UBND tỉnh Quảng Trị');
    expect(province.expected).toBe(4);
    const districts = (await syt.get(`/api/v1/campaigns/${round.id}/progress?unitKind=district`)).json;
    expect(districts.units.map((u: { unitName: string }) => u.unitName)).toEqual([
      'UBND huyện Gio Linh',
      'UBND huyện Hướng Hóa',
    ]);
    const speeches = (await syt.get(`/api/v1/campaigns/${round.id}/progress?kind=speech`)).json;
    expect(speeches.totals.expected).toBe(1);
    // A unit officer sees their own subtree only.
    const own = (await huonghoa.get(`/api/v1/campaigns/${round.id}/progress`)).json;
    expect(own.units.map((u: { unitName: string }) => u.unitName)).toEqual(['UBND huyện Hướng Hóa']);

    const xlsx = await syt.get(`/api/v1/campaigns/${round.id}/progress.xlsx`);
    expect(xlsx.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.raw as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet('Theo đơn vị');
    expect(sheet?.getRow(1).getCell(1).value).toBe('Đơn vị');
    const names = sheet?.getColumn(1).values.slice(2);
    expect(names).toEqual([
      'Bộ Chỉ huy Quân sự tỉnh',
      'UBND huyện Gio Linh',
      'UBND huyện Hướng Hóa',
      'Tổng cộng',
    ]);
    expect(workbook.getWorksheet('Theo cấp')).toBeTruthy();
  });

  it('says which assignments "expected" leaves out: coordination and the nomination summary hand nothing in', async () => {
    const syt = await suite.server.login('syt');
    const plan = (await syt.get('/api/v1/campaigns')).json.items.find(
      (c: { reference: string }) => c.reference === '2519/KH-UBND',
    );
    const progress = (await syt.get(`/api/v1/campaigns/${plan.id}/progress`)).json;
    const kinds = await suite.server.db.kysely
      .selectFrom('assignments')
      .select(['kind'])
      .where('campaign_id', '=', plan.id)
      .execute();
    const count = (k: string) => kinds.filter((r) => r.kind === k).length;
    expect(count('coordination')).toBeGreaterThan(0);
    expect(progress.notCounted).toContainEqual({ kind: 'coordination', assignments: count('coordination') });
    const left = progress.notCounted.reduce((n: number, k: { assignments: number }) => n + k.assignments, 0);
    expect(progress.totals.expected + left).toBe(kinds.length);
    // Asked for coordination alone, it is counted and nothing is left out.
    const coordination = (await syt.get(`/api/v1/campaigns/${plan.id}/progress?kind=coordination`)).json;
    expect(coordination.totals.expected).toBe(count('coordination'));
    expect(coordination.notCounted).toEqual([]);
  });

  it('attaches files by their content, and refuses a program named .pdf', async () => {
    const items = (await huonghoa.get('/api/v1/assignments')).json.items as Array<
      AssignmentItem & { campaignId: string }
    >;
    const own = items.find((a) => a.campaignId === round.id) as AssignmentItem;
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
    const ok = await huonghoa.upload(`/api/v1/assignments/${own.id}/attachments`, pdf, 'Báo cáo số liệu.pdf');
    expect(ok.status, ok.body).toBe(201);
    expect(ok.json).toMatchObject({
      fileName: 'Báo cáo số liệu.pdf',
      contentType: 'application/pdf',
      size: pdf.length,
    });
    const exe = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 1)]);
    const refused = await huonghoa.upload(`/api/v1/assignments/${own.id}/attachments`, exe, 'bao-cao.pdf');
    expect(refused.status).toBe(415);
    expect(refused.json.detail).toContain('kiểm tra nội dung tệp');
    const download = await syt.get(`/api/v1/attachments/${ok.json.id}`);
    expect(download.status).toBe(200);
    expect(download.raw.equals(pdf)).toBe(true);
    expect(download.headers['content-disposition']).toContain("filename*=UTF-8''B%C3%A1o");
    expect((await bchqs.get(`/api/v1/attachments/${ok.json.id}`)).status).toBe(404);
    const removed = await huonghoa.request('DELETE', `/api/v1/attachments/${ok.json.id}`);
    expect(removed.status).toBe(204);
    expect((await detail(huonghoa, own.id)).attachments).toHaveLength(0);
  });

  it('keeps an attachment under the type its content really is, with a name that says so', async () => {
    const items = (await huonghoa.get('/api/v1/assignments')).json.items as Array<
      AssignmentItem & { campaignId: string }
    >;
    const own = items.find((a) => a.campaignId === round.id) as AssignmentItem;
    const url = `/api/v1/assignments/${own.id}/attachments`;
    const file = (label: string) => HOSTILE_FILES.find((f) => f.label === label) as HostileFile;

    const png = await huonghoa.upload(url, file('PNG under a .docx name').bytes, 'bao-cao.docx');
    expect([png.status, png.json.code]).toEqual([422, 'file_name_mismatch']);
    expect(png.json.detail).toBe(
      'Tệp “bao-cao.docx” có nội dung là ảnh PNG nhưng tên lại có đuôi “.docx”. Hãy đổi tên cho đúng (đuôi .png) hoặc chọn đúng tệp rồi đính kèm lại.',
    );
    const disguised = await huonghoa.upload(url, PDF, '\u202efdp.exe');
    expect([disguised.status, disguised.json.code]).toEqual([422, 'file_name_mismatch']);
    const bomb = await huonghoa.upload(url, file('zip bomb under a .docx name').bytes, 'bao-cao.docx');
    expect(bomb.status).toBe(413);
    expect(bomb.json.code).toBe('zip_entry_too_large');
    const entities = await huonghoa.upload(url, file('docx: billion laughs').bytes, 'bao-cao.docx');
    expect(entities.json.code).toBe('xml_entities_refused');
    const encrypted = await huonghoa.upload(url, file('password-protected docx').bytes, 'bao-cao.docx');
    expect([encrypted.status, encrypted.json.code]).toEqual([422, 'file_encrypted']);
    const plainZip = await huonghoa.upload(url, zipOf([]), 'ho-so.zip');
    expect([plainZip.status, plainZip.json.code]).toEqual([415, 'file_type_not_allowed']);

    const kept: Array<{ id: string; fileName: string; contentType: string }> = [];
    for (const [name, bytes] of [
      ['bao\u0000cao\u0007.pdf', PDF],
      ['\u200b\u200b\u200b', PDF],
      ['Ông Nguyễn V.A', PDF],
      ['Danh sách.xlsx', xlsxOf()],
    ] as const) {
      const res = await huonghoa.upload(url, bytes, name);
      expect(res.status, res.body).toBe(201);
      kept.push(res.json);
    }
    expect(kept.map((k) => [k.fileName, k.contentType])).toEqual([
      ['baocao.pdf', 'application/pdf'],
      ['tep-dinh-kem.pdf', 'application/pdf'],
      ['Ông Nguyễn V.A.pdf', 'application/pdf'],
      ['Danh sách.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    ]);
    // A file kept before names were checked is sent under its real type's extension.
    const first = kept[0] as { id: string };
    await suite.server.db.kysely
      .updateTable('attachments')
      .set({ file_name: 'anh.docx', content_type: 'image/png' })
      .where('id', '=', first.id)
      .execute();
    const download = await syt.get(`/api/v1/attachments/${first.id}`);
    expect(download.headers['content-disposition']).toBe(
      'attachment; filename="anh.png"; filename*=UTF-8\'\'anh.png',
    );
    for (const k of kept) await huonghoa.request('DELETE', `/api/v1/attachments/${k.id}`);
  });

  it('takes a short video only where the task asks for a documentary', async () => {
    // The smallest MP4 a camera or phone writes: its "ftyp" box (brand isom) and an empty "mdat".
    const mp4 = Buffer.concat([
      Buffer.from('0000001c6674797069736f6d0000020069736f6d69736f326d703431', 'hex'),
      Buffer.from('0000000c6d646174', 'hex'),
      Buffer.alloc(4),
    ]);
    const withMedia = await issueTestRound(suite.server, syt, {
      reportUnits: ['QT-HUONGHOA'],
      mediaUnits: ['QT-HUONGHOA'],
      deadlineInDays: 7,
      name: 'Đợt có phóng sự',
    });
    const items = (await huonghoa.get('/api/v1/assignments')).json.items as Array<
      AssignmentItem & { campaignId: string; kind: string }
    >;
    const mine = items.filter((a) => a.campaignId === withMedia.id);
    const media = mine.find((a) => a.kind === 'media') as AssignmentItem;
    const report = mine.find((a) => a.kind === 'report') as AssignmentItem;
    const kept = await huonghoa.upload(`/api/v1/assignments/${media.id}/attachments`, mp4, 'Phóng sự.mp4');
    expect(kept.status, kept.body).toBe(201);
    expect(kept.json).toMatchObject({ fileName: 'Phóng sự.mp4', contentType: 'video/mp4' });
    const named = await huonghoa.upload(`/api/v1/assignments/${media.id}/attachments`, mp4, 'phong-su.mov');
    expect([named.status, named.json.code]).toEqual([422, 'file_name_mismatch']);
    const refused = await huonghoa.upload(
      `/api/v1/assignments/${report.id}/attachments`,
      mp4,
      'Phóng sự.mp4',
    );
    expect([refused.status, refused.json.code]).toEqual([415, 'video_not_asked']);
    expect(refused.json.detail).toBe(
      'Tệp “Phóng sự.mp4” là video MP4; chỉ nhiệm vụ phóng sự mới nhận tệp video. Hãy gửi đường dẫn tới video, hoặc đính kèm tệp PDF, Word (.docx), Excel (.xlsx), ảnh PNG, ảnh JPEG, ảnh WebP, ảnh GIF.',
    );
    const download = await syt.get(`/api/v1/attachments/${kept.json.id}`);
    expect(download.status).toBe(200);
    expect(download.headers['content-type']).toContain('video/mp4');
  });

  it('extends one unit’s deadline even while it drafts, and refuses a change made from a stale deadline', async () => {
    const items = (await huonghoa.get('/api/v1/assignments')).json.items as Array<
      AssignmentItem & { campaignId: string }
    >;
    const own = items.find(
      (a) => a.campaignId === round.id && a.kind === 'report',
    ) as unknown as AssignmentItem & {
      deadline: string;
    };
    const d = await detail(syt, own.id);
    expect(d.canManage).toBe(true);
    expect((await detail(huonghoa, own.id)).canManage).toBe(false);
    // The unit saves a draft meanwhile: the assignment's version moves, the deadline does not.
    await huonghoa.request('PUT', `/api/v1/assignments/${own.id}/draft`, {
      version: 0,
      content: { sections: {} },
    });
    const later = new Date(Date.parse(own.deadline) + 3 * 86_400_000).toISOString();
    const extended = await syt.patch(`/api/v1/assignments/${own.id}`, {
      previousDeadline: own.deadline,
      deadline: later,
    });
    expect(extended.status, extended.body).toBe(200);
    expect(extended.json.assignment.deadline).toBe(later);
    const stale = await syt.patch(`/api/v1/assignments/${own.id}`, {
      previousDeadline: own.deadline,
      deadline: later,
    });
    expect(stale.status).toBe(409);
    expect(
      (await huonghoa.patch(`/api/v1/assignments/${own.id}`, { previousDeadline: later, deadline: later }))
        .status,
    ).toBe(403);
    const audit = (
      await suite.admin.get(
        `/api/v1/audit?entityType=assignment&entityId=${own.id}&action=assignment.deadline_extended`,
      )
    ).json.items;
    expect(audit[0]).toMatchObject({
      actorUsername: 'syt',
      before: { deadline: own.deadline },
      after: { deadline: later },
    });
  });

  it('refuses reports once the round is closed', async () => {
    const other = await issueTestRound(suite.server, syt, {
      reportUnits: ['QT-GIOLINH'],
      deadlineInDays: 3,
      name: 'Đợt sẽ kết thúc',
    });
    const closed = await syt.post(`/api/v1/campaigns/${other.id}/close`, { version: other.version });
    expect(closed.status, closed.body).toBe(200);
    expect(closed.json.status).toBe('closed');
    const items = (await huonghoa.get('/api/v1/assignments')).json.items;
    expect(items.find((a: { campaignId: string }) => a.campaignId === other.id)).toBeUndefined();
    const giolinh = (await syt.get(`/api/v1/campaigns/${other.id}/assignments`)).json.items[0];
    const d = await detail(syt, giolinh.id);
    expect(d.canEdit).toBe(false);
    // Gio Linh's own officer is refused with the reason.
    const officer = await suite.server.login('admin');
    const created = await officer.post('/api/v1/users', {
      username: 'giolinh.qt',
      fullName: 'Lê Văn Linh',
      role: 'unit',
      unitId: await suite.server.unitId('QT-GIOLINH'),
      password: 'mat-khau-gio-linh',
    });
    expect(created.status, created.body).toBe(201);
    const gl = await suite.server.login('giolinh.qt', 'mat-khau-gio-linh');
    const refused = await gl.post(`/api/v1/assignments/${giolinh.id}/submit`, {
      version: 0,
      content: fullReport(d.outline),
    });
    expect(refused.status).toBe(409);
    expect(refused.json.code).toBe('campaign_closed');
    expect(refused.json.detail).toContain('đã kết thúc');
  });

  it('refuses a file that is not a Word report, and leaves the draft as it was', async () => {
    const items = (await huonghoa.get('/api/v1/assignments')).json.items as Array<
      AssignmentItem & { campaignId: string }
    >;
    const own = items.find((a) => a.campaignId === round.id && a.kind === 'report') as AssignmentItem;
    const before = await detail(huonghoa, own.id);
    const notDocx = await huonghoa.upload(
      `/api/v1/assignments/${own.id}/import-docx`,
      Buffer.from('Đây không phải tệp Word'),
      'bao-cao.docx',
    );
    expect(notDocx.status).toBe(422);
    expect(notDocx.json.code).toBe('not_docx');
    const ole = Buffer.concat([
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      Buffer.alloc(600),
    ]);
    const legacy = await huonghoa.upload(`/api/v1/assignments/${own.id}/import-docx`, ole, 'bao-cao.doc');
    expect(legacy.status).toBe(422);
    expect(legacy.json.detail).toMatch(/\.docx/);
    const after = await detail(huonghoa, own.id);
    expect(after.draft).toEqual(before.draft);
    // The server is still answering.
    expect((await huonghoa.get('/api/v1/auth/me')).status).toBe(200);
  });
});

describe.each(DIALECTS)('reminders and đôn đốc (%s)', (dialect) => {
  const suite = useTestServer(dialect);

  it('knows which rules are due and keeps only the latest when several are', () => {
    const deadline = '2026-06-10T16:59:59.000Z';
    const at = (iso: string) => Date.parse(iso);
    const rules = ['before:3', 'before:1', 'overdue'];
    expect(dueRules(rules, deadline, at('2026-06-06T00:00:00Z'))).toEqual([]);
    expect(dueRules(rules, deadline, at('2026-06-08T00:00:00Z')).map((r) => r.kind)).toEqual(['before:3']);
    expect(dueRules(rules, deadline, at('2026-06-10T00:00:00Z')).map((r) => r.kind)).toEqual([
      'before:1',
      'before:3',
    ]);
    expect(dueRules(rules, deadline, at('2026-06-11T00:00:00Z'))).toEqual([
      { kind: 'overdue', dueAt: Date.parse(deadline) },
    ]);
    // Long after the deadline the overdue notice is stale: recorded, not sent.
    expect(dueRules(rules, deadline, at('2026-07-01T00:00:00Z'))[0]).toMatchObject({
      kind: 'overdue',
      stale: true,
    });
  });

  it('sends each reminder once per assignment and rule, even when two instances check at once', async () => {
    const syt = await suite.server.login('syt');
    const round = await issueTestRound(suite.server, syt, {
      reportUnits: ['QT-CAMLO', 'QT-HAILANG'],
      deadlineInDays: 10,
      name: 'Đợt nhắc hạn',
    });
    const db = suite.server.db.kysely;
    const assignments = await db
      .selectFrom('assignments')
      .select(['id', 'deadline', 'unit_id'])
      .where('campaign_id', '=', round.id)
      .execute();
    const deadline = Date.parse(assignments[0]?.deadline as string);
    const tree = await new UnitDirectory(db).current();
    const reminders = async () =>
      db
        .selectFrom('outbox')
        .select(['dedupe_key', 'subject', 'unit_id'])
        .where('campaign_id', '=', round.id)
        .where('kind', '=', 'reminder')
        .execute();

    // Twelve hours before: "before:3" and "before:1" are both due; only the later is sent, once,
    // for each of the three assignments, however many instances check at the same moment.
    const t0 = deadline - 12 * 3_600_000;
    const [x, y] = await Promise.all([runDueReminders(db, tree, t0), runDueReminders(db, tree, t0)]);
    const ours = async () => (await reminders()).map((r) => r.dedupe_key.split(':').slice(2).join(':'));
    expect(await ours()).toEqual(['before:1', 'before:1', 'before:1']);
    expect(x + y).toBeGreaterThanOrEqual(3);
    await runDueReminders(db, tree, t0 + 60_000);
    expect(await ours()).toHaveLength(3);
    expect((await reminders())[0]?.subject).toMatch(/^Nhắc hạn: /);
    const skipped = await db
      .selectFrom('reminder_log')
      .select(['kind', 'skipped'])
      .where(
        'assignment_id',
        'in',
        assignments.map((a) => a.id),
      )
      .where('kind', '=', 'before:3')
      .execute();
    expect(skipped.map((s) => s.skipped)).toEqual([1, 1, 1]);

    // A submitted assignment is not reminded any more.
    await db
      .updateTable('assignments')
      .set({ submission_count: 1, first_submitted_at: new Date(t0).toISOString() })
      .where('id', '=', assignments[0]?.id as string)
      .execute();

    // An hour after the deadline: one "overdue" for each of the two still missing.
    await runDueReminders(db, tree, deadline + 3_600_000);
    expect((await ours()).filter((k) => k === 'overdue')).toHaveLength(2);
    // A week later nothing more is sent automatically (đôn đốc is the coordinator's call).
    await runDueReminders(db, tree, deadline + 7 * 86_400_000);
    expect(await ours()).toHaveLength(5);
  });

  it('states the deadline with its hour when it is not the end of the day', async () => {
    const syt = await suite.server.login('syt');
    const round = await issueTestRound(suite.server, syt, {
      reportUnits: ['QT-VINHLINH'],
      deadlineInDays: 10,
      name: 'Đợt nhắc hạn theo giờ',
    });
    const db = suite.server.db.kysely;
    const day = vietnamDate(new Date(Date.now() + 5 * 86_400_000));
    const deadline = new Date(`${day}T17:00:00+07:00`).toISOString();
    await db.updateTable('assignments').set({ deadline }).where('campaign_id', '=', round.id).execute();
    const tree = await new UnitDirectory(db).current();
    const sent = async (kind: string) =>
      db
        .selectFrom('outbox')
        .select(['subject', 'body'])
        .where('campaign_id', '=', round.id)
        .where('dedupe_key', 'like', `%:${kind}`)
        .execute();
    const when = `trước 17 giờ 00 ngày ${formatOfficialDate(day)}`;
    await runDueReminders(db, tree, Date.parse(deadline) - 12 * 3_600_000);
    const before = await sent('before:1');
    expect(before.length).toBeGreaterThan(0);
    for (const n of before) {
      expect(n.subject).toMatch(/^Nhắc hạn: /);
      expect(n.subject).toContain(`hạn gửi ${when}`);
      expect(n.body).toContain(`(hạn gửi ${when})`);
    }
    await runDueReminders(db, tree, Date.parse(deadline) + 3_600_000);
    const overdue = await sent('overdue');
    expect(overdue.length).toBeGreaterThan(0);
    for (const n of overdue) {
      expect(n.subject).toContain(`đã quá hạn (hạn gửi ${when})`);
      expect(n.body).toContain(`(hạn gửi ${when}), nay đã quá hạn`);
    }
  });

  it('đôn đốc: one click, one message to each overdue unit; the same key again sends nothing', async () => {
    const syt = await suite.server.login('syt');
    const rounds = (await syt.get('/api/v1/campaigns')).json.items as Array<{
      id: string;
      reference: string;
    }>;
    // The live demo round: two districts have not sent the quick figures due yesterday.
    const plan = rounds.find((c) => c.reference === '3150/KH-UBND');
    if (!plan) throw new Error('live demo round missing');
    const key = 'don-doc-3150-0001';
    const first = await syt.post(`/api/v1/campaigns/${plan.id}/remind`, undefined, {
      'idempotency-key': key,
    });
    expect(first.status, first.body).toBe(200);
    expect(first.json.repeated).toBe(false);
    // Exactly the units the progress page shows with something overdue.
    const progress = (await syt.get(`/api/v1/campaigns/${plan.id}/progress`)).json;
    const overdueUnits = progress.units.filter((u: { overdue: number }) => u.overdue > 0);
    expect(overdueUnits.length).toBe(2);
    expect(first.json.units).toBe(overdueUnits.length);
    const again = await syt.post(`/api/v1/campaigns/${plan.id}/remind`, undefined, {
      'idempotency-key': key,
    });
    expect(again.json).toEqual({ ...first.json, repeated: true });
    const sent = await suite.server.db.kysely
      .selectFrom('outbox')
      .select('unit_id')
      .where('kind', '=', 'reminder_manual')
      .where('campaign_id', '=', plan.id)
      .execute();
    expect(new Set(sent.map((s) => s.unit_id)).size).toBe(first.json.units);
    const noKey = await syt.post(`/api/v1/campaigns/${plan.id}/remind`);
    expect(noKey.status).toBe(400);
    const unit = await suite.server.login('bchqs');
    expect(
      (await unit.post(`/api/v1/campaigns/${plan.id}/remind`, undefined, { 'idempotency-key': 'x-00000000' }))
        .status,
    ).toBe(403);
    // A closed round (plan 2519, over since 2020) has nobody left to remind.
    const closed = rounds.find((c) => c.reference === '2519/KH-UBND');
    const refused = await syt.post(`/api/v1/campaigns/${closed?.id}/remind`, undefined, {
      'idempotency-key': 'don-doc-2519-0001',
    });
    expect(refused.status).toBe(409);
    expect(refused.json.code).toBe('campaign_closed');
  });
});
