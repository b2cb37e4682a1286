import fs from 'node:fs';
import os from 'node:os';
import { verifyPdfSignatures } from '@tongket/documents';
import { readEdxml } from '@tongket/documents/testing';
import { parseSigningLaunchUrl } from '@tongket/domain';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { type Client, DIALECTS, useTestServer } from '../../test/harness.ts';
import { draftTestRound } from '../../test/rounds.ts';
import {
  LONG,
  markedReference,
  pdfText,
  sha256,
  useSigningPki,
  useSigningProgram,
} from '../../test/signing.ts';
import { DevSignError, devSignCommand } from '../lib/dev-sign.ts';

/**
 * The two-step signing of a plan over HTTP (docs/signatures.md, "The signing protocol"): the
 * development signer fetches from the one-time link and posts the signed PDF back over a real
 * socket; the result is checked by tongket's verifier and by Debian's pdfsig and pdftotext.
 */

const ISSUER = 'UBND tỉnh Quảng Trị';
const signing = useSigningPki(ISSUER);
const { pki } = signing;

describe.each(DIALECTS)('two-step digital signing of a plan (%s)', (dialect) => {
  const suite = useTestServer(dialect, { config: { trustStoreDir: signing.trustDir } });
  const program = useSigningProgram(suite, signing);
  const { sign, upload, expectRefused, signedBy } = program;
  const path = program.localPath;
  let syt: Client;

  beforeAll(async () => {
    syt = await suite.server.login('syt');
  }, LONG);

  const start = (client: Client, id: string, body: Record<string, unknown>) =>
    client.post(`/api/v1/campaigns/${id}/signing`, body);
  const version = async (id: string) => (await syt.get(`/api/v1/campaigns/${id}`)).json.version as number;
  const signatures = async (id: string) => (await syt.get(`/api/v1/campaigns/${id}/signatures`)).json.items;

  it(
    'lets only the round’s managers open a step, as issuing does',
    async () => {
      const draft = await draftTestRound(suite.server, syt, {
        reportUnits: ['QT-BCHQS'],
        deadlineInDays: 20,
      });
      const outcomes: Record<string, number> = {};
      for (const username of [
        'syt',
        'admin',
        'bchqs',
        'huonghoa',
        'tdkt',
        'lanhdao',
        'hethong',
        'bd-syt',
        'bd-admin',
      ]) {
        const client = username === 'syt' ? syt : await suite.server.login(username);
        // A wrong version: managers are told of the conflict; nobody changes anything.
        const res = await start(client, draft.id, { step: 'sign', version: -1 });
        const issue = await client.post(`/api/v1/campaigns/${draft.id}/issue`, { version: -1 });
        expect(res.status, `${username}: ${res.body}`).toBe(issue.status);
        outcomes[username] = res.status;
      }
      expect(outcomes).toEqual({
        syt: 409,
        admin: 403,
        bchqs: 404,
        huonghoa: 404,
        tdkt: 403,
        lanhdao: 403,
        hethong: 403,
        'bd-syt': 404,
        'bd-admin': 403,
      });
      expect(
        (await start(suite.server.anon, draft.id, { step: 'sign', version: draft.version })).status,
      ).toBe(401);
      // Another province cannot see the signatures either.
      const bd = await suite.server.login('bd-syt');
      expect((await bd.get(`/api/v1/campaigns/${draft.id}/signatures`)).status).toBe(404);
      expect(await signatures(draft.id)).toEqual([]);
    },
    LONG,
  );

  it(
    'takes a draft from signing to release: issued with number and date, the signed PDF of record verifies',
    async () => {
      const drafted = await draftTestRound(suite.server, syt, {
        name: 'Đợt ký số trọn vẹn',
        reportUnits: ['QT-BCHQS', 'QT-HUONGHOA'],
        deadlineInDays: 20,
      });
      // Sent to Bộ CHQS tỉnh as well, so that the released plan can be exchanged as edXML.
      const addressed = await syt.patch(`/api/v1/campaigns/${drafted.id}`, {
        version: drafted.version,
        plan: {
          recipients: [
            { text: 'Bộ Chỉ huy Quân sự tỉnh', unitIds: [await suite.server.unitId('QT-BCHQS')] },
            { text: 'Lưu: VT' },
          ],
        },
      });
      expect(addressed.status, addressed.body).toBe(200);
      const draft = { ...drafted, version: addressed.json.version as number };
      // Release before anyone signed: refused.
      const early = await start(syt, draft.id, {
        step: 'release',
        version: draft.version,
        docNumber: '4711',
      });
      expect(early.status, early.body).toBe(409);
      expect(early.json.detail).toMatch(/chưa được người có thẩm quyền ký số/);

      const opened = await start(syt, draft.id, { step: 'sign', version: draft.version });
      expect(opened.status, opened.body).toBe(201);
      expect(parseSigningLaunchUrl(opened.json.launchUrl)).toEqual({
        fetchUrl: opened.json.fetchUrl,
        uploadUrl: opened.json.uploadUrl,
      });
      expect(opened.json.launchUrl).toMatch(/^tongket-sign:\?fetch=/);
      expect(Date.parse(opened.json.expiresAt) - suite.server.clock.nowMs()).toBeLessThanOrEqual(10 * 60_000);
      const link = parseSigningLaunchUrl(opened.json.launchUrl) as { fetchUrl: string; uploadUrl: string };
      const signed = await sign(link, pki.signer);
      expect(signed.body).toMatchObject({ step: 'sign', issued: false });
      const [first] = await signatures(draft.id);
      expect(first).toMatchObject({
        step: 'sign',
        startedBy: 'Phạm Văn Y',
        signerCommonName: 'Nguyễn Văn An',
      });
      expect(first.certificateSha256).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/i);
      expect((await syt.get(`/api/v1/campaigns/${draft.id}`)).json.status).toBe('draft');

      const docDate = (await syt.get(`/api/v1/campaigns/${draft.id}`)).json.plan.docDate as string;
      const release = await start(syt, draft.id, {
        step: 'release',
        version: await version(draft.id),
        docNumber: '4711',
        docDate,
      });
      expect(release.status, release.body).toBe(201);
      expect(release.json).toMatchObject({ step: 'release', docNumber: '4711', docDate });
      const released = await sign(release.json, pki.agency, { agency: true, name: ISSUER });
      expect(released.body).toMatchObject({ step: 'release', issued: true });

      const round = (await syt.get(`/api/v1/campaigns/${draft.id}`)).json;
      expect(round.status).toBe('issued');
      expect(round.plan.docNumber).toBe('4711');
      expect(round.plan.docDate).toBe(docDate);
      // Number and date frozen: an issued plan's number cannot be edited.
      const edit = await syt.patch(`/api/v1/campaigns/${draft.id}`, {
        version: round.version,
        plan: { docNumber: '4712' },
      });
      expect(edit.status).toBe(409);

      const download = await syt.get(`/api/v1/campaigns/${draft.id}/documents/plan.pdf`);
      expect(download.status).toBe(200);
      const pdf = new Uint8Array(download.raw);
      await signing.expectVerified(pdf, ['Nguyễn Văn An', ISSUER]);
      // The document of record is the released PDF, unchanged, its hash in the audit log.
      const all = await signatures(draft.id);
      expect(all.map((s: { step: string }) => s.step)).toEqual(['sign', 'release']);
      expect(all[1].pdfSha256).toBe(sha256(pdf));
      const audit = await suite.server.db.kysely
        .selectFrom('audit_log')
        .select('after_json')
        .where('action', '=', 'document.released')
        .where('entity_id', '=', draft.id)
        .executeTakeFirstOrThrow();
      expect(JSON.parse(audit.after_json as string).pdfSha256).toBe(sha256(pdf));
      const again = await suite.admin.get(`/api/v1/campaigns/${draft.id}/documents/plan.pdf`);
      expect(sha256(new Uint8Array(again.raw))).toBe(sha256(pdf));
      // Handed on for exchange, the edXML package carries that same signed PDF.
      const exchange = await syt.get(`/api/v1/campaigns/${draft.id}/plan.edxml`);
      expect(exchange.status, exchange.body).toBe(200);
      const pkg = readEdxml(exchange.body);
      expect(pkg.attachments).toHaveLength(1);
      expect(sha256(new Uint8Array(pkg.attachments[0]?.bytes as Buffer))).toBe(sha256(pdf));
      expect(pkg.attachments[0]?.description).toContain('đã ký số');

      const poppler = signing.checkWithPoppler(pdf, { signers: ['Nguyễn Văn An', ISSUER], docDate });
      if (!poppler) return;
      const text = poppler.firstPage;
      expect(text).toMatch(/Số:\s*4711\s*\/KH-UBND/);
      expect(text).not.toMatch(/DỰ THẢO/);
      // The appendix's reference to the plan carries the whole number and date too.
      expect(pdfText(pdf, 'whole')).toMatch(markedReference('Kèm Kế hoạch số', '4711', 'KH-UBND', docDate));
    },
    LONG,
  );

  it(
    'refuses what is not the served document properly signed, each with its reason, and keeps the link until it works',
    async () => {
      const draft = await draftTestRound(suite.server, syt, {
        reportUnits: ['QT-BCHQS'],
        deadlineInDays: 20,
      });
      const opened = (await start(syt, draft.id, { step: 'sign', version: draft.version })).json;
      // Uploading before fetching: nothing was served yet.
      expectRefused(
        await upload(opened.uploadUrl, Buffer.from('%PDF-1.7')),
        'signing_link',
        /Chưa tải văn bản/,
      );
      // The fetch link works once.
      const served = await program.fetchOnce(opened);
      await program.expectRefusesBadSignatures(opened.uploadUrl, served);
      // Signed properly, but not the bytes that were served (a byte of the header comment changed).
      const tampered = served.slice();
      tampered[10] = (tampered[10] as number) ^ 0x01;
      expectRefused(
        await upload(opened.uploadUrl, await signedBy(pki.signer, tampered)),
        'signature_refused',
        /không phải văn bản đã tải về để ký/,
      );
      // The bytes served, then an update of the signer's own (a number written in), then a
      // signature over both: it extends what was served, but is not just a signature added to it.
      const { placeReleaseMarks } = await import('@tongket/documents');
      const written = await placeReleaseMarks(served, {
        docNumber: '99',
        docDate: opened.expiresAt.slice(0, 10),
      });
      expectRefused(
        await upload(opened.uploadUrl, await signedBy(pki.signer, written)),
        'signature_refused',
        /không phải văn bản đã tải về để ký/,
      );
      // A multipart upload of a signed copy with a byte changed after signing.
      const broken = await signedBy(pki.signer, served);
      broken[served.length + 40] = broken[served.length + 40] === 0x20 ? 0x0a : 0x20;
      const multipart = await suite.server.anon.upload(
        path(opened.uploadUrl),
        Buffer.from(broken),
        'ky.pdf',
        {
          origin: '',
        },
      );
      expect(multipart.status, multipart.body).toBe(422);
      expect(multipart.json.code).toBe('signature_refused');
      // Nothing was recorded by any of them.
      expect(await signatures(draft.id)).toEqual([]);

      // Two parallel uploads of a good signature: one is taken, the other told the link is used.
      const taken = await program.raceGoodUploads(opened.uploadUrl, served);
      const recorded = await signatures(draft.id);
      expect(recorded).toHaveLength(1);
      expect(recorded[0].pdfSha256).toBe(sha256(taken));
      // And once used, never again.
      expectRefused(await upload(opened.uploadUrl, taken), 'signing_link', /chỉ dùng được một lần/);

      // The release step: a copy without the văn thư's signature is refused; the round stays a draft.
      const release = (
        await start(syt, draft.id, { step: 'release', version: await version(draft.id), docNumber: '4720' })
      ).json;
      const releaseServed = await program.expectReleaseNeedsSignature(release);
      expect((await syt.get(`/api/v1/campaigns/${draft.id}`)).json.status).toBe('draft');
      const plan = await syt.get(`/api/v1/campaigns/${draft.id}/documents/plan.pdf`);
      expect((await verifyPdfSignatures(new Uint8Array(plan.raw), { trustAnchors: [] })).verdict).toBe(
        'unsigned',
      );
      // A plan edited after it was signed must be signed again before release.
      const current = (await syt.get(`/api/v1/campaigns/${draft.id}`)).json;
      const edited = await syt.patch(`/api/v1/campaigns/${draft.id}`, {
        version: current.version,
        plan: { purpose: 'Mục đích đã sửa sau khi ký.' },
      });
      expect(edited.status, edited.body).toBe(200);
      const stale = await start(syt, draft.id, {
        step: 'release',
        version: edited.json.version,
        docNumber: '4720',
      });
      expect(stale.status).toBe(409);
      expect(stale.json.detail).toMatch(/đã được sửa sau khi người có thẩm quyền ký/);
      // The pending release upload cannot issue the edited plan either.
      const late = await upload(release.uploadUrl, await signedBy(pki.agency, releaseServed));
      expect(late.status, late.body).toBe(409);
      expect((await syt.get(`/api/v1/campaigns/${draft.id}`)).json.status).toBe('draft');
    },
    LONG,
  );

  it('limits how often one address may call the public signing links, with a Vietnamese 429', async () => {
    // An address of its own, so the other tests' calls from the loopback address are not counted.
    const call = (method: 'GET' | 'POST', n: number) =>
      suite.server.app.inject({
        method,
        url: `/api/v1/signing/khong-co-${n}/${method === 'GET' ? 'document.pdf' : 'signed'}`,
        remoteAddress: '203.0.113.9',
        headers: { host: 'tongket.test', 'content-type': 'application/pdf' },
        ...(method === 'POST' ? { payload: Buffer.from('%PDF-1.7') } : {}),
      });
    const statuses: number[] = [];
    for (let n = 0; n < 60; n++) statuses.push((await call(n % 2 ? 'POST' : 'GET', n)).statusCode);
    expect(statuses.every((status) => status === 410)).toBe(true);
    const refused = await call('GET', 60);
    expect(refused.statusCode).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(refused.json()).toMatchObject({ code: 'rate_limited' });
    expect(refused.json().detail).toMatch(/đường dẫn ký số quá nhiều lần/);
    // A refused upload is refused as it arrives: its body is neither read nor checked, so a body
    // of the wrong type, which would otherwise get a 415, gets the 429 too.
    const refusedUpload = await suite.server.app.inject({
      method: 'POST',
      url: '/api/v1/signing/khong-co-61/signed',
      remoteAddress: '203.0.113.9',
      headers: { host: 'tongket.test', 'content-type': 'application/x-khong-ro' },
      payload: Buffer.alloc(64 * 1024, 1),
    });
    expect(refusedUpload.statusCode).toBe(429);
    // Another address is not affected.
    const other = await suite.server.app.inject({
      method: 'GET',
      url: '/api/v1/signing/khong-co/document.pdf',
      remoteAddress: '203.0.113.10',
      headers: { host: 'tongket.test' },
    });
    expect(other.statusCode).toBe(410);
  });
  it(
    'the dev-sign command follows a launch URL with a certificate and key from files, and refuses unless enabled',
    async () => {
      const draft = await draftTestRound(suite.server, syt, {
        reportUnits: ['QT-BCHQS'],
        deadlineInDays: 20,
      });
      // Opened over the socket's own address, so the links lead there.
      const base = program.base();
      const host = new URL(base).host;
      const opened = await syt.post(
        `/api/v1/campaigns/${draft.id}/signing`,
        { step: 'sign', version: draft.version },
        { host, origin: base },
      );
      expect(opened.status, opened.body).toBe(201);
      expect(opened.json.fetchUrl.startsWith(base)).toBe(true);
      const dir = fs.mkdtempSync(`${os.tmpdir()}/tongket-devsign-`);
      const file = (name: string, text: string) => {
        fs.writeFileSync(`${dir}/${name}`, text);
        return `${dir}/${name}`;
      };
      const args = [
        opened.json.launchUrl,
        '--cert',
        file('cert.pem', pki.signer.certPem),
        '--key',
        file('key.pem', pki.signer.keyPem),
        '--chain',
        file('ca.pem', pki.agencyCa.certPem),
        '--name',
        'Hoàng Nam',
      ];
      const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
      const logs = vi.spyOn(console, 'log').mockImplementation(() => {});
      try {
        vi.stubEnv('TONGKET_DEV_SIGNER', '0');
        expect(await devSignCommand(args, 'usage')).toBe(2);
        expect(String(errors.mock.calls[0]?.[0])).toMatch(/TONGKET_DEV_SIGNER=1/);
        expect(await signatures(draft.id)).toEqual([]);
        vi.stubEnv('TONGKET_DEV_SIGNER', '1');
        expect(await devSignCommand(args, 'usage')).toBe(0);
        expect(String(logs.mock.calls[0]?.[0])).toMatch(/Đã ký \(trình ký\)/);
        // The links were used: the same command again is told so by the server.
        expect(await devSignCommand(args, 'usage')).toBe(1);
        expect(String(errors.mock.calls.at(-1)?.[0])).toMatch(/HTTP 410.*chỉ dùng được một lần/);
      } finally {
        errors.mockRestore();
        logs.mockRestore();
        vi.stubEnv('TONGKET_DEV_SIGNER', '1');
        fs.rmSync(dir, { recursive: true, force: true });
      }
      expect(
        (await signatures(draft.id)).map((s: { signerCommonName: string }) => s.signerCommonName),
      ).toEqual(['Nguyễn Văn An']);
    },
    LONG,
  );

  it(
    'validates the release number as issuing does, and lets no link work after it expired',
    async () => {
      const draft = await draftTestRound(suite.server, syt, {
        reportUnits: ['QT-BCHQS'],
        deadlineInDays: 20,
      });
      const opened = (await start(syt, draft.id, { step: 'sign', version: draft.version })).json;
      await sign(opened, pki.signer);
      // 4711 was taken by the round released above (same issuing body, same year).
      const taken = await start(syt, draft.id, {
        step: 'release',
        version: await version(draft.id),
        docNumber: '4711',
      });
      expect(taken.status, taken.body).toBe(409);
      expect(taken.json.code).toBe('duplicate_number');

      const release = (
        await start(syt, draft.id, { step: 'release', version: await version(draft.id), docNumber: '4730' })
      ).json;
      const fetched = await program.fetchServed(release);
      const other = (
        await start(syt, draft.id, { step: 'release', version: await version(draft.id), docNumber: '4731' })
      ).json;
      suite.server.clock.advance(11 * 60_000);
      try {
        expectRefused(await suite.server.anon.get(path(other.fetchUrl)), 'signing_link', /đã hết hạn/);
        const signedLate = await signedBy(pki.agency, fetched, true);
        expectRefused(await upload(release.uploadUrl, signedLate), 'signing_link', /đã hết hạn/);
        await expect(sign(other, pki.agency, { agency: true })).rejects.toBeInstanceOf(DevSignError);
      } finally {
        suite.server.clock.reset();
      }
      expect((await syt.get(`/api/v1/campaigns/${draft.id}`)).json.status).toBe('draft');
      expect((await signatures(draft.id)).map((s: { step: string }) => s.step)).toEqual(['sign']);
    },
    LONG,
  );
});
