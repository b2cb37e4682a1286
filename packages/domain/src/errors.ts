import type { Bilingual, Lang } from './lang.ts';

/**
 * The error catalogue: every code the API answers with, once, with its HTTP status and what a
 * person reads, in Vietnamese and in English. The server throws a code with its parameters and
 * renders the text in the caller's language when it answers (`renderError`), so a problem made
 * where no language is known (a parser process) still reaches each person in their own.
 *
 * An entry is one of:
 * - `{ status, vi, en }` — one fixed text;
 * - `{ status, text: (p) => ({ vi, en }) }` — one text with typed parameters;
 * - `{ status, cases: { name: { vi, en } | (p) => ({ vi, en }) } }` — one code said differently
 *   by the situation; the parameters then name the case: `{ case: 'account' }`.
 *
 * Parameters are names and numbers as the data has them (a unit's, a person's, a file's) or
 * `Text`s: a word that must be translated too (a `Bilingual`), or a string already in the
 * caller's language (a message zod made during the request).
 */

export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 410 | 413 | 415 | 422 | 429 | 500 | 503;

/** A text in a parameter: the same in every language (a name), or one per language. */
export type Text = string | Bilingual;

/** A parameter text in `lang`. */
export function textIn(text: Text, lang: Lang): string {
  return typeof text === 'string' ? text : text[lang];
}

const both = (f: (lang: Lang) => string): Bilingual => ({ vi: f('vi'), en: f('en') });
const list = (texts: readonly Text[], lang: Lang, separator: string) =>
  texts.map((t) => textIn(t, lang)).join(separator);
const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/** A whole number as each language groups it: 1.500 / 1,500. */
export function numberIn(n: number, lang: Lang): string {
  return n.toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-US');
}

/** A size as a person reads it: "1,5 MB" in Vietnamese, "1.5 MB" in English. */
export function megabytesIn(bytes: number, lang: Lang): string {
  const mb = bytes / (1024 * 1024);
  const rounded = `${mb >= 10 ? Math.round(mb) : Math.round(mb * 10) / 10} MB`;
  return lang === 'vi' ? rounded.replace('.', ',') : rounded;
}

/** The title of each status, the headline above a problem's detail. */
export const ERROR_TITLES: Record<ErrorStatus, Bilingual> = {
  400: { vi: 'Yêu cầu không hợp lệ', en: 'Bad request' },
  401: { vi: 'Chưa đăng nhập', en: 'Not signed in' },
  403: { vi: 'Không có quyền', en: 'Not allowed' },
  404: { vi: 'Không tìm thấy', en: 'Not found' },
  409: { vi: 'Xung đột dữ liệu', en: 'Conflict' },
  410: { vi: 'Đường dẫn đã hết hiệu lực', en: 'Link no longer valid' },
  413: { vi: 'Dữ liệu quá lớn', en: 'Too large' },
  415: { vi: 'Định dạng không được hỗ trợ', en: 'Unsupported format' },
  422: { vi: 'Dữ liệu không hợp lệ', en: 'Invalid data' },
  429: { vi: 'Quá nhiều yêu cầu', en: 'Too many requests' },
  500: { vi: 'Lỗi hệ thống', en: 'System error' },
  503: { vi: 'Hệ thống đang tạm dừng', en: 'Temporarily unavailable' },
};

/** What was changed by someone else, for `version_conflict`: "Kế hoạch đã được người khác sửa…". */
export const EDITED_THINGS = {
  account: { vi: 'Tài khoản', en: 'The account' },
  assignment: { vi: 'Nhiệm vụ', en: 'The task' },
  award_type: { vi: 'Hình thức khen thưởng', en: 'The award type' },
  campaign: { vi: 'Đợt tổng kết', en: 'The round' },
  conference: { vi: 'Hội nghị', en: 'The conference' },
  conference_budget: { vi: 'Kinh phí hội nghị', en: 'The conference budget' },
  consolidated: { vi: 'Báo cáo tổng hợp', en: 'The consolidated report' },
  deadline: { vi: 'Thời hạn của nhiệm vụ', en: "The task's deadline" },
  decision: { vi: 'Quyết định', en: 'The decision' },
  delegate: { vi: 'Thông tin đại biểu', en: "The delegate's details" },
  nomination: { vi: 'Đề nghị khen thưởng', en: 'The nomination' },
  outline: { vi: 'Đề cương', en: 'The outline' },
  plan: { vi: 'Kế hoạch', en: 'The plan' },
  unit: { vi: 'Đơn vị', en: 'The unit' },
  unit_report: { vi: 'Báo cáo của đơn vị', en: "The unit's report" },
} as const satisfies Record<string, Bilingual>;
export type EditedThing = keyof typeof EDITED_THINGS;

/** What could not be done, to open a refusal: "Chưa lưu được: …". */
export const REFUSED_ACTIONS = {
  save: { vi: 'Chưa lưu được', en: 'Not saved' },
  save_plan: { vi: 'Chưa lưu được kế hoạch', en: 'The plan was not saved' },
  issue: { vi: 'Chưa ban hành được', en: 'Not issued' },
  clone: { vi: 'Chưa nhân bản được', en: 'Not duplicated' },
  open_child: { vi: 'Chưa mở được đợt cấp dưới', en: 'The lower-level round was not opened' },
  save_conference: {
    vi: 'Chương trình hội nghị chưa lưu được',
    en: 'The conference programme was not saved',
  },
  save_delegate: { vi: 'Chưa lưu được đại biểu', en: 'The delegate was not saved' },
} as const satisfies Record<string, Bilingual>;
export type RefusedAction = keyof typeof REFUSED_ACTIONS;

/** What a person was asked to upload. */
export const UPLOAD_KINDS = {
  excel: { vi: 'tệp Excel', en: 'Excel file' },
  file: { vi: 'tệp', en: 'file' },
  word_report: { vi: 'tệp báo cáo Word (.docx)', en: 'Word report file (.docx)' },
  attachment: { vi: 'tệp đính kèm', en: 'attachment' },
} as const satisfies Record<string, Bilingual>;
export type UploadKind = keyof typeof UPLOAD_KINDS;

const RESAVE: Bilingual = {
  vi: 'Hãy mở tệp bằng ứng dụng đã tạo ra nó, lưu lại rồi tải lên lại.',
  en: 'Open the file in the application that made it, save it again and upload it again.',
};
const SAVE_AS_DOCX: Bilingual = {
  vi: 'Tệp > Lưu thành > Tài liệu Word (*.docx)',
  en: 'File > Save As > Word Document (*.docx)',
};

