import fs from 'node:fs';
import path from 'node:path';
import { verifyPdfSignatures } from '@tongket/documents';
import { makeTestPki, sealImagePng, signatureImagePng, type TestPki } from '@tongket/documents/testing';
import { parseSigningLaunchUrl } from '@tongket/domain';
import { type APIRequestContext, type Page, request } from 'playwright-core';
import { expect } from 'vitest';
import { devSign } from '../../apps/server/src/lib/dev-sign.ts';
import { ARTIFACTS, fillLogin, screenshot } from './browser.ts';

/**
 * A test PKI for the issuing agency, its root in the server's trust store: `prepare` makes it and
 * writes the root into the data directory before the server starts, and `env` then names that
 * folder as TRUST_STORE_DIR (pass both to useBrowserSuite).
 */
export function trustedPki(issuer: string) {
  const env: Record<string, string> = {};
  let made: TestPki | undefined;
  return {
    issuer,
    env,
    async prepare(dataDir: string) {
      made = await makeTestPki(issuer);
      const dir = path.join(dataDir, 'trust');
      fs.mkdirSync(dir);
      fs.writeFileSync(path.join(dir, 'root.pem'), made.root.certPem);
      env.TRUST_STORE_DIR = dir;
    },
    get pki(): TestPki {
      if (!made) throw new Error('the test PKI is made when the server is prepared');
      return made;
    },
  };
}

export type TrustedPki = ReturnType<typeof trustedPki>;

/** A signed-in API session beside the browser, for what the test sets up or checks directly. */
export async function apiSession(url: string, username: string): Promise<APIRequestContext> {
  const session = await request.newContext({ baseURL: url, extraHTTPHeaders: { origin: url } });
  const login = await session.post('/api/v1/auth/login', { data: { username, password: 'tongket-demo' } });
  expect(login.status(), await login.text()).toBe(200);
  return session;
}

/** An API answer's JSON, once its status is the one expected (else the test fails with its body). */
export const json = async <T>(
  res: { status(): number; text(): Promise<string>; json(): Promise<unknown> },
  status = 200,
) => {
  expect(res.status(), await res.text()).toBe(status);
  return (await res.json()) as T;
};

/** Today in Vietnam, yyyy-mm-dd, or `days` later. */
export const vietnamDay = (days = 0) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(
    new Date(Date.now() + days * 86_400_000),
  );

/**
 * A round of the Quảng Trị outline made through the API as the standing agency would: a report
 * task for Bộ CHQS tỉnh, the plan signed for by Hoàng Nam, `plan` adding to or overriding that;
 * issued under `docNumber` today when given, else left a complete draft.
 */
export async function roundThroughApi(
  api: APIRequestContext,
  o: {
    name: string;
    docNumber?: string;
    plan?: (unit: (code: string) => string) => Record<string, unknown>;
  },
) {
  const units = await json<{ items: Array<{ id: string; code: string }> }>(await api.get('/api/v1/units'));
  const unit = (code: string) => units.items.find((u) => u.code === code)?.id as string;
  const campaign = await json<{ id: string; version: number }>(
    await api.post('/api/v1/campaigns', {
      data: { kind: 'tong_ket', issuingUnitId: unit('QT'), name: o.name, outlineTemplate: 'quang-tri-2020' },
    }),
    201,
  );
  const saved = await json<{ version: number; plan: Record<string, unknown> }>(
    await api.patch(`/api/v1/campaigns/${campaign.id}`, {
      data: {
        version: campaign.version,
        plan: {
          purpose: 'Đánh giá công tác phòng, chống dịch.',
          tasks: [{ kind: 'report', unitIds: [unit('QT-BCHQS')], text: 'Báo cáo tổng kết theo đề cương.' }],
          reportDeadline: new Date(Date.now() + 5 * 86_400_000).toISOString(),
          recipients: [{ text: 'Lưu: VT' }],
          signature: {
            authority: 'TM. ỦY BAN NHÂN DÂN',
            deputy: 'KT. CHỦ TỊCH',
            title: 'PHÓ CHỦ TỊCH',
            name: 'Hoàng Nam',
          },
          ...(o.docNumber && { docDate: vietnamDay(), venue: 'Hội trường UBND tỉnh' }),
          ...o.plan?.(unit),
        },
      },
    }),
  );
  if (o.docNumber) {
    await json(
      await api.post(`/api/v1/campaigns/${campaign.id}/issue`, {
        data: { version: saved.version, docNumber: o.docNumber, docDate: vietnamDay() },
      }),
    );
  }
  return { id: campaign.id, plan: saved.plan, unit };
}

/**
 * Opens the page of a document and its "Ký số" panel, signing in as `login` first when given (the
 * login form is where an unauthenticated page lands); the panel shows what it `asks` for.
 */
