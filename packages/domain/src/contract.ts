import { z } from 'zod';
import { assignmentSchema } from './assignments.ts';
import { auditPageSchema, auditQuerySchema } from './audit.ts';
import { dateSchema, instantSchema } from './bounds.ts';
import {
  awardGroupSchema,
  campaignCloneSchema,
  campaignCreateSchema,
  campaignIssueSchema,
  campaignListItemSchema,
  campaignPatchSchema,
  campaignSchema,
} from './campaigns.ts';
import {
  awardStatisticsSchema,
  awardTypeCreateSchema,
  awardTypePatchSchema,
  awardTypeSchema,
  DECISION_DATE,
  decisionInputSchema,
  decisionPatchSchema,
  decisionSchema,
  nominationInputSchema,
  nominationPatchSchema,
  nominationSchema,
  quotaStatusSchema,
} from './commendation.ts';
import { NOMINATION_STATUSES } from './commendation-labels.ts';
import {
  attendanceSchema,
  budgetSaveSchema,
  budgetSchema,
  checkinSchema,
  conferenceInputSchema,
  conferenceSchema,
  delegateInputSchema,
  delegatePatchSchema,
  delegateSchema,
  distributionSchema,
  invitationSendResultSchema,
  invitationSendSchema,
  rsvpAnswerSchema,
  rsvpViewSchema,
} from './conference.ts';
import {
  childCampaignCreateSchema,
  childCampaignSchema,
  consolidatedReportSchema,
  consolidatedSaveSchema,
  consolidatedSourcesSchema,
  contributionsPageSchema,
  contributionsQuerySchema,
  indicatorTotalSchema,
  regenerateSchema,
} from './consolidation.ts';
import { coordinatorWorkSchema } from './coordinator-work.ts';
import { say } from './lang.ts';
import { leaderOverviewSchema } from './leader-overview.ts';
import { noticeQuerySchema, noticeSchema } from './notifications.ts';
import { officialDocumentSchema } from './official-document.ts';
import { outlineInputSchema, outlineTemplateSchema } from './outline.ts';
import {
  assignmentDetailSchema,
  attachmentSchema,
  draftSaveSchema,
  draftSchema,
  myAssignmentSchema,
  progressQuerySchema,
  progressSchema,
  reviewSchema,
  submissionSchema,
  submissionSummarySchema,
  wordImportSchema,
} from './reports.ts';
import { roleSchema } from './roles.ts';
import { signatureCheckSchema } from './signatures.ts';
import {
  documentSignatureSchema,
  SIGNING_STEPS,
  signedUploadAnswerSchema,
  signingSessionSchema,
  signingStartSchema,
} from './signing.ts';
import { unitWorkSchema } from './unit-work.ts';
import {
  unitCreateSchema,
  unitImportResultSchema,
  unitListSchema,
  unitPatchSchema,
  unitSchema,
} from './units.ts';
import {
  changePasswordSchema,
  loginSchema,
  meSchema,
  resetPasswordSchema,
  userCreateSchema,
  userPatchSchema,
  userSchema,
} from './users.ts';

/*
 * The HTTP contract between the server and the web: every endpoint under /api/v1, keyed by
 * "METHOD /path" (with `:name` parameters), with the zod schemas of its parameters, query, body
 * and answer. The server registers each route from its entry here (apps/server/src/http/endpoint.ts)
 * and the web client is typed from it; apps/server/test/web-contract.test.ts fails when a route
 * is served that is not declared here, or declared and not served.
 *
 * An entry without `response` answers no JSON (204), unless it answers a `file` (a document, a
 * workbook, a calendar) or a `stream` of server-sent events. `form` marks a multipart upload of one
 * file. Path parameters are ids of at most 64 characters unless `params` says otherwise.
 */

export interface EndpointSpec {
  params?: z.ZodObject;
  /** Request headers the endpoint reads (an Idempotency-Key). */
  headers?: z.ZodObject;
  query?: z.ZodType;
  body?: z.ZodType;
  form?: true;
  response?: z.ZodType;
  /** The success status of a JSON answer when it is not 200: 201 for what a call creates. */
  status?: 201;
  /** The answer is a file to download or show, not JSON. */
  file?: true;
  /** The answer is a stream of server-sent events (text/event-stream). */
  stream?: true;
  /** Needs no session: the link's token is the key (an invitation's answer page). */
  public?: true;
}

const idempotencyKey = z
  .string()
  .min(8, say('Idempotency-Key quá ngắn', 'The Idempotency-Key is too short'))
  .max(100);

