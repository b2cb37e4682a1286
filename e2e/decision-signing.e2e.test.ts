import { signPdfWithLocalCertificate } from '@tongket/documents';
import { issueTestIdentity } from '@tongket/documents/testing';
import { describe, expect, it } from 'vitest';
import { browserAvailable, fillLogin, screenshot } from './support/browser.ts';
import {
  apiSession,
  json,
  keepReleasedPdf,
  openSigningPanel,
  roundThroughApi,
  signAndRelease,
  trustedPki,
  vietnamDay,
} from './support/signing.ts';
import { useBrowserSuite } from './support/suite.ts';

const ISSUER = 'UBND tỉnh Quảng Trị';
const trust = trustedPki(ISSUER);

/**
 * An issued round with a collective quota for Bộ CHQS tỉnh, its nomination with a signed dossier,
 * forwarded and approved, and the board's draft decision for it — made through the API.
 */
async function draftDecision(
  url: string,
): Promise<{ campaignId: string; decisionId: string; nominee: string }> {
  const syt = await apiSession(url, 'syt');
  const bchqs = await apiSession(url, 'bchqs');
  const tdkt = await apiSession(url, 'tdkt');
  const deadline = new Date(Date.now() + 5 * 86_400_000).toISOString();
  const campaign = await roundThroughApi(syt, {
    name: 'Khen thưởng ký số thử',
    docNumber: '8901',
    plan: (unit) => ({
      awardGroups: [
        {
          awardTypeId: 'award-bk-ct-ubnd-tinh',
          heading:
            'Bằng khen của Chủ tịch UBND tỉnh cho các tập thể đạt thành tích xuất sắc trong phòng, chống dịch COVID-19',
          quotas: [
            {
              scope: 'unit',
              nomineeKind: 'collective',
              count: 1,
              unitIds: [unit('QT-BCHQS')],
              label: 'Bộ Chỉ huy Quân sự tỉnh',
            },
          ],
        },
      ],
      nominationDeadline: deadline,
      nominationTo: 'Sở Y tế - Cơ quan thường trực',
      nominationReviewer: 'Ban Thi đua - Khen thưởng tỉnh',
    }),
  });
  const nominee = 'Đại đội Công binh, Bộ Chỉ huy Quân sự tỉnh';
  const nomination = await json<{ id: string; version: number }>(
    await bchqs.post(`/api/v1/campaigns/${campaign.id}/nominations`, {
      data: {
        awardGroupId: (campaign.plan.awardGroups as Array<{ id: string }>)[0]?.id,
        nomineeKind: 'collective',
        name: nominee,
      },
    }),
    201,
  );
  // The dossier: the achievement report signed by Bộ CHQS tỉnh, and one signed by another agency.
  const plan = await (await syt.get(`/api/v1/campaigns/${campaign.id}/documents/plan.pdf`)).body();
  const chqs = await issueTestIdentity(trust.pki, 'Lê Quang Quân', 'Bộ Chỉ huy Quân sự tỉnh Quảng Trị');
  for (const [who, name] of [
    [chqs, 'Báo cáo thành tích.pdf'],
    [trust.pki.otherAgency, 'Ký nhầm cơ quan.pdf'],
  ] as const) {
    const signed = await signPdfWithLocalCertificate(new Uint8Array(plan), {
      certificate: who.certPem,
      privateKey: who.keyPem,
      chain: [trust.pki.agencyCa.certPem],
      name: 'Báo cáo thành tích',
      appearance: false,
    });
    await json(
      await bchqs.post(`/api/v1/nominations/${nomination.id}/files`, {
        multipart: { file: { name, mimeType: 'application/pdf', buffer: Buffer.from(signed) } },
      }),
      201,
    );
  }
  const sent = await json<{ version: number }>(
    await bchqs.post(`/api/v1/nominations/${nomination.id}/submit`, {
      data: { version: nomination.version },
    }),
  );
  const forwarded = await json<{ version: number }>(
    await syt.post(`/api/v1/nominations/${nomination.id}/forward`, { data: { version: sent.version } }),
  );
  await json(
    await tdkt.post(`/api/v1/nominations/${nomination.id}/approve`, { data: { version: forwarded.version } }),
  );
  const decision = await json<{ id: string }>(
    await tdkt.post(`/api/v1/campaigns/${campaign.id}/decisions`, {
      data: { nominationIds: [nomination.id] },
    }),
    201,
  );
  await Promise.all([syt.dispose(), bchqs.dispose(), tdkt.dispose()]);
  return { campaignId: campaign.id, decisionId: decision.id, nominee };
}

describe.runIf(browserAvailable())('the Ký số panel of a draft award decision', () => {
  const suite = useBrowserSuite({ prepare: trust.prepare, env: trust.env });

  it('shows the board the dossier’s signatures, then signs and releases the decision with a number', async () => {
    // The dossier's PDFs are signed with the development signer's code as well.
    process.env.TONGKET_DEV_SIGNER = '1';
    const url = suite.server.url;
    const { campaignId, decisionId, nominee } = await draftDecision(url);
    const page = suite.browser.page;
    await page.setViewportSize({ width: 1366, height: 900 });

    // The board reads the nomination: each PDF of the dossier with its verdict.
    await page.goto(`${url}/campaigns/${campaignId}/nominations`);
    await fillLogin(page, 'tdkt');
    await page.getByRole('button', { name: nominee, exact: true }).first().click();
    const badges = page.getByTestId('signature-badge');
    await badges.first().waitFor({ timeout: 60_000 });
    await expect(
      badges.evaluateAll((all) => all.map((b) => b.getAttribute('data-verdict'))),
    ).resolves.toEqual(['valid', 'other_organisation']);
    await page.getByRole('dialog').getByText('Báo cáo thành tích.pdf').waitFor();
    await page.waitForTimeout(500); // the drawer slides in
    await screenshot(page, 'decision-signing-dossier');

    await openSigningPanel(page, `${url}/campaigns/${campaignId}/decisions/${decisionId}`, {
      asks: 'Cần chữ ký của người có thẩm quyền trên bản quyết định',
    });
    await signAndRelease(page, trust, {
      signerName: 'Hoàng Nam',
      docNumber: '8902',
      screenshots: { release: 'decision-signing-step2' },
    });
    // Released: the decision is issued with its number.
    const [y, m, d] = vietnamDay().split('-') as [string, string, string];
    const month = Number(m) <= 2 ? m : String(Number(m));
    await page
      .getByRole('heading', { name: `Quyết định số 8902/QĐ-UBND ngày ${d}/${month}/${y}` })
      .waitFor({ timeout: 60_000 });
    await screenshot(page, 'decision-signing-released');

    const api = await apiSession(url, 'tdkt');
    await keepReleasedPdf(
      api,
      `/api/v1/decisions/${decisionId}/documents/decision.pdf`,
      'decision-signing-released',
      trust,
    );
    await api.dispose();
  });
});
