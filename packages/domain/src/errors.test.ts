import { describe, expect, it } from 'vitest';
import {
  EDITED_THINGS,
  ERROR_TITLES,
  ERRORS,
  type ErrorCode,
  type ErrorParams,
  errorStatus,
  errorText,
  REFUSED_ACTIONS,
  renderError,
  UPLOAD_KINDS,
} from './errors.ts';
import type { Bilingual } from './lang.ts';

const WHAT: Bilingual = { vi: 'Tệp Excel', en: 'The Excel file' };
/** Names and data are passed as the data has them; these are plain so the check is on the wording. */
const ITEMS = ['I. Summary', { vi: 'số quyết định', en: 'the decision number' }];
const UNIT = 'Huong Hoa District';
const PERSON = 'Le Van B';

/**
 * Parameters for every code whose text takes some, one set per case where a code has cases: the
 * type makes each sample a valid call, the test below that every text and case has one.
 */
const SAMPLES: { [C in ErrorCode]?: ErrorParams<C>[] } = {
  validation_failed: [{ errors: [{ field: 'name', message: { vi: 'Bắt buộc', en: 'Required' } }] }],
  rate_limited: Object.keys(ERRORS.rate_limited.cases).map(
    (c) => ({ case: c }) as ErrorParams<'rate_limited'>,
  ),
  units_changed: [{ case: 'import' }, { case: 'unit' }],
  forbidden: Object.keys(ERRORS.forbidden.cases).map((c) => ({ case: c }) as ErrorParams<'forbidden'>),
  not_found: [
    ...Object.keys(ERRORS.not_found.cases)
      .filter((c) => c !== 'submission')
      .map((c) => ({ case: c }) as ErrorParams<'not_found'>),
    { case: 'submission', seq: 3 },
  ],
  version_conflict: [
    ...Object.keys(EDITED_THINGS).map(
      (what) => ({ case: 'edited', what }) as ErrorParams<'version_conflict'>,
    ),
    { case: 'nomination_handled', now: { vi: 'đã gửi', en: 'submitted' } },
  ],
  login_throttled: [{ until: '14:05', minutes: 15 }],
  username_taken: [{ username: 'nguyenvana' }],
  last_admin: [{ case: 'sysadmin' }, { case: 'province_admin' }],
  unit_code_taken: [{ code: 'QT-SYT' }],
  import_empty: [{ case: 'no_sheet' }, { case: 'no_rows' }, { case: 'no_data_rows' }],
  import_missing_columns: [
    { case: 'units', missing: ['"Mã"'], columns: ['Code', 'Name'] },
    { case: 'delegates', columns: ['“Họ và tên”'] },
    { case: 'nominations', columns: ['“Đối tượng”'] },
  ],
  import_invalid: [{ errorRows: 2 }],
  import_not_xlsx: [{ case: 'xls' }, { case: 'unreadable' }, { case: 'not_excel', what: WHAT }],
  import_too_many_rows: [{ purpose: WHAT, rows: 12_000, maxRows: 5_000 }],
  file_required: Object.keys(UPLOAD_KINDS).flatMap((what) => [
    { case: 'not_multipart', what } as ErrorParams<'file_required'>,
    { case: 'none_chosen', what } as ErrorParams<'file_required'>,
  ]),
  file_too_large: [
    { case: 'upload', maxBytes: 20 * 1024 * 1024 },
    { case: 'word', maxBytes: 1.5 * 1024 * 1024 },
  ],
  upload_parse_timeout: [{ seconds: 20 }],
  upload_parse_memory: [{ megabytes: 256 }],
  zip_too_many_entries: [{ what: WHAT, max: 2000 }],
  zip_entry_too_large: [{ what: WHAT, max: 40 * 1024 * 1024, entry: 'xl/worksheets/sheet1.xml' }],
  zip_too_large_unpacked: [{ what: WHAT, max: 50 * 1024 * 1024 }],
  zip_ratio_too_high: [{ what: WHAT, max: 100, entry: 'word/document.xml' }],
  zip_sizes_inconsistent: [{ what: WHAT, entry: 'a.xml' }],
  zip_encrypted: [{ what: WHAT }],
  xml_entities_refused: [{ what: WHAT, entry: 'word/document.xml' }],
  zip_unreadable: [{ what: WHAT }],
  file_type_not_allowed: [
    { allowed: ['PDF', { vi: 'ảnh PNG', en: 'PNG image' }], fileName: 'a.exe' },
    { allowed: ['PDF'], fileName: 'a.zip', what: { vi: 'tệp nén', en: 'a zip archive' } },
  ],
  file_encrypted: [{ fileName: 'báo cáo.pdf' }],
  video_not_asked: [{ fileName: 'phim.mp4', video: { vi: 'video MP4', en: 'MP4 video' }, allowed: ['PDF'] }],
  file_name_mismatch: [{ fileName: 'a.docx', type: 'PDF', extension: 'docx', expected: 'pdf' }],
  not_docx: [{}, { what: { vi: 'tệp nén (.zip)', en: 'a zip archive (.zip)' } }],
  doc_legacy: [{ case: 'word' }, { case: 'office' }],
  docx_too_large_unpacked: [{ maxUncompressedBytes: 1024 * 1024 }],
  campaign_issued: [{ case: 'already' }, { case: 'fields', fields: ['outline'] }],
  plan_incomplete: [{ problems: ITEMS }],
  campaign_not_issued: [
    { case: 'already_closed' },
    { case: 'close_unissued' },
    { case: 'remind_unissued' },
    { case: 'export_unissued' },
  ],
  agency_code_taken: [{ agencyCode: '000.00.14.H50', unit: 'CDC Quang Tri' }],
  edxml_sender_code_missing: [{ unit: 'UBND tỉnh Quảng Trị' }],
  edxml_receiver_codes_missing: [{ units: ['Su doan 968', 'CDC Quang Tri'] }],
  campaign_closed: [{ case: 'conference' }, { case: 'reports' }, { case: 'reminders' }],
  outline_too_deep: [{ max: 3 }],
  outline_too_large: [{ max: 200 }],
  no_report_owed: [{}, { unit: UNIT }],
  child_exists: [{ unit: UNIT }],
  child_invalid: [{ problems: ITEMS }],
  unit_outside_round: Object.keys(REFUSED_ACTIONS).map(
    (lead) => ({ lead, fields: ['plan.tasks.0.unitIds.1'] }) as ErrorParams<'unit_outside_round'>,
  ),
  unit_not_allowed: [{ messages: ITEMS }],
  unit_inactive: [{ unit: 'Con Co Island District' }],
  duplicate_number: [
    { number: '2519', year: '2020' },
    { number: '2519', year: '2020', taken: { reference: '2519/KH-UBND', summary: 'Kế hoạch tổng kết' } },
  ],
  already_submitted: [{ case: 'awaiting_review' }, { case: 'just_now' }, { case: 'other_window' }],
  draft_conflict: [{ case: 'saving' }, { case: 'submitting' }],
  content_invalid: [{ messages: ITEMS }],
  sections_missing: [{ items: ITEMS }],
  length_over_maximum: [{ reason: { vi: 'Tham luận dài 20 phút', en: 'The speech is 20 minutes long' } }],
  not_awaiting_review: [{ case: 'reviewed' }, { case: 'not_sent' }, { case: 'withdrawn' }],
  not_withdrawable: [{ case: 'accepted' }, { case: 'returned' }, { case: 'not_sent' }],
  signing_link: [
    { case: 'unknown' },
    { case: 'fetched' },
    { case: 'expired' },
    { case: 'completed' },
    { case: 'not_fetched' },
  ],
  signing_not_ready: [
    { case: 'not_draft' },
    { case: 'not_signed' },
    { case: 'plan_changed' },
    { case: 'decision_not_draft' },
    { case: 'decision_not_signed' },
    { case: 'decision_changed' },
    { case: 'invitation_released' },
    { case: 'invitation_not_signed' },
    { case: 'invitation_changed' },
    { case: 'consolidated_empty' },
    { case: 'consolidated_not_signed' },
    { case: 'consolidated_changed' },
    { case: 'unit_report_empty' },
    { case: 'unit_report_not_signed' },
    { case: 'unit_report_changed' },
    { case: 'unit_report_released' },
  ],
  edxml_not_released: [{ case: 'decision' }, { case: 'invitation' }, { case: 'unit_report' }],
  edxml_no_receiving_units: [{ case: 'decision' }, { case: 'invitation' }, { case: 'unit_report' }],
  signature_refused: [
    { case: 'not_pdf' },
    { case: 'unsigned' },
    { case: 'not_served' },
    { case: 'signature_count', added: 2 },
    {
      case: 'verdict',
      label: 'Ký bởi cơ quan khác',
      labelEn: 'Signed by another organisation',
      detail: 'signed by X',
    },
  ],
  release_marks: [
    { case: 'number_blank_missing' },
    { case: 'date_blank_missing' },
    { case: 'year_differs', printed: 2026, year: 2027 },
  ],
  signed_report_required: [
    { files: [] },
    { files: [{ vi: 'bao-cao.pdf: chưa ký số', en: 'bao-cao.pdf: not signed' }] },
  ],
  deadline_before_issue: [{ deadline: '01/6/2020', issued: '05/6/2020' }],
  indicator_unit_mismatch: [{ mismatches: ITEMS }],
  code_taken: [{ code: 'BK-UBND' }],
  campaign_not_open: [{ case: 'closed' }, { case: 'not_issued' }, { case: 'not_taking' }],
  nomination_invalid: [
    { case: 'saving', messages: ITEMS },
    { case: 'sending', messages: ITEMS },
  ],
  nomination_sent: [{ case: 'sent' }, { case: 'no_edit' }, { case: 'no_delete' }],
  nomination_deadline_passed: [{ deadline: '12/6/2020' }],
  no_quota: [{ refusal: { vi: 'UBND huyện không có chỉ tiêu', en: 'The district has no quota' } }],
  quota_exceeded: [{ label: 'Bằng khen', quota: '02 tập thể', used: 2, count: 2 }],
  award_type_missing: [{ case: 'catalogue' }, { case: 'plan' }],
  nomination_wrong_state: [{ case: 'forward' }, { case: 'review' }],
  nomination_in_review: [{ case: 'add_file' }, { case: 'remove_file' }],
  decision_issued: [{ case: 'issued' }, { case: 'no_edit' }],
  decision_incomplete: [{ missing: ITEMS }],
  nomination_in_decision: [{ case: 'changed' }, { case: 'named', name: PERSON }],
  nomination_not_approved: [{ case: 'named', name: PERSON }, { case: 'in_decision' }, { case: 'changed' }],
  award_mismatch: [{ name: PERSON }],
  nothing_to_decide: [{ case: 'none_approved' }, { case: 'empty' }],
  conference_invalid: [{ errors: [{ field: 'agenda.0.presenterUnitId', message: 'x' }] }],
  delegate_invalid: [{ messages: ITEMS }],
  delegate_checked_in: [{ name: PERSON }],
  already_checked_in: [
    { name: PERSON, at: '07:45 15/06/2020' },
    { name: PERSON, at: '07:45 15/06/2020', by: 'vanthu' },
  ],
  not_checked_in: [{ name: PERSON }],
  rsvp_closed: [{ case: 'checked_in' }, { case: 'over' }],
};

