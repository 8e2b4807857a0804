// Row types of the tables coaches and career centers add (migration 0008). Scopes and facts are
// JSON text, like every list in the store.
export interface CenterTable {
  id: string;
  name: string;
  created_at: string;
}

export interface CenterStaffTable {
  center_id: string;
  user_id: string;
  /** "admin", "coach" or "analyst". */
  role: string;
  added_at: string;
}

export interface ProgramTable {
  id: string;
  center_id: string;
  name: string;
  purpose: string;
  starts_on: string;
  ends_on: string;
  created_at: string;
}

export interface ProgramCoachTable {
  program_id: string;
  user_id: string;
}

export interface ProgramMemberTable {
  program_id: string;
  seeker_id: string;
  joined_at: string;
}

export interface ProgramInvitationTable {
  id: string;
  program_id: string;
  token_hash: string;
  /** A personal invitation, used once; null for a join link, used until it expires. */
  email: string | null;
  email_domain: string | null;
  expires_at: string;
  created_by: string;
  created_at: string;
  accepted_by: string | null;
  accepted_at: string | null;
  revoked_at: string | null;
}

export interface GrantTable {
  id: string;
  seeker_id: string;
  program_id: string;
  /** One coach; null: every coach of the program. */
  coach_id: string | null;
  scopes: string; // JSON Scope[]
  purpose: string;
  expires_at: string;
  created_at: string;
  updated_at: string;
  revoked_at: string | null;
}

export interface GrantReceiptTable {
  id: string;
  seeker_id: string;
  grant_id: string;
  /** "granted", "changed" or "revoked". */
  change: string;
  scopes: string; // JSON Scope[]
  purpose: string;
  whom: string;
  expires_at: string;
  at: string;
}

export interface AccessLogTable {
  id: string;
  seeker_id: string;
  staff_id: string;
  staff_name: string;
  staff_email: string;
  center_name: string;
  program_name: string;
  what: string;
  scopes: string; // JSON Scope[]
  at: string;
}

export interface CoachCommentTable {
  id: string;
  seeker_id: string;
  program_id: string;
  author_id: string;
  author_name: string;
  kind: string;
  body: string;
  created_at: string;
  dismissed_at: string | null;
}

export interface StaffNoteTable {
  id: string;
  program_id: string;
  seeker_id: string;
  author_id: string;
  author_name: string;
  body: string;
  created_at: string;
}

export interface MilestoneTable {
  id: string;
  program_id: string;
  title: string;
  metric: string;
  target: number;
  by_week: number;
  created_at: string;
}

export interface CenterMaterialTable {
  id: string;
  center_id: string;
  /** "request", "thank_you" or "question". */
  kind: string;
  title: string;
  body: string;
  created_at: string;
}

export interface ProgramDepartureTable {
  id: string;
  program_id: string;
  left_on: string;
  facts: string; // JSON SeekerFacts without a name
}

export interface CentersDatabase {
  centers: CenterTable;
  center_staff: CenterStaffTable;
  programs: ProgramTable;
  program_coaches: ProgramCoachTable;
  program_members: ProgramMemberTable;
  program_invitations: ProgramInvitationTable;
  grants: GrantTable;
  grant_receipts: GrantReceiptTable;
  access_log: AccessLogTable;
  coach_comments: CoachCommentTable;
  staff_notes: StaffNoteTable;
  milestones: MilestoneTable;
  center_material: CenterMaterialTable;
  program_departures: ProgramDepartureTable;
}