/** Writes a client may retry take an Idempotency-Key: the same key again gets the first answer. */
export const idempotencyHeadersSchema = z.object({ 'idempotency-key': idempotencyKey.optional() });

/** For writes that must not happen twice by accident (the đôn đốc click): the key is required. */
export const requiredIdempotencyHeadersSchema = z.object({ 'idempotency-key': idempotencyKey });

/** A path parameter that names a stored object. */
export const idParam = z.string().max(64);

/** The `{ items }` envelope of a list answer. */
const itemsOf = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item) });

/* ---- request and answer shapes that exist only on the wire ------------------------------- */

/** Sign-in and the session probe answer the signed-in user. */
export const sessionAnswerSchema = z.object({ user: meSchema });

export const userQuerySchema = z.strictObject({
  q: z.string().max(200).optional(),
  role: roleSchema.optional(),
  unitId: z.string().max(64).optional(),
});

/** A password reset answers the temporary password, shown once. */
export const passwordAnswerSchema = z.object({ password: z.string() });

export const unitQuerySchema = z.strictObject({ q: z.string().max(200).optional() });

/** One unit with the names of the units above it. */
export const unitDetailSchema = unitSchema.extend({
  path: z.array(z.string()),
  childCount: z.number().int(),
});
export type UnitDetail = z.infer<typeof unitDetailSchema>;

/** An Excel import: `commit=false` checks the file, `commit=true` saves every row or none. */
export const importCommitQuerySchema = z.strictObject({ commit: z.enum(['true', 'false']).optional() });

/** A round's outline replaced as a whole. */
export const outlineSaveSchema = z.strictObject({ version: z.number().int(), outline: outlineInputSchema });

/** A change that carries only the version it was based on (closing a round, forwarding a nomination). */
export const versionOnlySchema = z.strictObject({ version: z.number().int() });

/** Gia hạn: the deadline the coordinator saw (a change made meanwhile is a conflict) and the new one. */
export const deadlineChangeSchema = z.strictObject({
  previousDeadline: z.iso.datetime({ offset: true }).nullable(),
  deadline: instantSchema({ vi: 'Thời hạn mới', en: 'The new deadline' }),
});

/** Sending a report, optionally with the content to save and send in one step. */
export const assignmentSubmitSchema = z
  .strictObject({
    version: z.number().int().min(0).optional(),
    content: draftSaveSchema.shape.content.optional(),
  })
  .optional();

export const assignmentSubmitAnswerSchema = z.object({
  submission: submissionSummarySchema,
  /** What changed on the assignment; the page reloads the rest (the draft is what it sent). */
  assignment: assignmentSchema.pick({ id: true, status: true, version: true }),
});

/** Đôn đốc: the batch of reminders (a retry with the same key sends nothing more: `repeated`). */
export const remindAnswerSchema = z.object({
  batchId: z.string(),
  units: z.number().int(),
  repeated: z.boolean(),
});

export const nominationQuerySchema = z.strictObject({ status: z.enum(NOMINATION_STATUSES).optional() });

export const nominationImportQuerySchema = z.strictObject({
  awardGroupId: z.string().max(64),
  commit: z.enum(['true', 'false']).optional(),
});

const importErrorSchema = z.object({ column: z.string(), message: z.string() });

export const nominationImportResultSchema = z.object({
  valid: z.boolean(),
  committed: z.boolean(),
  rows: z.array(
    z.object({
      row: z.number().int(),
      name: z.string(),
      nomineeKind: z.string().nullable(),
      errors: z.array(importErrorSchema),
    }),
  ),
});
export type NominationImportResult = z.infer<typeof nominationImportResultSchema>;

export const nominationSubmitSchema = z.strictObject({
  version: z.number().int(),
  overrideReason: z.string().trim().max(2000).optional(),
});

export const nominationApproveSchema = z.strictObject({
  version: z.number().int(),
  proposeHigher: z.boolean().optional(),
  higherAwardTypeId: z.string().max(64).nullable().optional(),
});

export const nominationRejectSchema = z.strictObject({
  version: z.number().int(),
  reason: z.string().trim().max(2000),
});

/** Báo cáo thành tích attached to a nomination. */
export const nominationFileSchema = z.object({
  id: z.string(),
  fileName: z.string(),
  contentType: z.string(),
  size: z.number().int(),
  /** A PDF's signatures as checked when it arrived (the nominating unit is the expected signer); null otherwise. */
  signature: signatureCheckSchema.nullable(),
});
export type NominationFile = z.infer<typeof nominationFileSchema>;