export async function openSigningPanel(page: Page, url: string, o: { login?: string; asks: string }) {
  await page.goto(url);
  if (o.login) await fillLogin(page, o.login);
  const panel = page.getByTestId('signing-panel');
  await panel.waitFor({ timeout: 60_000 });
  await panel.getByText(o.asks).waitFor();
  return panel;
}

/** The launch URL the panel shows, as the signing program on the signer's computer reads it. */
async function launchLinks(page: Page) {
  const links = parseSigningLaunchUrl(
    (await page.getByTestId('signing-launch').getAttribute('href')) as string,
  );
  expect(links?.fetchUrl).toMatch(/\/api\/v1\/signing\/[\w-]{43}\/document\.pdf$/);
  return links as { fetchUrl: string; uploadUrl: string };
}

/**
 * The two steps on a "Ký số" panel, the development signer standing in for the signing program:
 * "Trình ký", the signer's signature (its CN appears in the table), the number, "Phát hành" (a
 * refusal shown in the panel fails the test with its words), the văn thư's signature with the seal,
 * and the released PDF offered with the agency among the signers. `screenshots` names the pictures
 * taken with the links open and with the number filled in.
 */
export async function signAndRelease(
  page: Page,
  trust: TrustedPki,
  o: { signerName: string; docNumber: string; screenshots: { links?: string; release: string } },
) {
  process.env.TONGKET_DEV_SIGNER = '1';
  const panel = page.getByTestId('signing-panel');
  /** The signing program follows the launch URL the panel shows, as the signer or the văn thư. */
  const programSigns = async (role: 'signer' | 'agency') =>
    devSign({
      ...(await launchLinks(page)),
      certificatePem: trust.pki[role].certPem,
      privateKeyPem: trust.pki[role].keyPem,
      chainPem: [trust.pki.agencyCa.certPem],
      name: role === 'agency' ? trust.issuer : o.signerName,
      agency: role === 'agency',
      image: role === 'agency' ? sealImagePng() : signatureImagePng(),
    });
  await page.getByTestId('signing-start-sign').click();
  await page.getByTestId('signing-launch').waitFor({ timeout: 120_000 });
  if (o.screenshots.links) await screenshot(page, o.screenshots.links);
  await programSigns('signer');
  // The panel polls for the signature: the signer and the certificate appear, the release opens.
  const table = page.getByTestId('signature-table');
  await table.getByText('Nguyễn Văn An').waitFor({ timeout: 60_000 });
  await panel.getByLabel('Số văn bản').fill(o.docNumber);
  const releaseButton = panel.getByRole('button', { name: 'Phát hành', exact: true });
  await releaseButton.scrollIntoViewIfNeeded();
  await screenshot(page, o.screenshots.release);
  await releaseButton.click();
  // The release checks the number by a trial issue and places it on the signed PDF: slow on a
  // busy machine. A refusal shows in the panel instead: its words make the failure. (The
  // session's own alert holds the links, not a refusal.)
  const refusal = panel.locator('[role="alert"]:not([data-testid^="signing-session"])');
  const opened = await Promise.race([
    page
      .getByTestId('signing-session-release')
      .waitFor({ timeout: 240_000 })
      .then(() => true),
    refusal
      .first()
      .waitFor({ timeout: 240_000 })
      .then(() => false),
  ]);
  if (!opened) {
    await screenshot(page, `${o.screenshots.release}-refused`);
    throw new Error(`release refused: ${await refusal.first().innerText()}`);
  }
  await programSigns('agency');
  // Released: the signed PDF is offered and the table names the agency's signature too.
  await panel.getByRole('link', { name: 'Tải PDF đã ký số' }).waitFor({ timeout: 60_000 });
  await table.getByText(trust.issuer, { exact: true }).first().waitFor();
}

/**
 * Downloads a released PDF of record, keeps it in the artifacts to look at (the header's number
 * and date, the signature and the seal), and checks that its two signatures verify for the issuer.
 */
export async function keepReleasedPdf(
  api: APIRequestContext,
  pdfPath: string,
  artifact: string,
  trust: TrustedPki,
): Promise<Uint8Array> {
  const res = await api.get(pdfPath);
  expect(res.status(), pdfPath).toBe(200);
  const pdf = new Uint8Array(await res.body());
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  fs.writeFileSync(path.join(ARTIFACTS, `${artifact}.pdf`), pdf);
  const verdict = await verifyPdfSignatures(pdf, {
    trustAnchors: [trust.pki.root.certPem],
    expectedOrganisation: trust.issuer,
  });
  expect(verdict.verdict).toBe('valid');
  expect(verdict.signatures).toHaveLength(2);
  return pdf;
}
