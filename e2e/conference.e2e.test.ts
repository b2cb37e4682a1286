import fs from 'node:fs';
import ExcelJS from 'exceljs';
import type { APIResponse, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  type Browser,
  browserAvailable,
  fillLogin,
  openBrowser,
  PARSED_FILE_WAIT,
  screenshot,
} from './support/browser.ts';
import { fakeCameraArgs, qrCameraFile } from './support/fake-camera.ts';
import { seedHistoricRoundsOpen } from './support/server.ts';
import { useBrowserSuite } from './support/suite.ts';

interface AgendaItem {
  id: string;
  kind: string;
  title: string;
  startTime: string | null;
  durationMinutes: number;
  presenterUnitId: string | null;
  presenterName: string;
  assignmentId: string | null;
  note: string;
}

interface Conference {
  version: number;
  title: string;
  date: string | null;
  startTime: string | null;
  endTime: string | null;
  tentative: boolean;
  timeNote: string;
  venue: string;
  chair: string;
  expectedDelegates: number | null;
  groups: Array<{ id: string; text: string; expected: number | null }>;
  invitationNumber: string;
  invitationCode: string;
  invitationDate: string | null;
  invitationContent: string;
  signature: { authority: string; deputy: string; title: string; name: string };
  agenda: AgendaItem[];
  candidates: Array<{ assignmentId: string; kind: string; title: string; status: string; unitName: string }>;
}

/** A day in Vietnam some days from now: its ISO form, as typed (dd/mm/yyyy) and as invitations word it. */
function vietnamDay(daysAhead: number) {
  const iso = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(
    new Date(Date.now() + daysAhead * 86_400_000),
  );
  const [y, m, d] = iso.split('-') as [string, string, string];
  const month = Number(m) <= 2 ? m : String(Number(m));
  return { iso, typed: `${d}/${m}/${y}`, words: `ngày ${d} tháng ${month} năm ${y}` };
}

async function ok<T>(response: APIResponse): Promise<T> {
  expect(response.status(), await response.text()).toBeLessThan(300);
  return (await response.json()) as T;
}

/** The number on one of the attendance cards ("Đã điểm danh", "Nhận lời"…). */
async function attendanceStat(page: Page, key: string): Promise<number> {
  const text = await page.getByTestId(`attendance-${key}`).getByTestId('stat-value').innerText();
  return Number(text.replace(/\D/g, ''));
}

/** The save bar says every change is saved (the save went through). */
async function waitSaved(page: Page) {
  await page.getByTestId('save-bar').getByText('Đã lưu mọi thay đổi').waitFor();
}

/** Signs the suite's browser in as the standing agency through the API (each test can run alone). */
async function signInAsAgency(page: Page, url: string) {
  await ok(
    await page.request.post(`${url}/api/v1/auth/login`, {
      data: { username: 'syt', password: 'tongket-demo' },
      headers: { origin: url },
    }),
  );
}