/** Ban hành: the decision's number (digits only) and date; today's date (in Vietnam) when absent. */
export const decisionIssueSchema = z.strictObject({
  version: z.number().int(),
  docNumber: z
    .string()
    .trim()
    .regex(/^\d{1,7}$/, say('Số quyết định chỉ gồm chữ số', 'The decision number has digits only'))
    .optional(),
  docDate: dateSchema(DECISION_DATE).optional(),
});

/**
 * Starting a signing step of a document numbered at its release: the document's version; for the
 * release its number (digits, 1–7) and date, named as the document's form names them.
 */
function numberedSigningStart(
  numberDigitsOnly: { vi: string; en: string },
  dateLabel: { vi: string; en: string },
) {
  return z.strictObject({
    step: z.enum(SIGNING_STEPS),
    version: z.number().int(),
    docNumber: z
      .string()
      .trim()
      .regex(/^\d{1,7}$/, say(numberDigitsOnly.vi, numberDigitsOnly.en))
      .optional(),
    docDate: dateSchema(dateLabel).optional(),
  });
}

/** Starting a signing step of the conference's invitation: the conference's version; for the release its number (digits, as the conference form takes it) and date. */
export const invitationSigningStartSchema = numberedSigningStart(
  { vi: 'Số giấy mời chỉ gồm chữ số', en: 'The invitation number has digits only' },
  { vi: 'Ngày giấy mời', en: 'The invitation date' },
);

/** Starting a signing step of a round's consolidated report: the report's version; for the release its number and date. */
export const consolidatedSigningStartSchema = numberedSigningStart(
  { vi: 'Số báo cáo chỉ gồm chữ số', en: 'The report number has digits only' },
  { vi: 'Ngày ban hành báo cáo', en: 'The report date' },
);

/**
 * Starting a signing step of a unit's report (its Báo cáo for an assignment): the draft's version;
 * the notation and the signature block as the report document prints them (the same for both
 * steps: what was signed is released); for the release the number (digits) and date, from the
 * unit's own register.
 */
export const unitReportSigningStartSchema = numberedSigningStart(
  { vi: 'Số báo cáo chỉ gồm chữ số', en: 'The report number has digits only' },
  { vi: 'Ngày báo cáo', en: 'The date of the report' },
).extend({
  code: z
    .string()
    .trim()
    .regex(
      /^[A-ZĐ0-9][A-ZĐ0-9.&-]{0,39}$|^$/u,
      say(
        'Ký hiệu văn bản viết hoa, không dấu cách, ví dụ BC-BCHQS',
        'The document code is in capitals without spaces, e.g. BC-BCHQS',
      ),
    )
    .optional(),
  signerTitle: z
    .string()
    .trim()
    .max(200, say('Chức vụ người ký tối đa 200 ký tự', "The signer's title is at most 200 characters"))
    .optional(),
  signerName: z
    .string()
    .trim()
    .max(100, say('Họ tên người ký tối đa 100 ký tự', "The signer's name is at most 100 characters"))
    .optional(),
});
export type UnitReportSigningStart = z.infer<typeof unitReportSigningStartSchema>;

/** Starting a signing step of a decision: its version; for the release the number and date, as issuing takes them. */
export const decisionSigningStartSchema = z.strictObject({
  step: z.enum(SIGNING_STEPS),
  version: z.number().int(),
  docNumber: decisionIssueSchema.shape.docNumber,
  docDate: decisionIssueSchema.shape.docDate,
});

export const statisticsQuerySchema = z.strictObject({
  year: z
    .string()
    .regex(/^\d{4}$/)
    .optional(),
  campaignId: z.string().max(64).optional(),
});

/** A delegate as the organisers read it: with the code their invitation's QR carries (null for a unit officer). */
export const conferenceDelegateSchema = delegateSchema.extend({
  /** For the organisers: the code the delegate's invitation carries. */
  checkinCode: z.string().nullable(),
});
export type ConferenceDelegate = z.infer<typeof conferenceDelegateSchema>;

export const checkinAnswerSchema = z.object({
  delegate: conferenceDelegateSchema,
  attendance: attendanceSchema,
});
export type CheckinAnswer = z.infer<typeof checkinAnswerSchema>;

/** The item on the hall screen (null: none). */
export const currentItemSchema = z.strictObject({ itemId: z.string().max(64).nullable() });

