import { AuditEntry } from '../audit/audit-entry.entity';
import { AppSecret } from '../auth/app-secret.entity';
import { DashboardPartnership } from '../dashboard/dashboard-partnership.entity';
import { GuidePageIndex } from '../guide/guide-page-index.entity';
import { GuideTick } from '../guide/guide-tick.entity';
import { Invitation } from '../memberships/invitation.entity';
import { Membership } from '../memberships/membership.entity';
import { Need } from '../needs/need.entity';
import { Offering } from '../offerings/offering.entity';
import { Organisation } from '../organisations/organisation.entity';
import { User } from '../users/user.entity';
import { PARTNERSHIP_ENTITIES } from '../partnerships/partnership.entities';
import { NOTIFICATION_ENTITIES } from '../notifications/notification.entities';
import { WORKSHOP_ENTITIES } from '../workshops/workshop.entities';
import { MatchFeedbackEntry, MatchRun, NeedMatch, NeedProfile, OfferingProfile, TestSiteMatch } from '../matching/match.entities';

/** Every entity the API maps; migrations must agree with these (see `migration:check`). */
export const ENTITIES = [
  Organisation,
  Need,
  Offering,
  User,
  Membership,
  Invitation,
  AuditEntry,
  AppSecret,
  GuidePageIndex,
  GuideTick,
  NeedMatch,
  TestSiteMatch,
  MatchRun,
  MatchFeedbackEntry,
  NeedProfile,
  OfferingProfile,
  ...WORKSHOP_ENTITIES,
  ...PARTNERSHIP_ENTITIES,
  ...NOTIFICATION_ENTITIES,
  DashboardPartnership,
];
