import { readDocx, readPdf } from '@tongket/documents/testing';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Client, DIALECTS, useTestServer } from '../../../test/harness.ts';
import { issueAwardRound } from '../../../test/rounds.ts';

async function book(rows: unknown[][]) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Danh sách');
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

interface NominationAnswer {
  id: string;
  version: number;
  status: string;
  duplicateOf: string[];
}

describe.each(DIALECTS)('commendation: quotas, nominations, review, decision (%s)', (dialect) => {
  const suite = useTestServer(dialect);
  let syt: Client;
  let huonghoa: Client;
  let giolinh: Client;
  let conco: Client;
  let bchqs: Client;
  let tdkt: Client;
  let round: Awaited<ReturnType<typeof issueAwardRound>>;

  async function officer(username: string, unitCode: string) {
    const res = await suite.admin.post('/api/v1/users', {
      username,
      fullName: `Cán bộ ${unitCode}`,
      role: 'unit',
      unitId: await suite.server.unitId(unitCode),
      password: 'mat-khau-thu-nghiem',
    });
    if (res.status !== 201) throw new Error(res.body);
    return suite.server.login(username, 'mat-khau-thu-nghiem');
  }

  async function nominate(client: Client, body: Record<string, unknown>): Promise<NominationAnswer> {
    const res = await client.post(`/api/v1/campaigns/${round.id}/nominations`, body);
    expect(res.status, res.body).toBe(201);
    return res.json;
  }
  const collective = (name: string) => ({ awardGroupId: round.collectives, nomineeKind: 'collective', name });
  const person = (name: string, birthYear = 1980) => ({
    awardGroupId: round.individuals,
    nomineeKind: 'individual',
    name,
    gender: 'female',
    birthYear,
    position: 'Phó Trưởng phòng',
    workplace: 'Trung tâm Y tế huyện',
  });
  const send = (client: Client, n: NominationAnswer, extra: Record<string, unknown> = {}) =>
    client.post(`/api/v1/nominations/${n.id}/submit`, { version: n.version, ...extra });

  beforeAll(async () => {
    syt = await suite.server.login('syt');
    huonghoa = await suite.server.login('huonghoa');
    bchqs = await suite.server.login('bchqs');
    tdkt = await suite.server.login('tdkt');
    giolinh = await officer(`giolinh.${dialect}`, 'QT-GIOLINH');
    conco = await officer(`conco.${dialect}`, 'QT-CONCO');
    round = await issueAwardRound(suite.server, syt, { nominationInDays: 5 });
  });

  it('shows section VI as quotas: per unit, pooled over the districts, and each district but Cồn Cỏ', async () => {
    const quotas = (await huonghoa.get(`/api/v1/campaigns/${round.id}/quotas`)).json.items;
    const pool = quotas.find((q: { scope: string }) => q.scope === 'pool');
    expect(pool).toMatchObject({
      count: 2,
      used: 0,
      nomineeKind: 'collective',
      awardTypeName: 'Bằng khen của Chủ tịch UBND tỉnh',
    });
    expect(pool.units.map((u: { unitName: string }) => u.unitName)).toContain('UBND huyện Hướng Hóa');
    const each = quotas.find((q: { scope: string }) => q.scope === 'each');
    const names = each.units.map((u: { unitName: string }) => u.unitName);
    expect(names).toContain('UBND huyện Gio Linh');
    expect(names).not.toContain('UBND huyện đảo Cồn Cỏ');
    expect(names).toHaveLength(9);
  });

  it('takes a unit’s own quota and refuses one more with the quota named', async () => {
    const a = await nominate(bchqs, collective('Ban Chỉ huy Quân sự thành phố Đông Hà'));
    const b = await nominate(bchqs, collective('Đại đội Trinh sát'));
    expect((await send(bchqs, a)).status).toBe(200);
    const over = await send(bchqs, b);
    expect(over.status).toBe(409);
    expect(over.json.code).toBe('quota_exceeded');
    expect(over.json.detail).toContain('Bộ Chỉ huy Quân sự tỉnh');
    expect(over.json.detail).toContain('1/1');
    const refused = (await bchqs.get(`/api/v1/nominations/${b.id}`)).json;
    expect(refused.status).toBe('draft');
    expect(refused.quotaRefusedAt).not.toBeNull();
    // The refused draft reaches the standing agency's list (its other drafts do not); the first,
    // never refused, was sent.
    const seen = (await syt.get(`/api/v1/campaigns/${round.id}/nominations`)).json.items;
    expect(seen.find((n: { id: string }) => n.id === b.id)).toMatchObject({ status: 'draft' });
    const draftOnly = await nominate(bchqs, collective('Trung đội Dân quân cơ động'));
    expect(
      (await syt.get(`/api/v1/campaigns/${round.id}/nominations`)).json.items.some(
        (n: { id: string }) => n.id === draftOnly.id,
      ),
    ).toBe(false);
    expect((await bchqs.request('DELETE', `/api/v1/nominations/${draftOnly.id}`)).status).toBeLessThan(300);
  });

  it('applies the "each" rule per district and its exception', async () => {
    const hh = await nominate(huonghoa, person('Nguyễn Thị Hường', 1979));
    expect((await send(huonghoa, hh)).status).toBe(200);
    const hh2 = await nominate(huonghoa, person('Trần Văn Hai', 1985));
    expect((await send(huonghoa, hh2)).status).toBe(409);
    // Gio Linh has its own slot, untouched by Hướng Hóa's.
    const gl = await nominate(giolinh, person('Lê Văn Đức', 1975));
    expect((await send(giolinh, gl)).status).toBe(200);
    // Cồn Cỏ is left out of the rule: no quota for individuals at all.
    const cc = await nominate(conco, person('Phạm Văn Đảo', 1982));
    const refused = await send(conco, cc);
    expect(refused.status).toBe(409);
    expect(refused.json.code).toBe('no_quota');
    expect(refused.json.detail).toContain('UBND huyện đảo Cồn Cỏ không có chỉ tiêu đề nghị cá nhân');
  });

  it('gives the last pooled slot to exactly one of two districts sending at the same moment', async () => {
    const first = await nominate(conco, collective('Ban Chỉ đạo huyện đảo Cồn Cỏ'));
    expect((await send(conco, first)).status).toBe(200);
    const a = await nominate(huonghoa, collective('Ban Chỉ đạo huyện Hướng Hóa'));
    const b = await nominate(giolinh, collective('Ban Chỉ đạo huyện Gio Linh'));
    const results = await Promise.all([send(huonghoa, a), send(giolinh, b)]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const quotas = (await syt.get(`/api/v1/campaigns/${round.id}/quotas`)).json.items;
    expect(quotas.find((q: { scope: string }) => q.scope === 'pool').used).toBe(2);
  });

  it('lets the standing agency send over quota only with a written reason, audited', async () => {
    const extra = (await bchqs.get(`/api/v1/campaigns/${round.id}/nominations`)).json.items.find(
      (n: { name: string }) => n.name === 'Đại đội Trinh sát',
    );
    const byUnit = await send(bchqs, extra, { overrideReason: 'Tôi muốn vượt' });
    expect(byUnit.status).toBe(403);
    const noReason = await send(syt, extra);
    expect(noReason.status).toBe(403);
    const ok = await send(syt, extra, {
      overrideReason: 'Đơn vị có thành tích đột xuất trong đợt cách ly tháng 4.',
    });
    expect(ok.status, ok.body).toBe(200);
    expect(ok.json).toMatchObject({
      status: 'submitted',
      overrideReason: 'Đơn vị có thành tích đột xuất trong đợt cách ly tháng 4.',
    });
    const audit = (await suite.admin.get(`/api/v1/audit?entityType=nomination&entityId=${extra.id}`)).json
      .items;
    expect(audit[0]).toMatchObject({ action: 'nomination.submitted_over_quota', actorUsername: 'syt' });
    expect(audit.some((a: { action: string }) => a.action === 'nomination.quota_refused')).toBe(true);
    expect(audit[0].after.overrideReason).toContain('đột xuất');
  });

  it('keeps a district a pool leaves out off its table, its slots, its template and its import', async () => {
    const pooled = await issueAwardRound(suite.server, syt, {
      nominationInDays: 5,
      name: 'Đợt có chỉ tiêu chung trừ huyện đảo Cồn Cỏ',
      poolExcept: ['QT-CONCO'],
    });
    const poolOf = async () =>
      (await syt.get(`/api/v1/campaigns/${pooled.id}/quotas`)).json.items.find(
        (q: { scope: string }) => q.scope === 'pool',
      );
    const names = (await poolOf()).units.map((u: { unitName: string }) => u.unitName);
    expect(names).toContain('UBND huyện Hướng Hóa');
    expect(names).not.toContain('UBND huyện đảo Cồn Cỏ');
    expect(names).toHaveLength(9);

    const draft = await conco.post(`/api/v1/campaigns/${pooled.id}/nominations`, {
      awardGroupId: pooled.collectives,
      nomineeKind: 'collective',
      name: 'Ban Chỉ đạo huyện đảo Cồn Cỏ',
    });
    expect(draft.status, draft.body).toBe(201);
    const refused = await send(conco, draft.json);
    expect(refused.status).toBe(409);
    expect(refused.json.code).toBe('no_quota');
    expect(refused.json.detail).toBe(
      'UBND huyện đảo Cồn Cỏ không có chỉ tiêu đề nghị tập thể cho hình thức này: kế hoạch loại trừ đơn vị khỏi chỉ tiêu “Ban Chỉ đạo các huyện, thị xã, thành phố: 02 tập thể”.',
    );
    expect(refused.json.excludedBy.label).toBe('Ban Chỉ đạo các huyện, thị xã, thành phố');
    expect((await conco.get(`/api/v1/nominations/${draft.json.id}`)).json.status).toBe('draft');
    expect((await poolOf()).used).toBe(0);
    // The districts the pool keeps still share it.
    const hh = await huonghoa.post(`/api/v1/campaigns/${pooled.id}/nominations`, {
      awardGroupId: pooled.collectives,
      nomineeKind: 'collective',
      name: 'Ban Chỉ đạo huyện Hướng Hóa',
    });
    expect((await send(huonghoa, hh.json)).status).toBe(200);
    expect((await poolOf()).used).toBe(1);

    // The Excel list: Cồn Cỏ's template says it has no quota here, and its rows are refused.
    const template = await conco.get(
      `/api/v1/campaigns/${pooled.id}/nominations/template.xlsx?awardGroupId=${pooled.collectives}`,
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(template.raw as unknown as ExcelJS.Buffer);
    expect(String(wb.worksheets[0]?.getCell(2, 1).value)).toContain('không có chỉ tiêu');
    const hhTemplate = new ExcelJS.Workbook();
    await hhTemplate.xlsx.load(
      (
        await huonghoa.get(
          `/api/v1/campaigns/${pooled.id}/nominations/template.xlsx?awardGroupId=${pooled.collectives}`,
        )
      ).raw as unknown as ExcelJS.Buffer,
    );
    expect(hhTemplate.worksheets[0]?.getCell(3, 1).dataValidation.formulae).toEqual(['"Tập thể"']);
    const url = `/api/v1/campaigns/${pooled.id}/nominations/import?awardGroupId=${pooled.collectives}&commit=true`;
    const imported = await conco.upload(
      url,
      await book([
        ['Đối tượng', 'Họ và tên / Tên tập thể'],
        ['Tập thể', 'Đồn Biên phòng Cồn Cỏ'],
      ]),
    );
    expect(imported.status, imported.body).toBe(200);
    expect(imported.json).toMatchObject({ valid: false, committed: false });
    expect(imported.json.rows[0].errors[0]).toMatchObject({ column: 'Đối tượng' });
    expect(imported.json.rows[0].errors[0].message).toContain('loại trừ đơn vị khỏi chỉ tiêu');
  });

  it('refuses missing fields and impossible years with Vietnamese messages, and other units’ nominations', async () => {
    const bad = await huonghoa.post(`/api/v1/campaigns/${round.id}/nominations`, {
      ...person('Võ Thị Năm'),
      birthYear: 1850,
    });
    expect(bad.status).toBe(422);
    expect(bad.json.errors[0]).toMatchObject({ field: 'birthYear' });
    const noName = await huonghoa.post(`/api/v1/campaigns/${round.id}/nominations`, {
      ...person(''),
      name: '  ',
    });
    expect(noName.status).toBe(400);
    const incomplete = await nominate(huonghoa, {
      awardGroupId: round.individuals,
      nomineeKind: 'individual',
      name: 'Hồ Văn Thiếu',
    });
    const sent = await send(huonghoa, incomplete);
    expect(sent.status).toBe(422);
    expect(sent.json.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'birthYear',
      'gender',
      'position',
    ]);
    // Another unit can neither see nor send it.
    expect((await giolinh.get(`/api/v1/nominations/${incomplete.id}`)).status).toBe(404);
    expect((await send(giolinh, incomplete)).status).toBe(404);
  });

  it('flags the same person put forward by two units, whatever the diacritics and case', async () => {
    const a = await nominate(syt, { ...person('NGUYỄN VĂN ĐỨC', 1971), workplace: 'Sở Y tế' });
    const b = await nominate(giolinh, { ...person('nguyen van duc', 1971), awardGroupId: round.individuals });
    const seen = (await syt.get(`/api/v1/nominations/${a.id}`)).json;
    expect(seen.duplicateOf).toContain(b.id);
    const other = await nominate(huonghoa, { ...person('Nguyễn Văn Đức', 1990) });
    expect((await syt.get(`/api/v1/nominations/${other.id}`)).json.duplicateOf).toEqual([]);
  });

  it('lets the standing agency enter a nomination for a unit, recorded as such, against that unit’s quota', async () => {
    const [giolinhId, mttqId, huonghoaId, bdId] = await Promise.all(
      ['QT-GIOLINH', 'QT-MTTQ', 'QT-HUONGHOA', 'BD-SYT'].map((code) => suite.server.unitId(code)),
    );
    const url = `/api/v1/campaigns/${round.id}/nominations`;
    // A unit officer nominates for their own unit only.
    const other = await giolinh.post(url, { ...person('Lê Thị Nhờ', 1987), unitId: huonghoaId });
    expect(other.status).toBe(403);
    expect(other.json.errors[0]).toMatchObject({ field: 'unitId' });
    expect(other.json.detail).toContain('chỉ lập được đề nghị khen thưởng cho đơn vị mình');
    const own = await giolinh.post(url, { ...person('Lê Thị Nhà', 1987), unitId: giolinhId });
    expect(own.status).toBe(201);
    expect(own.json).toMatchObject({
      unitId: giolinhId,
      enteredBy: `giolinh.${dialect}`,
      enteredOnBehalf: false,
    });
    // The standing agency, for a unit of the round and none outside it.
    expect((await syt.post(url, { ...person('Ngoài Tỉnh'), unitId: bdId })).json.code).toBe(
      'unit_not_in_round',
    );
    const entered = await syt.post(url, {
      unitId: mttqId,
      awardGroupId: round.individuals,
      nomineeKind: 'exemplar',
      name: 'Hồ Thị Gương',
      gender: 'female',
      birthYear: 1965,
      workplace: 'Thôn Tân Định, xã Hải Thượng',
    });
    expect(entered.status, entered.body).toBe(201);
    expect(entered.json).toMatchObject({
      unitId: mttqId,
      unitName: 'Ủy ban MTTQ Việt Nam tỉnh',
      enteredBy: 'syt',
      enteredOnBehalf: true,
      status: 'draft',
    });
    const audit = (await suite.admin.get(`/api/v1/audit?entityType=nomination&entityId=${entered.json.id}`))
      .json.items;
    expect(audit[0]).toMatchObject({ action: 'nomination.created_on_behalf', actorUsername: 'syt' });
    expect(audit[0].after).toMatchObject({ unitId: mttqId, enteredBy: 'syt', onBehalf: true });
    // It counts against the Front's exemplar quota, not the agency's own.
    const sent = await send(syt, entered.json);
    expect(sent.status, sent.body).toBe(200);
    const exemplar = (await syt.get(`/api/v1/campaigns/${round.id}/quotas`)).json.items.find(
      (q: { nomineeKind: string }) => q.nomineeKind === 'exemplar',
    );
    expect(exemplar.units).toEqual([expect.objectContaining({ unitId: mttqId, used: 1 })]);
    // Gio Linh's own individual slot is taken: one entered for it is refused by Gio Linh's quota.
    const forGioLinh = await syt.post(url, { ...person('Võ Văn Thay', 1983), unitId: giolinhId });
    const over = await send(syt, forGioLinh.json);
    expect(over.status).toBe(409);
    expect(over.json.code).toBe('quota_exceeded');
    expect(over.json.detail).toContain('Các huyện, thị xã, thành phố');
    // The unit sees what was entered for it, and may take it over.
    const seen = (await giolinh.get(url)).json.items.find((n: { id: string }) => n.id === forGioLinh.json.id);
    expect(seen).toMatchObject({ enteredBy: 'syt', enteredOnBehalf: true });
    expect((await giolinh.request('DELETE', `/api/v1/nominations/${forGioLinh.json.id}`)).status).toBe(204);
    expect((await giolinh.request('DELETE', `/api/v1/nominations/${own.json.id}`)).status).toBe(204);
    // A unit's own draft stays its own: the agency cannot send or change it.
    const unitsOwn = await nominate(huonghoa, person('Trần Thị Riêng', 1990));
    expect((await send(syt, unitsOwn)).status).toBe(403);
    expect(
      (await syt.patch(`/api/v1/nominations/${unitsOwn.id}`, { version: unitsOwn.version, name: 'X' }))
        .status,
    ).toBe(403);
    expect((await huonghoa.request('DELETE', `/api/v1/nominations/${unitsOwn.id}`)).status).toBe(204);
  });

  it('takes the unit from the list’s “Đơn vị đề nghị” column: any unit of the round for the agency, refused for a unit officer', async () => {
    const url = `/api/v1/campaigns/${round.id}/nominations/import?awardGroupId=${round.individuals}`;
    const header = ['Đơn vị đề nghị', 'Đối tượng', 'Họ và tên', 'Giới tính', 'Năm sinh', 'Chức vụ'];
    const byAgency = await syt.upload(
      url,
      await book([
        header,
        ['UBND huyện Hướng Hóa', 'Cá nhân', 'Nguyễn Văn Một', 'Nam', 1980, 'Chuyên viên'],
        ['ubnd huyen dao con co', 'Cá nhân', 'Nguyễn Văn Hai', 'Nam', 1981, 'Chuyên viên'],
        ['Huyện Không Có', 'Cá nhân', 'Nguyễn Văn Ba', 'Nam', 1982, 'Chuyên viên'],
        ['', 'Cá nhân', 'Nguyễn Văn Bốn', 'Nam', 1983, 'Chuyên viên'],
      ]),
    );
    expect(byAgency.status, byAgency.body).toBe(200);
    const errors = byAgency.json.rows.map((r: { errors: Array<{ message: string }> }) => r.errors);
    expect(errors[0]).toEqual([]);
    expect(errors[1][0].message).toContain('UBND huyện đảo Cồn Cỏ không có chỉ tiêu đề nghị cá nhân');
    expect(errors[2][0]).toEqual({
      column: 'Đơn vị đề nghị',
      message: 'Không tìm thấy đơn vị “Huyện Không Có” trong đợt này',
    });
    expect(errors[3]).toEqual([]);
    const byUnit = await giolinh.upload(
      url,
      await book([header, ['UBND huyện Hướng Hóa', 'Cá nhân', 'Nguyễn Văn Năm', 'Nam', 1984, 'Chuyên viên']]),
    );
    expect(byUnit.json.valid).toBe(false);
    expect(byUnit.json.rows[0].errors[0].column).toBe('Đơn vị đề nghị');
    expect(byUnit.json.rows[0].errors[0].message).toContain('cho đơn vị mình');

    // Committed, each row is a draft of its unit, entered by the agency.
    const ok = await syt.upload(
      `${url}&commit=true`,
      await book([header, ['QT-DAKRONG', 'Cá nhân', 'Hồ Văn Sáu', 'Nam', 1979, 'Y sĩ']]),
    );
    expect(ok.json).toMatchObject({ valid: true, committed: true });
    const made = (await syt.get(`/api/v1/campaigns/${round.id}/nominations`)).json.items.find(
      (n: { name: string }) => n.name === 'Hồ Văn Sáu',
    );
    expect(made).toMatchObject({ unitName: 'UBND huyện Đakrông', enteredBy: 'syt', enteredOnBehalf: true });
    expect((await syt.request('DELETE', `/api/v1/nominations/${made.id}`)).status).toBe(204);

    // The agency's template starts with the unit, offering only units with a quota for this award.
    const template = await syt.get(
      `/api/v1/campaigns/${round.id}/nominations/template.xlsx?awardGroupId=${round.individuals}`,
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(template.raw as unknown as ExcelJS.Buffer);
    expect(wb.worksheets[0]?.getRow(2).getCell(1).value).toBe('Đơn vị đề nghị');
    const offered = wb.getWorksheet('Đơn vị')?.getColumn(1).values.filter(Boolean);
    expect(offered).toContain('UBND huyện Gio Linh');
    expect(offered).toContain('Ủy ban MTTQ Việt Nam tỉnh');
    expect(offered).not.toContain('UBND huyện đảo Cồn Cỏ');
  });

  it('forwards, approves (with a proposal upward) and rejects, giving a rejected slot back', async () => {
    const items = (await syt.get(`/api/v1/campaigns/${round.id}/nominations?status=submitted`)).json
      .items as Array<NominationAnswer & { name: string }>;
    expect(items.length).toBeGreaterThanOrEqual(5);
    // Only the standing agency forwards; only the board decides.
    expect(
      (await tdkt.post(`/api/v1/nominations/${items[0]?.id}/forward`, { version: items[0]?.version })).status,
    ).toBe(403);
    for (const n of items) {
      const res = await syt.post(`/api/v1/nominations/${n.id}/forward`, { version: n.version });
      expect(res.status, res.body).toBe(200);
    }
    const forwarded = (await tdkt.get(`/api/v1/campaigns/${round.id}/nominations?status=forwarded`)).json
      .items as Array<NominationAnswer & { name: string }>;
    expect(
      (await syt.post(`/api/v1/nominations/${forwarded[0]?.id}/approve`, { version: forwarded[0]?.version }))
        .status,
    ).toBe(403);
    const hh = forwarded.find(
      (n) => n.name === 'Ban Chỉ đạo huyện Hướng Hóa' || n.name === 'Ban Chỉ đạo huyện Gio Linh',
    ) as NominationAnswer;
    const noReason = await tdkt.post(`/api/v1/nominations/${hh.id}/reject`, {
      version: hh.version,
      reason: ' ',
    });
    expect(noReason.status).toBe(400);
    const rejected = await tdkt.post(`/api/v1/nominations/${hh.id}/reject`, {
      version: hh.version,
      reason: 'Thành tích chưa tiêu biểu so với các đơn vị khác.',
    });
    expect(rejected.json.status).toBe('rejected');
    const pool = (await syt.get(`/api/v1/campaigns/${round.id}/quotas`)).json.items.find(
      (q: { scope: string }) => q.scope === 'pool',
    );
    expect(pool.used).toBe(1);
    for (const n of forwarded.filter((f) => f.id !== hh.id)) {
      const proposeHigher = n.name === 'Nguyễn Thị Hường';
      const res = await tdkt.post(`/api/v1/nominations/${n.id}/approve`, {
        version: n.version,
        ...(proposeHigher && { proposeHigher: true, higherAwardTypeId: 'award-bk-ttg' }),
      });
      expect(res.status, res.body).toBe(200);
      if (proposeHigher)
        expect(res.json).toMatchObject({ proposeHigher: true, higherAwardTypeId: 'award-bk-ttg' });
    }
  });

  it('drafts and issues the decision once, with its documents, list and certificates', async () => {
    const created = await tdkt.post(`/api/v1/campaigns/${round.id}/decisions`, {});
    expect(created.status, created.body).toBe(201);
    const decision = created.json;
    expect(decision).toMatchObject({
      status: 'draft',
      awardTypeName: 'Bằng khen của Chủ tịch UBND tỉnh',
      docCode: 'QĐ-UBND',
    });
    expect(decision.counts.collective + decision.counts.individual + decision.counts.exemplar).toBe(
      decision.nominationIds.length,
    );
    expect(decision.counts.exemplar).toBe(1);
    expect(decision.signature).toMatchObject({
      deputy: 'KT. CHỦ TỊCH',
      title: 'PHÓ CHỦ TỊCH',
      name: 'Hoàng Nam',
    });
    expect((await syt.post(`/api/v1/campaigns/${round.id}/decisions`, {})).status).toBe(403);
    const early = await tdkt.get(`/api/v1/decisions/${decision.id}/documents/certificates.pdf`);
    expect(early.status).toBe(409);
    const noNumber = await tdkt.post(`/api/v1/decisions/${decision.id}/issue`, { version: decision.version });
    expect(noNumber.status).toBe(422);
    const issued = await tdkt.post(`/api/v1/decisions/${decision.id}/issue`, {
      version: decision.version,
      docNumber: '1234',
      docDate: decision.createdAt.slice(0, 10),
    });
    expect(issued.status, issued.body).toBe(200);
    expect(issued.json.status).toBe('issued');
    const twice = await tdkt.post(`/api/v1/decisions/${decision.id}/issue`, {
      version: issued.json.version,
      docNumber: '1235',
    });
    expect(twice.status).toBe(409);
    const decided = (await syt.get(`/api/v1/campaigns/${round.id}/nominations?status=decided`)).json.items;
    expect(decided).toHaveLength(decision.nominationIds.length);

    const docx = await readDocx(
      (await huonghoa.get(`/api/v1/decisions/${decision.id}/documents/decision.docx`)).raw,
    );
    expect(docx.text).toContain('Số: 1234/QĐ-UBND');
    expect(docx.text).toContain('QUYẾT ĐỊNH');
    expect(docx.text).toContain('Nguyễn Thị Hường');
    expect(docx.text).toContain('Lê Văn Đức');
    expect(docx.text).toContain('Điều 3.');
    const certificates = await syt.get(`/api/v1/decisions/${decision.id}/documents/certificates.pdf`);
    expect(certificates.status).toBe(200);
    const pdf = await readPdf(certificates.raw);
    expect(pdf.pages).toHaveLength(decision.nominationIds.length);
    expect(pdf.pageSizes[0]?.width).toBeGreaterThan(pdf.pageSizes[0]?.height ?? 0);
    expect(pdf.pages.some((p) => p.includes('Nguyễn Thị Hường'))).toBe(true);
    const list = await syt.get(`/api/v1/decisions/${decision.id}/documents/list.xlsx`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(list.raw as unknown as ExcelJS.Buffer);
    const names = workbook.getWorksheet('Danh sách')?.getColumn(3).values.slice(2);
    expect(names).toContain('Lê Văn Đức');

    // The number is taken in the register for that year: a plan cannot reuse it.
    const stats = (await syt.get(`/api/v1/commendation/statistics?campaignId=${round.id}`)).json;
    expect(stats.total).toBe(decision.nominationIds.length);
    expect(
      stats.byUnit.find((u: { unitName: string }) => u.unitName === 'UBND huyện Gio Linh').individual,
    ).toBe(1);
    // Units hear of their awards.
    const inbox = (await giolinh.get(`/api/v1/notifications?campaignId=${round.id}`)).json.items;
    expect(inbox[0].subject).toContain('Quyết định số 1234/QĐ-UBND');
  });

  it('imports a unit’s list from Excel all or nothing, and names wrong columns', async () => {
    const url = `/api/v1/campaigns/${round.id}/nominations/import?awardGroupId=${round.individuals}`;
    const wrong = await giolinh.upload(
      url,
      await book([
        ['Tên', 'Tuổi'],
        ['A', 30],
      ]),
      'ds.xlsx',
    );
    expect(wrong.status).toBe(400);
    expect(wrong.json.detail).toContain('Đối tượng');
    const rows = [
      ['DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG'],
      ['STT', 'Đối tượng', 'Họ và tên', 'Giới tính', 'Năm sinh', 'Chức vụ', 'Nơi công tác'],
      [1, 'Cá nhân', 'Hoàng Thị Mai', 'Nữ', 1986, 'Điều dưỡng', 'Trạm Y tế xã Gio Mai'],
      [2, 'Cá nhân', 'Đặng Văn Tâm', 'Nam', 'bảy lăm', 'Y sĩ', 'Trạm Y tế thị trấn Cửa Việt'],
    ];
    const preview = await giolinh.upload(`${url}&commit=true`, await book(rows), 'ds.xlsx');
    expect(preview.status, preview.body).toBe(200);
    expect(preview.json).toMatchObject({ valid: false, committed: false });
    expect(preview.json.rows[1].errors[0]).toMatchObject({ column: 'Năm sinh' });
    const before = (await giolinh.get(`/api/v1/campaigns/${round.id}/nominations`)).json.items.length;
    const fixed = rows.map((r, i) =>
      i === 3 ? [2, 'Cá nhân', 'Đặng Văn Tâm', 'Nam', 1975, 'Y sĩ', 'Trạm Y tế thị trấn Cửa Việt'] : r,
    );
    const committed = await giolinh.upload(`${url}&commit=true`, await book(fixed), 'ds.xlsx');
    expect(committed.json).toMatchObject({ valid: true, committed: true });
    const after = (await giolinh.get(`/api/v1/campaigns/${round.id}/nominations`)).json.items;
    expect(after.length).toBe(before + 2);
    expect(after.map((n: { name: string }) => n.name)).toContain('Hoàng Thị Mai');

    // A collective under the individuals' award is named at once, in the list's own words.
    const misplaced = await giolinh.upload(
      url,
      await book([
        ['Đối tượng', 'Họ và tên / Tên tập thể'],
        ['Tập thể', 'Trạm Y tế xã Gio Mai'],
        ['Cá nhân', ''],
      ]),
      'ds.xlsx',
    );
    expect(misplaced.json.valid).toBe(false);
    expect(misplaced.json.rows[0].errors[0]).toMatchObject({ column: 'Đối tượng' });
    expect(misplaced.json.rows[0].errors[0].message).toContain('không có chỉ tiêu đề nghị tập thể');
    expect(misplaced.json.rows[1].errors[0].column).toBe('Họ và tên / Tên tập thể');

    // The template has the columns the import reads, and imports once filled in.
    const template = await giolinh.get(
      `/api/v1/campaigns/${round.id}/nominations/template.xlsx?awardGroupId=${round.individuals}`,
    );
    expect(template.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(template.raw as unknown as ExcelJS.Buffer);
    const sheet = wb.worksheets[0] as ExcelJS.Worksheet;
    expect(String(sheet.getCell(1, 1).value)).toContain('BẰNG KHEN');
    expect(sheet.getRow(2).values).toEqual([
      undefined,
      'Đối tượng',
      'Họ và tên / Tên tập thể',
      'Giới tính',
      'Năm sinh',
      'Chức vụ',
      'Nơi công tác',
      'Tóm tắt thành tích',
    ]);
    sheet.getRow(3).values = ['Cá nhân', 'Lê Thị Hạnh', 'Nữ', 1991, 'Y sĩ', 'Trạm Y tế xã Gio Hải', ''];
    const filled = Buffer.from(await wb.xlsx.writeBuffer());
    const fromTemplate = await giolinh.upload(url, filled, 'mau.xlsx');
    expect(fromTemplate.json, fromTemplate.body).toMatchObject({ valid: true });
  });

  it('lets a unit take a file off its nomination before review, and only its own', async () => {
    const n = await nominate(giolinh, person('Phan Thị Hồ Sơ', 1984));
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
    const added = await giolinh.upload(`/api/v1/nominations/${n.id}/files`, pdf, 'thanh tich.pdf');
    expect(added.status, added.body).toBe(201);
    expect((await huonghoa.request('DELETE', `/api/v1/nomination-files/${added.json.id}`)).status).toBe(404);
    expect((await giolinh.request('DELETE', `/api/v1/nomination-files/${added.json.id}`)).status).toBe(204);
    expect((await giolinh.get(`/api/v1/nominations/${n.id}`)).json.attachments).toEqual([]);
    expect((await giolinh.get(`/api/v1/nomination-files/${added.json.id}`)).status).toBe(404);
    expect((await giolinh.request('DELETE', `/api/v1/nomination-files/${added.json.id}`)).status).toBe(404);
  });

  it('refuses nominations once the nomination deadline has passed', async () => {
    const past = await issueAwardRound(suite.server, syt, {
      nominationInDays: 1,
      name: 'Đợt sắp hết hạn khen thưởng',
    });
    const n = (
      await huonghoa.post(`/api/v1/campaigns/${past.id}/nominations`, {
        awardGroupId: past.individuals,
        nomineeKind: 'individual',
        name: 'Trần Thị Muộn',
        gender: 'female',
        birthYear: 1990,
        position: 'Chuyên viên',
      })
    ).json;
    await suite.server.db.kysely
      .updateTable('campaigns')
      .set({ nomination_deadline: '2020-06-12T16:59:59.000Z', updated_at: new Date().toISOString() })
      .where('id', '=', past.id)
      .execute();
    const late = await send(huonghoa, n);
    expect(late.status).toBe(409);
    expect(late.json.code).toBe('nomination_deadline_passed');
    expect(late.json.detail).toContain('12/06/2020');
  });
});