const catalogue = {
  // — Answered by the HTTP layer itself —
  validation_failed: {
    status: 400,
    text: (p: { errors: readonly { field: string; message: Text }[] }) =>
      both((l) => {
        const items = p.errors.map((e) => `${e.field}: ${textIn(e.message, l)}`).join('; ');
        return l === 'vi'
          ? `Dữ liệu gửi lên không hợp lệ — ${items}.`
          : `The data sent is not valid — ${items}.`;
      }),
  },
  malformed_json: {
    status: 400,
    vi: 'Nội dung gửi lên không phải JSON hợp lệ. Kiểm tra lại dấu ngoặc, dấu phẩy và dấu nháy.',
    en: 'The content sent is not valid JSON. Check the brackets, commas and quotation marks.',
  },
  body_too_large: {
    status: 413,
    vi: 'Dữ liệu hoặc tệp gửi lên vượt quá dung lượng cho phép.',
    en: 'The data or file sent is larger than allowed.',
  },
  unsupported_media_type: {
    status: 415,
    vi: 'Định dạng dữ liệu gửi lên không được hỗ trợ (cần application/json hoặc multipart/form-data).',
    en: 'The format of the data sent is not supported (application/json or multipart/form-data is needed).',
  },
  rate_limited: {
    status: 429,
    cases: {
      requests: {
        vi: 'Bạn gửi quá nhiều yêu cầu. Vui lòng chờ một lát rồi thử lại.',
        en: 'You have sent too many requests. Please wait a moment and try again.',
      },
      rsvp_link: {
        vi: 'Bạn mở đường dẫn xác nhận quá nhiều lần. Vui lòng chờ một lát rồi thử lại.',
        en: 'You have opened the confirmation link too many times. Please wait a moment and try again.',
      },
      signing_link: {
        vi: 'Máy này gọi đường dẫn ký số quá nhiều lần trong một phút. Vui lòng chờ một lát rồi thử lại.',
        en: 'This computer has called the signing links too many times in a minute. Please wait a moment and try again.',
      },
    },
  },
  bad_request: { status: 400, vi: 'Yêu cầu không hợp lệ.', en: 'The request is not valid.' },
  internal_error: {
    status: 500,
    vi: 'Hệ thống gặp lỗi ngoài dự kiến. Vui lòng thử lại sau ít phút.',
    en: 'The system ran into an unexpected error. Please try again in a few minutes.',
  },
  unauthenticated: {
    status: 401,
    vi: 'Bạn chưa đăng nhập hoặc phiên làm việc đã hết hạn. Vui lòng đăng nhập lại.',
    en: 'You are not signed in or your session has expired. Please sign in again.',
  },
  origin_rejected: {
    status: 403,
    vi: 'Yêu cầu bị từ chối vì không xuất phát từ trang của hệ thống. Hãy thao tác trực tiếp trên trang Tổng kết.',
    en: "The request was refused because it did not come from the system's own pages. Please work directly on the “Tổng kết” site.",
  },
  forbidden: {
    status: 403,
    cases: {
      default: { vi: 'Bạn không có quyền thực hiện thao tác này.', en: 'You are not allowed to do this.' },
      sysadmin_accounts: {
        vi: 'Chỉ quản trị hệ thống mới tạo hoặc sửa được tài khoản quản trị hệ thống.',
        en: 'Only a system administrator can create or edit system administrator accounts.',
      },
      conference_budget: {
        vi: 'Kinh phí hội nghị chỉ cơ quan thường trực, Hội đồng thi đua - khen thưởng và lãnh đạo xem được.',
        en: 'Only the standing agency, the Emulation and Commendation Council and the leadership can see the conference budget.',
      },
      conference_standing: {
        vi: 'Chỉ cơ quan thường trực của đợt này mới chuẩn bị và điều hành được hội nghị.',
        en: "Only this round's standing agency can prepare and run the conference.",
      },
      consolidation_lead: {
        vi: 'Chỉ cơ quan chủ trì đợt này mới tổng hợp và sửa báo cáo tổng hợp.',
        en: "Only this round's lead agency can consolidate and edit the consolidated report.",
      },
      send_up: {
        vi: 'Chỉ cán bộ của đơn vị được giao mới chuyển được báo cáo lên cấp trên.',
        en: 'Only staff of the assigned unit can send the report up to the higher level.',
      },
      over_quota: {
        vi: 'Chỉ cơ quan thường trực mới được gửi vượt chỉ tiêu (kèm lý do).',
        en: 'Only the standing agency can submit beyond the quota (with a reason).',
      },
      other_unit_nomination: {
        vi: 'Đề nghị này của đơn vị khác.',
        en: 'This nomination belongs to another unit.',
      },
      forward_nomination: {
        vi: 'Chỉ cơ quan thường trực của đợt mới chuyển đề nghị sang thẩm định.',
        en: "Only the round's standing agency can forward nominations for review.",
      },
      review_nomination: {
        vi: 'Chỉ Hội đồng Thi đua - Khen thưởng mới thẩm định đề nghị khen thưởng.',
        en: 'Only the Emulation and Commendation Council can review nominations.',
      },
      decisions: {
        vi: 'Chỉ Hội đồng Thi đua - Khen thưởng mới soạn và ban hành quyết định khen thưởng.',
        en: 'Only the Emulation and Commendation Council can draft and issue commendation decisions.',
      },
      own_unit_nominations: {
        vi: 'Chỉ cán bộ của đơn vị mới lập được đề nghị khen thưởng của đơn vị mình.',
        en: "Only a unit's own staff can prepare its nominations.",
      },
      nomination_unit: {
        vi: 'Cán bộ đơn vị chỉ lập được đề nghị khen thưởng cho đơn vị mình; đề nghị của đơn vị khác do đơn vị đó hoặc cơ quan thường trực của đợt nhập.',
        en: "Unit staff can only prepare nominations for their own unit; another unit's nominations are entered by that unit or by the round's standing agency.",
      },
      child_campaign: {
        vi: 'Chỉ cán bộ của đơn vị mới mở đợt cấp dưới cho đơn vị mình.',
        en: "Only a unit's own staff can open a lower-level round for it.",
      },
      manage_plan: {
        vi: 'Chỉ cán bộ của cơ quan thường trực đợt này mới được sửa, ban hành hoặc nhân bản kế hoạch.',
        en: "Only staff of this round's standing agency can edit, issue or duplicate the plan.",
      },
      clone_campaign: {
        vi: 'Chỉ cơ quan thường trực mới nhân bản được đợt tổng kết cấp tỉnh.',
        en: 'Only the standing agency can duplicate a province-level round.',
      },
      create_campaign: {
        vi: 'Chỉ cơ quan thường trực mới mở đợt tổng kết mới; đơn vị mở đợt cấp dưới từ nhiệm vụ của mình.',
        en: 'Only the standing agency can open a new round; a unit opens a lower-level round from its own task.',
      },
      draft_report: {
        vi: 'Chỉ cán bộ của đơn vị được giao mới soạn được báo cáo này.',
        en: 'Only staff of the assigned unit can write this report.',
      },
      report_author: {
        vi: 'Chỉ cán bộ của đơn vị được giao mới soạn và gửi được báo cáo của nhiệm vụ này.',
        en: "Only staff of the assigned unit can write and submit this task's report.",
      },
      withdraw_report: {
        vi: 'Chỉ cán bộ của đơn vị được giao mới rút lại được báo cáo đã gửi của nhiệm vụ này.',
        en: "Only staff of the assigned unit can withdraw this task's sent report.",
      },
      review_report: {
        vi: 'Chỉ cơ quan thường trực của đợt này mới tiếp nhận hoặc trả lại báo cáo.',
        en: "Only this round's standing agency can accept or return reports.",
      },
      report_document: {
        vi: 'Chỉ cán bộ của đơn vị được giao và cơ quan thường trực của đợt mới tải được văn bản báo cáo của đơn vị.',
        en: "Only staff of the assigned unit and the round's standing agency can download the unit's report document.",
      },
    },
  },
  not_found: {
    status: 404,
    cases: {
      route: { vi: 'Không tìm thấy địa chỉ được yêu cầu.', en: 'The requested address was not found.' },
      account: { vi: 'Không tìm thấy tài khoản.', en: 'Account not found.' },
      unit: { vi: 'Không tìm thấy đơn vị.', en: 'Unit not found.' },
      campaign: {
        vi: 'Không tìm thấy đợt tổng kết, hoặc bạn không có quyền xem đợt này.',
        en: 'The round was not found, or you are not allowed to see it.',
      },
      not_recipient: {
        vi: 'Đơn vị của bạn không có trong danh sách nhận kế hoạch này (nơi nhận, đơn vị được giao nhiệm vụ).',
        en: "Your unit is not among this plan's receivers (recipients, units given a task).",
      },
      assignment: {
        vi: 'Không tìm thấy nhiệm vụ, hoặc bạn không có quyền xem nhiệm vụ này.',
        en: 'The task was not found, or you are not allowed to see it.',
      },
      section: {
        vi: 'Không có mục này trong đề cương của đợt.',
        en: "The round's outline has no such section.",
      },
      indicator: {
        vi: 'Không có chỉ tiêu này trong đề cương của đợt.',
        en: "The round's outline has no such indicator.",
      },
      no_submission: {
        vi: 'Đơn vị chưa gửi báo cáo nào cho nhiệm vụ này.',
        en: 'The unit has not sent any report for this task yet.',
      },
      submission: (p: { seq: number }) => ({
        vi: `Không có lần gửi thứ ${p.seq} của nhiệm vụ này.`,
        en: `This task has no submission number ${p.seq}.`,
      }),
      attachment: { vi: 'Không tìm thấy tệp đính kèm.', en: 'Attachment not found.' },
      attachment_content: {
        vi: 'Không tìm thấy nội dung tệp đính kèm.',
        en: "The attachment's content was not found.",
      },
      attachment_content_on_server: {
        vi: 'Không tìm thấy nội dung tệp đính kèm trên máy chủ.',
        en: "The attachment's content was not found on the server.",
      },
      file: { vi: 'Không tìm thấy tệp.', en: 'File not found.' },
      nomination: { vi: 'Không tìm thấy đề nghị khen thưởng.', en: 'Nomination not found.' },
      award_type: { vi: 'Không tìm thấy hình thức khen thưởng.', en: 'Award type not found.' },
      decision: { vi: 'Không tìm thấy quyết định.', en: 'Decision not found.' },
      commendation_decision: {
        vi: 'Không tìm thấy quyết định khen thưởng.',
        en: 'Commendation decision not found.',
      },
      no_conference: { vi: 'Đợt này chưa có hội nghị.', en: 'This round has no conference yet.' },
      no_delegate_list: {
        vi: 'Hội nghị của đợt này chưa có danh sách đại biểu.',
        en: "This round's conference has no delegate list yet.",
      },
      delegate: {
        vi: 'Không tìm thấy đại biểu trong danh sách hội nghị này.',
        en: "The delegate was not found on this conference's list.",
      },
      no_delegates_to_invite: {
        vi: 'Chưa có đại biểu nào trong danh sách để in giấy mời.',
        en: 'There are no delegates on the list to print invitations for yet.',
      },
      invitation_not_released: {
        vi: 'Giấy mời chưa được ký số và phát hành.',
        en: 'The invitation has not been signed and released yet.',
      },
      checkin_code: {
        vi: 'Mã điểm danh không đúng hoặc không thuộc hội nghị này. Hãy quét lại mã trên giấy mời, hoặc tìm đại biểu theo tên.',
        en: 'The check-in code is wrong or belongs to another conference. Scan the code on the invitation again, or find the delegate by name.',
      },
      rsvp_link: {
        vi: 'Đường dẫn xác nhận tham dự không đúng hoặc đã hết hiệu lực. Hãy liên hệ đơn vị tổ chức hội nghị.',
        en: 'The attendance confirmation link is wrong or no longer valid. Please contact the unit organising the conference.',
      },
    },
  },
  version_conflict: {
    status: 409,
    cases: {
      edited: (p: { what: EditedThing }) => ({
        vi: `${EDITED_THINGS[p.what].vi} đã được người khác sửa sau khi bạn mở. Hãy tải lại để xem bản mới nhất rồi sửa tiếp.`,
        en: `${EDITED_THINGS[p.what].en} was changed by someone else after you opened it. Reload to see the latest version, then continue.`,
      }),
      nomination_handled: (p: { now: Bilingual }) => ({
        vi: `Đề nghị khen thưởng vừa được người khác xử lý (hiện: ${p.now.vi}). Hãy tải lại để xem bản mới nhất.`,
        en: `The nomination has just been handled by someone else (now: ${p.now.en}). Reload to see the latest version.`,
      }),
    },
  },

  // — Sign-in and accounts —
  invalid_credentials: {
    status: 401,
    vi: 'Tên đăng nhập hoặc mật khẩu không đúng.',
    en: 'The username or password is incorrect.',
  },
  login_throttled: {
    status: 429,
    text: (p: { until: string; minutes: number }) => ({
      vi: `Đăng nhập không thành công quá nhiều lần. Vui lòng thử lại sau ${p.until} (khoảng ${p.minutes} phút), hoặc nhờ quản trị viên mở khóa tài khoản.`,
      en: `Too many failed sign-in attempts. Please try again after ${p.until} (about ${p.minutes} ${p.minutes === 1 ? 'minute' : 'minutes'}), or ask an administrator to unlock the account.`,
    }),
  },
  account_disabled: {
    status: 403,
    vi: 'Tài khoản của bạn đã bị khóa. Vui lòng liên hệ quản trị viên của đơn vị.',
    en: "Your account has been locked. Please contact your unit's administrator.",
  },
  wrong_password: {
    status: 400,
    vi: 'Mật khẩu hiện tại không đúng.',
    en: 'The current password is incorrect.',
  },
  same_password: {
    status: 400,
    vi: 'Mật khẩu mới phải khác mật khẩu hiện tại.',
    en: 'The new password must differ from the current one.',
  },
  username_taken: {
    status: 409,
    text: (p: { username: string }) => ({
      vi: `Tên đăng nhập "${p.username}" đã có người dùng.`,
      en: `The username "${p.username}" is already taken.`,
    }),
  },
  last_admin: {
    status: 409,
    cases: {
      sysadmin: {
        vi: 'Không thể khóa hoặc đổi vai trò của quản trị hệ thống cuối cùng đang hoạt động.',
        en: 'The last active system administrator cannot be locked or given another role.',
      },
      province_admin: {
        vi: 'Không thể khóa, chuyển tỉnh hoặc đổi vai trò của quản trị viên cuối cùng đang hoạt động của tỉnh.',
        en: "The province's last active administrator cannot be locked, moved to another province or given another role.",
      },
    },
  },

  // — Units —
  unit_not_found: {
    status: 400,
    vi: 'Đơn vị được chọn không tồn tại.',
    en: 'The chosen unit does not exist.',
  },
  unit_outside_province: {
    status: 400,
    vi: 'Đơn vị được chọn không thuộc tỉnh bạn quản trị.',
    en: 'The chosen unit is not in the province you administer.',
  },
  unit_code_taken: {
    status: 409,
    text: (p: { code: string }) => ({
      vi: `Mã đơn vị "${p.code}" đã được dùng cho đơn vị khác.`,
      en: `The unit code "${p.code}" is already used by another unit.`,
    }),
  },
  agency_code_taken: {
    status: 409,
    text: (p: { agencyCode: string; unit: string }) => ({
      vi: `Mã định danh "${p.agencyCode}" đã được dùng cho ${p.unit} trong cùng tỉnh; mỗi cơ quan có một mã định danh riêng.`,
      en: `The agency code "${p.agencyCode}" is already used by ${p.unit} in the same province; each agency has its own code.`,
    }),
  },
  edxml_sender_code_missing: {
    status: 409,
    text: (p: { unit: string }) => ({
      vi: `Đơn vị ban hành "${p.unit}" chưa có mã định danh điện tử nên chưa lập được gói edXML. Quản trị viên nhập mã định danh của đơn vị trong mục Đơn vị.`,
      en: `The issuing unit "${p.unit}" has no agency identification code, so no edXML package can be made. An administrator enters the unit's code under Units.`,
    }),
  },
  edxml_receiver_codes_missing: {
    status: 409,
    text: (p: { units: readonly string[] }) => ({
      vi: `Hệ thống quản lý văn bản không chuyển được gói edXML đến đơn vị chưa có mã định danh điện tử: ${p.units.join('; ')}. Quản trị viên nhập mã định danh của các đơn vị này trong mục Đơn vị.`,
      en: `The document-management system cannot route an edXML package to units without an agency identification code: ${p.units.join('; ')}. An administrator enters their codes under Units.`,
    }),
  },
  edxml_no_receivers: {
    status: 409,
    vi: 'Nơi nhận của kế hoạch chưa gắn đơn vị nào ngoài đơn vị ban hành; gói edXML cần ít nhất một cơ quan nhận.',
    en: 'The plan’s recipients name no unit other than the issuer; an edXML package needs at least one receiving agency.',
  },
  edxml_not_released: {
    status: 409,
    cases: {
      decision: {
        vi: 'Quyết định chưa được ký số và phát hành; chỉ quyết định đã phát hành (bản điện tử đã ký số) mới xuất được gói edXML để gửi liên thông.',
        en: 'The decision has not been signed and released; only a released decision (its signed electronic copy) can be exported as an edXML package.',
      },
      invitation: {
        vi: 'Giấy mời chưa được ký số và phát hành; chỉ giấy mời đã phát hành (bản điện tử đã ký số) mới xuất được gói edXML để gửi liên thông.',
        en: 'The invitation has not been signed and released; only a released invitation (its signed electronic copy) can be exported as an edXML package.',
      },
      unit_report: {
        vi: 'Báo cáo chưa được ký số và phát hành qua hệ thống (chưa có bản PDF đã ký số mang số, ngày phát hành đính kèm); chỉ báo cáo đã phát hành mới xuất được gói edXML để gửi liên thông.',
        en: 'The report has not been signed and released through the system (no signed PDF with its release number and date is attached); only a released report can be exported as an edXML package.',
      },
    },
  },
  edxml_no_receiving_units: {
    status: 409,
    cases: {
      decision: {
        vi: 'Quyết định không khen thưởng đơn vị nào ngoài đơn vị ban hành; gói edXML cần ít nhất một cơ quan nhận.',
        en: 'The decision names no unit other than the issuer; an edXML package needs at least one receiving agency.',
      },
      invitation: {
        vi: 'Chưa có đại biểu nào thuộc một đơn vị ngoài đơn vị ban hành; gói edXML của giấy mời cần ít nhất một cơ quan nhận.',
        en: 'No delegate belongs to a unit other than the issuer; the invitation’s edXML package needs at least one receiving agency.',
      },
      unit_report: {
        vi: 'Báo cáo gửi cơ quan thường trực của đợt, nhưng chính đơn vị là cơ quan thường trực; gói edXML cần ít nhất một cơ quan nhận khác đơn vị gửi.',
        en: 'The report goes to the round’s standing agency, which is the reporting unit itself; an edXML package needs at least one receiving agency other than the sender.',
      },
    },
  },
  parent_not_found: {
    status: 400,
    vi: 'Đơn vị cấp trên không tồn tại.',
    en: 'The parent unit does not exist.',
  },
  parent_required: {
    status: 400,
    vi: 'Chỉ quản trị hệ thống mới tạo được một tỉnh mới (đơn vị không có đơn vị cấp trên). Hãy chọn đơn vị cấp trên trong tỉnh của bạn.',
    en: 'Only a system administrator can create a new province (a unit without a parent). Choose a parent unit in your province.',
  },
  parent_cycle: {
    status: 400,
    vi: 'Không thể chọn chính đơn vị này hoặc đơn vị cấp dưới của nó làm đơn vị cấp trên.',
    en: 'A unit cannot have itself or one of its own subunits as its parent.',
  },
  units_changed: {
    status: 409,
    cases: {
      import: {
        vi: 'Danh sách đơn vị vừa được người khác thay đổi. Hãy xem lại bản xem trước rồi lưu lại.',
        en: 'Someone else has just changed the unit list. Review the preview again, then save.',
      },
      unit: {
        vi: 'Danh sách đơn vị vừa được người khác thay đổi cùng lúc. Hãy tải lại trang rồi lưu lại.',
        en: 'Someone else changed the unit list at the same moment. Reload the page, then save again.',
      },
    },
  },

  // — Excel imports —
  import_empty: {
    status: 400,
    cases: {
      no_sheet: { vi: 'Tệp Excel không có trang tính nào.', en: 'The Excel file has no worksheet.' },
      no_rows: {
        vi: 'Danh sách không có dòng nào dưới dòng tiêu đề.',
        en: 'The list has no rows under the heading row.',
      },
      no_data_rows: {
        vi: 'Tệp Excel không có dòng dữ liệu nào dưới dòng tiêu đề.',
        en: 'The Excel file has no data rows under the heading row.',
      },
    },
  },
  import_missing_columns: {
    status: 400,
    cases: {
      units: (p: { missing: readonly string[]; columns: readonly string[] }) => ({
        vi: `Tệp thiếu cột bắt buộc: ${p.missing.join(', ')}. Dòng 1 phải là tiêu đề các cột: ${p.columns.join(', ')}.`,
        en: `The file lacks required columns: ${p.missing.join(', ')}. Row 1 must hold the column headings: ${p.columns.join(', ')}.`,
      }),
      delegates: (p: { columns: readonly string[] }) => ({
        vi: `Không tìm thấy dòng tiêu đề có cột bắt buộc “Họ và tên”. Các cột dùng được: ${p.columns.join(', ')}.`,
        en: `No heading row with the required column “Họ và tên” was found. Columns you can use: ${p.columns.join(', ')}.`,
      }),
      nominations: (p: { columns: readonly string[] }) => ({
        vi: `Không tìm thấy dòng tiêu đề có các cột bắt buộc “Đối tượng” và “Họ và tên / Tên tập thể”. Các cột dùng được: ${p.columns.join(', ')}.`,
        en: `No heading row with the required columns “Đối tượng” and “Họ và tên / Tên tập thể” was found. Columns you can use: ${p.columns.join(', ')}.`,
      }),
    },
  },
  import_invalid: {
    status: 422,
    text: (p: { errorRows: number }) => ({
      vi: `Tệp có ${p.errorRows} dòng lỗi nên chưa lưu dòng nào. Sửa các dòng được đánh dấu rồi nhập lại.`,
      en: `The file has ${p.errorRows} ${p.errorRows === 1 ? 'row' : 'rows'} with errors, so no row was saved. Fix the marked rows and import again.`,
    }),
  },
  import_encrypted: {
    status: 422,
    vi: 'Tệp Excel đang đặt mật khẩu nên hệ thống không đọc được. Hãy mở bằng Excel, gỡ mật khẩu (Tệp > Thông tin > Bảo vệ sổ làm việc > Mã hóa bằng mật khẩu, xoá mật khẩu), lưu lại rồi nhập lại.',
    en: 'The Excel file is password-protected, so the system cannot read it. Open it in Excel, remove the password (File > Info > Protect Workbook > Encrypt with Password, clear the password), save it and import again.',
  },
  import_not_xlsx: {
    status: 400,
    cases: {
      xls: {
        vi: 'Tệp là định dạng Excel 97–2003 (.xls). Hãy mở bằng Excel và lưu lại dưới dạng "Excel Workbook (.xlsx)" rồi nhập lại.',
        en: 'The file is in the Excel 97–2003 format (.xls). Open it in Excel, save it as "Excel Workbook (.xlsx)" and import again.',
      },
      unreadable: {
        vi: 'Không đọc được tệp Excel: tệp bị hỏng hoặc không phải .xlsx.',
        en: 'The Excel file could not be read: it is damaged or not an .xlsx file.',
      },
      not_excel: (p: { what: Bilingual }) => ({
        vi: `Tệp tải lên không phải tệp Excel (.xlsx). Hãy chọn ${p.what.vi} dạng .xlsx.`,
        en: `The uploaded file is not an Excel file (.xlsx). Choose ${p.what.en} as an .xlsx file.`,
      }),
    },
  },
  import_too_many_rows: {
    status: 422,
    text: (p: { purpose: Bilingual; rows: number; maxRows: number }) => ({
      vi: `${p.purpose.vi} có ${numberIn(p.rows, 'vi')} dòng, vượt quá giới hạn ${numberIn(p.maxRows, 'vi')} dòng mỗi lần nhập. Hãy chia thành nhiều tệp rồi nhập lần lượt.`,
      en: `${p.purpose.en} has ${numberIn(p.rows, 'en')} rows, more than the limit of ${numberIn(p.maxRows, 'en')} rows per import. Split it into several files and import them one after another.`,
    }),
  },

  // — Uploads —
  file_required: {
    status: 400,
    cases: {
      not_multipart: (p: { what: UploadKind }) => ({
        vi: `Hãy gửi ${UPLOAD_KINDS[p.what].vi} trong trường "file" (multipart/form-data).`,
        en: `Send the ${UPLOAD_KINDS[p.what].en} in the "file" field (multipart/form-data).`,
      }),
      none_chosen: (p: { what: UploadKind }) => ({
        vi: `Chưa chọn ${UPLOAD_KINDS[p.what].vi}.`,
        en: `No ${UPLOAD_KINDS[p.what].en} was chosen.`,
      }),
    },
  },
  file_too_large: {
    status: 413,
    cases: {
      upload: (p: { maxBytes: number }) => ({
        vi: `Tệp vượt quá dung lượng cho phép (tối đa ${megabytesIn(p.maxBytes, 'vi')} mỗi tệp). Hãy giảm dung lượng tệp (nén ảnh, bớt trang hoặc tách thành nhiều tệp) rồi tải lên lại.`,
        en: `The file is larger than allowed (at most ${megabytesIn(p.maxBytes, 'en')} per file). Make it smaller (compress pictures, remove pages or split it into several files) and upload it again.`,
      }),
      word: (p: { maxBytes: number }) => ({
        vi: `Tệp vượt quá dung lượng cho phép (tối đa ${megabytesIn(p.maxBytes, 'vi')}). Hãy xoá bớt hoặc nén ảnh trong tài liệu (Ảnh > Nén ảnh), lưu lại rồi tải lên lại.`,
        en: `The file is larger than allowed (at most ${megabytesIn(p.maxBytes, 'en')}). Remove or compress pictures in the document (Picture > Compress Pictures), save it and upload it again.`,
      }),
    },
  },
  upload_parse_timeout: {
    status: 422,
    text: (p: { seconds: number }) => ({
      vi: `Tệp cần hơn ${p.seconds} giây để đọc (giới hạn ${p.seconds} giây) nên hệ thống đã dừng đọc. Hãy bớt dữ liệu, công thức hoặc định dạng trong tệp (hoặc chia thành nhiều tệp) rồi tải lên lại.`,
      en: `The file needs more than ${p.seconds} seconds to read (the limit is ${p.seconds} seconds), so the system stopped reading it. Reduce the data, formulas or formatting in the file (or split it into several files) and upload it again.`,
    }),
  },
  upload_parse_memory: {
    status: 422,
    text: (p: { megabytes: number }) => ({
      vi: `Tệp cần quá nhiều bộ nhớ để đọc (giới hạn ${p.megabytes} MB cho mỗi tệp) nên hệ thống đã dừng đọc. Hãy bớt dữ liệu, ảnh hoặc định dạng trong tệp (hoặc chia thành nhiều tệp) rồi tải lên lại.`,
      en: `The file needs too much memory to read (the limit is ${p.megabytes} MB per file), so the system stopped reading it. Reduce the data, pictures or formatting in the file (or split it into several files) and upload it again.`,
    }),
  },
  upload_parse_failed: {
    status: 422,
    vi: 'Hệ thống không đọc được tệp này (trình đọc tệp đã dừng giữa chừng). Hãy mở tệp bằng ứng dụng đã tạo ra nó, lưu lại rồi tải lên lại.',
    en: 'The system could not read this file (the file reader stopped halfway). Open the file in the application that made it, save it again and upload it again.',
  },
  upload_busy: {
    status: 503,
    vi: 'Hệ thống đang đọc nhiều tệp tải lên cùng lúc. Vui lòng thử lại sau ít giây.',
    en: 'The system is reading many uploaded files at once. Please try again in a few seconds.',
  },
  zip_too_many_entries: {
    status: 422,
    text: (p: { what: Bilingual; max: number }) =>
      both((l) =>
        l === 'vi'
          ? `${p.what.vi} chứa hơn ${numberIn(p.max, l)} thành phần nén bên trong (giới hạn ${numberIn(p.max, l)}), bất thường đến mức không thể đọc an toàn. ${RESAVE.vi}`
          : `${p.what.en} holds more than ${numberIn(p.max, l)} compressed parts (the limit is ${numberIn(p.max, l)}), too unusual to be read safely. ${RESAVE.en}`,
      ),
  },
  zip_entry_too_large: {
    status: 413,
    text: (p: { what: Bilingual; max: number; entry: string }) => ({
      vi: `${p.what.vi} có thành phần “${p.entry}” khi giải nén vượt quá ${megabytesIn(p.max, 'vi')} (giới hạn cho mỗi thành phần). Hãy bớt dữ liệu hoặc ảnh trong tệp, lưu lại rồi tải lên lại.`,
      en: `${p.what.en} has a part “${p.entry}” that unpacks to more than ${megabytesIn(p.max, 'en')} (the limit for each part). Reduce the data or pictures in the file, save it and upload it again.`,
    }),
  },
  zip_too_large_unpacked: {
    status: 413,
    text: (p: { what: Bilingual; max: number }) => ({
      vi: `${p.what.vi} khi giải nén vượt quá ${megabytesIn(p.max, 'vi')} (giới hạn tổng dung lượng sau giải nén). Hãy bớt dữ liệu hoặc ảnh trong tệp, lưu lại rồi tải lên lại.`,
      en: `${p.what.en} unpacks to more than ${megabytesIn(p.max, 'en')} (the limit for everything unpacked). Reduce the data or pictures in the file, save it and upload it again.`,
    }),
  },
  zip_ratio_too_high: {
    status: 422,
    text: (p: { what: Bilingual; max: number; entry: string }) => ({
      vi: `${p.what.vi} có thành phần “${p.entry}” nén hơn ${p.max} lần (giới hạn ${p.max} lần) — dấu hiệu của “bom nén”, nên không được đọc. ${RESAVE.vi}`,
      en: `${p.what.en} has a part “${p.entry}” compressed more than ${p.max} times (the limit is ${p.max} times) — the mark of a “zip bomb”, so it is not read. ${RESAVE.en}`,
    }),
  },
  zip_sizes_inconsistent: {
    status: 422,
    text: (p: { what: Bilingual; entry: string }) => ({
      vi: `${p.what.vi} có thành phần “${p.entry}” khai sai dung lượng thật của nó, nên không được đọc. ${RESAVE.vi}`,
      en: `${p.what.en} has a part “${p.entry}” that misstates its real size, so it is not read. ${RESAVE.en}`,
    }),
  },
  zip_encrypted: {
    status: 422,
    text: (p: { what: Bilingual }) => ({
      vi: `${p.what.vi} có thành phần được đặt mật khẩu nên không đọc được. Hãy gỡ mật khẩu rồi tải lên lại.`,
      en: `${p.what.en} has a password-protected part, so it cannot be read. Remove the password and upload it again.`,
    }),
  },
  xml_entities_refused: {
    status: 422,
    text: (p: { what: Bilingual; entry: string }) => ({
      vi: `${p.what.vi} có phần XML “${p.entry}” chứa khai báo DOCTYPE/ENTITY. Tệp Office thông thường không có khai báo này; hệ thống không đọc nó để tránh bị tấn công. ${RESAVE.vi}`,
      en: `${p.what.en} has an XML part “${p.entry}” with a DOCTYPE/ENTITY declaration. Ordinary Office files have none; the system does not read it, to avoid being attacked. ${RESAVE.en}`,
    }),
  },
  zip_unreadable: {
    status: 422,
    text: (p: { what: Bilingual }) => ({
      vi: `Không đọc được ${lowerFirst(p.what.vi)}: tệp bị hỏng hoặc chưa tải lên trọn vẹn. ${RESAVE.vi}`,
      en: `${p.what.en} could not be read: the file is damaged or was not uploaded completely. ${RESAVE.en}`,
    }),
  },
  file_type_not_allowed: {
    status: 415,
    text: (p: { allowed: readonly Text[]; fileName: string; what?: Bilingual }) =>
      both((l) =>
        l === 'vi'
          ? `Chỉ đính kèm được tệp ${list(p.allowed, l, ', ')}. Tệp “${p.fileName}” ${p.what ? `là ${p.what.vi}, ` : ''}không thuộc các loại này (hệ thống kiểm tra nội dung tệp, không chỉ phần đuôi tên).`
          : `Only these file types can be attached: ${list(p.allowed, l, ', ')}. The file “${p.fileName}” ${p.what ? `is ${p.what.en}, ` : 'is '}none of these (the system checks the file's content, not only the end of its name).`,
      ),
  },
  file_encrypted: {
    status: 422,
    text: (p: { fileName: string }) => ({
      vi: `Tệp “${p.fileName}” đang đặt mật khẩu nên người nhận không mở được. Hãy gỡ mật khẩu rồi đính kèm lại.`,
      en: `The file “${p.fileName}” is password-protected, so its recipients could not open it. Remove the password and attach it again.`,
    }),
  },
  video_not_asked: {
    status: 415,
    text: (p: { fileName: string; video: Text; allowed: readonly Text[] }) =>
      both((l) =>
        l === 'vi'
          ? `Tệp “${p.fileName}” là ${textIn(p.video, l)}; chỉ nhiệm vụ phóng sự mới nhận tệp video. Hãy gửi đường dẫn tới video, hoặc đính kèm tệp ${list(p.allowed, l, ', ')}.`
          : `The file “${p.fileName}” is a video (${textIn(p.video, l)}); only documentary tasks take video files. Send a link to the video instead, or attach a file of one of these types: ${list(p.allowed, l, ', ')}.`,
      ),
  },
  file_name_mismatch: {
    status: 422,
    text: (p: { fileName: string; type: Text; extension: string; expected: string }) =>
      both((l) =>
        l === 'vi'
          ? `Tệp “${p.fileName}” có nội dung là ${textIn(p.type, l)} nhưng tên lại có đuôi “.${p.extension}”. Hãy đổi tên cho đúng (đuôi .${p.expected}) hoặc chọn đúng tệp rồi đính kèm lại.`
          : `The content of “${p.fileName}” is of type ${textIn(p.type, l)}, but its name ends in “.${p.extension}”. Rename it correctly (ending in .${p.expected}) or choose the right file, then attach it again.`,
      ),
  },
  file_empty: {
    status: 422,
    vi: 'Tệp đính kèm rỗng. Hãy chọn lại tệp.',
    en: 'The attached file is empty. Choose the file again.',
  },

  // — Word import of a report —
  not_a_report: {
    status: 400,
    vi: 'Chỉ nhiệm vụ báo cáo theo đề cương mới nhập được từ Word.',
    en: 'Only a report task following an outline can be imported from Word.',
  },
  not_a_report_document: {
    status: 400,
    vi: 'Chỉ nhiệm vụ báo cáo theo đề cương mới tải được thành văn bản Báo cáo (Word, PDF); tham luận và phóng sự không có văn bản này.',
    en: 'Only a report task following an outline can be downloaded as a report document (Word, PDF); speeches and documentaries have none.',
  },
  not_docx: {
    status: 422,
    text: (p: { what?: Bilingual }) =>
      both((l) =>
        l === 'vi'
          ? `Tệp này ${p.what ? `là ${p.what.vi}, ` : ''}không phải tài liệu Word (.docx). Hãy chọn đúng tệp báo cáo; nếu báo cáo đang ở định dạng khác, hãy mở bằng Word và lưu lại (${SAVE_AS_DOCX.vi}) rồi tải lên lại.`
          : `This file ${p.what ? `is ${p.what.en}, ` : 'is '}not a Word document (.docx). Choose the right report file; if the report is in another format, open it in Word, save it again (${SAVE_AS_DOCX.en}) and upload it again.`,
      ),
  },
  docx_encrypted: {
    status: 422,
    vi: 'Tệp Word đang đặt mật khẩu. Hãy gỡ mật khẩu (Tệp > Thông tin > Bảo vệ tài liệu) rồi tải lên lại.',
    en: 'The Word file is password-protected. Remove the password (File > Info > Protect Document) and upload it again.',
  },
  doc_legacy: {
    status: 422,
    cases: {
      word: {
        vi: `Đây là tệp Word định dạng cũ (.doc). Hệ thống chỉ đọc được .docx: hãy mở bằng Word và lưu lại dưới dạng .docx (${SAVE_AS_DOCX.vi}) rồi tải lên lại.`,
        en: `This is a Word file in the old format (.doc). The system reads only .docx: open it in Word, save it as .docx (${SAVE_AS_DOCX.en}) and upload it again.`,
      },
      office: {
        vi: `Tệp này có định dạng Office cũ, không phải tài liệu Word (.docx). Nếu đây là báo cáo Word (.doc), hãy mở bằng Word và lưu lại dưới dạng .docx (${SAVE_AS_DOCX.vi}) rồi tải lên lại.`,
        en: `This file is in an old Office format, not a Word document (.docx). If it is a Word report (.doc), open it in Word, save it as .docx (${SAVE_AS_DOCX.en}) and upload it again.`,
      },
    },
  },
  docx_too_large_unpacked: {
    status: 422,
    text: (p: { maxUncompressedBytes: number }) => ({
      vi: `Tài liệu Word này khi giải nén vượt quá ${megabytesIn(p.maxUncompressedBytes, 'vi')} hoặc có cấu trúc bất thường nên không thể đọc an toàn. Hãy mở bằng Word, xoá bớt ảnh hoặc dữ liệu nhúng, lưu lại rồi tải lên lại.`,
      en: `This Word document unpacks to more than ${megabytesIn(p.maxUncompressedBytes, 'en')} or has an unusual structure, so it cannot be read safely. Open it in Word, remove some pictures or embedded data, save it and upload it again.`,
    }),
  },
  docx_unreadable: {
    status: 422,
    vi: 'Không đọc được tài liệu Word: tệp có thể bị hỏng hoặc chưa tải lên trọn vẹn. Hãy mở tệp bằng Word, lưu lại rồi tải lên lại.',
    en: 'The Word document could not be read: the file may be damaged or not completely uploaded. Open it in Word, save it again and upload it again.',
  },

  // — Rounds and plans —
  campaign_issued: {
    status: 409,
    cases: {
      already: { vi: 'Kế hoạch này đã được ban hành trước đó.', en: 'This plan has already been issued.' },
      fields: (p: { fields: readonly Text[] }) =>
        both((l) =>
          l === 'vi'
            ? `Kế hoạch đã ban hành nên không sửa được nội dung (${list(p.fields, l, ', ')}). Muốn thay đổi, hãy nhân bản thành dự thảo mới.`
            : `The plan has been issued, so its content cannot be edited (${list(p.fields, l, ', ')}). To change it, duplicate it into a new draft.`,
        ),
    },
  },
  plan_incomplete: {
    status: 422,
    text: (p: { problems: readonly Text[] }) =>
      both((l) =>
        l === 'vi'
          ? `Chưa ban hành được vì kế hoạch còn thiếu hoặc chưa đúng: ${list(p.problems, l, ' ')}`
          : `The plan cannot be issued yet because something is missing or wrong: ${list(p.problems, l, ' ')}`,
      ),
  },
  campaign_not_issued: {
    status: 409,
    cases: {
      already_closed: { vi: 'Đợt này đã kết thúc rồi.', en: 'This round has already been closed.' },
      close_unissued: {
        vi: 'Chỉ kết thúc được đợt đã ban hành.',
        en: 'Only an issued round can be closed.',
      },
      remind_unissued: {
        vi: 'Kế hoạch chưa ban hành nên chưa có nhiệm vụ để đôn đốc.',
        en: 'The plan has not been issued, so there are no tasks to send reminders about yet.',
      },
      export_unissued: {
        vi: 'Kế hoạch còn là dự thảo; chỉ kế hoạch đã ban hành mới xuất được gói edXML để gửi liên thông.',
        en: 'The plan is still a draft; only an issued plan can be exported as an edXML package.',
      },
    },
  },
  campaign_closed: {
    status: 409,
    cases: {
      conference: {
        vi: 'Đợt này đã kết thúc; hội nghị không thay đổi được nữa.',
        en: 'This round is closed; the conference can no longer be changed.',
      },
      reports: {
        vi: 'Đợt này đã kết thúc nên không nhận thêm báo cáo. Hãy liên hệ cơ quan thường trực.',
        en: 'This round is closed, so it takes no more reports. Please contact the standing agency.',
      },
      reminders: {
        vi: 'Đợt này đã kết thúc nên không đôn đốc được nữa.',
        en: 'This round is closed, so no more reminders can be sent.',
      },
    },
  },
  outline_too_deep: {
    status: 400,
    text: (p: { max: number }) => ({
      vi: `Đề cương chỉ có tối đa ${p.max} cấp (I, 1, a).`,
      en: `An outline has at most ${p.max} levels (I, 1, a).`,
    }),
  },
  outline_too_large: {
    status: 400,
    text: (p: { max: number }) => ({
      vi: `Đề cương có tối đa ${p.max} mục.`,
      en: `An outline has at most ${p.max} sections.`,
    }),
  },
  parent_not_open: {
    status: 409,
    vi: 'Chỉ mở được đợt cấp dưới khi đợt cấp trên đã ban hành và chưa kết thúc.',
    en: 'A lower-level round can be opened only while the higher-level round is issued and not closed.',
  },
  no_report_owed: {
    status: 409,
    text: (p: { unit?: string }) => ({
      vi: `${p.unit ?? 'Đơn vị'} không có nhiệm vụ báo cáo trong đợt này nên không mở đợt cấp dưới.`,
      en: `${p.unit ?? 'The unit'} has no reporting task in this round, so it cannot open a lower-level round.`,
    }),
  },
  child_exists: {
    status: 409,
    text: (p: { unit: string }) => ({
      vi: `${p.unit} đã mở đợt cấp dưới cho nhiệm vụ này.`,
      en: `${p.unit} has already opened a lower-level round for this task.`,
    }),
  },
  child_invalid: {
    status: 422,
    text: (p: { problems: readonly Text[] }) =>
      both((l) =>
        l === 'vi'
          ? `Chưa mở được đợt cấp dưới: ${list(p.problems, l, ' ')}`
          : `The lower-level round cannot be opened yet: ${list(p.problems, l, ' ')}`,
      ),
  },
  unit_outside_round: {
    status: 400,
    text: (p: { lead: RefusedAction; fields: readonly string[] }) => ({
      vi: `${REFUSED_ACTIONS[p.lead].vi}: có đơn vị không thuộc tỉnh của đợt này (${p.fields.join(', ')}).`,
      en: `${REFUSED_ACTIONS[p.lead].en}: some units are not in this round's province (${p.fields.join(', ')}).`,
    }),
  },
  unit_not_allowed: {
    status: 422,
    text: (p: { messages: readonly Text[] }) =>
      both((l) =>
        l === 'vi'
          ? `Kế hoạch nêu đơn vị không hợp lệ: ${list(p.messages, l, '; ')}.`
          : `The plan names units that are not valid: ${list(p.messages, l, '; ')}.`,
      ),
  },
  unit_missing: {
    status: 400,
    vi: 'Không tìm thấy cơ quan ban hành trong danh mục đơn vị.',
    en: 'The issuing body was not found in the unit list.',
  },
  unit_inactive: {
    status: 400,
    text: (p: { unit: string }) => ({
      vi: `Đơn vị “${p.unit}” đã ngừng hoạt động, không ban hành kế hoạch được.`,
      en: `The unit “${p.unit}” is no longer active and cannot issue a plan.`,
    }),
  },
  unit_outside: {
    status: 400,
    vi: 'Cơ quan ban hành phải thuộc cùng tỉnh với đơn vị của bạn.',
    en: 'The issuing body must be in the same province as your unit.',
  },
  template_missing: {
    status: 400,
    vi: 'Không có mẫu đề cương này cho tỉnh của cơ quan ban hành.',
    en: "This outline template is not available for the issuing body's province.",
  },
  duplicate_number: {
    status: 409,
    text: (p: { number: string; year: string; taken?: { reference: string; summary: string } }) => ({
      vi: `Số ${p.number} năm ${p.year} của cơ quan ban hành đã được dùng${p.taken ? ` cho văn bản ${p.taken.reference} “${p.taken.summary}”` : ''}. Hãy lấy số khác tại bộ phận văn thư.`,
      en: `Number ${p.number} of ${p.year} of the issuing body is already used${p.taken ? ` by document ${p.taken.reference} “${p.taken.summary}”` : ''}. Get another number from the records office.`,
    }),
  },

  // — Digital signing (docs/signatures.md, "The signing protocol") —
  signing_link: {
    status: 410,
    cases: {
      unknown: {
        vi: 'Đường dẫn ký số không đúng hoặc không còn tồn tại. Hãy mở lại bước ký từ trang của văn bản (kế hoạch, quyết định, giấy mời hoặc báo cáo tổng hợp).',
        en: 'The signing link is wrong or no longer exists. Start the signing step again from the document’s page (plan, decision, invitation or consolidated report).',
      },
      fetched: {
        vi: 'Đường dẫn tải văn bản để ký chỉ dùng được một lần và đã được dùng. Hãy mở lại bước ký từ trang của văn bản (kế hoạch, quyết định, giấy mời hoặc báo cáo tổng hợp).',
        en: 'The link to fetch the document for signing works once and has been used. Start the signing step again from the document’s page (plan, decision, invitation or consolidated report).',
      },
      expired: {
        vi: 'Đường dẫn ký số đã hết hạn (chỉ có hiệu lực trong ít phút). Hãy mở lại bước ký từ trang của văn bản (kế hoạch, quyết định, giấy mời hoặc báo cáo tổng hợp).',
        en: 'The signing link has expired (it is valid for a few minutes only). Start the signing step again from the document’s page (plan, decision, invitation or consolidated report).',
      },
      completed: {
        vi: 'Văn bản đã ký của phiên này đã được nhận; đường dẫn gửi lên chỉ dùng được một lần.',
        en: 'The signed document of this session has already been received; the upload link works once.',
      },
      not_fetched: {
        vi: 'Chưa tải văn bản cần ký qua đường dẫn của phiên này, nên chưa thể gửi bản đã ký.',
        en: 'The document to sign has not been fetched through this session’s link, so no signed copy can be sent yet.',
      },
    },
  },
  signing_not_ready: {
    status: 409,
    cases: {
      not_draft: {
        vi: 'Chỉ ký số được kế hoạch đang ở dạng dự thảo, chưa ban hành.',
        en: 'Only a plan still in draft, not yet issued, can be signed.',
      },
      not_signed: {
        vi: 'Kế hoạch chưa được người có thẩm quyền ký số (bước “Trình ký”), nên chưa phát hành được.',
        en: 'The plan has not been signed by the person with authority (the “Trình ký” step), so it cannot be released yet.',
      },
      plan_changed: {
        vi: 'Kế hoạch đã được sửa sau khi người có thẩm quyền ký; hãy trình ký lại bản mới trước khi phát hành.',
        en: 'The plan was edited after the person with authority signed it; have the new version signed before releasing it.',
      },
      decision_not_draft: {
        vi: 'Chỉ ký số được quyết định đang ở dạng dự thảo, chưa ban hành.',
        en: 'Only a decision still in draft, not yet issued, can be signed.',
      },
      decision_not_signed: {
        vi: 'Quyết định chưa được người có thẩm quyền ký số (bước “Trình ký”), nên chưa phát hành được.',
        en: 'The decision has not been signed by the person with authority (the “Trình ký” step), so it cannot be released yet.',
      },
      decision_changed: {
        vi: 'Quyết định đã được sửa sau khi người có thẩm quyền ký; hãy trình ký lại bản mới trước khi phát hành.',
        en: 'The decision was edited after the person with authority signed it; have the new version signed before releasing it.',
      },
      invitation_released: {
        vi: 'Giấy mời đã được ký số và phát hành; số, ký hiệu và ngày của giấy mời đã phát hành không thay đổi được. Chỉ khi thông tin hội nghị được sửa sau khi phát hành mới trình ký và phát hành giấy mời mới (với số mới) để thay thế.',
        en: 'The invitation has been signed and released; the released invitation’s number, code and date cannot change. Only once the conference has been changed after the release can a new invitation (with a new number) be signed and released to replace it.',
      },
      invitation_not_signed: {
        vi: 'Giấy mời chưa được người có thẩm quyền ký số (bước “Trình ký”), nên chưa phát hành được.',
        en: 'The invitation has not been signed by the person with authority (the “Trình ký” step), so it cannot be released yet.',
      },
      invitation_changed: {
        vi: 'Thông tin hội nghị đã được sửa sau khi người có thẩm quyền ký giấy mời; hãy trình ký lại bản mới trước khi phát hành.',
        en: 'The conference was edited after the person with authority signed the invitation; have the new version signed before releasing it.',
      },
      consolidated_empty: {
        vi: 'Báo cáo tổng hợp chưa được tổng hợp lần nào nên chưa có gì để trình ký. Hãy bấm “Tổng hợp lại” trước.',
        en: 'The consolidated report has never been consolidated, so there is nothing to sign yet. Press “Tổng hợp lại” first.',
      },
      consolidated_not_signed: {
        vi: 'Báo cáo tổng hợp chưa được người có thẩm quyền ký số (bước “Trình ký”), nên chưa phát hành được.',
        en: 'The consolidated report has not been signed by the person with authority (the “Trình ký” step), so it cannot be released yet.',
      },
      consolidated_changed: {
        vi: 'Báo cáo tổng hợp đã được sửa hoặc tổng hợp lại sau khi người có thẩm quyền ký, hoặc bản đã ký không phải bản trình ký mới nhất; hãy trình ký lại bản mới trước khi phát hành.',
        en: 'The consolidated report was edited or consolidated again after the person with authority signed it, or the copy signed is not the latest one sent for signing; have the new version signed before releasing it.',
      },
      unit_report_empty: {
        vi: 'Báo cáo của đơn vị chưa được lưu lần nào nên chưa có gì để trình ký. Hãy soạn và lưu báo cáo trước.',
        en: "The unit's report has never been saved, so there is nothing to sign yet. Write and save the report first.",
      },
      unit_report_not_signed: {
        vi: 'Báo cáo của đơn vị chưa được thủ trưởng đơn vị ký số (bước “Trình ký”), nên chưa phát hành được.',
        en: "The unit's report has not been signed by the head of the unit (the “Trình ký” step), so it cannot be released yet.",
      },
      unit_report_changed: {
        vi: 'Báo cáo đã được sửa sau khi thủ trưởng đơn vị ký; hãy trình ký lại bản mới trước khi phát hành.',
        en: 'The report was edited after the head of the unit signed it; have the new version signed before releasing it.',
      },
      unit_report_released: {
        vi: 'Báo cáo đã được ký số và phát hành; nội dung không sửa được nữa và không ký lại được. Muốn sửa, hãy gỡ bản PDF đã ký số khỏi báo cáo rồi trình ký lại bản mới (với số mới).',
        en: 'The report has been signed and released; its content can no longer change and it cannot be signed again. To change it, remove the signed PDF from the report, then have the new version signed (with a new number).',
      },
    },
  },
  signature_refused: {
    status: 422,
    cases: {
      not_pdf: {
        vi: 'Tệp gửi lên không phải tệp PDF. Văn bản đang lưu không thay đổi.',
        en: 'The file sent is not a PDF. The stored document is unchanged.',
      },
      unsigned: {
        vi: 'Tệp PDF gửi lên chưa được ký số. Văn bản đang lưu không thay đổi.',
        en: 'The PDF sent carries no digital signature. The stored document is unchanged.',
      },
      not_served: {
        vi: 'Tệp gửi lên không phải văn bản đã tải về để ký (chữ ký phải được thêm vào đúng tệp đã tải, không sửa gì khác). Văn bản đang lưu không thay đổi.',
        en: 'The file sent is not the document fetched for signing (the signature must be added to that very file, with nothing else changed). The stored document is unchanged.',
      },
      signature_count: (p: { added: number }) => ({
        vi: `Tệp gửi lên phải có đúng một chữ ký mới, nhưng có ${p.added}. Văn bản đang lưu không thay đổi.`,
        en: `The file sent must carry exactly one new signature, but has ${p.added}. The stored document is unchanged.`,
      }),
      verdict: (p: { label: string; labelEn: string; detail?: string }) => ({
        // The checker's detail is technical English: the Vietnamese text names the verdict only.
        vi: `Chữ ký số không hợp lệ: ${p.label}. Văn bản đang lưu không thay đổi.`,
        en: `The digital signature is not valid: ${p.labelEn}${p.detail ? ` (${p.detail})` : ''}. The stored document is unchanged.`,
      }),
    },
  },
  release_marks: {
    status: 422,
    cases: {
      number_blank_missing: {
        vi: 'Không tìm thấy chỗ trống để ghi số văn bản (“Số:      /…”) trên trang đầu của bản đã ký.',
        en: 'No blank for the document number (“Số:      /…”) was found on the first page of the signed copy.',
      },
      date_blank_missing: {
        vi: 'Không tìm thấy chỗ trống để ghi ngày, tháng ban hành trên trang đầu của bản đã ký.',
        en: 'No blanks for the day and month of issue were found on the first page of the signed copy.',
      },
      year_differs: (p: { printed: number; year: number }) => ({
        vi: `Bản đã ký in năm ${p.printed}, nhưng ngày ban hành thuộc năm ${p.year}. Hãy chọn ngày trong năm ${p.printed} hoặc trình ký lại.`,
        en: `The signed copy prints the year ${p.printed}, but the issue date is in ${p.year}. Choose a date in ${p.printed} or have it signed again.`,
      }),
    },
  },

  // — Reports —
  not_submittable: {
    status: 409,
    vi: 'Nhiệm vụ này không cần gửi báo cáo qua hệ thống.',
    en: 'This task does not need a report sent through the system.',
  },
  already_submitted: {
    status: 409,
    cases: {
      awaiting_review: {
        vi: 'Báo cáo đã gửi và đang chờ cơ quan thường trực tiếp nhận; chưa sửa được.',
        en: 'The report has been sent and is waiting for the standing agency to accept it; it cannot be edited now.',
      },
      just_now: { vi: 'Báo cáo vừa được gửi.', en: 'The report has just been sent.' },
      other_window: {
        vi: 'Báo cáo vừa được gửi từ một cửa sổ khác.',
        en: 'The report has just been sent from another window.',
      },
    },
  },
  already_accepted: {
    status: 409,
    vi: 'Báo cáo đã được tiếp nhận; không sửa được nữa.',
    en: 'The report has been accepted; it can no longer be edited.',
  },
  not_withdrawable: {
    status: 409,
    cases: {
      accepted: {
        vi: 'Cơ quan thường trực đã tiếp nhận báo cáo này nên không rút lại được nữa.',
        en: 'The standing agency has accepted this report, so it can no longer be withdrawn.',
      },
      returned: {
        vi: 'Cơ quan thường trực đã trả lại báo cáo này; bạn có thể sửa và gửi lại mà không cần rút.',
        en: 'The standing agency has returned this report; you can edit and send it again without withdrawing it.',
      },
      not_sent: {
        vi: 'Báo cáo chưa được gửi (hoặc đã được rút lại) nên không có gì để rút.',
        en: 'The report has not been sent (or was already withdrawn), so there is nothing to withdraw.',
      },
    },
  },
  draft_conflict: {
    status: 409,
    cases: {
      saving: {
        vi: 'Bản nháp đã được lưu từ một cửa sổ hoặc người khác sau khi bạn mở. Hãy xem bản mới nhất và gộp nội dung của bạn vào.',
        en: 'The draft was saved from another window or by someone else after you opened it. Look at the latest version and merge your content into it.',
      },
      submitting: {
        vi: 'Bản nháp đã thay đổi sau khi bạn mở. Hãy tải lại, xem lại nội dung rồi gửi.',
        en: 'The draft changed after you opened it. Reload, check the content, then send.',
      },
    },
  },
  content_invalid: {
    status: 422,
    text: (p: { messages: readonly Text[] }) =>
      both((l) =>
        l === 'vi'
          ? `Nội dung chưa hợp lệ: ${list(p.messages, l, '; ')}.`
          : `The content is not valid: ${list(p.messages, l, '; ')}.`,
      ),
  },
  sections_missing: {
    status: 422,
    text: (p: { items: readonly Text[] }) =>
      both((l) =>
        l === 'vi'
          ? `Chưa gửi được: còn để trống ${list(p.items, l, '; ')}.`
          : `Cannot send yet: still empty — ${list(p.items, l, '; ')}.`,
      ),
  },
  signed_report_required: {
    status: 422,
    text: (p: { files: readonly Text[] }) =>
      both((l) =>
        l === 'vi'
          ? `Chưa gửi được: kế hoạch yêu cầu báo cáo có chữ ký số của đơn vị. Hãy tải báo cáo về, ký số bằng chứng thư số của đơn vị rồi đính kèm tệp PDF đã ký${p.files.length > 0 ? ` (tệp đã đính kèm: ${list(p.files, l, '; ')})` : ''}.`
          : `Cannot send yet: the plan requires the report signed by the unit. Download the report, sign it with the unit's certificate and attach the signed PDF${p.files.length > 0 ? ` (attached: ${list(p.files, l, '; ')})` : ''}.`,
      ),
  },
  length_over_maximum: {
    status: 422,
    text: (p: { reason: Text }) =>
      both((l) =>
        l === 'vi' ? `Chưa gửi được: ${textIn(p.reason, l)}.` : `Cannot send yet: ${textIn(p.reason, l)}.`,
      ),
  },
  comment_required: {
    status: 400,
    vi: 'Khi trả lại báo cáo, hãy ghi rõ lý do để đơn vị sửa.',
    en: 'When returning a report, write the reason so the unit can fix it.',
  },
  assignment_missing: {
    status: 409,
    vi: 'Nhiệm vụ không còn tồn tại.',
    en: 'The task no longer exists.',
  },
  not_awaiting_review: {
    status: 409,
    cases: {
      reviewed: { vi: 'Báo cáo này đã được xem xét rồi.', en: 'This report has already been reviewed.' },
      not_sent: {
        vi: 'Đơn vị chưa gửi báo cáo nên chưa có gì để tiếp nhận hay trả lại.',
        en: 'The unit has not sent its report, so there is nothing to accept or return yet.',
      },
      withdrawn: {
        vi: 'Đơn vị vừa rút lại báo cáo để sửa nên chưa có gì để tiếp nhận hay trả lại; hãy chờ đơn vị gửi lại.',
        en: 'The unit has just withdrawn its report to edit it, so there is nothing to accept or return; wait until it is sent again.',
      },
    },
  },
  deadline_before_issue: {
    status: 400,
    text: (p: { deadline: string; issued: string }) => ({
      vi: `Thời hạn mới (${p.deadline}) sớm hơn ngày ban hành kế hoạch (${p.issued}).`,
      en: `The new deadline (${p.deadline}) is before the plan's issue date (${p.issued}).`,
    }),
  },

  // — Consolidation —
  section_missing: {
    status: 400,
    vi: 'Có mục không thuộc đề cương của đợt.',
    en: "Some sections are not in the round's outline.",
  },
  document_too_large: {
    status: 413,
    vi: 'Báo cáo tổng hợp quá dài để tạo tệp PDF (hơn 1.500 trang). Hãy tải bản Word (DOCX), hoặc rút gọn nội dung tổng hợp rồi tải lại.',
    en: 'The consolidated report is too long to make a PDF (more than 1,500 pages). Download the Word version (DOCX), or shorten the consolidated content and download again.',
  },
  consolidated_released: {
    status: 409,
    vi: 'Báo cáo tổng hợp đã được ký số và phát hành; nội dung, số và ngày của báo cáo không sửa, không tổng hợp lại và không ký lại được nữa. Bản PDF đã ký là văn bản chính thức.',
    en: 'The consolidated report has been signed and released; its content, number and date can no longer be edited, consolidated again or signed again. The signed PDF is the document of record.',
  },
  not_cascaded: {
    status: 409,
    vi: 'Đợt này không thuộc đợt cấp trên nào nên không có báo cáo để chuyển lên.',
    en: 'This round is not part of a higher-level round, so there is no report to send up.',
  },
  indicator_unit_mismatch: {
    status: 422,
    text: (p: { mismatches: readonly Text[] }) =>
      both((l) =>
        l === 'vi'
          ? `Không cộng được số liệu lên cấp trên: ${list(p.mismatches, l, '; ')}. Hãy thống nhất đơn vị tính rồi tổng hợp lại.`
          : `The figures cannot be added up for the higher level: ${list(p.mismatches, l, '; ')}. Agree on one unit of measure, then consolidate again.`,
      ),
  },

  // — Commendation —
  code_taken: {
    status: 409,
    text: (p: { code: string }) => ({
      vi: `Mã “${p.code}” đã dùng cho một hình thức khen thưởng khác.`,
      en: `The code “${p.code}” is already used by another award type.`,
    }),
  },
  campaign_not_open: {
    status: 409,
    cases: {
      closed: {
        vi: 'Đợt này đã kết thúc; không nhận thêm đề nghị khen thưởng.',
        en: 'This round is closed; it takes no more nominations.',
      },
      not_issued: { vi: 'Kế hoạch chưa ban hành.', en: 'The plan has not been issued yet.' },
      not_taking: {
        vi: 'Đợt này không còn nhận đề nghị khen thưởng.',
        en: 'This round no longer takes nominations.',
      },
    },
  },
  no_awards: {
    status: 409,
    vi: 'Kế hoạch của đợt này không có phần khen thưởng.',
    en: "This round's plan has no commendation part.",
  },
  unit_not_in_round: {
    status: 400,
    vi: 'Đơn vị đề nghị không thuộc đợt này.',
    en: 'The nominating unit is not part of this round.',
  },
  award_group_missing: {
    status: 400,
    vi: 'Hình thức khen thưởng không có trong kế hoạch của đợt.',
    en: "The award is not in the round's plan.",
  },
  nomination_invalid: {
    status: 422,
    cases: {
      saving: (p: { messages: readonly Text[] }) =>
        both((l) =>
          l === 'vi'
            ? `Đề nghị chưa hợp lệ: ${list(p.messages, l, '; ')}.`
            : `The nomination is not valid: ${list(p.messages, l, '; ')}.`,
        ),
      sending: (p: { messages: readonly Text[] }) =>
        both((l) =>
          l === 'vi'
            ? `Chưa gửi được: ${list(p.messages, l, '; ')}.`
            : `Cannot send yet: ${list(p.messages, l, '; ')}.`,
        ),
    },
  },
  nomination_sent: {
    status: 409,
    cases: {
      sent: { vi: 'Đề nghị này đã được gửi.', en: 'This nomination has already been sent.' },
      no_edit: {
        vi: 'Đề nghị đã gửi nên không sửa được nữa.',
        en: 'The nomination has been sent and can no longer be edited.',
      },
      no_delete: {
        vi: 'Đề nghị đã gửi nên không xóa được.',
        en: 'The nomination has been sent and cannot be deleted.',
      },
    },
  },
  nomination_deadline_passed: {
    status: 409,
    text: (p: { deadline: string }) => ({
      vi: `Đã quá thời hạn gửi hồ sơ đề nghị khen thưởng (${p.deadline}). Hãy liên hệ cơ quan thường trực.`,
      en: `The deadline for sending nominations (${p.deadline}) has passed. Please contact the standing agency.`,
    }),
  },
  no_quota: {
    status: 409,
    text: (p: { refusal: Text }) => both((l) => textIn(p.refusal, l)),
  },
  quota_exceeded: {
    status: 409,
    text: (p: { label: string; quota: Text; used: number; count: number }) =>
      both((l) =>
        l === 'vi'
          ? `Đã hết chỉ tiêu “${p.label}: ${textIn(p.quota, l)}” (đã gửi ${p.used}/${p.count}). Không gửi thêm được; nếu cần, đề nghị cơ quan thường trực xem xét.`
          : `The quota “${p.label}: ${textIn(p.quota, l)}” is used up (${p.used}/${p.count} sent). No more can be sent; if needed, ask the standing agency to consider it.`,
      ),
  },
  reason_required: {
    status: 400,
    vi: 'Khi không đồng ý khen thưởng, hãy ghi rõ lý do.',
    en: 'When refusing a commendation, write the reason.',
  },
  award_type_missing: {
    status: 400,
    cases: {
      catalogue: {
        vi: 'Hình thức khen thưởng cấp trên không có trong danh mục.',
        en: 'The higher-level award type is not in the list.',
      },
      plan: {
        vi: 'Kế hoạch của đợt không có hình thức khen thưởng này.',
        en: "The round's plan does not have this award type.",
      },
    },
  },
  nomination_wrong_state: {
    status: 409,
    cases: {
      forward: {
        vi: 'Chỉ chuyển được đề nghị đơn vị đã gửi và chưa chuyển.',
        en: 'Only a nomination the unit has sent and that has not been forwarded yet can be forwarded.',
      },
      review: {
        vi: 'Chỉ thẩm định được đề nghị đã được cơ quan thường trực chuyển sang và chưa có kết quả.',
        en: 'Only a nomination forwarded by the standing agency and not yet decided can be reviewed.',
      },
    },
  },
  nomination_in_review: {
    status: 409,
    cases: {
      add_file: {
        vi: 'Đề nghị đã chuyển thẩm định nên không bổ sung hồ sơ được nữa.',
        en: 'The nomination has gone to review, so no more files can be added.',
      },
      remove_file: {
        vi: 'Đề nghị đã chuyển thẩm định nên không gỡ hồ sơ được nữa.',
        en: 'The nomination has gone to review, so files can no longer be removed.',
      },
    },
  },
  decision_issued: {
    status: 409,
    cases: {
      issued: { vi: 'Quyết định này đã được ban hành.', en: 'This decision has already been issued.' },
      no_edit: {
        vi: 'Quyết định đã ban hành nên không sửa được.',
        en: 'The decision has been issued and cannot be edited.',
      },
    },
  },
  decision_not_issued: {
    status: 409,
    vi: 'Bằng khen chỉ in được sau khi quyết định được ban hành.',
    en: 'Certificates can be printed only after the decision is issued.',
  },
  decision_incomplete: {
    status: 422,
    text: (p: { missing: readonly Text[] }) =>
      both((l) =>
        l === 'vi'
          ? `Chưa ban hành được: còn thiếu ${list(p.missing, l, ', ')}.`
          : `Cannot issue yet: still missing ${list(p.missing, l, ', ')}.`,
      ),
  },
  nomination_missing: {
    status: 400,
    vi: 'Có đề nghị không thuộc đợt này.',
    en: 'Some nominations are not part of this round.',
  },
  nomination_in_decision: {
    status: 409,
    cases: {
      changed: {
        vi: 'Có đề nghị vừa được đưa vào một quyết định khác hoặc vừa thay đổi. Hãy tải lại rồi chọn lại.',
        en: 'A nomination has just been put into another decision or has just changed. Reload and choose again.',
      },
      named: (p: { name: string }) => ({
        vi: `“${p.name}” đã có trong một quyết định khác.`,
        en: `“${p.name}” is already in another decision.`,
      }),
    },
  },
  nomination_not_approved: {
    status: 409,
    cases: {
      named: (p: { name: string }) => ({
        vi: `“${p.name}” chưa được đồng ý khen thưởng nên không đưa vào quyết định được.`,
        en: `“${p.name}” has not been approved for commendation, so it cannot go into a decision.`,
      }),
      in_decision: {
        vi: 'Quyết định có tập thể, cá nhân chưa được đồng ý khen thưởng.',
        en: 'The decision includes collectives or individuals not approved for commendation.',
      },
      changed: {
        vi: 'Quyết định có tập thể, cá nhân vừa thay đổi trạng thái. Hãy tải lại rồi ban hành lại.',
        en: 'Some collectives or individuals in the decision have just changed status. Reload and issue again.',
      },
    },
  },
  award_mismatch: {
    status: 409,
    text: (p: { name: string }) => ({
      vi: `“${p.name}” được đề nghị hình thức khen thưởng khác; mỗi quyết định chỉ một hình thức.`,
      en: `“${p.name}” is nominated for a different award; each decision has only one award.`,
    }),
  },
  nothing_to_decide: {
    status: 409,
    cases: {
      none_approved: {
        vi: 'Chưa có đề nghị nào được đồng ý khen thưởng để đưa vào quyết định.',
        en: 'No nomination has been approved for commendation yet to put into a decision.',
      },
      empty: {
        vi: 'Quyết định phải có ít nhất một tập thể hoặc cá nhân.',
        en: 'A decision must have at least one collective or individual.',
      },
    },
  },

  // — Conference —
  conference_not_saved: {
    status: 409,
    vi: 'Hội nghị chưa có chương trình. Hãy lưu chương trình trước.',
    en: 'The conference has no agenda yet. Save the agenda first.',
  },
  agenda_item_missing: {
    status: 422,
    vi: 'Mục này không có trong chương trình hội nghị.',
    en: "This item is not on the conference's agenda.",
  },
  conference_invalid: {
    status: 422,
    text: (p: { errors: readonly { field: string; message: Text }[] }) =>
      both((l) => {
        const items = p.errors.map((e) => `${e.field}: ${textIn(e.message, l)}`).join('; ');
        return l === 'vi'
          ? `Chương trình hội nghị chưa lưu được: ${items}.`
          : `The conference programme could not be saved: ${items}.`;
      }),
  },
  conference_not_scheduled: {
    status: 409,
    vi: 'Hội nghị chưa có ngày và giờ bắt đầu nên chưa tạo được lịch. Hãy lưu ngày, giờ (có thể ghi là dự kiến).',
    en: 'The conference has no start date and time yet, so no calendar entry can be made. Save a date and time (they may be marked as tentative).',
  },
  conference_not_ready: {
    status: 409,
    vi: 'Hội nghị chưa có ngày họp. Hãy lưu ngày, giờ (có thể ghi là dự kiến) trước khi gửi giấy mời.',
    en: 'The conference has no date yet. Save a date and time (they may be marked as tentative) before sending invitations.',
  },
  delegate_missing: {
    status: 400,
    vi: 'Có đại biểu không thuộc danh sách hội nghị này.',
    en: "Some delegates are not on this conference's list.",
  },
  delegate_invalid: {
    status: 422,
    text: (p: { messages: readonly Text[] }) =>
      both((l) =>
        l === 'vi'
          ? `Thông tin đại biểu chưa hợp lệ: ${list(p.messages, l, '; ')}.`
          : `The delegate's details are not valid: ${list(p.messages, l, '; ')}.`,
      ),
  },
  delegate_checked_in: {
    status: 409,
    text: (p: { name: string }) => ({
      vi: `${p.name} đã điểm danh tại hội nghị nên không xóa khỏi danh sách được.`,
      en: `${p.name} has checked in at the conference and cannot be removed from the list.`,
    }),
  },
  already_checked_in: {
    status: 409,
    text: (p: { name: string; at: string; by?: string | null }) => ({
      vi: `${p.name} đã điểm danh lúc ${p.at}${p.by ? ` (${p.by})` : ''}.`,
      en: `${p.name} checked in at ${p.at}${p.by ? ` (${p.by})` : ''}.`,
    }),
  },
  not_checked_in: {
    status: 409,
    text: (p: { name: string }) => ({ vi: `${p.name} chưa điểm danh.`, en: `${p.name} has not checked in.` }),
  },
  checkin_code_invalid: {
    status: 422,
    vi: 'Đây không phải mã điểm danh của giấy mời (mã có dạng 42-7K3M9X2PQR).',
    en: 'This is not an invitation check-in code (a code looks like 42-7K3M9X2PQR).',
  },
  rsvp_closed: {
    status: 409,
    cases: {
      checked_in: {
        vi: 'Đại biểu đã điểm danh tại hội nghị; không cần xác nhận nữa.',
        en: 'The delegate has checked in at the conference; no confirmation is needed any more.',
      },
      over: {
        vi: 'Hội nghị đã diễn ra hoặc đợt đã kết thúc; không nhận xác nhận tham dự nữa.',
        en: 'The conference has taken place or the round is closed; attendance confirmations are no longer taken.',
      },
    },
  },
} as const satisfies Record<string, CatalogueEntry>;

