import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { readDocx, readPdf } from '@tongket/documents/testing';
import { vietnamDate } from '@tongket/domain';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Client, DIALECTS, type TestServer, useTestServer } from '../../../test/harness.ts';
import { type AgendaAnswer, agendaInput as asInput } from '../../../test/rounds.ts';

let numbers = 8100;

/** An issued round with a conference in its plan: programme, groups, budget sources, a speech and a documentary. */
async function issueConferenceRound(server: TestServer, syt: Client) {
  const u = (code: string) => server.unitId(code);
  const created = await syt.post('/api/v1/campaigns', {
    kind: 'tong_ket',
    issuingUnitId: await u('QT'),
    name: 'Đợt thử hội nghị',
    outlineTemplate: 'quang-tri-2020',
  });
  if (created.status !== 201) throw new Error(created.body);
  const docDate = vietnamDate(new Date());
  const saved = await syt.patch(`/api/v1/campaigns/${created.json.id}`, {
    version: created.json.version,
    plan: {
      docDate,
      summary: 'Tổ chức Hội nghị tổng kết giai đoạn 1\ncông tác phòng, chống dịch COVID-19',
      purpose: 'Đánh giá công tác phòng, chống dịch.',
      programme: [
        'Tuyên bố lý do, giới thiệu đại biểu',
        'Phát biểu khai mạc',
        'Báo cáo hình ảnh (phóng sự) về công tác phòng chống dịch COVID-19',
        'Báo cáo tình hình, kết quả hoạt động công tác phòng, chống dịch COVID-19',
        'Tham luận về công tác phòng, chống dịch của các đơn vị',
        'Khen thưởng các cá nhân, tập thể có thành tích xuất sắc',
        'Bế mạc',
      ].map((text) => ({ text })),
      conferenceTime: '01 buổi, dự kiến vào giữa tháng 6 năm 2020',
      venue: 'Hội trường UBND tỉnh',
      delegateGroups: [
        { text: 'Đại diện Thường trực Tỉnh ủy' },
        { text: 'Thành viên BCĐ phòng, chống dịch COVID-19 cấp tỉnh' },
        { text: 'Đại diện Lãnh đạo UBND huyện, thị xã, thành phố' },
      ],
      expectedDelegates: 10,
      budgetLines: [
        {
          item: 'Kinh phí tổ chức Hội nghị',
          source: 'Nguồn kinh phí phòng, chống dịch COVID-19 đã cấp cho ngành Y tế',
        },
        { item: 'Kinh phí khen thưởng', source: 'Nguồn thi đua, khen thưởng tỉnh' },
      ],
      tasks: [
        {
          kind: 'report',
          unitIds: [await u('QT-BCHQS'), await u('QT-HUONGHOA')],
          text: 'Báo cáo tổng kết theo đề cương.',
        },
        {
          kind: 'speech',
          unitIds: [await u('QT-BCHQS')],
          text: 'Chuẩn bị 01 tham luận.',
          topic: 'Công tác tổ chức Khu cách ly tập trung',
        },
        {
          kind: 'media',
          unitIds: [await u('QT-DPTTH')],
          text: 'Xây dựng phóng sự (10-15 phút).',
          topic: 'Phóng sự công tác phòng chống dịch COVID-19',
          minMinutes: 10,
          maxMinutes: 15,
        },
      ],
      reportDeadline: new Date(Date.now() + 5 * 86_400_000).toISOString(),
      recipients: [
        { text: 'Các PCT UBND tỉnh', unitIds: [await u('QT')] },
        { text: 'UBND huyện Đakrông', unitIds: [await u('QT-DAKRONG')] },
        { text: 'Lưu: VT, VX' },
      ],
      signature: {
        authority: 'TM. ỦY BAN NHÂN DÂN',
        deputy: 'KT. CHỦ TỊCH',
        title: 'PHÓ CHỦ TỊCH',
        name: 'Hoàng Nam',
      },
    },
  });
  if (saved.status !== 200) throw new Error(saved.body);
  const issued = await syt.post(`/api/v1/campaigns/${created.json.id}/issue`, {
    version: saved.json.version,
    docNumber: String(numbers++),
    docDate,
  });
  if (issued.status !== 200) throw new Error(issued.body);
  return { id: created.json.id as string, groups: issued.json.plan.delegateGroups as Array<{ id: string }> };
}

