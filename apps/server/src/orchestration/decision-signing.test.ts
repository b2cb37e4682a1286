import { verifyPdfSignatures } from '@tongket/documents';
import { readEdxml } from '@tongket/documents/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { addAccount } from '../../test/accounts.ts';
import { type Client, DIALECTS, useTestServer } from '../../test/harness.ts';
import { issueAwardRound } from '../../test/rounds.ts';
import {
  LONG,
  markedReference,
  pdfText,
  sha256,
  useSigningPki,
  useSigningProgram,
} from '../../test/signing.ts';

/**
 * The two-step signing of an award decision over HTTP, through the same protocol as the plan's
 * (docs/signatures.md, "The signing protocol"): the board's reviewer opens each step, the
 * development signer follows the one-time links over a real socket, and the release issues the
 * decision as POST /decisions/:id/issue does; the released PDF is checked by tongket's verifier and
 * by Debian's pdfsig.
 */

const ISSUER = 'UBND tỉnh Quảng Trị';
const signing = useSigningPki(ISSUER);
const { pki } = signing;

describe.each(DIALECTS)('two-step digital signing of an award decision (%s)', (dialect) => {
  const suite = useTestServer(dialect, { config: { trustStoreDir: signing.trustDir } });
  const program = useSigningProgram(suite, signing);
  const { sign, upload, signedBy } = program;
  let syt: Client;
  let tdkt: Client;
  let round: Awaited<ReturnType<typeof issueAwardRound>>;

  beforeAll(async () => {
    syt = await suite.server.login('syt');
    tdkt = await suite.server.login('tdkt');
    round = await issueAwardRound(suite.server, syt, { nominationInDays: 5 });
  }, LONG);

  /** A draft decision for one approved nomination: nominated by `unit`, forwarded, approved. */
  async function draftDecision(unit: string, name: string) {
    const client = await suite.server.login(unit);
    const created = await client.post(`/api/v1/campaigns/${round.id}/nominations`, {
      awardGroupId: round.collectives,
      nomineeKind: 'collective',
      name,
    });
    expect(created.status, created.body).toBe(201);
    const sent = await client.post(`/api/v1/nominations/${created.json.id}/submit`, {
      version: created.json.version,
    });
    expect(sent.status, sent.body).toBe(200);
    const forwarded = await syt.post(`/api/v1/nominations/${created.json.id}/forward`, {
      version: sent.json.version,
    });
    expect(forwarded.status, forwarded.body).toBe(200);
    const approved = await tdkt.post(`/api/v1/nominations/${created.json.id}/approve`, {
      version: forwarded.json.version,
    });
    expect(approved.status, approved.body).toBe(200);
    const decision = await tdkt.post(`/api/v1/campaigns/${round.id}/decisions`, {
      nominationIds: [created.json.id],
    });
    expect(decision.status, decision.body).toBe(201);
    return decision.json as { id: string; version: number; createdAt: string; nominationIds: string[] };
  }

  const start = (client: Client, id: string, body: Record<string, unknown>) =>
    client.post(`/api/v1/decisions/${id}/signing`, body);
  const current = async (id: string) => (await tdkt.get(`/api/v1/decisions/${id}`)).json;
  const signatures = async (id: string) => (await tdkt.get(`/api/v1/decisions/${id}/signatures`)).json.items;

  it(
    'lets only whoever may issue the decision open a step, as issuing does, and no other province see its signatures',
    async () => {
      const decision = await draftDecision('huonghoa', 'Ban Chỉ đạo huyện Hướng Hóa');
      await addAccount(suite.server, {
        username: 'bd-tdkt',
        fullName: 'Ban Thi đua Bình Dương',
        role: 'reviewer',
        unitCode: 'BD-SYT',
      });
      const outcomes: Record<string, number> = {};
      for (const username of [
        'tdkt',
        'syt',
        'admin',
        'bchqs',
        'huonghoa',
        'lanhdao',
        'hethong',
        'bd-syt',
        'bd-admin',
        'bd-tdkt',
      ]) {
        const client = username === 'tdkt' ? tdkt : await suite.server.login(username);
        // A wrong version: the board is told of the conflict; nobody changes anything.
        const res = await start(client, decision.id, { step: 'sign', version: -1 });
        const issue = await client.post(`/api/v1/decisions/${decision.id}/issue`, { version: -1 });
        expect(res.status, `${username}: ${res.body}`).toBe(issue.status);
        outcomes[username] = res.status;
        const listed = await client.get(`/api/v1/decisions/${decision.id}/signatures`);
        const read = await client.get(`/api/v1/decisions/${decision.id}`);
        expect(listed.status, `${username}: ${listed.body}`).toBe(read.status);
      }
      expect(outcomes).toEqual({
        tdkt: 409,
        syt: 403,
        admin: 403,
        bchqs: 403,
        huonghoa: 403,
        lanhdao: 403,
        hethong: 403,
        'bd-syt': 403,
        'bd-admin': 403,
        'bd-tdkt': 404,
      });
      expect(
        (await start(suite.server.anon, decision.id, { step: 'sign', version: decision.version })).status,
      ).toBe(401);
      expect(
        (await (await suite.server.login('bd-tdkt')).get(`/api/v1/decisions/${decision.id}/signatures`))
          .status,
      ).toBe(404);
      expect(await signatures(decision.id)).toEqual([]);
      // The number is validated as the decision's issue validates it.
      const letters = await start(tdkt, decision.id, {
        step: 'release',
        version: decision.version,
        docNumber: '12a',
      });
      expect(letters.status).toBe(400);
    },
    LONG,
  );

  it(
    'takes a draft decision from signing to release: issued with number and date, the signed PDF of record verifies',
    async () => {
      const decision = await draftDecision('bchqs', 'Ban Chỉ huy Quân sự huyện Đakrông');
      const draftExport = await syt.get(`/api/v1/decisions/${decision.id}/decision.edxml`);
      expect(draftExport.status).toBe(409);
      expect(draftExport.json).toMatchObject({ code: 'edxml_not_released' });
      expect(draftExport.json.detail).toMatch(/^Quyết định chưa được ký số và phát hành/);
      const early = await start(tdkt, decision.id, {
        step: 'release',
        version: decision.version,
        docNumber: '4811',
      });
      expect(early.status, early.body).toBe(409);
      expect(early.json.detail).toMatch(/Quyết định chưa được người có thẩm quyền ký số/);

      const opened = await start(tdkt, decision.id, { step: 'sign', version: decision.version });
      expect(opened.status, opened.body).toBe(201);
      expect(opened.json.launchUrl).toMatch(/^tongket-sign:\?fetch=/);
      const signed = await sign(opened.json, pki.signer);
      expect(signed.body).toMatchObject({ step: 'sign', issued: false });
      expect((await current(decision.id)).status).toBe('draft');
      expect(await signatures(decision.id)).toMatchObject([
        { step: 'sign', startedBy: expect.any(String), signerCommonName: 'Nguyễn Văn An' },
      ]);

      const docDate = decision.createdAt.slice(0, 10);
      const release = await start(tdkt, decision.id, {
        step: 'release',
        version: (await current(decision.id)).version,
        docNumber: '4811',
        docDate,
      });
      expect(release.status, release.body).toBe(201);
      expect(release.json).toMatchObject({ step: 'release', docNumber: '4811', docDate });
      const released = await sign(release.json, pki.agency, { agency: true });
      expect(released.body).toMatchObject({ step: 'release', issued: true });

      // Issued exactly as POST /decisions/:id/issue issues it: number, date, nominations decided.
      const issued = await current(decision.id);
      expect(issued).toMatchObject({ status: 'issued', docNumber: '4811', docDate });
      const decided = (await syt.get(`/api/v1/campaigns/${round.id}/nominations?status=decided`)).json.items;
      expect(decided.map((n: { id: string }) => n.id)).toEqual(decision.nominationIds);
      const again = await tdkt.post(`/api/v1/decisions/${decision.id}/issue`, {
        version: issued.version,
        docNumber: '4812',
      });
      expect(again.status).toBe(409);
      expect((await start(tdkt, decision.id, { step: 'sign', version: issued.version })).status).toBe(409);

      const download = await syt.get(`/api/v1/decisions/${decision.id}/documents/decision.pdf`);
      expect(download.status).toBe(200);
      expect(download.headers['content-disposition']).toContain('quyet-dinh-4811.pdf');
      const pdf = new Uint8Array(download.raw);
      await signing.expectVerified(pdf, ['Nguyễn Văn An', ISSUER]);
      const all = await signatures(decision.id);
      expect(all.map((s: { step: string }) => s.step)).toEqual(['sign', 'release']);
      expect(all[1].pdfSha256).toBe(sha256(pdf));
      const audit = await suite.server.db.kysely
        .selectFrom('audit_log')
        .select(['after_json', 'entity_type'])
        .where('action', '=', 'document.released')
        .where('entity_id', '=', decision.id)
        .executeTakeFirstOrThrow();
      expect(audit.entity_type).toBe('decision');
      expect(JSON.parse(audit.after_json as string).pdfSha256).toBe(sha256(pdf));
      // The edXML package: from the issuing agency to the unit whose nomination it decides, by agency
      // code, the released PDF attached byte for byte.
      const exported = await syt.get(`/api/v1/decisions/${decision.id}/decision.edxml`);
      expect(exported.status, exported.body).toBe(200);
      expect(exported.headers['content-disposition']).toContain('quyet-dinh-4811-QD-UBND.edxml');
      const pkg = readEdxml(exported.body);
      expect(pkg.header.From).toMatchObject({ OrganId: '000.00.00.H50', OrganName: ISSUER });
      expect(
        pkg.header.To.map((t: { OrganId: string; OrganName: string }) => [t.OrganId, t.OrganName]),
      ).toEqual([['000.00.21.H50', 'Bộ Chỉ huy Quân sự tỉnh']]);
      expect(pkg.header.Code).toEqual({ CodeNumber: '4811', CodeNotation: 'QĐ-UBND' });
      expect(pkg.header.PromulgationInfo).toEqual({
        Place: 'Quảng Trị',
        PromulgationDate: docDate.replaceAll('-', '/'),
      });
      expect(pkg.header.DocumentType).toEqual({ Type: '2', TypeName: 'Quyết định' });
      expect(pkg.header.Subject).toBe(issued.summary);
      expect(pkg.header.SignerInfo.FullName).toBe(issued.signature.name);
      expect(pkg.header.ToPlaces.Place).toEqual(['Bộ Chỉ huy Quân sự tỉnh']);
      expect(pkg.attachments).toHaveLength(1);
      expect(pkg.attachments[0]).toMatchObject({
        name: 'Quyết định 4811-QĐ-UBND.pdf',
        contentType: 'application/pdf',
      });
      expect(sha256(pkg.attachments[0]?.bytes as Buffer)).toBe(sha256(pdf));
      expect(pkg.manifest[0]?.href).toBe(`cid:${pkg.attachments[0]?.contentId}`);
      // Another province's reviewer does not reach it.
      expect(
        (await (await suite.server.login('bd-tdkt')).get(`/api/v1/decisions/${decision.id}/decision.edxml`))
          .status,
      ).toBe(404);
      // The unit whose nomination it decides downloads the same bytes.
      const unit = await (await suite.server.login('bchqs')).get(
        `/api/v1/decisions/${decision.id}/documents/decision.pdf`,
      );
      expect(sha256(new Uint8Array(unit.raw))).toBe(sha256(pdf));

      const poppler = signing.checkWithPoppler(pdf, { signers: ['Nguyễn Văn An', ISSUER], docDate });
      if (!poppler) return;
      const text = poppler.firstPage;
      expect(text).toMatch(/Số:\s*4811\s*\/QĐ-UBND/);
      expect(text).not.toMatch(/DỰ THẢO/);
      // The list's reference to the decision carries the whole number and date too.
      expect(pdfText(pdf, 'whole')).toMatch(
        markedReference('Kèm theo Quyết định số', '4811', 'QĐ-UBND', docDate),
      );
    },
    LONG,
  );

  it(
    'refuses what is not the served decision properly signed, takes one of two parallel uploads, and never issues an edited decision',
    async () => {
      const decision = await draftDecision('huonghoa', 'Ban Chỉ đạo huyện Hướng Hóa (lần hai)');
      const opened = (await start(tdkt, decision.id, { step: 'sign', version: decision.version })).json;
      const served = await program.fetchOnce(opened);
      await program.expectRefusesBadSignatures(opened.uploadUrl, served);
      expect(await signatures(decision.id)).toEqual([]);

      const taken = await program.raceGoodUploads(opened.uploadUrl, served);
      const recorded = await signatures(decision.id);
      expect(recorded).toHaveLength(1);
      expect(recorded[0].pdfSha256).toBe(sha256(taken));

      const release = (
        await start(tdkt, decision.id, {
          step: 'release',
          version: (await current(decision.id)).version,
          docNumber: '4820',
        })
      ).json;
      const releaseServed = await program.expectReleaseNeedsSignature(release);
      expect((await current(decision.id)).status).toBe('draft');
      // Still a draft: its PDF is rendered, unsigned and marked as a draft.
      const draftPdf = await tdkt.get(`/api/v1/decisions/${decision.id}/documents/decision.pdf`);
      expect((await verifyPdfSignatures(new Uint8Array(draftPdf.raw), { trustAnchors: [] })).verdict).toBe(
        'unsigned',
      );

      // Edited after it was signed: it must be signed again before release.
      const now = await current(decision.id);
      const edited = await tdkt.patch(`/api/v1/decisions/${decision.id}`, {
        version: now.version,
        summary: 'Về việc khen thưởng (đã sửa sau khi ký)',
      });
      expect(edited.status, edited.body).toBe(200);
      const stale = await start(tdkt, decision.id, {
        step: 'release',
        version: edited.json.version,
        docNumber: '4820',
      });
      expect(stale.status).toBe(409);
      expect(stale.json.detail).toMatch(/Quyết định đã được sửa sau khi người có thẩm quyền ký/);
      // The pending release upload cannot issue the edited decision either; nothing is recorded.
      const late = await upload(release.uploadUrl, await signedBy(pki.agency, releaseServed, true));
      expect(late.status, late.body).toBe(409);
      expect((await current(decision.id)).status).toBe('draft');
      expect((await signatures(decision.id)).map((s: { step: string }) => s.step)).toEqual(['sign']);
    },
    LONG,
  );
});
