import { readEdxml } from '@tongket/documents/testing';
import { vietnamDate } from '@tongket/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Client, DIALECTS, useTestServer } from '../../test/harness.ts';
import { draftTestRound, fullReport } from '../../test/rounds.ts';
import { LONG, sha256, useSigningPki, useSigningProgram } from '../../test/signing.ts';

/**
 * The two-step signing of a unit's report over HTTP, through the protocol of the round's own
 * documents (docs/signatures.md, "Units' reports"): the unit's officer opens each step, the
 * development signer follows the one-time links over a real socket, and the release numbers and
 * dates the report in the unit's own register; the released PDF goes on the draft as the unit's
 * signed report, as if uploaded — checked as an upload is, counted by a round that requires signed
 * reports — checked by tongket's verifier and by Debian's pdfsig; the released report's content no
 * longer changes until its signed PDF is taken off.
 */

/** The unit (QT-BCHQS, "Bộ Chỉ huy Quân sự tỉnh") as its certificates name it, with its province. */
const UNIT = 'Bộ Chỉ huy Quân sự tỉnh Quảng Trị';
let numbers = 7300;

const signing = useSigningPki(UNIT);
const { pki } = signing;

interface Report {
  id: string;
  base: string;
  version: number;
  content: { sections: Record<string, string>; indicators: Record<string, number> };
}

/** The report with a sentence added to its first section. */
function amended(content: Report['content'], sentence: string): Report['content'] {
  const [first, html] = Object.entries(content.sections)[0] as [string, string];
  return { ...content, sections: { ...content.sections, [first]: `${html}<p>${sentence}</p>` } };
}