export const delegateQuerySchema = z.strictObject({
  q: z.string().max(200).optional(),
  groupId: z.string().max(64).optional(),
});

export const delegateImportResultSchema = z.object({
  valid: z.boolean(),
  committed: z.boolean(),
  rows: z.array(
    z.object({
      row: z.number().int(),
      name: z.string(),
      groupText: z.string(),
      errors: z.array(importErrorSchema),
    }),
  ),
});
export type DelegateImportResult = z.infer<typeof delegateImportResultSchema>;

/** A regeneration answers the report and how many new parts it took in. */
export const regeneratedSchema = consolidatedReportSchema.extend({ added: z.number().int() });
export type Regenerated = z.infer<typeof regeneratedSchema>;

/** A lower round's consolidation carried into its unit's draft in the higher round. */
export const sentUpSchema = z.object({
  assignmentId: z.string(),
  draftVersion: z.number().int(),
  sections: z.number().int(),
  indicators: z.number().int(),
  /** Sections of this round's outline with no counterpart above: not carried up. */
  unmapped: z.array(z.string()),
});
export type SentUp = z.infer<typeof sentUpSchema>;

/* ---- downloads -------------------------------------------------------------------------- */

/** `?inline=1` shows a document in the browser instead of saving it. */
export const inlineQuerySchema = z.strictObject({ inline: z.enum(['0', '1']).optional() });

export const planDocumentParamsSchema = z.strictObject({
  id: idParam,
  file: z.enum(['plan.docx', 'plan.pdf']),
});
export const planDocumentQuerySchema = inlineQuerySchema.extend({
  /** Any value: lets a page ask for a fresh copy after a save (the answer is never cached). */
  v: z.string().max(40).optional(),
});

export const DECISION_FILES = ['decision.docx', 'decision.pdf', 'list.xlsx', 'certificates.pdf'] as const;
export type DecisionFile = (typeof DECISION_FILES)[number];
export const decisionDocumentParamsSchema = z.strictObject({ id: idParam, file: z.enum(DECISION_FILES) });

export const nominationTemplateQuerySchema = z.strictObject({ awardGroupId: z.string().max(64).optional() });
export const delegatesWorkbookQuerySchema = z.strictObject({ template: z.enum(['0', '1']).optional() });
/** The agenda, or the invitations (all delegates, or one: `delegateId`). */
export const conferenceDocumentQuerySchema = inlineQuerySchema.extend({
  delegateId: z.string().max(64).optional(),
  /**
   * The invitations: 'delegates' — every delegate's own copy, one page each with the check-in QR code
   * (the default until the invitation is released; after it, the released signed invitation is served).
   */
  copies: z.enum(['delegates']).optional(),
});

/**
 * A unit's report as an official Báo cáo: what the unit may fill in before downloading (its number,
 * ký hiệu, date and signer), and which submission to print (default: the owning unit's latest draft,
 * the standing agency's latest submission).
 */
export const reportDocumentQuerySchema = inlineQuerySchema.extend({
  number: z
    .string()
    .trim()
    .regex(/^\d{0,7}$/, say('Số văn bản chỉ gồm chữ số', 'The document number has digits only'))
    .optional(),
  code: z
    .string()
    .trim()
    .regex(
      /^[A-ZĐ0-9][A-ZĐ0-9.&-]{0,39}$|^$/u,
      say(
        'Ký hiệu văn bản viết hoa, không dấu cách, ví dụ BC-BCHQS',
        'The document code is in capitals without spaces, e.g. BC-BCHQS',
      ),
    )
    .optional(),
  date: dateSchema({ vi: 'Ngày của báo cáo', en: 'The date of the report' }).optional(),
  signerTitle: z
    .string()
    .trim()
    .max(200, say('Chức vụ người ký tối đa 200 ký tự', "The signer's title is at most 200 characters"))
    .optional(),
  signerName: z
    .string()
    .trim()
    .max(100, say('Họ tên người ký tối đa 100 ký tự', "The signer's name is at most 100 characters"))
    .optional(),
  submission: z.coerce
    .number(say('Lần gửi phải là một số', 'The submission must be a number'))
    .int(say('Lần gửi phải là số nguyên dương', 'The submission must be a positive whole number'))
    .min(1, say('Lần gửi phải là số nguyên dương', 'The submission must be a positive whole number'))
    .max(10_000, say('Lần gửi không hợp lệ', 'Invalid submission'))
    .optional(),
});
export type ReportDocumentQuery = z.input<typeof reportDocumentQuerySchema>;

