import type { UserRole } from '../auth/auth';
import type { OrganisationKind } from '../organisations/organisation';

export type MembershipRole = 'owner' | 'member';

export interface MyMembership {
  organisationId: string;
  name: string;
  kind: OrganisationKind;
  status: 'draft' | 'published' | 'archived';
  role: MembershipRole;
}

/** GET /api/me */
export interface Me {
  id: string;
  email: string;
  name: string;
  role: UserRole;
  memberships: MyMembership[];
  createdAt: string;
}

/** GET /api/me/export: everything the portal holds about the signed-in user. */
export interface PersonalDataExport {
  exportedAt: string;
  user: Omit<Me, 'memberships'>;
  memberships: MyMembership[];
  invitationsSent: Array<{ organisationId: string; email: string; createdAt: string }>;
  auditTrail: Array<{ at: string; action: string; entityType: string; entityId: string | null }>;
}
