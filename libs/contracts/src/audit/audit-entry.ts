/** GET /api/audit (admins): one write. */
export interface AuditEntry {
  id: string;
  at: string;
  userId: string | null;
  userEmail: string | null;
  /** e.g. organisation.create, organisation.update, membership.remove, user.disable */
  action: string;
  entityType: string;
  entityId: string | null;
  /** Ids the write touched, before and after (e.g. memberIds). */
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}