/** Letters only Vietnamese writes: an English text with one has Vietnamese words in it. */
const VIETNAMESE = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/iu;
/** Vietnamese that quoted data (a column heading, the site's name) brings into an English text on purpose. */
const KEPT_IN_ENGLISH = /“[^”]*”|"[^"]*"/gu;

function texts(code: ErrorCode): Bilingual[] {
  const entry = ERRORS[code];
  const samples = SAMPLES[code] as unknown[] | undefined;
  if ('vi' in entry) {
    expect(samples, `${code} takes no parameters`).toBeUndefined();
    return [errorText(code as 'malformed_json')];
  }
  expect(samples?.length, `${code} needs samples`).toBeGreaterThan(0);
  if ('cases' in entry) {
    const covered = new Set((samples as { case: string }[]).map((s) => s.case));
    expect([...covered].sort(), `${code}: every case has a sample`).toEqual(Object.keys(entry.cases).sort());
  }
  return (samples ?? []).map((params) =>
    (errorText as (c: ErrorCode, p: unknown) => Bilingual)(code, params),
  );
}

describe('the error catalogue', () => {
  const codes = Object.keys(ERRORS) as ErrorCode[];

  it('has every code once, each with an error status that has a title in both languages', () => {
    expect(codes.length).toBeGreaterThan(100);
    for (const code of codes) {
      expect(code).toMatch(/^[a-z][a-z0-9_]*$/);
      const status = errorStatus(code);
      expect(status).toBeGreaterThanOrEqual(400);
      expect(status).toBeLessThan(600);
      expect(ERROR_TITLES[status].vi).not.toBe('');
      expect(ERROR_TITLES[status].en).not.toBe('');
    }
  });

  it.each(codes)('%s reads in Vietnamese (NFC) and in English, differently', (code) => {
    for (const { vi, en } of texts(code)) {
      expect(vi.trim()).not.toBe('');
      expect(en.trim()).not.toBe('');
      expect(vi).toBe(vi.normalize('NFC'));
      expect(vi).not.toBe(en);
      expect(vi).toMatch(VIETNAMESE);
      expect(en.replace(KEPT_IN_ENGLISH, ''), en).not.toMatch(VIETNAMESE);
    }
  });

  it('renders a title and a detail in the language asked for', () => {
    expect(renderError('en', 'version_conflict', { case: 'edited', what: 'plan' })).toEqual({
      title: 'Conflict',
      detail:
        'The plan was changed by someone else after you opened it. Reload to see the latest version, then continue.',
    });
    expect(renderError('vi', 'version_conflict', { case: 'edited', what: 'plan' })).toEqual({
      title: 'Xung đột dữ liệu',
      detail: 'Kế hoạch đã được người khác sửa sau khi bạn mở. Hãy tải lại để xem bản mới nhất rồi sửa tiếp.',
    });
    expect(
      renderError('en', 'import_too_many_rows', { purpose: WHAT, rows: 12000, maxRows: 5000 }).detail,
    ).toContain('12,000 rows, more than the limit of 5,000');
    expect(
      renderError('vi', 'file_too_large', { case: 'word', maxBytes: 1.5 * 1024 * 1024 }).detail,
    ).toContain('1,5 MB');
  });

  it('refuses a case it does not have', () => {
    expect(() =>
      (errorText as (c: string, p: unknown) => Bilingual)('not_found', { case: 'nothing' }),
    ).toThrow(/no case nothing/);
  });
});