describe.each(DIALECTS)("two-step digital signing of a unit's report (%s)", (dialect) => {
  const suite = useTestServer(dialect, { config: { trustStoreDir: signing.trustDir } });
  const program = useSigningProgram(suite, signing, 'Lê Quang Quân');
  const { sign, upload, signedBy } = program;
  let syt: Client;
  let bchqs: Client;

  beforeAll(async () => {
    syt = await suite.server.login('syt');
    bchqs = await suite.server.login('bchqs');
  }, LONG);

  /** An issued round (requiring signed reports) whose report Bộ CHQS has written in full and saved. */
  async function writtenReport(name: string): Promise<Report> {
    const draft = await draftTestRound(suite.server, syt, {
      reportUnits: ['QT-BCHQS', 'QT-HUONGHOA'],
      deadlineInDays: 5,
      name,
    });
    const saved = await syt.patch(`/api/v1/campaigns/${draft.id}`, {
      version: draft.version,
      plan: { signedReports: true },
    });
    expect(saved.status, saved.body).toBe(200);
    const issued = await syt.post(`/api/v1/campaigns/${draft.id}/issue`, {
      version: saved.json.version,
      docNumber: String(numbers++),
      docDate: draft.docDate,
    });
    expect(issued.status, issued.body).toBe(200);
    const mine = (await bchqs.get('/api/v1/assignments')).json.items.find(
      (a: { campaignId: string; kind: string }) => a.campaignId === draft.id && a.kind === 'report',
    );
    const base = `/api/v1/assignments/${mine.id}`;
    const detail = (await bchqs.get(base)).json;
    const content = fullReport(detail.outline);
    const written = await bchqs.request('PUT', `${base}/draft`, { version: 0, content });
    expect(written.status, written.body).toBe(200);
    return { id: mine.id, base, version: written.json.version, content };
  }

  const start = (client: Client, report: { base: string }, body: Record<string, unknown>) =>
    client.post(`${report.base}/signing`, body);
  const signatures = async (report: { base: string }) =>
    (await bchqs.get(`${report.base}/signatures`)).json.items;
  const attachmentsOf = async (client: Client, report: { base: string }) =>
    (await client.get(report.base)).json.attachments;
  const today = () => vietnamDate(new Date(suite.server.clock.nowMs()));
  const PRINT = { code: 'BC-BCHQS', signerTitle: 'CHỈ HUY TRƯỞNG', signerName: 'Lê Quang Quân' };
  /** Signs the report's current version with the development signer. */
  async function signed(report: { base: string; version: number }) {
    const opened = await start(bchqs, report, { step: 'sign', version: report.version, ...PRINT });
    expect(opened.status, opened.body).toBe(201);
    expect((await sign(opened.json, pki.signer)).body).toMatchObject({ step: 'sign', issued: false });
  }

  it(
    "lets only the unit's officers open a step, and only the unit and the round's standing agency see the signatures",
    async () => {
      const report = await writtenReport('Đợt thử báo cáo đơn vị: quyền');
      const outcomes: Record<string, [number, number]> = {};
      for (const username of ['bchqs', 'syt', 'huonghoa', 'admin', 'tdkt', 'lanhdao', 'hethong', 'bd-syt']) {
        const client = username === 'bchqs' ? bchqs : await suite.server.login(username);
        // A wrong version: the unit is told of the conflict; nobody changes anything.
        const res = await start(client, report, { step: 'sign', version: -1 });
        const listed = await client.get(`${report.base}/signatures`);
        outcomes[username] = [res.status, listed.status];
      }
      expect(outcomes).toEqual({
        bchqs: [409, 200],
        syt: [403, 200],
        huonghoa: [404, 404],
        admin: [403, 403],
        tdkt: [403, 403],
        lanhdao: [403, 403],
        hethong: [403, 403],
        'bd-syt': [404, 404],
      });
      expect((await start(suite.server.anon, report, { step: 'sign', version: report.version })).status).toBe(
        401,
      );
      expect(await signatures(report)).toEqual([]);
      // The number is digits only; the notation in capitals.
      const letters = await start(bchqs, report, {
        step: 'release',
        version: report.version,
        docNumber: '1a',
      });
      expect(letters.status).toBe(400);
      const code = await start(bchqs, report, { step: 'sign', version: report.version, code: 'bc bchqs' });
      expect(code.status).toBe(400);
    },
    LONG,
  );

  it(
    "takes the report from signing to release: numbered in the unit's register, kept as its signed report, sent, no change after",
    async () => {
      const report = await writtenReport('Đợt thử báo cáo đơn vị: phát hành');
      const early = await start(bchqs, report, { step: 'release', version: report.version, docNumber: '15' });
      expect(early.status, early.body).toBe(409);
      expect(early.json.detail).toMatch(/chưa được thủ trưởng đơn vị ký số/);

      await signed(report);
      expect(await signatures(report)).toMatchObject([{ step: 'sign', signerCommonName: 'Nguyễn Văn An' }]);
      // Signed but not released: nothing to send on yet.
      const unreleased = await bchqs.get(`${report.base}/report.edxml`);
      expect(unreleased.status, unreleased.body).toBe(409);
      expect(unreleased.json).toMatchObject({ code: 'edxml_not_released' });
      expect(unreleased.json.detail).toMatch(/^Báo cáo chưa được ký số và phát hành/);

      const docDate = today();
      const release = await start(bchqs, report, {
        step: 'release',
        version: report.version,
        docNumber: '15',
        docDate,
      });
      expect(release.status, release.body).toBe(201);
      expect(release.json).toMatchObject({ step: 'release', docNumber: '15', docDate });
      const released = await sign(release.json, pki.agency, { agency: true });
      expect(released.body).toMatchObject({ step: 'release', issued: true });

      // The signed PDF is on the draft as the unit's signed report, checked as an upload is, and
      // the round's standing agency sees the same check.
      const reference = { docNumber: '15', reference: '15/BC-BCHQS', docDate };
      for (const client of [bchqs, syt]) {
        const files = await attachmentsOf(client, report);
        expect(files).toHaveLength(1);
        expect(files[0]).toMatchObject({
          contentType: 'application/pdf',
          release: reference,
          signature: { verdict: 'valid', organisation: UNIT, count: 2 },
        });
        expect(files[0].fileName).toMatch(/^Báo cáo số 15-BC-BCHQS ngày/);
      }
      const [file] = await attachmentsOf(bchqs, report);
      const download = await syt.get(`/api/v1/attachments/${file.id}`);
      expect(download.status).toBe(200);
      const pdf = new Uint8Array(download.raw);
      const all = await signatures(report);
      expect(all.map((s: { step: string }) => s.step)).toEqual(['sign', 'release']);
      expect(all[1].pdfSha256).toBe(sha256(pdf));
      await signing.expectVerified(pdf, ['Nguyễn Văn An', UNIT]);
      const audit = await suite.server.db.kysely
        .selectFrom('audit_log')
        .select(['after_json'])
        .where('action', '=', 'document.released')
        .where('entity_type', '=', 'assignment')
        .where('entity_id', '=', report.id)
        .executeTakeFirstOrThrow();
      expect(JSON.parse(audit.after_json as string)).toMatchObject({
        document: 'unit_report',
        pdfSha256: sha256(pdf),
      });
      // The number is the unit's: in its own register, as the issuing body.
      const unitId = (await bchqs.get('/api/v1/auth/me')).json.user.unitId as string;
      const registered = await suite.server.db.kysely
        .selectFrom('document_numbers')
        .select(['kind', 'reference', 'number_key'])
        .where('ref_id', '=', report.id)
        .execute();
      expect(registered).toEqual([
        { kind: 'unit_report', reference: '15/BC-BCHQS', number_key: `${unitId}|${docDate.slice(0, 4)}|15` },
      ]);

      // Released: the content does not change and is not signed again — told why in Vietnamese.
      const version = (await bchqs.get(report.base)).json.draft.version as number;
      expect(version).toBe(report.version + 1);
      for (const refused of [
        await start(bchqs, { base: report.base }, { step: 'sign', version, ...PRINT }),
        await bchqs.request('PUT', `${report.base}/draft`, {
          version,
          content: amended(report.content, 'Sửa sau khi phát hành.'),
        }),
      ]) {
        expect(refused.status, refused.body).toBe(409);
        expect(refused.json.code).toBe('signing_not_ready');
        expect(refused.json.detail).toMatch(/^Báo cáo đã được ký số và phát hành/);
      }
      // The round requires signed reports: the released one is taken, as the content signed.
      const sent = await bchqs.post(
        `${report.base}/submit`,
        { version, content: report.content },
        { 'idempotency-key': `ky-${report.id}` },
      );
      expect(sent.status, sent.body).toBe(200);

      // Sent on by the unit as an edXML package to the round's standing agency, the signed PDF in it.
      const exported = await bchqs.get(`${report.base}/report.edxml`);
      expect(exported.status, exported.body).toBe(200);
      expect(exported.headers['content-disposition']).toMatch(/bao-cao-15-BC-BCHQS\.edxml/);
      const pkg = readEdxml(exported.body);
      expect(pkg.header.From).toMatchObject({
        OrganId: '000.00.21.H50',
        OrganName: 'Bộ Chỉ huy Quân sự tỉnh',
      });
      expect(pkg.header.To.map((t: { OrganId: string }) => t.OrganId)).toEqual(['000.00.14.H50']);
      expect(pkg.header.Code).toEqual({ CodeNumber: '15', CodeNotation: 'BC-BCHQS' });
      expect(pkg.header.PromulgationInfo.PromulgationDate).toBe(docDate.replaceAll('-', '/'));
      expect(pkg.header.DocumentType).toEqual({ Type: '2', TypeName: 'Báo cáo' });
      expect(pkg.header.SignerInfo).toMatchObject({ FullName: 'Nguyễn Văn An' });
      expect(pkg.header.ToPlaces.Place).toEqual(['Sở Y tế']);
      expect(pkg.attachments).toHaveLength(1);
      expect(pkg.attachments[0]).toMatchObject({
        name: 'Báo cáo 15-BC-BCHQS.pdf',
        contentType: 'application/pdf',
      });
      expect(sha256(pkg.attachments[0]?.bytes as Buffer)).toBe(sha256(pdf));
      // Sending it is the unit's own work: the standing agency that receives it does not export it.
      const notOwner = await syt.get(`${report.base}/report.edxml`);
      expect(notOwner.status, notOwner.body).toBe(403);
      expect(notOwner.json.detail).toMatch(/^Chỉ cán bộ của đơn vị được giao/);

      const poppler = signing.checkWithPoppler(pdf, { signers: ['Nguyễn Văn An', UNIT], docDate });
      if (!poppler) return;
      const text = poppler.firstPage;
      expect(text).toMatch(/Số:\s*15\s*\/BC-BCHQS/);
      expect(text).toMatch(/BÁO CÁO/);
    },
    LONG,
  );

  it(
    'refuses what is not the served report signed by the unit, a number the unit used, a report edited after signing; one of two parallel releases wins; taking the signed PDF off frees the text',
    async () => {
      const report = await writtenReport('Đợt thử báo cáo đơn vị: từ chối');
      const opened = (await start(bchqs, report, { step: 'sign', version: report.version, ...PRINT })).json;
      const served = await program.fetchOnce(opened);
      await program.expectRefusesBadSignatures(opened.uploadUrl, served);
      expect(await signatures(report)).toEqual([]);
      expect((await upload(opened.uploadUrl, await signedBy(pki.signer, served))).status).toBe(200);

      // A number the unit has used this year (the report released above, on both databases' own
      // server, or another of its reports): refused by name.
      const docDate = today();
      const unitId = (await bchqs.get('/api/v1/auth/me')).json.user.unitId as string;
      await suite.server.db.kysely
        .insertInto('document_numbers')
        .values({
          number_key: `${unitId}|${docDate.slice(0, 4)}|16`,
          kind: 'unit_report',
          ref_id: 'khac',
          reference: '16/BC-BCHQS',
          summary: 'Báo cáo khác của đơn vị',
          created_at: new Date().toISOString(),
        })
        .execute();
      const taken = await start(bchqs, report, {
        step: 'release',
        version: report.version,
        docNumber: '16',
        docDate,
      });
      expect(taken.status, taken.body).toBe(409);
      expect(taken.json.code).toBe('duplicate_number');
      expect(taken.json.detail).toContain('16/BC-BCHQS');

      // A release opened, then the report edited: it must be signed again; the open link fails.
      const early = await start(bchqs, report, {
        step: 'release',
        version: report.version,
        docNumber: '17',
        docDate,
      });
      expect(early.status, early.body).toBe(201);
      const fetched = await program.fetchServed(early.json);
      const lateSigned = await signedBy(pki.agency, fetched, true);
      const edited = await bchqs.request('PUT', `${report.base}/draft`, {
        version: report.version,
        content: amended(report.content, 'Bổ sung sau khi ký.'),
      });
      expect(edited.status, edited.body).toBe(200);
      const stale = await start(bchqs, report, {
        step: 'release',
        version: edited.json.version,
        docNumber: '18',
      });
      expect(stale.status).toBe(409);
      expect(stale.json.detail).toMatch(/đã được sửa sau khi thủ trưởng đơn vị ký/);
      const late = await upload(early.json.uploadUrl, lateSigned);
      expect(late.status, late.body).toBe(409);
      expect(late.json.detail).toMatch(/đã được sửa sau khi thủ trưởng đơn vị ký/);
      expect(await attachmentsOf(bchqs, report)).toEqual([]);

      // Signed again on the new version: two releases raced, one wins, the other changes nothing.
      const current = { ...report, version: edited.json.version as number };
      await signed(current);
      const raced = [];
      for (const docNumber of ['24', '25']) {
        const release = await start(bchqs, current, {
          step: 'release',
          version: current.version,
          docNumber,
          docDate,
        });
        expect(release.status, release.body).toBe(201);
        const bytes = await program.fetchServed(release.json);
        raced.push({
          url: release.json.uploadUrl as string,
          signed: await signedBy(pki.agency, bytes, true),
        });
      }
      const outcomes = await Promise.all(raced.map((r) => upload(r.url, r.signed)));
      expect(outcomes.map((r) => r.status).sort(), outcomes.map((r) => r.body).join('\n')).toEqual([
        200, 409,
      ]);
      const winner = outcomes[0]?.status === 200 ? '24' : '25';
      const files = await attachmentsOf(bchqs, report);
      expect(files.map((f: { release: { docNumber: string } }) => f.release.docNumber)).toEqual([winner]);
      const numbers = await suite.server.db.kysely
        .selectFrom('document_numbers')
        .select('reference')
        .where('ref_id', '=', report.id)
        .execute();
      expect(numbers).toEqual([{ reference: `${winner}/BC-BCHQS` }]);

      // Taking the signed PDF off the report frees its text; signing it again asks for a new release.
      expect((await bchqs.request('DELETE', `/api/v1/attachments/${files[0].id}`)).status).toBe(204);
      const version = (await bchqs.get(report.base)).json.draft.version as number;
      const freed = await bchqs.request('PUT', `${report.base}/draft`, {
        version,
        content: amended(amended(report.content, 'Bổ sung sau khi ký.'), 'Sửa sau khi gỡ bản đã ký.'),
      });
      expect(freed.status, freed.body).toBe(200);
      const again = await start(bchqs, report, {
        step: 'release',
        version: freed.json.version,
        docNumber: '26',
      });
      expect(again.status).toBe(409);
      expect(again.json.detail).toMatch(/đã được sửa sau khi thủ trưởng đơn vị ký/);
    },
    LONG,
  );
});