export const submissionParamsSchema = z.strictObject({
  id: idParam,
  seq: z.coerce.number().int().min(1).max(10_000),
});
export const delegateParamsSchema = z.strictObject({ id: idParam, delegateId: idParam });
/** An invitation's answer link carries its token, longer than an id. */
export const rsvpParamsSchema = z.strictObject({ token: z.string().max(200) });

/** A one-time signing link's token. */
export const signingTokenParamsSchema = z.strictObject({ token: z.string().max(200) });

export const quotasSaveSchema = z.strictObject({
  version: z.number().int(),
  awardGroups: z.array(awardGroupSchema).max(50),
});

export const eventsQuerySchema = z.strictObject({ campaignId: z.string().max(64) });

/** Every message of every unit, and whether the server sends mail at all. */
export const outboxSchema = z.object({ items: z.array(noticeSchema), mailEnabled: z.boolean() });

/* ---- the endpoints -------------------------------------------------------------------------- */

export const apiContract = {
  // auth
  'GET /auth/me': { response: sessionAnswerSchema },
  'POST /auth/login': { body: loginSchema, response: sessionAnswerSchema },
  'POST /auth/logout': {},
  'POST /auth/password': { body: changePasswordSchema },

  // users
  'GET /users': { query: userQuerySchema, response: itemsOf(userSchema) },
  'GET /users/:id': { response: userSchema },
  'POST /users': { body: userCreateSchema, response: userSchema, status: 201 },
  'PATCH /users/:id': { body: userPatchSchema, response: userSchema },
  'POST /users/:id/reset-password': { body: resetPasswordSchema.optional(), response: passwordAnswerSchema },

  // units
  'GET /units': { query: unitQuerySchema, response: unitListSchema },
  'GET /units/:id': { response: unitDetailSchema },
  'GET /units/export.xlsx': { file: true },
  'POST /units': { body: unitCreateSchema, response: unitSchema, status: 201 },
  'PATCH /units/:id': { body: unitPatchSchema, response: unitSchema },
  'POST /units/import': { form: true, query: importCommitQuerySchema, response: unitImportResultSchema },

  // audit
  'GET /audit': { query: auditQuerySchema, response: auditPageSchema },

  // the coordinator's home: what waits for them now, over the rounds they run
  'GET /home/coordinator': { response: coordinatorWorkSchema },
  // the leader's home: the province at a glance, over its rounds and their lower rounds
  'GET /home/leader': { response: leaderOverviewSchema },
  // the unit's home: its open tasks with what is still missing, invitations, unsent nominations
  'GET /home/unit': { response: unitWorkSchema },

  // campaigns
  'GET /campaigns': { response: itemsOf(campaignListItemSchema) },
  'POST /campaigns': { body: campaignCreateSchema, response: campaignSchema, status: 201 },
  'GET /campaigns/:id': { response: campaignSchema },
  'PATCH /campaigns/:id': { body: campaignPatchSchema, response: campaignSchema },
  'PUT /campaigns/:id/outline': { body: outlineSaveSchema, response: campaignSchema },
  'POST /campaigns/:id/issue': { body: campaignIssueSchema, response: campaignSchema },
  'POST /campaigns/:id/close': { body: versionOnlySchema, response: campaignSchema },
  'POST /campaigns/:id/clone': { body: campaignCloneSchema, response: campaignSchema, status: 201 },
  'GET /campaigns/:id/documents/:file': {
    params: planDocumentParamsSchema,
    query: planDocumentQuerySchema,
    file: true,
  },
  /** The issued plan as an edXML package (QCVN 102:2016) for the province's document-management system. */
  'GET /campaigns/:id/plan.edxml': { file: true },
  /** The plan as the document model the DOCX and PDF are drawn from, for reading it in the page. */
  'GET /campaigns/:id/plan.document': { response: officialDocumentSchema },
  'GET /outline-templates': { response: itemsOf(outlineTemplateSchema) },

  // assignments and reports
  'GET /campaigns/:id/assignments': { response: itemsOf(assignmentSchema) },
  'GET /assignments': { response: itemsOf(myAssignmentSchema) },
  'GET /assignments/:id': { response: assignmentDetailSchema },
  'PATCH /assignments/:id': { body: deadlineChangeSchema, response: assignmentDetailSchema },
  'PUT /assignments/:id/draft': { body: draftSaveSchema, response: draftSchema },
  'POST /assignments/:id/import-docx': { form: true, response: wordImportSchema },
  'POST /assignments/:id/attachments': { form: true, response: attachmentSchema, status: 201 },
  'GET /attachments/:id': { file: true },
  'DELETE /attachments/:id': {},
  'POST /assignments/:id/submit': {
    headers: idempotencyHeadersSchema,
    body: assignmentSubmitSchema,
    response: assignmentSubmitAnswerSchema,
  },
  'GET /assignments/:id/submissions/:seq': { params: submissionParamsSchema, response: submissionSchema },
  'POST /assignments/:id/withdraw': { body: versionOnlySchema, response: assignmentDetailSchema },
  'GET /assignments/:id/documents/report.docx': { query: reportDocumentQuerySchema, file: true },
  'GET /assignments/:id/documents/report.pdf': { query: reportDocumentQuerySchema, file: true },
  'POST /assignments/:id/review': { body: reviewSchema, response: assignmentDetailSchema },
  'GET /campaigns/:id/progress': { query: progressQuerySchema, response: progressSchema },
  'GET /campaigns/:id/progress.xlsx': { query: progressQuerySchema, file: true },
  'POST /campaigns/:id/remind': { headers: requiredIdempotencyHeadersSchema, response: remindAnswerSchema },

  // commendation
  'GET /award-types': { response: itemsOf(awardTypeSchema) },
  'POST /award-types': { body: awardTypeCreateSchema, response: awardTypeSchema, status: 201 },
  'PATCH /award-types/:id': { body: awardTypePatchSchema, response: awardTypeSchema },
  'GET /campaigns/:id/quotas': { response: itemsOf(quotaStatusSchema) },
  'PUT /campaigns/:id/quotas': { body: quotasSaveSchema, response: campaignSchema },
  'GET /campaigns/:id/nominations': { query: nominationQuerySchema, response: itemsOf(nominationSchema) },
  'POST /campaigns/:id/nominations': { body: nominationInputSchema, response: nominationSchema, status: 201 },
  'GET /campaigns/:id/nominations/template.xlsx': { query: nominationTemplateQuerySchema, file: true },
  'POST /campaigns/:id/nominations/import': {
    form: true,
    query: nominationImportQuerySchema,
    response: nominationImportResultSchema,
  },
  'GET /nominations/:id': { response: nominationSchema },
  'PATCH /nominations/:id': { body: nominationPatchSchema, response: nominationSchema },
  'DELETE /nominations/:id': {},
  'POST /nominations/:id/submit': { body: nominationSubmitSchema, response: nominationSchema },
  'POST /nominations/:id/forward': { body: versionOnlySchema, response: nominationSchema },
  'POST /nominations/:id/approve': { body: nominationApproveSchema, response: nominationSchema },
  'POST /nominations/:id/reject': { body: nominationRejectSchema, response: nominationSchema },
  'POST /nominations/:id/files': { form: true, response: nominationFileSchema, status: 201 },
  'GET /nomination-files/:id': { file: true },
  'DELETE /nomination-files/:id': {},
  'GET /campaigns/:id/decisions': { response: itemsOf(decisionSchema) },
  'POST /campaigns/:id/decisions': { body: decisionInputSchema, response: decisionSchema, status: 201 },
  'GET /decisions/:id': { response: decisionSchema },
  'PATCH /decisions/:id': { body: decisionPatchSchema, response: decisionSchema },
  'POST /decisions/:id/issue': { body: decisionIssueSchema, response: decisionSchema },
  'GET /decisions/:id/documents/:file': {
    params: decisionDocumentParamsSchema,
    query: inlineQuerySchema,
    file: true,
  },
  'GET /commendation/statistics': { query: statisticsQuerySchema, response: awardStatisticsSchema },

  // conference
  'GET /campaigns/:id/conference': { response: conferenceSchema },
  'PUT /campaigns/:id/conference': { body: conferenceInputSchema, response: conferenceSchema },
  'PUT /campaigns/:id/conference/current': { body: currentItemSchema, response: conferenceSchema },
  'GET /campaigns/:id/conference/delegates': {
    query: delegateQuerySchema,
    response: itemsOf(conferenceDelegateSchema),
  },
  'POST /campaigns/:id/conference/delegates': {
    body: delegateInputSchema,
    response: conferenceDelegateSchema,
    status: 201,
  },
  'PATCH /campaigns/:id/conference/delegates/:delegateId': {
    body: delegatePatchSchema,
    response: conferenceDelegateSchema,
  },
  'DELETE /campaigns/:id/conference/delegates/:delegateId': {},
  'POST /campaigns/:id/conference/delegates/import': {
    form: true,
    query: importCommitQuerySchema,
    response: delegateImportResultSchema,
  },
  'POST /campaigns/:id/conference/invitations': {
    headers: idempotencyHeadersSchema,
    body: invitationSendSchema,
    response: invitationSendResultSchema,
  },
  'POST /campaigns/:id/conference/checkin': { body: checkinSchema, response: checkinAnswerSchema },
  'POST /campaigns/:id/conference/delegates/:delegateId/checkin': { response: checkinAnswerSchema },
  'DELETE /campaigns/:id/conference/delegates/:delegateId/checkin': {},
  'GET /campaigns/:id/conference/attendance': { response: attendanceSchema },
  'GET /campaigns/:id/conference/budget': { response: budgetSchema },
  'PUT /campaigns/:id/conference/budget': { body: budgetSaveSchema, response: budgetSchema },
  'GET /campaigns/:id/distribution': { response: distributionSchema },
  'POST /campaigns/:id/distribution/acknowledge': { response: distributionSchema },
  'POST /campaigns/:id/distribution/open': { response: distributionSchema },
  'GET /campaigns/:id/conference/budget.xlsx': { file: true },
  'GET /campaigns/:id/conference/calendar.ics': { file: true },
  'GET /campaigns/:id/conference/delegates.xlsx': { query: delegatesWorkbookQuerySchema, file: true },
  'GET /campaigns/:id/documents/agenda.docx': { query: conferenceDocumentQuerySchema, file: true },
  'GET /campaigns/:id/documents/agenda.pdf': { query: conferenceDocumentQuerySchema, file: true },
  'GET /campaigns/:id/documents/invitation.docx': { query: conferenceDocumentQuerySchema, file: true },
  'GET /campaigns/:id/documents/invitation.pdf': { query: conferenceDocumentQuerySchema, file: true },
  'GET /rsvp/:token': { public: true, params: rsvpParamsSchema, response: rsvpViewSchema },
  'POST /rsvp/:token': {
    public: true,
    params: rsvpParamsSchema,
    body: rsvpAnswerSchema,
    response: rsvpViewSchema,
  },
  'GET /rsvp/:token/invitation.pdf': {
    public: true,
    params: rsvpParamsSchema,
    query: inlineQuerySchema,
    file: true,
  },
  'GET /rsvp/:token/signed-invitation.pdf': {
    public: true,
    params: rsvpParamsSchema,
    query: inlineQuerySchema,
    file: true,
  },
  'GET /rsvp/:token/calendar.ics': { public: true, params: rsvpParamsSchema, file: true },

  // signing (docs/signatures.md)
  'POST /campaigns/:id/signing': { body: signingStartSchema, response: signingSessionSchema, status: 201 },
  'GET /campaigns/:id/signatures': { response: itemsOf(documentSignatureSchema) },
  'POST /decisions/:id/signing': {
    body: decisionSigningStartSchema,
    response: signingSessionSchema,
    status: 201,
  },
  'GET /decisions/:id/signatures': { response: itemsOf(documentSignatureSchema) },
  'POST /campaigns/:id/conference/signing': {
    body: invitationSigningStartSchema,
    response: signingSessionSchema,
    status: 201,
  },
  'GET /campaigns/:id/conference/signatures': { response: itemsOf(documentSignatureSchema) },
  'POST /campaigns/:id/consolidated/signing': {
    body: consolidatedSigningStartSchema,
    response: signingSessionSchema,
    status: 201,
  },
  'GET /campaigns/:id/consolidated/signatures': { response: itemsOf(documentSignatureSchema) },
  'POST /assignments/:id/signing': {
    body: unitReportSigningStartSchema,
    response: signingSessionSchema,
    status: 201,
  },
  'GET /assignments/:id/signatures': { response: itemsOf(documentSignatureSchema) },
  'GET /decisions/:id/decision.edxml': { file: true },
  'GET /campaigns/:id/conference/invitation.edxml': { file: true },
  'GET /assignments/:id/report.edxml': { file: true },
  'GET /signing/:token/document.pdf': { public: true, params: signingTokenParamsSchema, file: true },
  'POST /signing/:token/signed': {
    public: true,
    params: signingTokenParamsSchema,
    form: true,
    response: signedUploadAnswerSchema,
  },

  // consolidation
  'GET /campaigns/:id/consolidated': { response: consolidatedReportSchema },
  'GET /campaigns/:id/consolidated/sources': { response: consolidatedSourcesSchema },
  'GET /campaigns/:id/consolidated/sections/:sectionId/contributions': {
    query: contributionsQuerySchema,
    response: contributionsPageSchema,
  },
  'GET /campaigns/:id/consolidated/indicators/:indicatorId': { response: indicatorTotalSchema },
  'PUT /campaigns/:id/consolidated': { body: consolidatedSaveSchema, response: consolidatedReportSchema },
  'POST /campaigns/:id/consolidated/regenerate': { body: regenerateSchema, response: regeneratedSchema },
  'POST /campaigns/:id/consolidated/send-up': { response: sentUpSchema },
  'GET /campaigns/:id/children': { response: itemsOf(childCampaignSchema) },
  'POST /campaigns/:id/children': { body: childCampaignCreateSchema, response: campaignSchema, status: 201 },
  'GET /campaigns/:id/documents/consolidated.docx': { query: inlineQuerySchema, file: true },
  'GET /campaigns/:id/documents/consolidated.pdf': { query: inlineQuerySchema, file: true },
  'GET /campaigns/:id/documents/indicators.xlsx': { query: inlineQuerySchema, file: true },

  // notifications
  'GET /notifications': { query: noticeQuerySchema, response: itemsOf(noticeSchema) },
  'GET /outbox': { query: noticeQuerySchema, response: outboxSchema },

  // events
  'GET /events': { query: eventsQuerySchema, stream: true },
} satisfies Record<string, EndpointSpec>;

