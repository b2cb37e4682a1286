import type { Generated } from 'kysely';

/**
 * Table types shared by both dialects. Portable choices: ids are text (UUIDv7), instants are
 * ISO-8601 UTC text (sort as they read), booleans are 0/1 integers, JSON is text.
 */
export interface UnitsTable {
  id: string;
  code: string;
  name: string;
  short_name: string | null;
  kind: string;
  parent_id: string | null;
  email: string | null;
  /** Mã định danh điện tử (QCVN 102:2016/BTTTT); unique within a province when set. */
  agency_code: string | null;
  active: number;
  sort_order: number;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface UsersTable {
  id: string;
  username: string;
  full_name: string;
  email: string | null;
  role: string;
  unit_id: string;
  password_hash: string;
  active: number;
  last_login_at: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

/** Sign-in attempts per key (pair:name|address, account:name, address:ip) in a window. */
export interface LoginThrottleTable {
  key: string;
  attempts: number;
  window_started_at: string;
}

/** Addresses an account has signed in from: its owner passes an account-wide throttle there. */
export interface LoginKnownAddressesTable {
  user_id: string;
  ip: string;
  last_at: string;
}

export interface SessionsTable {
  id: string;
  user_id: string;
  created_at: string;
  expires_at: string;
  last_seen_at: string;
  ip: string | null;
  user_agent: string | null;
}

export interface AuditLogTable {
  id: string;
  at: string;
  actor_id: string | null;
  actor_username: string | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  before_json: string | null;
  after_json: string | null;
  ip: string | null;
}

/** Small named values: change counters (units_version) and flags (demo_seeded). */
export interface AppStateTable {
  key: string;
  value: string;
}

export interface AwardTypesTable {
  id: string;
  code: string;
  name: string;
  active: number;
  sort_order: number;
  created_at: string;
  version: Generated<number>;
}

/** A round and the single-valued parts of its plan. Empty text is '' (never null) so drafts stay simple. */
export interface CampaignsTable {
  id: string;
  kind: string;
  status: string;
  name: string;
  version: number;
  issuing_unit_id: string;
  standing_unit_id: string;
  source_campaign_id: string | null;
  parent_body: string;
  issuing_body: string;
  doc_number: string;
  doc_code: string;
  place: string;
  doc_date: string | null;
  doc_type: string;
  summary: string;
  situation: string;
  purpose: string;
  conference_time: string;
  conference_starts_at: string | null;
  venue: string;
  expected_delegates: number | null;
  nomination_deadline: string | null;
  nomination_to: string;
  nomination_reviewer: string;
  report_deadline: string | null;
  submission_to: string;
  submission_email: string;
  closing: string;
  signature_authority: string;
  signature_deputy: string;
  signature_title: string;
  signature_name: string;
  outline_title: string;
  outline_summary: string;
  number_key: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  issued_at: string | null;
  issued_by: string | null;
  /** JSON array of reminder rules: "before:3", "before:1", "overdue". */
  reminder_rules: Generated<string>;
  /** 1: the plan requires reports signed by the sending unit (0017). */
  signed_reports: Generated<number>;
  closed_at: string | null;
  /** A cascaded round: the higher round, and the assignment in it this round reports into. */
  parent_campaign_id: string | null;
  parent_assignment_id: string | null;
}

interface PlanListRow {
  id: string;
  campaign_id: string;
  position: number;
}
export interface PlanTextRowsTable extends PlanListRow {
  text: string;
}
export interface PlanBudgetLinesTable extends PlanListRow {
  item: string;
  source: string;
}
export interface PlanAwardGroupsTable extends PlanListRow {
  award_type_id: string | null;
  heading: string;
}
export interface PlanQuotaRowsTable extends PlanListRow {
  award_group_id: string;
  scope: string;
  nominee_kind: string;
  count: number;
  unit_kind: string | null;
  label: string;
  text: string;
}
export interface PlanTasksTable extends PlanListRow {
  kind: string;
  label: string;
  text: string;
  topic: string;
  deadline: string | null;
  min_minutes: number | null;
  max_minutes: number | null;
}
/** role: 'task' | 'quota' | 'quota_except' | 'recipient'. */
export interface PlanRowUnitsTable {
  campaign_id: string;
  row_id: string;
  role: string;
  position: number;
  unit_id: string;
}

export interface OutlineSectionsTable {
  id: string;
  campaign_id: string;
  parent_id: string | null;
  position: number;
  title: string;
  required: number;
  guidance: string;
  /** The section of the higher round's outline this one was copied from (cascaded rounds). */
  origin_id: string | null;
}
export interface OutlineIndicatorsTable {
  id: string;
  campaign_id: string;
  section_id: string;
  position: number;
  name: string;
  unit: string;
  value_type: string;
  aggregation: string;
  origin_id: string | null;
  /** 1 when a report is not sent while the figure is empty. */
  required: number;
}

export interface AssignmentsTable {
  id: string;
  campaign_id: string;
  unit_id: string;
  task_id: string;
  kind: string;
  text: string;
  topic: string;
  deadline: string | null;
  min_minutes: number | null;
  max_minutes: number | null;
  status: string;
  version: number;
  created_at: string;
  updated_at: string;
  first_submitted_at: string | null;
  last_submitted_at: string | null;
  submission_count: Generated<number>;
  reviewed_at: string | null;
  reviewed_by: string | null;
  review_comment: string | null;
}

export interface AssignmentDraftsTable {
  assignment_id: string;
  version: number;
  /** ReportContent as JSON. */
  content: string;
  updated_at: string;
  updated_by: string | null;
}

export interface SubmissionsTable {
  id: string;
  assignment_id: string;
  campaign_id: string;
  unit_id: string;
  seq: number;
  content: string;
  /** The content's indicator figures as JSON, read alone by totals and documents. */
  indicators: string | null;
  submitted_at: string;
  submitted_by: string | null;
  idempotency_key: string | null;
  on_time: number;
  decision: string | null;
  comment: string | null;
  reviewed_at: string | null;
  reviewed_by: string | null;
}

export interface AttachmentsTable {
  id: string;
  assignment_id: string;
  file_name: string;
  content_type: string;
  size: number;
  sha256: string;
  storage: string;
  created_at: string;
  created_by: string | null;
  deleted_at: string | null;
  /** The check of a PDF's digital signatures when it arrived, JSON (0017); null: not a PDF, or older. */
  signature: string | null;
  /** The number, notation and date of a unit's report released through signing, JSON (0021); null otherwise. */
  release: string | null;
}

export interface FileBlobsTable {
  sha256: string;
  data: Buffer;
}

export interface ReminderLogTable {
  assignment_id: string;
  kind: string;
  at: string;
  skipped: number;
}

export interface ReminderBatchesTable {
  id: string;
  campaign_id: string;
  idempotency_key: string;
  units: number;
  created_at: string;
  created_by: string | null;
}

export interface InvitationBatchesTable {
  id: string;
  conference_id: string;
  idempotency_key: string;
  invited: number;
  emailed: number;
  created_at: string;
  created_by: string | null;
}

export interface NominationsTable {
  id: string;
  campaign_id: string;
  unit_id: string;
  award_group_id: string;
  nominee_kind: string;
  name: string;
  gender: string | null;
  birth_year: number | null;
  position: string;
  workplace: string;
  achievement: string;
  person_key: string;
  status: string;
  version: number;
  quota_row_id: string | null;
  quota_unit_key: string | null;
  override_reason: string | null;
  /** When a send was refused for want of quota: the standing agency then sees the draft. */
  quota_refused_at: string | null;
  reject_reason: string | null;
  propose_higher: number;
  higher_award_type_id: string | null;
  decision_id: string | null;
  submitted_at: string | null;
  forwarded_at: string | null;
  reviewed_at: string | null;
  reviewed_by: string | null;
  created_by: string | null;
  /** The unit of whoever entered it: the nominated unit, or the standing agency on its behalf. */
  entered_by_unit_id: string | null;
  created_at: string;
  updated_at: string;
}

export interface NominationFilesTable {
  id: string;
  nomination_id: string;
  file_name: string;
  content_type: string;
  size: number;
  sha256: string;
  storage: string;
  created_at: string;
  created_by: string | null;
  deleted_at: string | null;
  /** The check of a PDF's digital signatures when it arrived, JSON (0019); null: not a PDF, or older. */
  signature: string | null;
}

export interface QuotaUsageTable {
  quota_row_id: string;
  /** The unit for a per-unit quota ('unit', 'each'); '*' for a pool. */
  unit_key: string;
  used: number;
}

export interface DecisionsTable {
  id: string;
  campaign_id: string;
  status: string;
  version: number;
  doc_number: string;
  doc_code: string;
  doc_date: string | null;
  summary: string;
  award_type_id: string;
  reason: string;
  signature_authority: string;
  signature_deputy: string;
  signature_title: string;
  signature_name: string;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  issued_at: string | null;
  issued_by: string | null;
}

export interface DocumentNumbersTable {
  /** "issuing unit|year|number" */
  number_key: string;
  kind: string;
  ref_id: string;
  reference: string;
  summary: string;
  created_at: string;
}

export interface ConsolidatedReportsTable {
  campaign_id: string;
  version: number;
  basis: string;
  generated_at: string | null;
  updated_at: string;
  updated_by: string | null;
  /** The length the clerk set for the draft, in printed pages (0015); null: none. */
  target_pages: number | null;
  /** The number and date given at the digital release, and when it was released (0020); null before. */
  doc_number: string | null;
  doc_date: string | null;
  released_at: string | null;
  /** JSON SigningContent: what the PDF last served to be signed was rendered from, with its hash (0022). */
  signing_content: string | null;
  /** JSON ReleasedContent: the report as released, what its signed PDF was rendered from (0022); null before. */
  released_content: string | null;
}

export interface ConsolidatedSectionsTable {
  campaign_id: string;
  section_id: string;
  html: string;
  generated: number;
  seen: string;
  /** JSON SectionSources of the generated text (0014); null before it or for text never generated. */
  sources: string | null;
  updated_at: string;
  updated_by: string | null;
}

export interface ConferencesTable {
  id: string;
  campaign_id: string;
  title: string;
  /** yyyy-mm-dd; times of day are "HH:MM" in Vietnam. */
  date: string | null;
  start_time: string | null;
  end_time: string | null;
  tentative: number;
  time_note: string;
  venue: string;
  chair: string;
  expected_delegates: number | null;
  /** JSON array of { groupId, expected }. */
  group_targets: string;
  invitation_number: string;
  invitation_code: string;
  invitation_date: string | null;
  invitation_content: string;
  signature_authority: string;
  signature_deputy: string;
  signature_title: string;
  signature_name: string;
  current_item_id: string | null;
  delegate_seq: number;
  version: number;
  budget_version: number;
  created_at: string;
  updated_at: string;
  updated_by: string | null;
}

export interface ConferenceAgendaItemsTable {
  id: string;
  conference_id: string;
  position: number;
  kind: string;
  title: string;
  start_time: string | null;
  duration_minutes: number;
  presenter_unit_id: string | null;
  presenter_name: string;
  assignment_id: string | null;
  note: string;
}

export interface ConferenceDelegatesTable {
  id: string;
  conference_id: string;
  number: number;
  group_id: string | null;
  salutation: string | null;
  name: string;
  title: string;
  unit_id: string | null;
  unit_name: string;
  email: string;
  phone: string;
  note: string;
  rsvp_status: string;
  rsvp_at: string | null;
  rsvp_note: string;
  rsvp_token_hash: string | null;
  invited_at: string | null;
  checked_in_at: string | null;
  checked_in_by: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

/** Amounts in đồng; PostgreSQL's bigint arrives as a string (pg), so readers convert with Number. */
export interface ConferenceBudgetLinesTable {
  id: string;
  conference_id: string;
  position: number;
  item: string;
  source: string;
  planned: number | string;
  actual: number | string | null;
  note: string;
}

export interface PlanReceiptsTable {
  campaign_id: string;
  unit_id: string;
  delivered_at: string;
  opened_at: string | null;
  opened_by: string | null;
  acknowledged_at: string | null;
  acknowledged_by: string | null;
}

export interface OutboxTable {
  id: string;
  kind: string;
  dedupe_key: string;
  campaign_id: string | null;
  unit_id: string | null;
  to_address: string | null;
  subject: string;
  body: string;
  link: string | null;
  created_at: string;
  sent_at: string | null;
  claimed_at: string | null;
  attempts: number;
  last_error: string | null;
}

/** A request to sign a document, with its two one-time links (0018). */
export interface SigningSessionsTable {
  id: string;
  campaign_id: string;
  document_kind: string;
  document_id: string;
  step: string;
  document_version: number;
  fetch_token_hash: string;
  upload_token_hash: string;
  expires_at: string;
  fetched_at: string | null;
  completed_at: string | null;
  created_by: string;
  created_at: string;
  served_sha256: string | null;
  served_storage: string | null;
  doc_number: string | null;
  doc_date: string | null;
  /** The notation printed on the document signed, for the register (0021); null when the document holds it. */
  doc_code: string | null;
}

/** A signature the system accepted, with the signed PDF it produced (0018). */
export interface DocumentSignaturesTable {
  id: string;
  campaign_id: string;
  document_kind: string;
  document_id: string;
  session_id: string;
  step: string;
  document_version: number;
  started_by: string;
  recorded_at: string;
  signer_common_name: string | null;
  signer_organisation: string | null;
  certificate_serial: string;
  certificate_sha256: string;
  signing_time: string | null;
  pdf_sha256: string;
  pdf_storage: string;
  pdf_bytes: number;
}

export interface Database {
  units: UnitsTable;
  users: UsersTable;
  sessions: SessionsTable;
  login_throttle: LoginThrottleTable;
  login_known_addresses: LoginKnownAddressesTable;
  audit_log: AuditLogTable;
  app_state: AppStateTable;
  award_types: AwardTypesTable;
  campaigns: CampaignsTable;
  plan_programme_items: PlanTextRowsTable;
  plan_delegate_groups: PlanTextRowsTable;
  plan_recipients: PlanTextRowsTable;
  plan_budget_lines: PlanBudgetLinesTable;
  plan_award_groups: PlanAwardGroupsTable;
  plan_quota_rows: PlanQuotaRowsTable;
  plan_tasks: PlanTasksTable;
  plan_row_units: PlanRowUnitsTable;
  outline_sections: OutlineSectionsTable;
  outline_indicators: OutlineIndicatorsTable;
  assignments: AssignmentsTable;
  assignment_drafts: AssignmentDraftsTable;
  submissions: SubmissionsTable;
  attachments: AttachmentsTable;
  file_blobs: FileBlobsTable;
  reminder_log: ReminderLogTable;
  reminder_batches: ReminderBatchesTable;
  nominations: NominationsTable;
  nomination_files: NominationFilesTable;
  quota_usage: QuotaUsageTable;
  decisions: DecisionsTable;
  document_numbers: DocumentNumbersTable;
  consolidated_reports: ConsolidatedReportsTable;
  consolidated_sections: ConsolidatedSectionsTable;
  outbox: OutboxTable;
  conferences: ConferencesTable;
  conference_agenda_items: ConferenceAgendaItemsTable;
  conference_delegates: ConferenceDelegatesTable;
  conference_budget_lines: ConferenceBudgetLinesTable;
  invitation_batches: InvitationBatchesTable;
  plan_receipts: PlanReceiptsTable;
  signing_sessions: SigningSessionsTable;
  document_signatures: DocumentSignaturesTable;
}
