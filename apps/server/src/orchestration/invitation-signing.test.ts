import { verifyPdfSignatures } from '@tongket/documents';
import { readEdxml } from '@tongket/documents/testing';
import { vietnamDate } from '@tongket/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Client, DIALECTS, useTestServer } from '../../test/harness.ts';
import { type AgendaAnswer, conferenceSaveBody, issueTestRound } from '../../test/rounds.ts';
import { LONG, sha256, useSigningPki, useSigningProgram } from '../../test/signing.ts';

/**
 * The two-step signing of the conference's invitation over HTTP, through the protocol of the plan and
 * the decision (docs/signatures.md, "Invitations"): an organiser opens each step, the development
 * signer follows the one-time links over a real socket, and the release numbers the invitation; the
 * released PDF is the invitation of record (invitation.pdf, the delegates' links), checked by
 * tongket's verifier and by Debian's pdfsig.
 */

const ISSUER = 'UBND tỉnh Quảng Trị';
const signing = useSigningPki(ISSUER);
const { pki } = signing;

describe.each(DIALECTS)('two-step digital signing of the conference invitation (%s)', (dialect) => {
  const suite = useTestServer(dialect, { config: { trustStoreDir: signing.trustDir } });
  const program = useSigningProgram(suite, signing);
  const { sign, upload, expectRefused, signedBy } = program;
  let syt: Client;

  beforeAll(async () => {
    syt = await suite.server.login('syt');
  }, LONG);

  /** An issued round whose conference is saved with a date ten days on, and one delegate invited. */
  async function conferenceRound(name: string) {
    const round = await issueTestRound(suite.server, syt, {
      reportUnits: ['QT-BCHQS'],
      deadlineInDays: 5,
      name,
    });
    const base = `/api/v1/campaigns/${round.id}`;
    const first = (await syt.get(`${base}/conference`)).json as Record<string, unknown> & {
      agenda: AgendaAnswer[];
    };
    const saved = await syt.request('PUT', `${base}/conference`, {
      ...conferenceSaveBody(first),
      date: vietnamDate(new Date(suite.server.clock.nowMs() + 10 * 86_400_000)),
      startTime: '07:30',
      tentative: false,
      chair: 'Đồng chí Hoàng Nam, Phó Chủ tịch UBND tỉnh',
    });
    expect(saved.status, saved.body).toBe(200);
    const added = await syt.post(`${base}/conference/delegates`, {
      salutation: 'ong',
      name: 'Lê Văn Hùng',
      title: 'Giám đốc',
      unitId: await suite.server.unitId('QT-SYT'),
    });
    expect(added.status, added.body).toBe(201);
    const sent = await syt.post(`${base}/conference/invitations`, {});
    expect(sent.status, sent.body).toBe(200);
    return {
      id: round.id,
      base,
      version: saved.json.version as number,
      rsvp: `/api/v1${sent.json.links[0].path}` as string,
    };
  }

  const start = (client: Client, round: { base: string }, body: Record<string, unknown>) =>
    client.post(`${round.base}/conference/signing`, body);
  const conferenceOf = async (round: { base: string }) => (await syt.get(`${round.base}/conference`)).json;
  const signatures = async (round: { base: string }) =>
    (await syt.get(`${round.base}/conference/signatures`)).json.items;

  it(
    'lets only the conference’s organisers open a step, as sending invitations, and no other province see its signatures',
    async () => {
      const round = await conferenceRound('Đợt thử giấy mời: quyền');
      const outcomes: Record<string, [number, number]> = {};
      for (const username of ['syt', 'admin', 'tdkt', 'bchqs', 'lanhdao', 'hethong', 'bd-syt', 'bd-admin']) {
        const client = username === 'syt' ? syt : await suite.server.login(username);
        // A wrong version: an organiser is told of the conflict; nobody changes anything.
        const res = await start(client, round, { step: 'sign', version: -1 });
        const listed = await client.get(`${round.base}/conference/signatures`);
        const read = await client.get(`${round.base}/conference`);
        expect(listed.status, `${username}: ${listed.body}`).toBe(read.status);
        outcomes[username] = [res.status, listed.status];
        // Those refused may not send the invitations either.
        if (res.status !== 409) {
          const send = await client.post(`${round.base}/conference/invitations`, { delegateIds: [] });
          expect(send.status, `${username}: ${send.body}`).toBe(res.status);
        }
      }
      expect(outcomes).toEqual({
        syt: [409, 200],
        admin: [409, 200],
        tdkt: [403, 200],
        bchqs: [403, 200],
        lanhdao: [403, 200],
        hethong: [403, 403],
        'bd-syt': [404, 404],
        'bd-admin': [404, 404],
      });
      expect((await start(suite.server.anon, round, { step: 'sign', version: round.version })).status).toBe(
        401,
      );
      expect(await signatures(round)).toEqual([]);
      // The number is checked as the conference form checks it: digits only.
      const letters = await start(syt, round, { step: 'release', version: round.version, docNumber: '12a' });
      expect(letters.status).toBe(400);
      // Nothing released yet: no edXML package, and the delegates' link has no signed invitation to give.
      const unreleased = await syt.get(`${round.base}/conference/invitation.edxml`);
      expect(unreleased.status).toBe(409);
      expect(unreleased.json).toMatchObject({ code: 'edxml_not_released' });
      expect(unreleased.json.detail).toMatch(/^Giấy mời chưa được ký số và phát hành/);
      expect((await suite.server.anon.get(`${round.rsvp}/signed-invitation.pdf`)).status).toBe(404);
      expect((await suite.server.anon.get(round.rsvp)).json.signedInvitation).toBe(false);
    },
    LONG,
  );

  it(
    'takes the invitation from signing to release: numbered and dated, the signed PDF of record served to organisers and delegates',
    async () => {
      const round = await conferenceRound('Đợt thử giấy mời: phát hành');
      const early = await start(syt, round, { step: 'release', version: round.version, docNumber: '61' });
      expect(early.status, early.body).toBe(409);
      expect(early.json.detail).toMatch(/Giấy mời chưa được người có thẩm quyền ký số/);

      const opened = await start(syt, round, { step: 'sign', version: round.version });
      expect(opened.status, opened.body).toBe(201);
      expect(opened.json.launchUrl).toMatch(/^tongket-sign:\?fetch=/);
      const signed = await sign(opened.json, pki.signer);
      expect(signed.body).toMatchObject({ step: 'sign', issued: false });
      expect(await signatures(round)).toMatchObject([{ step: 'sign', signerCommonName: 'Nguyễn Văn An' }]);

      const docDate = vietnamDate(new Date(suite.server.clock.nowMs()));
      const release = await start(syt, round, {
        step: 'release',
        version: round.version,
        docNumber: '61',
        docDate,
      });
      expect(release.status, release.body).toBe(201);
      expect(release.json).toMatchObject({ step: 'release', docNumber: '61', docDate });
      const released = await sign(release.json, pki.agency, { agency: true });
      expect(released.body).toMatchObject({ step: 'release', issued: true });

      const after = await conferenceOf(round);
      expect(after).toMatchObject({
        invitationNumber: '61',
        invitationDate: docDate,
        invitationReleased: true,
      });
      // Released once: no new step, and the number, code and date stay as issued.
      expect((await start(syt, round, { step: 'sign', version: after.version })).json.detail).toMatch(
        /Giấy mời đã được ký số và phát hành/,
      );
      const renumber = await syt.request('PUT', `${round.base}/conference`, {
        ...conferenceSaveBody(after),
        invitationNumber: '62',
        invitationCode: after.invitationCode,
      });
      expect(renumber.status, renumber.body).toBe(409);

      const download = await syt.get(`${round.base}/documents/invitation.pdf`);
      expect(download.status).toBe(200);
      const pdf = new Uint8Array(download.raw);
      const all = await signatures(round);
      expect(all.map((s: { step: string }) => s.step)).toEqual(['sign', 'release']);
      expect(all[1].pdfSha256).toBe(sha256(pdf));
      await signing.expectVerified(pdf, ['Nguyễn Văn An', ISSUER]);
      const audit = await suite.server.db.kysely
        .selectFrom('audit_log')
        .select(['after_json', 'entity_type', 'entity_id'])
        .where('action', '=', 'document.released')
        .where('entity_type', '=', 'conference')
        .orderBy('id', 'desc')
        .executeTakeFirstOrThrow();
      expect(JSON.parse(audit.after_json as string).pdfSha256).toBe(sha256(pdf));
      const registered = await suite.server.db.kysely
        .selectFrom('document_numbers')
        .select(['kind', 'reference'])
        .where('ref_id', '=', audit.entity_id as string)
        .execute();
      expect(registered).toEqual([{ kind: 'invitation', reference: '61/GM-UBND' }]);

      // The delegates: their link offers the same bytes; their own copy (with the QR code) is numbered.
      const view = (await suite.server.anon.get(round.rsvp)).json;
      expect(view.signedInvitation).toBe(true);
      const theirs = await suite.server.anon.get(`${round.rsvp}/signed-invitation.pdf`);
      expect(theirs.status).toBe(200);
      expect(sha256(new Uint8Array(theirs.raw))).toBe(sha256(pdf));
      // A unit officer reading the round gets the invitation of record too.
      const unit = await (await suite.server.login('bchqs')).get(`${round.base}/documents/invitation.pdf`);
      expect(sha256(new Uint8Array(unit.raw))).toBe(sha256(pdf));
      const copies = await syt.get(`${round.base}/documents/invitation.pdf?copies=delegates`);
      expect(copies.status).toBe(200);
      expect((await verifyPdfSignatures(new Uint8Array(copies.raw), { trustAnchors: [] })).verdict).toBe(
        'unsigned',
      );

      // The edXML package: from the inviting agency to the delegates' units by agency code, the
      // released PDF attached byte for byte; the organisers' export only.
      const exported = await syt.get(`${round.base}/conference/invitation.edxml`);
      expect(exported.status, exported.body).toBe(200);
      expect(exported.headers['content-disposition']).toContain('giay-moi-61-GM-UBND.edxml');
      const pkg = readEdxml(exported.body);
      expect(pkg.header.From).toMatchObject({ OrganId: '000.00.00.H50', OrganName: ISSUER });
      expect(pkg.header.To.map((t: { OrganId: string }) => t.OrganId)).toEqual(['000.00.14.H50']);
      expect(pkg.header.Code).toEqual({ CodeNumber: '61', CodeNotation: 'GM-UBND' });
      expect(pkg.header.PromulgationInfo.PromulgationDate).toBe(docDate.replaceAll('-', '/'));
      expect(pkg.header.DocumentType).toEqual({ Type: '2', TypeName: 'Giấy mời' });
      expect(pkg.header.Subject).toMatch(/^Dự Hội nghị/);
      expect(pkg.header.SignerInfo).toEqual({
        Competence: 'TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH',
        Position: 'PHÓ CHỦ TỊCH',
        FullName: 'Hoàng Nam',
      });
      expect(pkg.header.DueDate).toBe(after.date.replaceAll('-', '/'));
      expect(pkg.header.ToPlaces.Place).toEqual(['Sở Y tế']);
      expect(pkg.attachments).toHaveLength(1);
      expect(pkg.attachments[0]).toMatchObject({
        name: 'Giấy mời 61-GM-UBND.pdf',
        contentType: 'application/pdf',
      });
      expect(sha256(pkg.attachments[0]?.bytes as Buffer)).toBe(sha256(pdf));
      expect(
        (await (await suite.server.login('bchqs')).get(`${round.base}/conference/invitation.edxml`)).status,
      ).toBe(403);
      // A delegate of a unit without an agency code: the package is refused, naming the unit.
      const uncoded = await syt.post(`${round.base}/conference/delegates`, {
        name: 'Trần Thị Lan',
        unitId: await suite.server.unitId('QT-CDC'),
      });
      expect(uncoded.status, uncoded.body).toBe(201);
      const refused = await syt.get(`${round.base}/conference/invitation.edxml`);
      expect(refused.status).toBe(409);
      expect(refused.json.code).toBe('edxml_receiver_codes_missing');
      expect(refused.json.detail).toContain('Trung tâm Kiểm soát bệnh tật tỉnh');

      const poppler = signing.checkWithPoppler(pdf, { signers: ['Nguyễn Văn An', ISSUER], docDate });
      if (!poppler) return;
      const text = poppler.firstPage;
      expect(text).toMatch(/Số:\s*61\s*\/GM-UBND/);
      expect(text).toMatch(/GIẤY MỜI/);
      expect(text).toMatch(/Các đại biểu theo thành phần tại Kế hoạch số \d+\/KH-UBND/);
    },
    LONG,
  );

  it(
    'refuses what is not the served invitation properly signed by the inviting agency, takes one of two parallel uploads, and never releases an edited conference’s invitation',
    async () => {
      const round = await conferenceRound('Đợt thử giấy mời: từ chối');
      const opened = (await start(syt, round, { step: 'sign', version: round.version })).json;
      const served = await program.fetchOnce(opened);
      await program.expectRefusesBadSignatures(opened.uploadUrl, served);
      // Not the served file: one byte of the page changed before signing.
      const changed = served.slice();
      changed[10] = (changed[10] as number) ^ 0x01;
      expectRefused(
        await upload(opened.uploadUrl, await signedBy(pki.signer, changed)),
        'signature_refused',
        /không phải văn bản đã tải về để ký/,
      );
      expect(await signatures(round)).toEqual([]);

      const taken = await program.raceGoodUploads(opened.uploadUrl, served);
      expect(await signatures(round)).toHaveLength(1);
      // The link was used: a second upload is told so.
      expectRefused(await upload(opened.uploadUrl, taken), 'signing_link', /chỉ dùng được một lần/);

      const release = (await start(syt, round, { step: 'release', version: round.version, docNumber: '71' }))
        .json;
      const releaseServed = await program.expectReleaseNeedsSignature(release);
      // Before release the invitation is rendered for the delegates, unsigned.
      const draft = await syt.get(`${round.base}/documents/invitation.pdf`);
      expect((await verifyPdfSignatures(new Uint8Array(draft.raw), { trustAnchors: [] })).verdict).toBe(
        'unsigned',
      );

      // The conference edited after the invitation was signed: it must be signed again.
      const now = await conferenceOf(round);
      const edited = await syt.request('PUT', `${round.base}/conference`, {
        ...conferenceSaveBody(now),
        venue: 'Hội trường Tỉnh ủy',
      });
      expect(edited.status, edited.body).toBe(200);
      const stale = await start(syt, round, {
        step: 'release',
        version: edited.json.version,
        docNumber: '71',
      });
      expect(stale.status).toBe(409);
      expect(stale.json.detail).toMatch(/sửa sau khi người có thẩm quyền ký giấy mời/);
      const late = await upload(release.uploadUrl, await signedBy(pki.agency, releaseServed, true));
      expect(late.status, late.body).toBe(409);
      expect((await conferenceOf(round)).invitationReleased).toBe(false);
      expect((await signatures(round)).map((s: { step: string }) => s.step)).toEqual(['sign']);
    },
    LONG,
  );

  it(
    'releases a new invitation, with a new number, once the conference has changed after the release; it then replaces the released one everywhere',
    async () => {
      const round = await conferenceRound('Đợt thử giấy mời: phát hành lại');
      const releaseAs = async (version: number, docNumber: string) => {
        const opened = await start(syt, round, { step: 'sign', version });
        expect(opened.status, opened.body).toBe(201);
        await sign(opened.json, pki.signer);
        const docDate = vietnamDate(new Date(suite.server.clock.nowMs()));
        const release = await start(syt, round, { step: 'release', version, docNumber, docDate });
        expect(release.status, release.body).toBe(201);
        expect((await sign(release.json, pki.agency, { agency: true })).body).toMatchObject({ issued: true });
      };
      await releaseAs(round.version, '71');
      const first = await conferenceOf(round);
      expect(first).toMatchObject({
        invitationNumber: '71',
        invitationReleased: true,
        invitationChangedSinceRelease: false,
      });
      const firstPdf = new Uint8Array((await syt.get(`${round.base}/documents/invitation.pdf`)).raw);
      // Unchanged since the release: nothing to sign again.
      const again = await start(syt, round, { step: 'sign', version: first.version });
      expect(again.status, again.body).toBe(409);
      expect(again.json.detail).toMatch(/Giấy mời đã được ký số và phát hành/);

      // The venue moves: the released invitation stays the one of record until a new one is released.
      const moved = await syt.request('PUT', `${round.base}/conference`, {
        ...conferenceSaveBody(first),
        invitationNumber: first.invitationNumber,
        invitationCode: first.invitationCode,
        venue: 'Hội trường B, Trung tâm Hội nghị tỉnh',
      });
      expect(moved.status, moved.body).toBe(200);
      const changed = await conferenceOf(round);
      expect(changed).toMatchObject({
        invitationNumber: '71',
        invitationReleased: true,
        invitationChangedSinceRelease: true,
      });
      expect(sha256(new Uint8Array((await syt.get(`${round.base}/documents/invitation.pdf`)).raw))).toBe(
        sha256(firstPdf),
      );
      // Only the organisers re-issue it.
      const unit = await suite.server.login('bchqs');
      expect((await start(unit, round, { step: 'sign', version: changed.version })).status).toBe(403);
      // The released number is not taken again: the register refuses it by name.
      const opened = await start(syt, round, { step: 'sign', version: changed.version });
      expect(opened.status, opened.body).toBe(201);
      await sign(opened.json, pki.signer);
      const reused = await start(syt, round, {
        step: 'release',
        version: changed.version,
        docNumber: '71',
        docDate: vietnamDate(new Date(suite.server.clock.nowMs())),
      });
      expect(reused.status, reused.body).toBe(409);
      expect(reused.json.code).toBe('duplicate_number');

      await releaseAs(changed.version, '72');
      const second = await conferenceOf(round);
      expect(second).toMatchObject({
        invitationNumber: '72',
        invitationReleased: true,
        invitationChangedSinceRelease: false,
      });
      const secondPdf = new Uint8Array((await syt.get(`${round.base}/documents/invitation.pdf`)).raw);
      expect(sha256(secondPdf)).not.toBe(sha256(firstPdf));
      const verdict = await verifyPdfSignatures(secondPdf, {
        trustAnchors: [pki.root.certPem],
        expectedOrganisation: ISSUER,
      });
      expect(verdict.verdict).toBe('valid');
      // The delegates' link gives the new invitation.
      const theirs = await suite.server.anon.get(`${round.rsvp}/signed-invitation.pdf`);
      expect(sha256(new Uint8Array(theirs.raw))).toBe(sha256(secondPdf));
      // Both numbers stay in the register; both releases are in the audit log with their PDFs.
      const { id: conferenceId } = await suite.server.db.kysely
        .selectFrom('conferences')
        .select('id')
        .where('campaign_id', '=', round.id)
        .executeTakeFirstOrThrow();
      const registered = await suite.server.db.kysely
        .selectFrom('document_numbers')
        .select('reference')
        .where('ref_id', '=', conferenceId)
        .orderBy('reference')
        .execute();
      expect(registered.map((r) => r.reference)).toEqual(['71/GM-UBND', '72/GM-UBND']);
      const audits = await suite.server.db.kysely
        .selectFrom('audit_log')
        .select('after_json')
        .where('action', '=', 'document.released')
        .where('entity_id', '=', conferenceId)
        .execute();
      expect(audits.map((a) => JSON.parse(a.after_json as string).pdfSha256).sort()).toEqual(
        [sha256(firstPdf), sha256(secondPdf)].sort(),
      );
    },
    LONG,
  );
});