type Render = (p: never) => Bilingual;
type CatalogueEntry =
  | { status: ErrorStatus; vi: string; en: string }
  | { status: ErrorStatus; text: Render }
  | { status: ErrorStatus; cases: Record<string, Bilingual | Render> };

export const ERRORS: typeof catalogue = catalogue;
export type ErrorCode = keyof typeof catalogue;
type Entry<C extends ErrorCode> = (typeof catalogue)[C];

/** The codes answered with `status`: `badRequest` takes only the 400s. */
export type ErrorCodeOf<S extends ErrorStatus> = {
  [C in ErrorCode]: Entry<C>['status'] extends S ? C : never;
}[ErrorCode];

type CaseParams<T> = T extends (p: infer P) => Bilingual ? P : unknown;

/** The parameters a code's text needs; `undefined` when it needs none. */
export type ErrorParams<C extends ErrorCode> =
  Entry<C> extends { text: (p: infer P) => Bilingual }
    ? P
    : Entry<C> extends { cases: infer K }
      ? { [N in keyof K]: { case: N } & CaseParams<K[N]> }[keyof K]
      : undefined;

/** The case names of a code said differently by situation (`not_found`: 'account', 'unit', …). */
export type ErrorCase<C extends ErrorCode> = Entry<C> extends { cases: infer K } ? keyof K & string : never;