describe.runIf(browserAvailable())('the conference: agenda, invitations, RSVP, check-in at the door', () => {
  const suite = useBrowserSuite({ prepare: seedHistoricRoundsOpen });

  it('builds the agenda with an accepted speech, invites, takes an RSVP without an account, checks in live', async () => {
    const { page, context } = suite.browser;
    const url = suite.server.url;
    const headers = { origin: url };
    let phone: Browser | undefined;
    try {
      await page.goto(`${url}/`);
      await fillLogin(page, 'syt');
      const rounds = await ok<{ items: Array<{ id: string; reference: string }> }>(
        await page.request.get(`${url}/api/v1/campaigns`),
      );
      const id = rounds.items.find((c) => c.reference === '2519/KH-UBND')?.id as string;
      expect(id).toBeTruthy();
      const api = `${url}/api/v1/campaigns/${id}`;

      // An accepted speech to place; if the demo has none accepted, Sở Y tế accepts one first.
      const before = await ok<Conference>(await page.request.get(`${api}/conference`));
      let speech = before.candidates.find((c) => c.kind === 'speech' && c.status === 'accepted');
      if (!speech) {
        const sent = before.candidates.find((c) => c.kind === 'speech' && c.status === 'submitted');
        if (!sent) throw new Error('the demo has no speech handed in');
        const assignment = await ok<{ version: number }>(
          await page.request.get(`${url}/api/v1/assignments/${sent.assignmentId}`),
        );
        await ok(
          await page.request.post(`${url}/api/v1/assignments/${sent.assignmentId}/review`, {
            headers,
            data: { decision: 'accept', version: assignment.version },
          }),
        );
        speech = { ...sent, status: 'accepted' };
      }

      // The agenda tab: the speech is taken out, then put back from the accepted speeches.
      await page.goto(`${url}/campaigns/${id}?tab=conference`);
      await page.getByRole('tab', { name: 'Hội nghị' }).waitFor();
      const editor = page.getByTestId('agenda-editor');
      await editor.waitFor();
      const speechRow = page.locator('fieldset', {
        has: page.locator(`[data-assignment="${speech.assignmentId}"]`),
      });
      if ((await speechRow.count()) > 0) await speechRow.getByRole('button', { name: 'Xóa dòng' }).click();
      await expect(speechRow.count()).resolves.toBe(0);
      await page.getByRole('button', { name: 'Thêm tham luận, phóng sự' }).click();
      await page.getByRole('menuitem', { name: speech.title }).click();
      await speechRow.waitFor();
      await expect(speechRow.getByLabel('Nội dung').inputValue()).resolves.toBe(speech.title);
      await speechRow.getByText('Đã tiếp nhận').waitFor();
      // Placed after the last speech; moved one up, before it.
      const rowName = async () => (await speechRow.getAttribute('aria-label')) as string;
      const placed = await rowName();
      await speechRow.getByRole('button', { name: 'Chuyển lên' }).click();
      expect(Number((await rowName()).replace(/\D/g, ''))).toBe(Number(placed.replace(/\D/g, '')) - 1);

      // The conference moves to a day ahead, fixed; item 2 is set to start while item 1 still runs.
      const day = vietnamDay(21);
      await editor.getByLabel('Ngày', { exact: true }).fill(day.typed);
      const second = page.getByRole('group', { name: 'Mục 2', exact: true });
      await second.getByLabel('Bắt đầu').fill('07:45');
      const overlap = second.getByTestId('agenda-warning').filter({ hasText: 'chồng lên mục 1' });
      await overlap.waitFor();
      await second.getByTestId('agenda-slot').getByText('07h45 - 07h50').waitFor();
      await page.getByTestId('save-bar').getByRole('button', { name: 'Lưu' }).click();
      await waitSaved(page);
      // The server's own warning stands beside the item once saved.
      await overlap.waitFor();
      const saved = await ok<Conference>(await page.request.get(`${api}/conference`));
      expect(saved.date).toBe(day.iso);
      expect(saved.agenda.filter((a) => a.assignmentId === speech.assignmentId)).toHaveLength(1);
      expect(saved.agenda[1]?.startTime).toBe('07:45');
      const savedNote = page.getByText(/^Đã lưu; chương trình còn \d+ cảnh báo, xem dưới các mục\.$/);
      await savedNote.waitFor();
      await savedNote.waitFor({ state: 'detached', timeout: 60_000 });
      await page
        .getByRole('heading', { name: 'Chương trình hội nghị' })
        .evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await page.evaluate(() => window.scrollBy(0, -70));
      await screenshot(page, 'conference-agenda');

      // Someone else saves meanwhile: this copy's save is refused and what was typed stays.
      const venue = editor.getByLabel('Địa điểm', { exact: true });
      await venue.fill('Hội trường UBND tỉnh, tầng 2');
      const other = await ok<Conference>(await page.request.get(`${api}/conference`));
      await ok(
        await page.request.put(`${api}/conference`, {
          headers,
          data: {
            version: other.version,
            title: other.title,
            date: other.date,
            startTime: other.startTime,
            endTime: other.endTime,
            tentative: other.tentative,
            timeNote: other.timeNote,
            venue: other.venue,
            chair: 'Đồng chí Hoàng Nam, Phó Chủ tịch Thường trực UBND tỉnh',
            expectedDelegates: other.expectedDelegates,
            groupTargets: other.groups
              .filter((g) => g.expected !== null)
              .map((g) => ({ groupId: g.id, expected: g.expected })),
            invitationNumber: other.invitationNumber,
            invitationCode: other.invitationCode,
            invitationDate: other.invitationDate,
            invitationContent: other.invitationContent,
            signature: other.signature,
            agenda: other.agenda.map(({ id: itemId, kind, title, startTime, durationMinutes, ...rest }) => ({
              id: itemId,
              kind,
              title,
              startTime,
              durationMinutes,
              presenterUnitId: rest.presenterUnitId,
              presenterName: rest.presenterName,
              assignmentId: rest.assignmentId,
              note: rest.note,
            })),
          },
        }),
      );
      await page.getByTestId('save-bar').getByRole('button', { name: 'Lưu' }).click();
      const conflict = page.getByTestId('save-bar').getByRole('alert');
      await conflict.getByText('Có người khác vừa sửa').waitFor();
      await expect(venue.inputValue()).resolves.toBe('Hội trường UBND tỉnh, tầng 2');
      await conflict.getByRole('button', { name: 'Tải lại' }).click();
      await expect
        .poll(() => editor.getByLabel('Chủ trì hội nghị').inputValue())
        .toBe('Đồng chí Hoàng Nam, Phó Chủ tịch Thường trực UBND tỉnh');
      await waitSaved(page);

      // A new delegate of the first group, invited: the link is shown once.
      const name = 'Trương Thị Diễm Kiều';
      const views = page.getByRole('radiogroup', { name: 'Phần của hội nghị' });
      await views.getByText('Đại biểu', { exact: true }).click();
      const delegates = page.getByTestId('delegates-panel');
      await delegates.waitFor();
      const firstGroup = delegates.getByTestId('delegate-group').first();
      const countBefore = await firstGroup.getByTestId('group-count').innerText();
      await firstGroup.getByRole('button', { name: 'Thêm đại biểu vào thành phần này' }).click();
      const form = page.getByRole('dialog', { name: 'Thêm đại biểu' });
      await form.getByLabel('Danh xưng').click();
      await page.getByRole('option', { name: 'Bà', exact: true }).click();
      await form.getByLabel('Họ và tên').fill(name);
      await form.getByLabel('Chức vụ').fill('Chuyên viên Văn phòng Tỉnh ủy');
      await form.getByLabel('Tên đơn vị in trên giấy mời').fill('Văn phòng Tỉnh ủy Quảng Trị');
      await form.getByRole('button', { name: 'Thêm đại biểu' }).click();
      await form.waitFor({ state: 'detached' });
      const row = delegates.getByTestId('delegate-row').filter({ hasText: name });
      await row.getByText('Chưa mời').waitFor();
      // Listed against expected, in the group's heading: one more than before.
      const [listed, expected] = countBefore.match(/\d+/g)?.map(Number) ?? [];
      await firstGroup
        .getByTestId('group-count')
        .getByText(`${(listed ?? 0) + 1}/${expected} người`)
        .waitFor();

      await delegates.getByRole('button', { name: 'Gửi giấy mời' }).click();
      const invite = page.getByRole('dialog', { name: 'Gửi giấy mời' });
      await invite.getByLabel('Những đại biểu chưa được mời (1)').waitFor();
      await invite.getByRole('button', { name: 'Gửi 1 giấy mời' }).click();
      await invite.getByText('Đã mời 1 đại biểu; 0 người nhận thư điện tử.').waitFor();
      const link = await invite.getByLabel(`Đường dẫn xác nhận của ${name}`).inputValue();
      expect(link).toMatch(new RegExp(`^${url}/rsvp/[A-Za-z0-9_-]{43}$`));
      await invite.getByRole('button', { name: 'Đóng' }).click();
      await row.getByText(/^\d\d\/\d\d\/\d{4}$/).waitFor();

      // The code on their invitation, as the organisers see it.
      await row.getByRole('button', { name: `Thao tác với ${name}` }).click();
      await page.getByRole('menuitem', { name: 'Sửa' }).click();
      const edit = page.getByRole('dialog', { name: `Sửa đại biểu: ${name}` });
      const code = await edit.getByTestId('delegate-checkin-code').innerText();
      expect(code).toMatch(/^\d+-[0-9A-Z]{10}$/);
      await edit.getByRole('button', { name: 'Hủy' }).click();

      // The delegate opens the link on a phone, with no account, and confirms.
      phone = await openBrowser({ width: 390, height: 844 });
      await phone.page.goto(link);
      const card = phone.page.getByTestId('rsvp-invitation');
      await card.getByRole('heading', { name: 'Giấy mời' }).waitFor();
      await expect(card.getByTestId('rsvp-addressee').innerText()).resolves.toBe(
        `Kính gửi: Bà ${name}, Chuyên viên Văn phòng Tỉnh ủy, Văn phòng Tỉnh ủy Quảng Trị`,
      );
      await expect(card.getByTestId('rsvp-time').innerText()).resolves.toContain(day.words);
      await expect(card.getByTestId('rsvp-venue').innerText()).resolves.toBe(
        'Địa điểm: Hội trường UBND tỉnh',
      );
      await expect(card.getByTestId('rsvp-status').innerText()).resolves.toMatch(/chưa trả lời/i);
      // Nobody else's name, and no sign-in.
      await expect(phone.page.getByText('Phạm Hữu Cường').count()).resolves.toBe(0);
      await expect(phone.page.getByLabel('Mật khẩu').count()).resolves.toBe(0);
      await card.getByLabel('Lời nhắn cho đơn vị tổ chức (không bắt buộc)').fill('Sẽ đến trước 07 giờ 20.');
      await screenshot(phone.page, 'conference-rsvp');
      await card.getByRole('button', { name: 'Xác nhận tham dự' }).click();
      await card.getByText(`Cảm ơn Bà đã xác nhận tham dự.`).waitFor();
      await expect(card.getByTestId('rsvp-status').innerText()).resolves.toMatch(/sẽ tham dự/i);
      await screenshot(phone.page, 'conference-rsvp-answered');
      const [pdf] = await Promise.all([
        phone.page.waitForEvent('download'),
        card.getByRole('button', { name: 'Tải giấy mời (PDF)' }).click(),
      ]);
      expect(
        fs
          .readFileSync(await pdf.path())
          .subarray(0, 5)
          .toString(),
      ).toBe('%PDF-');
      // A link that is not (or no longer) anyone's says so in Vietnamese.
      await phone.page.goto(`${url}/rsvp/${'A'.repeat(43)}`);
      await phone.page.getByTestId('rsvp-error').getByText('Đường dẫn không dùng được').waitFor();

      // The organisers' list shows the answer without a reload.
      await row.getByText('Sẽ tham dự').waitFor({ timeout: 60_000 });

      // A second screen follows attendance live while the door checks people in.
      const watch = await context.newPage();
      await watch.goto(`${url}/campaigns/${id}?tab=conference&view=attendance`);
      await watch
        .getByTestId('attendance-panel')
        .getByTestId('live-indicator')
        .and(watch.locator('[data-state="live"]'))
        .waitFor();
      const present = await attendanceStat(watch, 'checkedIn');
      const groupPresent = async () =>
        Number(
          await watch.getByTestId('attendance-group').first().getByTestId('group-checked-in').innerText(),
        );
      const firstGroupPresent = await groupPresent();

      await page.goto(`${url}/campaigns/${id}/conference/checkin`);
      await page.getByRole('heading', { name: 'Điểm danh đại biểu' }).waitFor();
      await page.getByLabel('Mã điểm danh').fill(code.toLowerCase());
      await page.getByRole('button', { name: 'Điểm danh', exact: true }).click();
      const result = page.getByTestId('checkin-result');
      await result.and(page.locator('[data-state="done"]')).waitFor();
      await result.getByText(`Đã điểm danh: ${name}`).waitFor();
      await expect.poll(() => attendanceStat(watch, 'checkedIn')).toBe(present + 1);
      await expect.poll(groupPresent).toBe(firstGroupPresent + 1);
      await screenshot(page, 'conference-checkin');
      await screenshot(watch, 'conference-attendance');

      // The same code again is refused, in the server's words.
      await page.getByLabel('Mã điểm danh').fill(code);
      await page.getByRole('button', { name: 'Điểm danh', exact: true }).click();
      await result.and(page.locator('[data-state="refused"]')).waitFor();
      await expect(result.innerText()).resolves.toMatch(
        new RegExp(`${name} đã điểm danh lúc \\d\\d:\\d\\d \\d\\d/\\d\\d/\\d{4} \\(syt\\)\\.`),
      );
      await expect(attendanceStat(watch, 'checkedIn')).resolves.toBe(present + 1);
      await screenshot(page, 'conference-checkin-refused');

      // Found by name typed without diacritics, the mistaken check-in is taken back.
      await page.getByLabel('Tìm đại biểu theo tên').fill('truong thi diem');
      const match = page.getByTestId('checkin-match').filter({ hasText: name });
      await match.getByRole('button', { name: `Hủy điểm danh của ${name}` }).click();
      await result.and(page.locator('[data-state="undone"]')).waitFor();
      await expect.poll(() => attendanceStat(watch, 'checkedIn')).toBe(present);
      await match.getByRole('button', { name: `Điểm danh ${name}` }).click();
      await result.and(page.locator('[data-state="done"]')).waitFor();
      await expect.poll(() => attendanceStat(watch, 'checkedIn')).toBe(present + 1);

      // The hall screen: the operator starts and moves on; the other screen follows.
      const agenda = (await ok<Conference>(await page.request.get(`${api}/conference`))).agenda;
      await page.goto(`${url}/campaigns/${id}/conference/presenter`);
      await watch.goto(`${url}/campaigns/${id}/conference/presenter`);
      await watch
        .getByTestId('presenter')
        .getByTestId('live-indicator')
        .and(watch.locator('[data-state="live"]'))
        .waitFor();
      await page.getByRole('button', { name: 'Bắt đầu' }).click();
      await page
        .getByTestId('presenter-title')
        .getByText(agenda[0]?.title as string)
        .waitFor();
      await page.getByRole('button', { name: 'Mục tiếp theo' }).click();
      await page
        .getByTestId('presenter-title')
        .getByText(agenda[1]?.title as string)
        .waitFor();
      await watch
        .getByTestId('presenter-title')
        .getByText(agenda[1]?.title as string)
        .waitFor({ timeout: 60_000 });
      await expect(watch.getByTestId('presenter-next').innerText()).resolves.toContain(
        agenda[2]?.title as string,
      );
      await expect(page.getByTestId('presenter-clock').innerText()).resolves.toMatch(/^\d\d:\d\d:\d\d$/);
      await screenshot(watch, 'conference-presenter');
      await watch.close();

      // A unit the plan went to acknowledges it, from a phone; the standing agency sees it.
      const distribution = `${url}/campaigns/${id}?tab=conference&view=distribution`;
      await phone.page.goto(distribution);
      await fillLogin(phone.page, 'bchqs');
      await phone.page.goto(distribution);
      const receipts = phone.page.getByTestId('distribution-panel');
      // Looking at the issued plan is its unit's first opening, recorded before any click.
      type Receipts = {
        items: Array<{ unitName: string; openedBy: string | null; acknowledgedAt: string | null }>;
      };
      const bchqsReceipt = async () =>
        (await ok<Receipts>(await page.request.get(`${api}/distribution`))).items.find(
          (r) => r.unitName === 'Bộ Chỉ huy Quân sự tỉnh',
        );
      // The read that shows the round records it, so the page already shows it as opened.
      await receipts
        .getByTestId('receipt-row')
        .filter({ hasText: 'Bộ Chỉ huy Quân sự tỉnh' })
        .getByText('bchqs', { exact: true })
        .waitFor();
      expect((await bchqsReceipt())?.openedBy).toBe('bchqs');
      expect((await bchqsReceipt())?.acknowledgedAt).toBeNull();
      await receipts.getByRole('button', { name: 'Xác nhận đã nhận kế hoạch' }).click();
      await receipts
        .getByTestId('receipt-row')
        .filter({ hasText: 'Bộ Chỉ huy Quân sự tỉnh' })
        .getByText('Đã xác nhận nhận')
        .waitFor();
      await expect(receipts.getByRole('button', { name: 'Xác nhận đã nhận kế hoạch' }).count()).resolves.toBe(
        0,
      );
      const all = await ok<{ items: Array<{ unitName: string; acknowledgedBy: string | null }> }>(
        await page.request.get(`${api}/distribution`),
      );
      expect(all.items.find((r) => r.unitName === 'Bộ Chỉ huy Quân sự tỉnh')?.acknowledgedBy).toBe('bchqs');
    } finally {
      await phone?.close();
    }
  });

  it('checks a delegate in by holding the invitation’s QR code up to the camera', async () => {
    const url = suite.server.url;
    const { page } = suite.browser;
    await signInAsAgency(page, url);
    const rounds = await ok<{ items: Array<{ id: string; reference: string }> }>(
      await page.request.get(`${url}/api/v1/campaigns`),
    );
    const id = rounds.items.find((c) => c.reference === '2519/KH-UBND')?.id as string;
    const delegates = await ok<{
      items: Array<{ name: string; checkinCode: string | null; checkedInAt: string | null }>;
    }>(await page.request.get(`${url}/api/v1/campaigns/${id}/conference/delegates`));
    const absent = delegates.items.find((d) => d.checkinCode && !d.checkedInAt);
    if (!absent?.checkinCode) throw new Error('every demo delegate has checked in');

    // The door's phone: its camera sees the printed code (a video file stands in for the lens).
    const door = await openBrowser(
      { width: 390, height: 844 },
      fakeCameraArgs(qrCameraFile(absent.checkinCode)),
    );
    try {
      await door.page.goto(`${url}/campaigns/${id}/conference/checkin`);
      await fillLogin(door.page, 'syt');
      await door.page.goto(`${url}/campaigns/${id}/conference/checkin`);
      await door.page.getByRole('button', { name: 'Quét mã QR bằng camera' }).click();
      const result = door.page.getByTestId('checkin-result');
      await result.and(door.page.locator('[data-state="done"]')).waitFor({ timeout: 60_000 });
      await result.getByText(`Đã điểm danh: ${absent.name}`).waitFor();
      await screenshot(door.page, 'conference-checkin-camera');
      const after = await ok<{ items: Array<{ name: string; checkedInAt: string | null }> }>(
        await page.request.get(`${url}/api/v1/campaigns/${id}/conference/delegates`),
      );
      expect(after.items.find((d) => d.name === absent.name)?.checkedInAt).not.toBeNull();
    } finally {
      await door.close();
    }
  });

  it('imports delegates from Excel: a file with a wrong row saves nothing and says which; the fixed file saves all', async () => {
    const url = suite.server.url;
    const { page } = suite.browser;
    await signInAsAgency(page, url);
    const rounds = await ok<{ items: Array<{ id: string; reference: string }> }>(
      await page.request.get(`${url}/api/v1/campaigns`),
    );
    const id = rounds.items.find((c) => c.reference === '2519/KH-UBND')?.id as string;
    const listed = async () =>
      (
        await ok<{ items: unknown[] }>(
          await page.request.get(`${url}/api/v1/campaigns/${id}/conference/delegates`),
        )
      ).items.length;
    const before = await listed();
    const workbook = async (rows: string[][]) => {
      const wb = new ExcelJS.Workbook();
      const sheet = wb.addWorksheet('Đại biểu');
      sheet.addRow(['DANH SÁCH ĐẠI BIỂU DỰ HỘI NGHỊ']);
      sheet.addRow(['Thành phần', 'Danh xưng', 'Họ và tên', 'Chức vụ', 'Đơn vị', 'Thư điện tử']);
      for (const row of rows) sheet.addRow(row);
      return Buffer.from(await wb.xlsx.writeBuffer());
    };
    const xlsx = (name: string, buffer: Buffer) => ({
      name,
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer,
    });
    const good = [
      '1',
      'Ông',
      'Nguyễn Hữu Thắng',
      'Phó Trưởng ban',
      'Ban Tuyên giáo Tỉnh ủy',
      'thang.nh@quangtri.example',
    ];

    await page.goto(`${url}/campaigns/${id}?tab=conference&view=delegates`);
    await page.getByRole('button', { name: 'Nhập từ Excel' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nhập danh sách đại biểu từ Excel' });
    await dialog
      .getByLabel('Chọn tệp Excel')
      .setInputFiles(
        xlsx(
          'dai-bieu.xlsx',
          await workbook([good, ['1', 'Bà', '', 'Chuyên viên', 'Sở Y tế', 'khong-phai-thu']]),
        ),
      );
    await dialog
      .getByText('Có 1/2 dòng lỗi; chưa lưu dòng nào. Sửa tệp rồi chọn lại.')
      .waitFor(PARSED_FILE_WAIT);
    const wrong = dialog.getByTestId('import-row').nth(1);
    await expect(wrong.innerText()).resolves.toMatch(/Họ và tên/);
    await expect(dialog.getByRole('button', { name: 'Lưu danh sách' }).isDisabled()).resolves.toBe(true);
    await screenshot(page, 'conference-import-refused');
    expect(await listed()).toBe(before);

    await dialog
      .getByLabel('Chọn tệp Excel')
      .setInputFiles(xlsx('dai-bieu-da-sua.xlsx', await workbook([good])));
    await dialog.getByText('Tệp hợp lệ: 1 đại biểu. Bấm “Lưu danh sách” để ghi.').waitFor(PARSED_FILE_WAIT);
    await dialog.getByText('dai-bieu-da-sua.xlsx').waitFor();
    await dialog.getByRole('button', { name: 'Lưu danh sách' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await listed()).toBe(before + 1);
  });
});