export type ApiContract = typeof apiContract;
export type Endpoint = keyof ApiContract;

/* ---- what a call of an endpoint takes and gets, for typed clients -------------------------- */

type PathOf<E extends string> = E extends `${string} ${infer P}` ? P : never;
type ParamNames<P extends string> = P extends `${string}:${infer Name}/${infer Rest}`
  ? Name | ParamNames<`/${Rest}`>
  : P extends `${string}:${infer Name}`
    ? Name
    : never;

export type EndpointMethod<E extends Endpoint> = E extends `${infer M} ${string}` ? M : never;
/** The `:name` parameters of the endpoint's path. */
export type EndpointParams<E extends Endpoint> = { [K in ParamNames<PathOf<E>>]: string | number };
/** The query string the endpoint reads (never: it reads none). */
export type EndpointQuery<E extends Endpoint> = ApiContract[E] extends { query: infer Q extends z.ZodType }
  ? z.input<Q>
  : never;
/** The JSON body the endpoint takes (never: it takes none). */
export type EndpointBody<E extends Endpoint> = ApiContract[E] extends { body: infer B extends z.ZodType }
  ? z.input<B>
  : never;
/** The endpoints that answer JSON or nothing (204); the others answer a file or an event stream. */
export type JsonEndpoint = {
  [E in Endpoint]: ApiContract[E] extends { file: true } | { stream: true } ? never : E;
}[Endpoint];
/** The endpoints that answer a file to download or show. */
export type FileEndpoint = { [E in Endpoint]: ApiContract[E] extends { file: true } ? E : never }[Endpoint];

/** The JSON the endpoint answers (undefined: 204 No Content). */
export type EndpointAnswer<E extends Endpoint> = ApiContract[E] extends {
  response: infer R extends z.ZodType;
}
  ? z.output<R>
  : undefined;

/* ---- what a round's event stream (GET /events?campaignId=…) sends --------------------------- */

/**
 * A unit's report, speech or documentary was started, sent, accepted, returned or taken back, or
 * its deadline was extended.
 */
export interface AssignmentEvent {
  type: 'assignment.changed';
  campaignId: string;
  assignmentId: string;
  unitId: string;
  /** The assignment's status after the change. */
  status: string;
  /** The new deadline, when that is what changed (the status did not). */
  deadline?: string;
  at: string;
}

/**
 * The conference changed: 'attendance' (a check-in or an answer), 'agenda', 'current' (the item
 * on the hall screen), 'delegates', 'budget'. It names no one: pages refetch what they may see.
 */
export interface ConferenceEvent {
  type: 'conference.changed';
  campaignId: string;
  change: 'attendance' | 'agenda' | 'current' | 'delegates' | 'budget';
  at: string;
}

/** Something that changed in a round, for the pages watching it. */
export type CampaignEvent = AssignmentEvent | ConferenceEvent;
