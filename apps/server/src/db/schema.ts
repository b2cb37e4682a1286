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
  failed_logins: number;
  locked_until: string | null;
  last_login_at: string | null;
  version: number;
  created_at: string;
  updated_at: string;
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

export interface Database {
  units: UnitsTable;
  users: UsersTable;
  sessions: SessionsTable;
  audit_log: AuditLogTable;
  app_state: AppStateTable;
}
