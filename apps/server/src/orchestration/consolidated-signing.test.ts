import { readDocx } from '@tongket/documents/testing';
import { vietnamDate } from '@tongket/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Client, DIALECTS, useTestServer } from '../../test/harness.ts';
import { fullReport, issueTestRound } from '../../test/rounds.ts';
import {
  LONG,
  pdfText,
  sha256,
  signatureTools,
  useSigningPki,
  useSigningProgram,
} from '../../test/signing.ts';

/**
 * The two-step signing of a round's consolidated report over HTTP, through the protocol of the
 * plan, the decision and the invitation (docs/signatures.md, "Consolidated reports"): the lead
 * agency opens each step, the development signer follows the one-time links over a real socket,
 * and the release numbers and dates the report; the released PDF is the report of record
 * (consolidated.pdf), checked by tongket's verifier and by Debian's pdfsig; the released report no
 * longer changes.
 */

const ISSUER = 'UBND tỉnh Quảng Trị';
const signing = useSigningPki(ISSUER);
const { pki } = signing;

describe.each(DIALECTS)('two-step digital signing of the consolidated report (%s)', (dialect) => {
  const suite = useTestServer(dialect, { config: { trustStoreDir: signing.trustDir } });
  const program = useSigningProgram(suite, signing);
  const { sign, upload, signedBy, localPath: at } = program;
  let syt: Client;

  beforeAll(async () => {
    syt = await suite.server.login('syt');
  }, LONG);

  /** An issued round whose consolidated report the lead agency has written a section of. */
  async function consolidatedRound(name: string) {
    const round = await issueTestRound(suite.server, syt, {
      reportUnits: ['QT-BCHQS'],
      deadlineInDays: 5,
      name,
    });
    const base = `/api/v1/campaigns/${round.id}`;
    const empty = (await syt.get(`${base}/consolidated`)).json;
    const section = empty.sections[0].sectionId as string;
    const saved = await syt.request('PUT', `${base}/consolidated`, {
      version: 0,
      sections: { [section]: '<p>Các đơn vị đã triển khai đầy đủ kế hoạch của tỉnh.</p>' },
    });
    expect(saved.status, saved.body).toBe(200);
    return { id: round.id, base, section, version: saved.json.version as number };
  }

  const start = (client: Client, round: { base: string }, body: Record<string, unknown>) =>
    client.post(`${round.base}/consolidated/signing`, body);
  const reportOf = async (round: { base: string }) => (await syt.get(`${round.base}/consolidated`)).json;
  const signatures = async (round: { base: string }) =>
    (await syt.get(`${round.base}/consolidated/signatures`)).json.items;
  const today = () => vietnamDate(new Date(suite.server.clock.nowMs()));
  /** Signs the report's current version with the development signer. */
  async function signed(round: { base: string; version: number }) {
    const opened = await start(syt, round, { step: 'sign', version: round.version });
    expect(opened.status, opened.body).toBe(201);
    expect((await sign(opened.json, pki.signer)).body).toMatchObject({ step: 'sign', issued: false });
  }

  it(
    'lets only the lead agency open a step, as editing the report, and no other province see its signatures',
    async () => {
      const round = await consolidatedRound('Đợt thử báo cáo tổng hợp: quyền');
      const outcomes: Record<string, [number, number]> = {};
      for (const username of ['syt', 'admin', 'tdkt', 'bchqs', 'lanhdao', 'hethong', 'bd-syt', 'bd-admin']) {
        const client = username === 'syt' ? syt : await suite.server.login(username);
        // A wrong version: the lead agency is told of the conflict; nobody changes anything.
        const res = await start(client, round, { step: 'sign', version: -1 });
        const listed = await client.get(`${round.base}/consolidated/signatures`);
        const read = await client.get(`${round.base}/consolidated`);
        expect(listed.status, `${username}: ${listed.body}`).toBe(read.status);
        outcomes[username] = [res.status, listed.status];
        // Those refused may not edit the report either.
        if (res.status !== 409) {
          const edit = await client.request('PUT', `${round.base}/consolidated`, {
            version: round.version,
            sections: {},
          });
          expect(edit.status, `${username}: ${edit.body}`).toBe(res.status);
        }
      }
      expect(outcomes).toEqual({
        syt: [409, 200],
        admin: [403, 200],
        tdkt: [403, 200],
        bchqs: [404, 404],
        lanhdao: [403, 200],
        hethong: [403, 403],
        'bd-syt': [404, 404],
        'bd-admin': [403, 404],
      });
      expect((await start(suite.server.anon, round, { step: 'sign', version: round.version })).status).toBe(
        401,
      );
      expect(await signatures(round)).toEqual([]);
      // The number is digits only.
      const letters = await start(syt, round, { step: 'release', version: round.version, docNumber: '12a' });
      expect(letters.status).toBe(400);
      // A report never consolidated has nothing to sign.
      const other = await issueTestRound(suite.server, syt, {
        reportUnits: ['QT-BCHQS'],
        deadlineInDays: 5,
        name: 'Đợt thử báo cáo tổng hợp: chưa tổng hợp',
      });
      const empty = await syt.post(`/api/v1/campaigns/${other.id}/consolidated/signing`, {
        step: 'sign',
        version: 0,
      });
      expect(empty.status, empty.body).toBe(409);
      expect(empty.json.detail).toMatch(/chưa được tổng hợp lần nào/);
    },
    LONG,
  );

  it(
    'takes the report from signing to release: numbered and dated in the register, the signed PDF of record, no change after',
    async () => {
      const round = await consolidatedRound('Đợt thử báo cáo tổng hợp: phát hành');
      const before = await reportOf(round);
      expect(before).toMatchObject({ released: false, docNumber: '', docDate: null, canEdit: true });
      expect(before.docCode).toBe('BC-UBND');
      const early = await start(syt, round, { step: 'release', version: round.version, docNumber: '81' });
      expect(early.status, early.body).toBe(409);
      expect(early.json.detail).toMatch(/Báo cáo tổng hợp chưa được người có thẩm quyền ký số/);

      const opened = await start(syt, round, { step: 'sign', version: round.version });
      expect(opened.status, opened.body).toBe(201);
      expect(opened.json.launchUrl).toMatch(/^tongket-sign:\?fetch=/);
      expect((await sign(opened.json, pki.signer)).body).toMatchObject({ step: 'sign', issued: false });
      expect(await signatures(round)).toMatchObject([{ step: 'sign', signerCommonName: 'Nguyễn Văn An' }]);

      // The number is the issuing body's: one taken by the round's plan is refused by name.
      const plan = (await syt.get(round.base)).json.plan;
      const docDate = today();
      const taken = await start(syt, round, {
        step: 'release',
        version: round.version,
        docNumber: plan.docNumber,
        docDate: plan.docDate,
      });
      expect(taken.status, taken.body).toBe(409);
      expect(taken.json.code).toBe('duplicate_number');
      expect(taken.json.detail).toContain(`/${plan.docCode}`);

      const release = await start(syt, round, {
        step: 'release',
        version: round.version,
        docNumber: '81',
        docDate,
      });
      expect(release.status, release.body).toBe(201);
      expect(release.json).toMatchObject({ step: 'release', docNumber: '81', docDate });
      const released = await sign(release.json, pki.agency, { agency: true });
      expect(released.body).toMatchObject({ step: 'release', issued: true });

      const after = await reportOf(round);
      expect(after).toMatchObject({
        released: true,
        docNumber: '81',
        docDate,
        canEdit: false,
        canManage: true,
        version: round.version + 1,
      });
      // Released once: no new step, no edit, no regeneration — each told why in Vietnamese.
      for (const refused of [
        await start(syt, round, { step: 'sign', version: after.version }),
        await syt.request('PUT', `${round.base}/consolidated`, {
          version: after.version,
          sections: { [round.section]: '<p>Sửa sau khi phát hành.</p>' },
        }),
        await syt.post(`${round.base}/consolidated/regenerate`, { version: after.version }),
      ]) {
        expect(refused.status, refused.body).toBe(409);
        expect(refused.json.code).toBe('consolidated_released');
        expect(refused.json.detail).toMatch(/^Báo cáo tổng hợp đã được ký số và phát hành/);
      }
      expect((await reportOf(round)).sections[0].html).toContain('triển khai đầy đủ kế hoạch');

      const download = await syt.get(`${round.base}/documents/consolidated.pdf`);
      expect(download.status).toBe(200);
      const pdf = new Uint8Array(download.raw);
      const all = await signatures(round);
      expect(all.map((s: { step: string }) => s.step)).toEqual(['sign', 'release']);
      expect(all[1].pdfSha256).toBe(sha256(pdf));
      await signing.expectVerified(pdf, ['Nguyễn Văn An', ISSUER]);
      // The board and the leadership read the same bytes.
      const leader = await (await suite.server.login('lanhdao')).get(
        `${round.base}/documents/consolidated.pdf`,
      );
      expect(sha256(new Uint8Array(leader.raw))).toBe(sha256(pdf));
      const audit = await suite.server.db.kysely
        .selectFrom('audit_log')
        .select(['after_json'])
        .where('action', '=', 'document.released')
        .where('entity_type', '=', 'campaign')
        .where('entity_id', '=', round.id)
        .executeTakeFirstOrThrow();
      expect(JSON.parse(audit.after_json as string)).toMatchObject({
        document: 'consolidated',
        pdfSha256: sha256(pdf),
      });
      const registered = await suite.server.db.kysely
        .selectFrom('document_numbers')
        .select(['kind', 'reference'])
        .where('ref_id', '=', round.id)
        .orderBy('kind')
        .execute();
      expect(registered).toEqual([
        { kind: 'consolidated', reference: '81/BC-UBND' },
        { kind: 'plan', reference: `${plan.docNumber}/${plan.docCode}` },
      ]);
      // The Word copy carries the number too; it is made from the report as released.
      expect((await syt.get(`${round.base}/documents/consolidated.docx`)).status).toBe(200);

      const poppler = signing.checkWithPoppler(pdf, { signers: ['Nguyễn Văn An', ISSUER], docDate });
      if (!poppler) return;
      const text = poppler.firstPage;
      expect(text).toMatch(/Số:\s*81\s*\/BC-UBND/);
      expect(text).toMatch(/BÁO CÁO/);
      expect(text).not.toMatch(/DỰ THẢO/);
    },
    LONG,
  );

  it(
    'refuses what is not the served report properly signed by the agency, never releases an edited report, and lets one of two parallel releases win',
    async () => {
      const round = await consolidatedRound('Đợt thử báo cáo tổng hợp: từ chối');
      const opened = (await start(syt, round, { step: 'sign', version: round.version })).json;
      const served = await program.fetchOnce(opened);
      await program.expectRefusesBadSignatures(opened.uploadUrl, served);
      expect(await signatures(round)).toEqual([]);
      expect((await upload(opened.uploadUrl, await signedBy(pki.signer, served))).status).toBe(200);

      // Two release sessions of the signed version, each with its own number.
      const docDate = today();
      const releases = [];
      for (const docNumber of ['91', '92']) {
        const release = await start(syt, round, {
          step: 'release',
          version: round.version,
          docNumber,
          docDate,
        });
        expect(release.status, release.body).toBe(201);
        const fetched = new Uint8Array((await suite.server.anon.get(at(release.json.fetchUrl))).raw);
        releases.push({ session: release.json, signed: await signedBy(pki.agency, fetched, true) });
      }

      // The report edited after signing: it must be signed again; the release links already open fail.
      const edited = await syt.request('PUT', `${round.base}/consolidated`, {
        version: round.version,
        sections: { [round.section]: '<p>Bổ sung sau khi ký.</p>' },
      });
      expect(edited.status, edited.body).toBe(200);
      const stale = await start(syt, round, {
        step: 'release',
        version: edited.json.version,
        docNumber: '93',
      });
      expect(stale.status).toBe(409);
      expect(stale.json.detail).toMatch(/sửa hoặc tổng hợp lại sau khi người có thẩm quyền ký/);
      const late = await upload(releases[0]?.session.uploadUrl, releases[0]?.signed as Uint8Array);
      expect(late.status, late.body).toBe(409);
      expect(late.json.code).toBe('version_conflict');
      expect((await reportOf(round)).released).toBe(false);

      // Signed again on the new version: two releases raced, one wins, the other changes nothing.
      const current = { ...round, version: edited.json.version as number };
      await signed(current);
      const raced = [];
      for (const docNumber of ['94', '95']) {
        const release = await start(syt, current, {
          step: 'release',
          version: current.version,
          docNumber,
          docDate,
        });
        expect(release.status, release.body).toBe(201);
        const fetched = new Uint8Array((await suite.server.anon.get(at(release.json.fetchUrl))).raw);
        raced.push({
          url: release.json.uploadUrl as string,
          signed: await signedBy(pki.agency, fetched, true),
        });
      }
      const outcomes = await Promise.all(raced.map((r) => upload(r.url, r.signed)));
      expect(outcomes.map((r) => r.status).sort(), outcomes.map((r) => r.body).join('\n')).toEqual([
        200, 409,
      ]);
      const winner = outcomes[0]?.status === 200 ? '94' : '95';
      const after = await reportOf(round);
      expect(after).toMatchObject({ released: true, docNumber: winner });
      expect((await signatures(round)).map((s: { step: string }) => s.step)).toEqual([
        'sign',
        'sign',
        'release',
      ]);
      const numbers = await suite.server.db.kysely
        .selectFrom('document_numbers')
        .select('reference')
        .where('ref_id', '=', round.id)
        .where('kind', '=', 'consolidated')
        .execute();
      expect(numbers).toEqual([{ reference: `${winner}/BC-UBND` }]);
    },
    LONG,
  );

  it(
    'keeps the released report as released — the page, its figures, the Word copy — when a unit’s report changes after',
    async () => {
      const bchqs = await suite.server.login('bchqs');
      /** A round where Bộ CHQS reported a figure, consolidated on the reports submitted. */
      async function reportedRound(name: string) {
        const round = await issueTestRound(suite.server, syt, {
          reportUnits: ['QT-BCHQS'],
          deadlineInDays: 5,
          name,
        });
        const base = `/api/v1/campaigns/${round.id}`;
        const outline = (await syt.get(base)).json.outline;
        const content = fullReport(outline);
        const indicatorId = Object.keys(content.indicators)[0] as string;
        content.indicators[indicatorId] = 4321;
        const owed = (await bchqs.get('/api/v1/assignments')).json.items.find(
          (a: { campaignId: string; kind: string }) => a.campaignId === round.id && a.kind === 'report',
        );
        const sent = await bchqs.post(`/api/v1/assignments/${owed.id}/submit`, { version: 0, content });
        expect(sent.status, sent.body).toBe(200);
        const made = await syt.post(`${base}/consolidated/regenerate`, { version: 0, basis: 'submitted' });
        expect(made.status, made.body).toBe(200);
        return {
          id: round.id,
          base,
          version: made.json.version as number,
          indicatorId,
          assignmentId: owed.id,
        };
      }
      /** The unit's report returned, and submitted again with another figure. */
      async function changeReport(round: { assignmentId: string; indicatorId: string }, figure: number) {
        const url = `/api/v1/assignments/${round.assignmentId}`;
        const returned = await syt.post(`${url}/review`, {
          decision: 'return',
          comment: 'Cập nhật số liệu.',
          version: (await syt.get(url)).json.assignment.version,
        });
        expect(returned.status, returned.body).toBe(200);
        const mine = (await bchqs.get(url)).json;
        const content = {
          ...mine.draft.content,
          indicators: { ...mine.draft.content.indicators, [round.indicatorId]: figure },
        };
        const sent = await bchqs.post(`${url}/submit`, { version: mine.draft.version, content });
        expect(sent.status, sent.body).toBe(200);
      }
      const totalOf = (
        report: { indicators: Array<{ indicatorId: string; total: number | null }> },
        id: string,
      ) => report.indicators.find((i) => i.indicatorId === id)?.total;
      const docxText = async (round: { base: string }) => {
        const docx = await syt.get(`${round.base}/documents/consolidated.docx`);
        expect(docx.status).toBe(200);
        return (await readDocx(docx.raw)).text;
      };

      const round = await reportedRound('Đợt thử báo cáo tổng hợp: giữ nguyên khi phát hành');
      const control = await reportedRound('Đợt thử báo cáo tổng hợp: chưa phát hành');
      await signed(round);
      // Between the signature and the release the figure changes: the release keeps what was signed.
      await changeReport(round, 5555);
      const docDate = today();
      const release = await start(syt, round, {
        step: 'release',
        version: round.version,
        docNumber: '96',
        docDate,
      });
      expect(release.status, release.body).toBe(201);
      expect((await sign(release.json, pki.agency, { agency: true })).body).toMatchObject({ issued: true });
      const released = await reportOf(round);
      expect(released).toMatchObject({ released: true, docNumber: '96', docDate, canEdit: false });
      expect(totalOf(released, round.indicatorId)).toBe(4321);
      const pdf = sha256(new Uint8Array((await syt.get(`${round.base}/documents/consolidated.pdf`)).raw));
      expect(await docxText(round)).toMatch(/Số:\s*96\/BC-UBND/);

      await changeReport(round, 8765);
      await changeReport(control, 8765);

      // Not released: the page, the breakdown and the Word draft count the unit's new figure.
      const live = await reportOf(control);
      expect(totalOf(live, control.indicatorId)).toBe(8765);
      expect(
        (await syt.get(`${control.base}/consolidated/indicators/${encodeURIComponent(control.indicatorId)}`))
          .json.total,
      ).toBe(8765);
      const draft = await docxText(control);
      expect(draft).toContain('8.765');
      expect(draft).toContain('DỰ THẢO');

      // Released: everything still says what was signed.
      const after = await reportOf(round);
      // All but the units' texts beside each section, which are theirs as they are now.
      const asReleased = ({ sections, newContributions: _n, ...rest }: typeof released) => ({
        ...rest,
        sections: sections.map(
          ({ contributions: _c, contributionCount: _a, newCount: _f, ...s }: Record<string, unknown>) => s,
        ),
      });
      expect(asReleased(after)).toEqual(asReleased(released));
      expect(totalOf(after, round.indicatorId)).toBe(4321);
      const breakdown = (
        await syt.get(`${round.base}/consolidated/indicators/${encodeURIComponent(round.indicatorId)}`)
      ).json;
      expect(breakdown).toMatchObject({ total: 4321, units: [{ value: 4321 }] });
      const word = await docxText(round);
      expect(word).toMatch(/Số:\s*96\/BC-UBND/);
      expect(word).toContain('4.321');
      expect(word).not.toMatch(/8\.765|5\.555/);
      expect(word).not.toContain('DỰ THẢO');
      const [y, m, d] = docDate.split('-');
      expect(word).toMatch(
        new RegExp(`ngày\\s+${d}\\s+tháng\\s+${Number(m) <= 2 ? m : Number(m)}\\s+năm\\s+${y}`),
      );
      const signedPdf = (await syt.get(`${round.base}/documents/consolidated.pdf`)).raw;
      expect(sha256(new Uint8Array(signedPdf))).toBe(pdf);
      if (!signatureTools()) return;
      // The signed PDF prints the same figure as the page and the Word copy.
      const printed = pdfText(new Uint8Array(signedPdf), 'whole');
      expect(printed).toContain('4.321');
      expect(printed).not.toMatch(/8\.765|5\.555/);
    },
    LONG,
  );
});
