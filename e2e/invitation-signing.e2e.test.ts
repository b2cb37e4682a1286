import { describe, expect, it } from 'vitest';
import { browserAvailable, screenshot } from './support/browser.ts';
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

type ConferenceAnswer = Record<string, unknown> & { agenda: Array<Record<string, unknown>> };

/** `PUT …/conference`'s body saving the conference as `GET` answered it, with `changes`. */
function saveBody(conference: ConferenceAnswer, changes: Record<string, unknown>) {
  const keep = [
    'version',
    'title',
    'date',
    'startTime',
    'endTime',
    'tentative',
    'timeNote',
    'venue',
    'chair',
    'expectedDelegates',
    'invitationNumber',
    'invitationCode',
    'invitationDate',
    'invitationContent',
    'signature',
  ];
  return {
    ...Object.fromEntries(keep.map((k) => [k, conference[k]])),
    ...changes,
    agenda: conference.agenda.map((a) => ({
      id: a.id,
      kind: a.kind,
      title: a.title,
      startTime: a.startTime,
      durationMinutes: a.durationMinutes,
      presenterUnitId: a.presenterUnitId,
      presenterName: a.presenterName,
      assignmentId: a.assignmentId,
      note: a.note,
    })),
  };
}

/** An issued round whose conference is saved with a date and has one delegate — made through the API. */
async function roundWithConference(url: string): Promise<string> {
  const syt = await apiSession(url, 'syt');
  const campaign = await roundThroughApi(syt, { name: 'Giấy mời ký số thử', docNumber: '8911' });
  const api = `/api/v1/campaigns/${campaign.id}/conference`;
  const first = await json<ConferenceAnswer>(await syt.get(api));
  await json(
    await syt.put(api, {
      data: saveBody(first, {
        date: vietnamDay(10),
        startTime: '07:30',
        endTime: null,
        tentative: false,
        chair: 'Đồng chí Hoàng Nam, Phó Chủ tịch UBND tỉnh',
      }),
    }),
  );
  await json(
    await syt.post(`${api}/delegates`, {
      data: { salutation: 'ong', name: 'Lê Văn Hùng', title: 'Giám đốc', unitId: campaign.unit('QT-SYT') },
    }),
    201,
  );
  await syt.dispose();
  return campaign.id;
}

describe.runIf(browserAvailable())('the Ký số panel of a conference invitation', () => {
  const suite = useBrowserSuite({ prepare: trust.prepare, env: trust.env });

  it('signs the invitation, releases it with a number, and offers the signed invitation of record', async () => {
    const url = suite.server.url;
    const campaignId = await roundWithConference(url);
    const page = suite.browser.page;
    await page.setViewportSize({ width: 1366, height: 900 });

    const panel = await openSigningPanel(
      page,
      `${url}/campaigns/${campaignId}?tab=conference&view=delegates`,
      {
        login: 'syt',
        asks: 'Cần chữ ký của người có thẩm quyền trên giấy mời',
      },
    );
    await screenshot(page, 'invitation-signing-start');
    await signAndRelease(page, trust, {
      signerName: 'Hoàng Nam',
      docNumber: '64',
      screenshots: { release: 'invitation-signing-step2' },
    });
    // Released: the steps closed.
    await page.getByTestId('signing-start-sign').waitFor({ state: 'detached', timeout: 60_000 });
    // The organisers are offered the released invitation as an edXML package too.
    await panel.getByTestId('signing-edxml').waitFor();
    await screenshot(page, 'invitation-signing-released');

    const api = await apiSession(url, 'syt');
    const conference = await json<{ invitationNumber: string; invitationReleased: boolean }>(
      await api.get(`/api/v1/campaigns/${campaignId}/conference`),
    );
    expect(conference).toMatchObject({ invitationNumber: '64', invitationReleased: true });
    await keepReleasedPdf(
      api,
      `/api/v1/campaigns/${campaignId}/documents/invitation.pdf`,
      'invitation-signing-released',
      trust,
    );
    await api.dispose();

    // The conference form shows the released number, code and date as fixed, saying why.
    await page.goto(`${url}/campaigns/${campaignId}?tab=conference&view=agenda`);
    await page.getByRole('button', { name: 'Giấy mời: số, ngày, nội dung, người ký' }).click();
    const number = page.getByLabel('Số giấy mời');
    await expect.poll(() => number.inputValue(), { timeout: 60_000 }).toBe('64');
    expect(await number.getAttribute('readonly')).not.toBeNull();
    await page.getByText('Giấy mời đã ký số và phát hành: không sửa được.').first().waitFor();

    // The venue moves after the release: the organisers are told, and may sign and release a new
    // invitation with a new number (the number field starts empty).
    const again = await apiSession(url, 'syt');
    const api2 = `/api/v1/campaigns/${campaignId}/conference`;
    const released = await json<ConferenceAnswer>(await again.get(api2));
    await json(
      await again.put(api2, { data: saveBody(released, { venue: 'Hội trường B, Trung tâm Hội nghị tỉnh' }) }),
    );
    await again.dispose();
    await page.goto(`${url}/campaigns/${campaignId}?tab=conference&view=delegates`);
    const note = page.getByTestId('invitation-reissue');
    await note.waitFor({ timeout: 60_000 });
    expect(await note.innerText()).toMatch(/sửa sau khi phát hành giấy mời số 64\/GM-UBND/);
    await page.getByTestId('signing-start-sign').waitFor({ timeout: 60_000 });
    await screenshot(page, 'invitation-reissue');
  });
});