/** The case names of `code` that take no parameters. */
export type ErrorFixedCase<C extends ErrorCode> =
  Entry<C> extends { cases: infer K }
    ? { [N in keyof K]: K[N] extends (p: never) => Bilingual ? never : N }[keyof K] & string
    : never;

/** The arguments after a code: its parameters when it has any, nothing when it has none. */
export type ErrorArgs<C extends ErrorCode> =
  ErrorParams<C> extends undefined ? [params?: undefined] : [params: ErrorParams<C>];

/** The HTTP status of a code. */
export function errorStatus(code: ErrorCode): ErrorStatus {
  return catalogue[code].status;
}

/** Whether a string is a code of the catalogue. */
export function isErrorCode(code: string): code is ErrorCode {
  return Object.hasOwn(catalogue, code);
}

/** A code's text in both languages, for `params`. */
export function errorText<C extends ErrorCode>(code: C, ...[params]: ErrorArgs<C>): Bilingual {
  const entry = catalogue[code] as CatalogueEntry;
  if ('vi' in entry) return { vi: entry.vi, en: entry.en };
  if ('text' in entry) return (entry.text as (p: unknown) => Bilingual)(params);
  const name = (params as { case: string } | undefined)?.case;
  const text = name === undefined ? undefined : entry.cases[name];
  if (text === undefined) throw new Error(`error ${code}: no case ${String(name)}`);
  return typeof text === 'function' ? (text as (p: unknown) => Bilingual)(params) : text;
}

/** The title and detail of a problem with `code`, in `lang`. */
export function renderError<C extends ErrorCode>(
  lang: Lang,
  code: C,
  ...args: ErrorArgs<C>
): { title: string; detail: string } {
  return {
    title: ERROR_TITLES[errorStatus(code)][lang],
    detail: errorText(code, ...args)[lang],
  };
}