async function workbook(rows: unknown[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('Đại biểu');
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const HEADER = ['Thành phần', 'Danh xưng', 'Họ và tên', 'Chức vụ', 'Đơn vị', 'Thư điện tử', 'Điện thoại'];

/** Opens the event stream over a real connection and collects what arrives. */
function openStream(port: number, path: string, cookie: string) {
  const chunks: string[] = [];
  let request: http.ClientRequest | undefined;
  const opened = new Promise<number>((resolve, reject) => {
    request = http.get({ host: '127.0.0.1', port, path, headers: { cookie } }, (res) => {
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => chunks.push(chunk));
      resolve(res.statusCode ?? 0);
    });
    request.on('error', reject);
  });
  return {
    opened,
    close: () => request?.destroy(),
    async waitFor(pattern: RegExp, ms = 5000) {
      const until = Date.now() + ms;
      while (Date.now() < until) {
        if (pattern.test(chunks.join(''))) return;
        await new Promise((r) => setTimeout(r, 25));
      }
      throw new Error(`no ${pattern} in: ${chunks.join('')}`);
    },
  };
}

describe.each(DIALECTS)(
  'the conference: agenda, delegates, invitations, check-in, budget (%s)',
  (dialect) => {
    const suite = useTestServer(dialect);
    let syt: Client;
    let bchqs: Client;
    let huonghoa: Client;
    let tdkt: Client;
    let lanhdao: Client;
    let round: Awaited<ReturnType<typeof issueConferenceRound>>;
    const base = () => `/api/v1/campaigns/${round.id}`;

    beforeAll(async () => {
      syt = await suite.server.login('syt');
      bchqs = await suite.server.login('bchqs');
      huonghoa = await suite.server.login('huonghoa');
      tdkt = await suite.server.login('tdkt');
      lanhdao = await suite.server.login('lanhdao');
      round = await issueConferenceRound(suite.server, syt);
    });

    const conference = async (client: Client = syt) => {
      const res = await client.get(`${base()}/conference`);
      expect(res.status, res.body).toBe(200);
      return res.json;
    };
    const delegates = async (client: Client = syt, q = '') =>
      (await client.get(`${base()}/conference/delegates${q ? `?q=${encodeURIComponent(q)}` : ''}`)).json
        .items;
    const attendance = async () => (await syt.get(`${base()}/conference/attendance`)).json;

    it('starts from the plan’s programme, and an accepted speech drops in with its length', async () => {
      const first = await conference();
      expect(first).toMatchObject({
        saved: false,
        version: 0,
        title: 'Hội nghị tổng kết giai đoạn 1 công tác phòng, chống dịch COVID-19',
        tentative: true,
        timeText: '01 buổi, dự kiến vào giữa tháng 6 năm 2020',
        venue: 'Hội trường UBND tỉnh',
        expectedDelegates: 10,
        canManage: true,
      });
      expect(first.agenda.map((a: AgendaAnswer) => a.kind)).toEqual([
        'opening',
        'opening',
        'documentary',
        'report',
        'speech',
        'awards',
        'closing',
      ]);
      const speech = first.candidates.find((c: { kind: string }) => c.kind === 'speech');
      expect(speech).toMatchObject({
        unitName: 'Bộ Chỉ huy Quân sự tỉnh',
        status: 'pending',
        inAgenda: false,
      });

      // Bộ CHQS hands its speech in (8 minutes) and Sở Y tế accepts it.
      const sent = await bchqs.post(
        `/api/v1/assignments/${speech.assignmentId}/submit`,
        {
          version: 0,
          content: {
            body: '<p>Tham luận về công tác tổ chức Khu cách ly tập trung.</p>',
            topic: 'Công tác tổ chức Khu cách ly tập trung',
            durationMinutes: 8,
          },
        },
        { 'idempotency-key': 'tham-luan-hoi-nghi-1' },
      );
      expect(sent.status, sent.body).toBe(200);
      const accepted = await syt.post(`/api/v1/assignments/${speech.assignmentId}/review`, {
        decision: 'accept',
        version: sent.json.assignment.version,
      });
      expect(accepted.status, accepted.body).toBe(200);

      const after = await conference();
      const dropped = after.agenda.find((a: AgendaAnswer) => a.assignmentId === speech.assignmentId);
      expect(dropped).toMatchObject({
        kind: 'speech',
        title: 'Tham luận: Công tác tổ chức Khu cách ly tập trung',
        durationMinutes: 8,
        presenterUnitId: await suite.server.unitId('QT-BCHQS'),
      });
      // The speech replaced the programme's own "Tham luận…" line.
      expect(after.agenda.filter((a: AgendaAnswer) => a.kind === 'speech')).toHaveLength(1);
      // Unit officers read the agenda, never the organisers' list of candidates.
      const asUnit = await conference(huonghoa);
      expect(asUnit.canManage).toBe(false);
      expect(asUnit.candidates).toEqual([]);
    });

    it('saves the conference and its agenda by version; a stale or invalid save changes nothing', async () => {
      const draft = await conference();
      const body = {
        version: 0,
        title: draft.title,
        date: '2020-06-18',
        startTime: '07:30',
        endTime: '11:30',
        tentative: false,
        timeNote: draft.timeNote,
        venue: draft.venue,
        chair: 'Đồng chí Hoàng Nam, Phó Chủ tịch UBND tỉnh',
        expectedDelegates: 10,
        groupTargets: [{ groupId: round.groups[0]?.id, expected: 2 }],
        invitationDate: '2020-06-15',
        invitationContent: 'Đánh giá kết quả công tác phòng, chống dịch COVID-19 giai đoạn 1.',
        signature: draft.signature,
        agenda: draft.agenda.map(asInput),
      };
      const saved = await syt.request('PUT', `${base()}/conference`, body);
      expect(saved.status, saved.body).toBe(200);
      expect(saved.json).toMatchObject({
        saved: true,
        version: 1,
        tentative: false,
        startsAt: '2020-06-18T00:30:00.000Z',
        timeText: '07 giờ 30 phút, thứ Năm, ngày 18 tháng 6 năm 2020',
      });
      expect(saved.json.agenda[0]).toMatchObject({ scheduledStart: '07:30', scheduledEnd: '07:40' });
      expect(saved.json.agenda.every((a: AgendaAnswer) => !a.id.startsWith('new-'))).toBe(true);
      expect(saved.json.groups[0]).toMatchObject({ text: 'Đại diện Thường trực Tỉnh ủy', expected: 2 });

      // Someone saving from the version they read before: refused, nothing overwritten.
      const stale = await syt.request('PUT', `${base()}/conference`, { ...body, title: 'Hội nghị khác' });
      expect(stale.status).toBe(409);
      expect(stale.json.code).toBe('version_conflict');

      // An agenda item pointing at another round's assignment: refused whole, nothing half-saved.
      const demoRound = (await syt.get('/api/v1/campaigns')).json.items.find(
        (c: { reference: string }) => c.reference === '2519/KH-UBND',
      );
      const foreign = (await syt.get(`/api/v1/campaigns/${demoRound.id}/assignments`)).json.items.find(
        (a: { kind: string }) => a.kind === 'speech',
      );
      const invalid = await syt.request('PUT', `${base()}/conference`, {
        ...body,
        version: 1,
        title: 'Tên đã đổi',
        agenda: [
          ...saved.json.agenda.map(asInput),
          { kind: 'speech', title: 'Lạc đợt', durationMinutes: 5, assignmentId: foreign.id },
        ],
      });
      expect(invalid.status).toBe(422);
      expect(invalid.json.detail).toContain('Không phải nhiệm vụ của đợt này');
      const now = await conference();
      expect(now.version).toBe(1);
      expect(now.title).toBe(body.title);
      expect(now.agenda).toHaveLength(saved.json.agenda.length);

      expect((await bchqs.request('PUT', `${base()}/conference`, { ...body, version: 1 })).status).toBe(403);
      expect((await tdkt.request('PUT', `${base()}/conference`, { ...body, version: 1 })).status).toBe(403);
    });

    it('flags overlapping items, items past the end and a documentary not yet accepted, and saves them', async () => {
      const current = await conference();
      const documentary = current.candidates.find((c: { kind: string }) => c.kind === 'documentary');
      const agenda = current.agenda.map(asInput);
      // The report starts while the documentary still runs; the closing runs past 11:30.
      const report = agenda.findIndex((a: { kind: string }) => a.kind === 'report');
      agenda[report] = { ...agenda[report], startTime: '07:45' };
      agenda.push({
        kind: 'documentary',
        title: 'Phóng sự (bản dài)',
        durationMinutes: 200,
        assignmentId: documentary.assignmentId,
      });
      const saved = await syt.request('PUT', `${base()}/conference`, {
        version: current.version,
        title: current.title,
        date: current.date,
        startTime: current.startTime,
        endTime: current.endTime,
        tentative: false,
        venue: current.venue,
        expectedDelegates: 10,
        signature: current.signature,
        agenda,
      });
      expect(saved.status, saved.body).toBe(200);
      const codes = saved.json.warnings.map((w: { code: string }) => w.code);
      expect(codes).toContain('overlap');
      expect(codes).toContain('past_end');
      expect(codes).toContain('not_accepted');
      expect(codes).toContain('length_outside_task');
      const overlap = saved.json.warnings.find((w: { code: string }) => w.code === 'overlap');
      expect(overlap.message).toMatch(/^Mục \d+ “Báo cáo tình hình.*bắt đầu lúc 07:45, chồng lên mục/);
      const past = saved.json.warnings.find((w: { code: string }) => w.code === 'past_end');
      expect(past.message).toContain('quá giờ kết thúc hội nghị (11:30)');
      const long = saved.json.warnings.find((w: { code: string }) => w.code === 'length_outside_task');
      expect(long.message).toContain('ngoài thời lượng kế hoạch giao (10–15 phút)');
      // Put the agenda back in order for what follows.
      agenda[report] = { ...agenda[report], startTime: null };
      agenda.pop();
      const fixed = await syt.request('PUT', `${base()}/conference`, {
        version: saved.json.version,
        title: current.title,
        date: current.date,
        startTime: current.startTime,
        endTime: current.endTime,
        tentative: false,
        venue: current.venue,
        chair: current.chair,
        expectedDelegates: 10,
        groupTargets: [{ groupId: round.groups[0]?.id, expected: 2 }],
        invitationDate: current.invitationDate,
        invitationContent: current.invitationContent,
        signature: current.signature,
        agenda,
      });
      expect(fixed.status).toBe(200);
      expect(fixed.json.warnings).toEqual([]);
    });

    it('imports delegates from Excel: a file with a wrong row saves none, a good file saves every row', async () => {
      const template = await syt.get(`${base()}/conference/delegates.xlsx?template=1`);
      expect(template.status).toBe(200);
      const tpl = new ExcelJS.Workbook();
      await tpl.xlsx.load(template.raw as unknown as ExcelJS.Buffer);
      expect(tpl.worksheets[0]?.getRow(1).getCell(3).value).toBe('Họ và tên');
      expect(tpl.getWorksheet('Thành phần')?.getRow(2).getCell(2).value).toBe('Đại diện Thường trực Tỉnh ủy');

      const bad = await syt.upload(
        `${base()}/conference/delegates/import?commit=true`,
        await workbook([
          HEADER,
          [
            'Đại diện Thường trực Tỉnh ủy',
            'Ông',
            'Nguyễn Văn An',
            'Phó Bí thư',
            'Thường trực Tỉnh ủy',
            '',
            '',
          ],
          ['Ban không có', 'Bà', 'Trần Thị Bích', '', '', 'khong-phai-thu', '123'],
          ['', 'Cô', '', 'Chuyên viên', '', '', ''],
        ]),
      );
      expect(bad.status, bad.body).toBe(200);
      expect(bad.json).toMatchObject({ valid: false, committed: false });
      expect(bad.json.rows[0].errors).toEqual([]);
      const messages = bad.json.rows[1].errors.map((e: { message: string }) => e.message);
      expect(
        messages.some((m: string) => m.startsWith('Không có thành phần “Ban không có” trong kế hoạch')),
      ).toBe(true);
      expect(messages).toContain('Địa chỉ thư điện tử không hợp lệ');
      expect(messages).toContain('Số điện thoại không hợp lệ (8–15 chữ số)');
      expect(
        bad.json.rows[2].errors.map((e: { column: string; message: string }) => `${e.column}: ${e.message}`),
      ).toEqual(['Danh xưng: Ghi “Ông” hoặc “Bà”, hoặc để trống', 'Họ và tên: Chưa ghi họ và tên đại biểu']);
      expect(await delegates()).toEqual([]);

      const notExcel = await syt.upload(
        `${base()}/conference/delegates/import`,
        Buffer.from('xin chao'),
        'ds.xlsx',
      );
      expect(notExcel.status).toBe(400);
      expect(notExcel.json.code).toBe('import_not_xlsx');

      const good = await workbook([
        ['DANH SÁCH ĐẠI BIỂU DỰ HỘI NGHỊ'],
        HEADER,
        [
          'Đại diện Thường trực Tỉnh ủy',
          'Ông',
          'Nguyễn Văn An',
          'Phó Bí thư Thường trực Tỉnh ủy',
          'Thường trực Tỉnh ủy Quảng Trị',
          'an.nv@quangtri.example',
          '0912 345 678',
        ],
        ['2', 'Ông', 'Lê Quốc Hùng', 'Chỉ huy trưởng', 'Bộ Chỉ huy Quân sự tỉnh', '', '0913000111'],
        [
          'thanh vien bcd phong, chong dich covid-19 cap tinh',
          'Bà',
          'Lê Thị Hồng Nhung',
          'Phó Giám đốc',
          'Sở Y tế',
          'nhung.lth@quangtri.example',
          '',
        ],
        [
          'Đại diện Lãnh đạo UBND huyện, thị xã, thành phố',
          '',
          'Hồ Văn Sơn',
          'Chủ tịch UBND huyện',
          'UBND huyện Hướng Hóa',
          '',
          '',
        ],
      ]);
      const preview = await syt.upload(`${base()}/conference/delegates/import`, good);
      expect(preview.json).toMatchObject({ valid: true, committed: false });
      expect(await delegates()).toEqual([]);
      const done = await syt.upload(`${base()}/conference/delegates/import?commit=true`, good);
      expect(done.json).toMatchObject({ valid: true, committed: true });
      const list = await delegates();
      expect(list.map((d: { number: number; name: string }) => [d.number, d.name])).toEqual([
        [1, 'Nguyễn Văn An'],
        [2, 'Lê Quốc Hùng'],
        [3, 'Lê Thị Hồng Nhung'],
        [4, 'Hồ Văn Sơn'],
      ]);
      expect(list[1]).toMatchObject({
        unitId: await suite.server.unitId('QT-BCHQS'),
        groupText: 'Thành viên BCĐ phòng, chống dịch COVID-19 cấp tỉnh',
        salutation: 'ong',
        phone: '0913000111',
      });
      expect(list[0].phone).toBe('0912345678');
      // The same file again: every row is already listed, nothing is added.
      const again = await syt.upload(`${base()}/conference/delegates/import?commit=true`, good);
      expect(again.json.committed).toBe(false);
      expect(again.json.rows[0].errors[0].message).toBe('Đại biểu này đã có trong danh sách (số 1)');
      expect(await delegates()).toHaveLength(4);

      const added = await syt.post(`${base()}/conference/delegates`, {
        groupId: round.groups[2]?.id,
        salutation: 'ba',
        name: 'Trần Thị Mai',
        title: 'Phó Chủ tịch UBND huyện',
        unitId: await suite.server.unitId('QT-GIOLINH'),
      });
      expect(added.status, added.body).toBe(201);
      expect(added.json).toMatchObject({ number: 5, unitName: 'UBND huyện Gio Linh', rsvpStatus: 'pending' });
      expect(added.json.checkinCode).toMatch(/^5-[0-9A-HJKMNP-TV-Z]{10}$/);
      // Search ignores diacritics and case.
      expect((await delegates(syt, 'hong nhung')).map((d: { name: string }) => d.name)).toEqual([
        'Lê Thị Hồng Nhung',
      ]);
      expect((await delegates(syt, 'BCHQS')).map((d: { name: string }) => d.name)).toEqual(['Lê Quốc Hùng']);
    });

    it('shows a unit officer only their own delegates, without check-in codes; edits go by version', async () => {
      const own = await delegates(bchqs);
      expect(own.map((d: { name: string }) => d.name)).toEqual(['Lê Quốc Hùng']);
      expect(own[0].checkinCode).toBeNull();
      const all = await delegates(lanhdao);
      expect(all).toHaveLength(5);
      const son = all.find((d: { name: string }) => d.name === 'Hồ Văn Sơn');
      const stale = await syt.patch(`${base()}/conference/delegates/${son.id}`, {
        version: son.version + 5,
        title: 'Sai',
      });
      expect(stale.status).toBe(409);
      const byPhone = await syt.patch(`${base()}/conference/delegates/${son.id}`, {
        version: son.version,
        title: 'Chủ tịch UBND huyện Hướng Hóa',
        rsvpStatus: 'accepted',
      });
      expect(byPhone.status, byPhone.body).toBe(200);
      expect(byPhone.json).toMatchObject({ title: 'Chủ tịch UBND huyện Hướng Hóa', rsvpStatus: 'accepted' });
      expect(byPhone.json.rsvpAt).not.toBeNull();
      expect(
        (await bchqs.patch(`${base()}/conference/delegates/${son.id}`, { version: 2, title: 'x' })).status,
      ).toBe(403);
    });

    let links: Array<{ delegateId: string; name: string; path: string }> = [];

    it('sends invitations once, each with its own link, mailed to those with an address', async () => {
      const sent = await syt.post(`${base()}/conference/invitations`, {});
      expect(sent.status, sent.body).toBe(200);
      expect(sent.json).toMatchObject({ invited: 5, emailed: 2 });
      links = sent.json.links;
      expect(links.every((l) => /^\/rsvp\/[A-Za-z0-9_-]{43}$/.test(l.path))).toBe(true);
      expect(new Set(links.map((l) => l.path)).size).toBe(5);
      // A second click finds nobody left to invite.
      const twice = await syt.post(`${base()}/conference/invitations`, {});
      expect(twice.json).toMatchObject({ invited: 0, emailed: 0, links: [] });

      const outbox = (await suite.admin.get(`/api/v1/outbox?campaignId=${round.id}`)).json.items.filter(
        (n: { kind: string }) => n.kind === 'conference_invitation',
      );
      expect(outbox.map((n: { toAddress: string }) => n.toAddress).sort()).toEqual([
        'an.nv@quangtri.example',
        'nhung.lth@quangtri.example',
      ]);
      const mail = outbox.find((n: { toAddress: string }) => n.toAddress === 'nhung.lth@quangtri.example');
      expect(mail).toMatchObject({
        unitId: null,
        subject: 'Giấy mời dự Hội nghị tổng kết giai đoạn 1 công tác phòng, chống dịch COVID-19',
      });
      expect(mail.body).toContain('Kính gửi: Bà Lê Thị Hồng Nhung, Phó Giám đốc, Sở Y tế.');
      expect(mail.body).toContain('Thời gian: 07 giờ 30 phút, thứ Năm, ngày 18 tháng 6 năm 2020.');
      expect(mail.link).toBe(links.find((l) => l.name === 'Lê Thị Hồng Nhung')?.path);
      // A person's link never lands in a unit's inbox.
      const inbox = (await bchqs.get(`/api/v1/notifications?campaignId=${round.id}`)).json.items;
      expect(inbox.some((n: { kind: string }) => n.kind === 'conference_invitation')).toBe(false);
      expect((await delegates()).every((d: { invitedAt: string | null }) => d.invitedAt !== null)).toBe(true);
    });

    it('prints one invitation page per delegate with their name and check-in QR code, the agenda, and a calendar', async () => {
      const list = await delegates();
      const pdf = await syt.get(`/api/v1/campaigns/${round.id}/documents/invitation.pdf`);
      expect(pdf.status).toBe(200);
      expect(pdf.headers['content-type']).toBe('application/pdf');
      const read = await readPdf(pdf.raw);
      expect(read.pages).toHaveLength(list.length);
      list.forEach((d: { name: string; checkinCode: string }, i: number) => {
        const page = (read.pages[i] ?? '').replace(/\s+/g, ' ');
        expect(page).toContain('GIẤY MỜI');
        expect(page).toContain(d.name);
        expect(page).toContain(`Mã điểm danh: ${d.checkinCode}`);
        expect(page).toContain('Địa điểm: Hội trường UBND tỉnh.');
      });
      const one = await syt.get(
        `/api/v1/campaigns/${round.id}/documents/invitation.pdf?delegateId=${list[2].id}`,
      );
      const onePage = await readPdf(one.raw);
      expect(onePage.pages).toHaveLength(1);
      expect(onePage.pages[0]).toContain('Bà Lê Thị Hồng Nhung');
      // A unit officer prints their own delegates' invitations only.
      const own = await readPdf(
        (await bchqs.get(`/api/v1/campaigns/${round.id}/documents/invitation.pdf`)).raw,
      );
      expect(own.pages).toHaveLength(1);
      expect(own.pages[0]).toContain('Lê Quốc Hùng');
      const other = await bchqs.get(
        `/api/v1/campaigns/${round.id}/documents/invitation.pdf?delegateId=${list[3].id}`,
      );
      expect(other.status).toBe(404);
      const docx = await readDocx(
        (await syt.get(`/api/v1/campaigns/${round.id}/documents/invitation.docx?delegateId=${list[0].id}`))
          .raw,
      );
      expect(docx.text).toContain('Nguyễn Văn An');
      expect(docx.text).toContain(`Mã điểm danh: ${list[0].checkinCode}`);

      const agenda = await readPdf(
        (await lanhdao.get(`/api/v1/campaigns/${round.id}/documents/agenda.pdf`)).raw,
      );
      const text = agenda.pages.join('\n').replace(/\s+/g, ' ');
      expect(text).toContain('CHƯƠNG TRÌNH');
      expect(text).toContain('Thời gian: 07 giờ 30 phút, thứ Năm, ngày 18 tháng 6 năm 2020.');
      // Cells are read in drawing order so a wrapped title stays whole.
      expect(agenda.drawnPages.join('\n').replace(/\s+/g, ' ')).toContain(
        'Tham luận: Công tác tổ chức Khu cách ly tập trung',
      );
      expect(text).toMatch(/1 07h30 - 07h40 Tuyên bố lý do, giới thiệu đại biểu/);
      const agendaDocx = await readDocx(
        (await syt.get(`/api/v1/campaigns/${round.id}/documents/agenda.docx`)).raw,
      );
      expect(agendaDocx.text).toContain('Bế mạc');

      const ics = await syt.get(`/api/v1/campaigns/${round.id}/conference/calendar.ics`);
      expect(ics.status).toBe(200);
      expect(ics.headers['content-type']).toMatch(/^text\/calendar/);
      expect(ics.body).toContain('DTSTART:20200618T003000Z');
      expect(ics.body).toContain('DTEND:20200618T043000Z');
      expect(ics.body).toContain('STATUS:CONFIRMED');
      expect(ics.body).toContain('LOCATION:Hội trường UBND tỉnh');
    });

    it('answers an RSVP link with that delegate’s invitation only; a wrong or replaced link reveals nothing', async () => {
      const nhung = links.find((l) => l.name === 'Lê Thị Hồng Nhung') as (typeof links)[number];
      const token = nhung.path.split('/').at(-1) as string;
      const view = await suite.server.anon.get(`/api/v1/rsvp/${token}`);
      expect(view.status, view.body).toBe(200);
      expect(view.json).toMatchObject({
        conferenceTitle: 'Hội nghị tổng kết giai đoạn 1 công tác phòng, chống dịch COVID-19',
        organiser: 'Ủy ban nhân dân tỉnh Quảng Trị',
        timeText: '07 giờ 30 phút, thứ Năm, ngày 18 tháng 6 năm 2020',
        venue: 'Hội trường UBND tỉnh',
        delegate: {
          salutation: 'Bà',
          name: 'Lê Thị Hồng Nhung',
          title: 'Phó Giám đốc',
          unitName: 'Sở Y tế',
          groupText: 'Thành viên BCĐ phòng, chống dịch COVID-19 cấp tỉnh',
        },
        rsvpStatus: 'pending',
      });
      // Nobody else, and not even their own contact details.
      for (const other of ['Nguyễn Văn An', 'Lê Quốc Hùng', 'Hồ Văn Sơn', 'nhung.lth@quangtri.example']) {
        expect(view.body).not.toContain(other);
      }
      // The conference itself (18/6/2020) is over: the link still shows it but takes no answer.
      expect(view.json.canAnswer).toBe(false);
      const late = await suite.server.anon.post(`/api/v1/rsvp/${token}`, { response: 'accepted' });
      expect(late.status).toBe(409);
      expect(late.json.code).toBe('rsvp_closed');

      const pdf = await readPdf((await suite.server.anon.get(`/api/v1/rsvp/${token}/invitation.pdf`)).raw);
      expect(pdf.pages).toHaveLength(1);
      expect(pdf.pages[0]).toContain('Lê Thị Hồng Nhung');
      expect(pdf.pages[0]).not.toContain('Nguyễn Văn An');
      const ics = await suite.server.anon.get(`/api/v1/rsvp/${token}/calendar.ics`);
      expect(ics.status).toBe(200);
      expect(ics.body).not.toContain('Chương trình');

      const wrong = await suite.server.anon.get(`/api/v1/rsvp/${'A'.repeat(43)}`);
      const malformed = await suite.server.anon.get('/api/v1/rsvp/abc');
      expect(wrong.status).toBe(404);
      expect(malformed.status).toBe(404);
      expect(wrong.json.detail).toBe(malformed.json.detail);
      expect(wrong.body).not.toContain('Hội nghị');

      // One address may open RSVP links 60 times a minute; past that it gets a Vietnamese 429
      // as the request arrives, before its body is parsed (a malformed answer gets no 400).
      const fromOne = (method: 'GET' | 'POST', payload?: string) =>
        suite.server.app.inject({
          method,
          url: `/api/v1/rsvp/${'B'.repeat(43)}`,
          remoteAddress: '198.51.100.7',
          headers: {
            host: 'tongket.test',
            origin: 'http://tongket.test',
            'content-type': 'application/json',
          },
          ...(payload === undefined ? {} : { payload }),
        });
      const tries: number[] = [];
      for (let n = 0; n < 60; n++) tries.push((await fromOne('GET')).statusCode);
      expect(tries.every((status) => status === 404)).toBe(true);
      const limited = await fromOne('POST', '{"response":');
      expect(limited.statusCode).toBe(429);
      expect(limited.json()).toMatchObject({ code: 'rate_limited' });
      expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
      expect((await suite.server.anon.get(`/api/v1/rsvp/${token}`)).status).toBe(200);

      // Invited again, the delegate gets a new link; the old one stops working.
      const key = { 'idempotency-key': 'moi-lai-nhung-0001' };
      const again = await syt.post(
        `${base()}/conference/invitations`,
        { delegateIds: [nhung.delegateId] },
        key,
      );
      expect(again.json).toMatchObject({ invited: 1, repeated: false });
      expect((await suite.server.anon.get(`/api/v1/rsvp/${token}`)).status).toBe(404);
      const fresh = again.json.links[0].path.split('/').at(-1);
      expect((await suite.server.anon.get(`/api/v1/rsvp/${fresh}`)).json.delegate.name).toBe(
        'Lê Thị Hồng Nhung',
      );
      // The same click retried (the answer was lost, or a double click, even two at once) sends
      // nothing again and leaves the new link working.
      const outbox = async () =>
        (
          await suite.server.db.kysely
            .selectFrom('outbox')
            .select('id')
            .where('kind', '=', 'conference_invitation')
            .execute()
        ).length;
      const mailed = await outbox();
      const retries = await Promise.all([
        syt.post(`${base()}/conference/invitations`, { delegateIds: [nhung.delegateId] }, key),
        syt.post(`${base()}/conference/invitations`, { delegateIds: [nhung.delegateId] }, key),
      ]);
      for (const retry of retries) {
        expect(retry.status, retry.body).toBe(200);
        expect(retry.json).toEqual({ invited: 1, emailed: again.json.emailed, links: [], repeated: true });
      }
      expect(await outbox()).toBe(mailed);
      expect((await suite.server.anon.get(`/api/v1/rsvp/${fresh}`)).status).toBe(200);
      links = links.map((l) => (l.delegateId === nhung.delegateId ? again.json.links[0] : l));
    });

    it('takes an RSVP answer while the conference is ahead, and attendance counts it', async () => {
      // Move the conference to a future day so the links take answers.
      const current = await conference();
      const future = vietnamDate(new Date(Date.now() + 20 * 86_400_000));
      const moved = await syt.request('PUT', `${base()}/conference`, {
        version: current.version,
        title: current.title,
        date: future,
        startTime: '07:30',
        endTime: '11:30',
        tentative: true,
        venue: current.venue,
        expectedDelegates: 10,
        groupTargets: [{ groupId: round.groups[0]?.id, expected: 2 }],
        signature: current.signature,
        agenda: current.agenda.map(asInput),
      });
      expect(moved.status, moved.body).toBe(200);
      const before = await attendance();
      const an = links.find((l) => l.name === 'Nguyễn Văn An') as (typeof links)[number];
      const token = an.path.split('/').at(-1) as string;
      const view = (await suite.server.anon.get(`/api/v1/rsvp/${token}`)).json;
      expect(view).toMatchObject({ canAnswer: true, tentative: true });
      expect(view.timeText).toMatch(/\(dự kiến\)$/);
      const yes = await suite.server.anon.post(`/api/v1/rsvp/${token}`, {
        response: 'accepted',
        note: 'Sẽ đến đúng giờ',
      });
      expect(yes.status, yes.body).toBe(200);
      expect(yes.json).toMatchObject({ rsvpStatus: 'accepted', rsvpNote: 'Sẽ đến đúng giờ' });
      const hung = links.find((l) => l.name === 'Lê Quốc Hùng') as (typeof links)[number];
      const no = await suite.server.anon.post(`/api/v1/rsvp/${hung.path.split('/').at(-1)}`, {
        response: 'declined',
      });
      expect(no.status).toBe(200);
      const after = await attendance();
      expect(after.accepted).toBe(before.accepted + 1);
      expect(after.declined).toBe(before.declined + 1);
      expect(after.groups[0]).toMatchObject({
        text: 'Đại diện Thường trực Tỉnh ủy',
        expected: 2,
        listed: 1,
        accepted: 1,
      });
      // The organisers see the answer, with its note.
      const row = (await delegates()).find((d: { name: string }) => d.name === 'Nguyễn Văn An');
      expect(row).toMatchObject({ rsvpStatus: 'accepted', rsvpNote: 'Sẽ đến đúng giờ' });
    });

    it('checks a delegate in by code once; a reused, forged or other conference’s code is refused; attendance follows live', async () => {
      const { app } = suite.server;
      await app.listen({ host: '127.0.0.1', port: 0 });
      const { port } = app.server.address() as AddressInfo;
      const stream = openStream(port, `/api/v1/events?campaignId=${round.id}`, lanhdao.cookie as string);
      try {
        expect(await stream.opened).toBe(200);
        await stream.waitFor(/retry: 3000/);
        const list = await delegates();
        const an = list.find((d: { name: string }) => d.name === 'Nguyễn Văn An');
        expect((await attendance()).checkedIn).toBe(0);

        const first = await syt.post(`${base()}/conference/checkin`, {
          code: ` ${an.checkinCode.toLowerCase()} `,
        });
        expect(first.status, first.body).toBe(200);
        expect(first.json.delegate).toMatchObject({ name: 'Nguyễn Văn An', checkedInBy: 'syt' });
        expect(first.json.attendance).toMatchObject({ checkedIn: 1 });
        expect(first.json.attendance.groups[0]).toMatchObject({ checkedIn: 1 });
        await stream.waitFor(/event: conference\ndata: \{[^\n]*"change":"attendance"/);

        const reused = await syt.post(`${base()}/conference/checkin`, { code: an.checkinCode });
        expect(reused.status).toBe(409);
        expect(reused.json.code).toBe('already_checked_in');
        expect(reused.json.detail).toMatch(
          /^Nguyễn Văn An đã điểm danh lúc \d\d:\d\d \d\d\/\d\d\/\d{4} \(syt\)\.$/,
        );
        expect(reused.json.checkedInAt).toBe(first.json.delegate.checkedInAt);

        // One code scanned twice at once: one check-in, one "already".
        const mai = list.find((d: { name: string }) => d.name === 'Trần Thị Mai');
        const both = await Promise.all([
          syt.post(`${base()}/conference/checkin`, { code: mai.checkinCode }),
          syt.post(`${base()}/conference/checkin`, { code: mai.checkinCode }),
        ]);
        expect(both.map((r) => r.status).sort()).toEqual([200, 409]);

        const [number, mac] = (list[2].checkinCode as string).split('-') as [string, string];
        const forged = await syt.post(`${base()}/conference/checkin`, {
          code: `${number}-${mac.slice(0, 9)}${mac.endsWith('0') ? '1' : '0'}`,
        });
        expect(forged.status).toBe(404);
        expect(forged.json.detail).toContain('không đúng hoặc không thuộc hội nghị này');
        const junk = await syt.post(`${base()}/conference/checkin`, { code: 'https://example.com/?x=1' });
        expect(junk.status).toBe(422);
        expect(junk.json.code).toBe('checkin_code_invalid');

        // A code from the demo conference (plan 2519), with a number this conference also has.
        const demoRound = (await syt.get('/api/v1/campaigns')).json.items.find(
          (c: { reference: string }) => c.reference === '2519/KH-UBND',
        );
        const demoDelegate = (
          await syt.get(`/api/v1/campaigns/${demoRound.id}/conference/delegates`)
        ).json.items.find((d: { number: number }) => d.number === 3);
        const elsewhere = await syt.post(`${base()}/conference/checkin`, { code: demoDelegate.checkinCode });
        expect(elsewhere.status).toBe(404);

        // Found by name without an invitation, checked in by id; a mistake is taken back.
        const son = list.find((d: { name: string }) => d.name === 'Hồ Văn Sơn');
        const byName = await syt.post(`${base()}/conference/delegates/${son.id}/checkin`, {});
        expect(byName.status).toBe(200);
        expect(byName.json.attendance.checkedIn).toBe(3);
        expect((await syt.request('DELETE', `${base()}/conference/delegates/${son.id}/checkin`)).status).toBe(
          204,
        );
        expect((await attendance()).checkedIn).toBe(2);

        // Only the organisers check people in.
        expect((await bchqs.post(`${base()}/conference/checkin`, { code: list[2].checkinCode })).status).toBe(
          403,
        );
        expect(
          (await lanhdao.post(`${base()}/conference/checkin`, { code: list[2].checkinCode })).status,
        ).toBe(403);
        // Someone who came is not removed from the list; someone who did not may be, and their link dies.
        const removeAn = await syt.request('DELETE', `${base()}/conference/delegates/${an.id}`);
        expect(removeAn.status).toBe(409);
        const hung = list.find((d: { name: string }) => d.name === 'Lê Quốc Hùng');
        expect((await syt.request('DELETE', `${base()}/conference/delegates/${hung.id}`)).status).toBe(204);
        const hungLink = links
          .find((l) => l.name === 'Lê Quốc Hùng')
          ?.path.split('/')
          .at(-1);
        expect((await suite.server.anon.get(`/api/v1/rsvp/${hungLink}`)).status).toBe(404);
      } finally {
        stream.close();
      }
    });

    it('keeps the budget by funding source with totals, by version, and exports it to Excel', async () => {
      const first = (await syt.get(`${base()}/conference/budget`)).json;
      expect(first).toMatchObject({ saved: false, version: 0, totals: { planned: 0, actual: 0 } });
      expect(first.lines.map((l: { item: string }) => l.item)).toEqual([
        'Kinh phí tổ chức Hội nghị',
        'Kinh phí khen thưởng',
      ]);
      const health = 'Nguồn kinh phí phòng, chống dịch COVID-19 đã cấp cho ngành Y tế';
      const awards = 'Nguồn thi đua, khen thưởng tỉnh';
      const lines = [
        {
          item: 'Thuê âm thanh, trang trí hội trường',
          source: health,
          planned: 8_000_000,
          actual: 7_500_000,
        },
        { item: 'Nước uống giữa giờ', source: health, planned: 5_000_000, actual: null },
        // Past 2^31 đồng: PostgreSQL keeps it in a bigint.
        { item: 'Tiền thưởng kèm Bằng khen', source: awards, planned: 3_576_000_000, actual: 3_576_000_000 },
      ];
      // Another open budget page hears of the save and refreshes.
      const { app } = suite.server;
      if (!app.server.listening) await app.listen({ host: '127.0.0.1', port: 0 });
      const { port } = app.server.address() as AddressInfo;
      const stream = openStream(port, `/api/v1/events?campaignId=${round.id}`, lanhdao.cookie as string);
      expect(await stream.opened).toBe(200);
      await stream.waitFor(/retry: 3000/);
      const saved = await syt.request('PUT', `${base()}/conference/budget`, { version: 0, lines });
      expect(saved.status, saved.body).toBe(200);
      try {
        await stream.waitFor(/event: conference\ndata: \{[^\n]*"change":"budget"/);
      } finally {
        stream.close();
      }
      expect(saved.json).toMatchObject({
        saved: true,
        version: 1,
        totals: { planned: 3_589_000_000, actual: 3_583_500_000 },
        bySource: [
          { source: health, planned: 13_000_000, actual: 7_500_000 },
          { source: awards, planned: 3_576_000_000, actual: 3_576_000_000 },
        ],
      });
      expect(saved.json.lines[1]).toMatchObject({ item: 'Nước uống giữa giờ', actual: null });
      const stale = await syt.request('PUT', `${base()}/conference/budget`, { version: 0, lines: [] });
      expect(stale.status).toBe(409);
      const negative = await syt.request('PUT', `${base()}/conference/budget`, {
        version: 1,
        lines: [{ item: 'Hoa', source: health, planned: -1 }],
      });
      expect(negative.status).toBe(400);
      expect((await lanhdao.get(`${base()}/conference/budget`)).json.lines).toHaveLength(3);
      expect((await tdkt.get(`${base()}/conference/budget`)).status).toBe(200);
      expect((await bchqs.get(`${base()}/conference/budget`)).status).toBe(403);

      const xlsx = await syt.get(`${base()}/conference/budget.xlsx`);
      expect(xlsx.status).toBe(200);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(xlsx.raw as unknown as ExcelJS.Buffer);
      const sheet = wb.getWorksheet('Kinh phí');
      const rows = (sheet?.getSheetValues() ?? []).filter(Boolean) as unknown[][];
      const total = rows.find((r) => r[2] === 'Tổng cộng');
      expect(total?.slice(4, 7)).toEqual([3_589_000_000, 3_583_500_000, 5_500_000]);
      expect(rows.find((r) => r[2] === 'Nước uống giữa giờ')?.slice(1, 6)).toEqual([
        2,
        'Nước uống giữa giờ',
        health,
        5_000_000,
        // Nothing spent yet: the cell is left empty.
        undefined,
      ]);
      const bySource = wb.getWorksheet('Theo nguồn');
      expect(bySource?.getRow(3).values).toEqual([undefined, awards, 3_576_000_000, 3_576_000_000]);
    });

    it('follows the issued plan to every unit it went to: opened and acknowledged', async () => {
      const all = (await syt.get(`/api/v1/campaigns/${round.id}/distribution`)).json;
      const byName = new Map(all.items.map((r: { unitName: string }) => [r.unitName, r]));
      expect([...byName.keys()].sort()).toEqual(
        [
          'UBND tỉnh Quảng Trị',
          'Bộ Chỉ huy Quân sự tỉnh',
          'Đài Phát thanh - Truyền hình tỉnh',
          'UBND huyện Hướng Hóa',
          'UBND huyện Đakrông',
        ].sort(),
      );
      expect(byName.get('UBND huyện Đakrông')).toMatchObject({
        status: 'delivered',
        reasons: ['Nơi nhận: UBND huyện Đakrông'],
      });
      expect(byName.get('Bộ Chỉ huy Quân sự tỉnh')).toMatchObject({
        reasons: ['Có nhiệm vụ trong kế hoạch'],
      });
      expect(all).toMatchObject({ total: 5, opened: 0, acknowledged: 0 });

      const opened = await bchqs.post(`/api/v1/campaigns/${round.id}/distribution/open`, {});
      expect(opened.status, opened.body).toBe(200);
      expect(opened.json.items).toHaveLength(1);
      expect(opened.json.items[0]).toMatchObject({
        unitName: 'Bộ Chỉ huy Quân sự tỉnh',
        status: 'opened',
        openedBy: 'bchqs',
      });
      const acknowledged = await bchqs.post(`/api/v1/campaigns/${round.id}/distribution/acknowledge`, {});
      expect(acknowledged.json.items[0]).toMatchObject({ status: 'acknowledged', acknowledgedBy: 'bchqs' });
      const at = acknowledged.json.items[0].acknowledgedAt;
      const again = await bchqs.post(`/api/v1/campaigns/${round.id}/distribution/acknowledge`, {});
      expect(again.json.items[0].acknowledgedAt).toBe(at);
      // Reading the issued round is its unit's opening, recorded by the read itself; the standing
      // agency and leadership (whose unit also received it) record nothing by reading.
      expect((await syt.get(`/api/v1/campaigns/${round.id}`)).status).toBe(200);
      expect((await lanhdao.get(`/api/v1/campaigns/${round.id}`)).status).toBe(200);
      expect((await syt.get(`/api/v1/campaigns/${round.id}/distribution`)).json.opened).toBe(1);
      expect((await huonghoa.get(`/api/v1/campaigns/${round.id}`)).status).toBe(200);
      const read = (await huonghoa.get(`/api/v1/campaigns/${round.id}/distribution`)).json.items[0];
      expect(read).toMatchObject({ status: 'opened', openedBy: 'huonghoa' });
      expect((await huonghoa.get(`/api/v1/campaigns/${round.id}`)).status).toBe(200);
      expect((await huonghoa.get(`/api/v1/campaigns/${round.id}/distribution`)).json.items[0].openedAt).toBe(
        read.openedAt,
      );
      // Taking the plan's document is an opening too.
      const other = await issueConferenceRound(suite.server, syt);
      expect((await bchqs.get(`/api/v1/campaigns/${other.id}/documents/plan.pdf`)).status).toBe(200);
      expect((await bchqs.get(`/api/v1/campaigns/${other.id}/distribution`)).json.items[0]).toMatchObject({
        status: 'opened',
        openedBy: 'bchqs',
      });
      // A unit sees its own receipt only; the standing agency sees everyone's.
      expect(
        (await huonghoa.get(`/api/v1/campaigns/${round.id}/distribution`)).json.items.map(
          (r: { unitName: string }) => r.unitName,
        ),
      ).toEqual(['UBND huyện Hướng Hóa']);
      expect((await syt.get(`/api/v1/campaigns/${round.id}/distribution`)).json).toMatchObject({
        opened: 2,
        acknowledged: 1,
      });
      // The board's unit was not sent this plan.
      const notSent = await tdkt.post(`/api/v1/campaigns/${round.id}/distribution/open`, {});
      expect(notSent.status).toBe(404);
    });

    it('keeps the plan’s first agenda when delegates are added before anyone saved the conference', async () => {
      const other = await issueConferenceRound(suite.server, syt);
      const shown = (await syt.get(`/api/v1/campaigns/${other.id}/conference`)).json;
      expect(shown.saved).toBe(false);
      const added = await syt.post(`/api/v1/campaigns/${other.id}/conference/delegates`, {
        name: 'Phan Văn Bảo',
      });
      expect(added.status, added.body).toBe(201);
      const now = (await syt.get(`/api/v1/campaigns/${other.id}/conference`)).json;
      expect(now).toMatchObject({ saved: true, version: 1 });
      expect(now.agenda.map((a: AgendaAnswer) => [a.kind, a.title])).toEqual(
        shown.agenda.map((a: AgendaAnswer) => [a.kind, a.title]),
      );
    });

    it('seeds the Quảng Trị conference: the programme of plan 2519, about 100 delegates, both funding sources', async () => {
      const demoRound = (await syt.get('/api/v1/campaigns')).json.items.find(
        (c: { reference: string }) => c.reference === '2519/KH-UBND',
      );
      const demo = (await syt.get(`/api/v1/campaigns/${demoRound.id}/conference`)).json;
      expect(demo).toMatchObject({
        saved: true,
        date: '2020-06-18',
        venue: 'Hội trường UBND tỉnh',
        expectedDelegates: 100,
        invitationNumber: '141',
        invitationCode: 'GM-UBND',
      });
      expect(demo.agenda[0]).toMatchObject({ title: 'Đón tiếp đại biểu', scheduledStart: '07:30' });
      const film = demo.agenda.find((a: AgendaAnswer) => a.kind === 'documentary');
      // The 13-minute documentary takes a 15-minute slot: every time on the programme is a 5-minute mark.
      expect(film).toMatchObject({ durationMinutes: 15 });
      expect(film.assignmentId).not.toBeNull();
      const marks = demo.agenda.flatMap((a: AgendaAnswer) => [a.scheduledStart, a.scheduledEnd]);
      expect(marks.filter((m: string | null) => !m || Number(m.slice(3)) % 5 !== 0)).toEqual([]);
      expect(demo.agenda.filter((a: AgendaAnswer) => a.kind === 'speech')).toHaveLength(6);
      expect(demo.agenda.at(-1).kind).toBe('closing');
      const seen = (await syt.get(`/api/v1/campaigns/${demoRound.id}/conference/attendance`)).json;
      expect(seen.listed).toBeGreaterThanOrEqual(90);
      expect(seen.groups.map((g: { text: string }) => g.text)[0]).toBe('Đại diện Thường trực Tỉnh ủy');
      expect(seen.checkedIn).toBeGreaterThan(0);
      expect(seen.accepted).toBeGreaterThan(seen.declined);
      const budget = (await syt.get(`/api/v1/campaigns/${demoRound.id}/conference/budget`)).json;
      expect(budget.bySource.map((s: { source: string }) => s.source)).toEqual([
        'Nguồn kinh phí phòng, chống dịch COVID-19 đã cấp cho ngành Y tế',
        'Nguồn thi đua, khen thưởng tỉnh',
      ]);
      const receipts = (await syt.get(`/api/v1/campaigns/${demoRound.id}/distribution`)).json;
      expect(receipts.acknowledged).toBeGreaterThan(0);
      expect(
        receipts.items.find((r: { unitName: string }) => r.unitName === 'Bộ Chỉ huy Quân sự tỉnh').status,
      ).toBe('delivered');
    });
  },
);
