// The migrations, oldest first. `nx run api:migration-generate --name=…` adds new ones here.
import { TextSearchSetup1795490000000 } from './1795490000000-text-search-setup';
import { InitialSchema1795494119586 } from './1795494119586-initial-schema';
import { AccountsAndMemberships1795495688852 } from './1795495688852-accounts-and-memberships';
import { GuideSearchAndTicks1795496951191 } from './1795496951191-guide-search-and-ticks';
import { MarketplaceDetails1795501869854 } from './1795501869854-marketplace-details';
import { NewestFirstIndex1795504282962 } from './1795504282962-newest-first-index';
import { StoredMatches1795505559593 } from './1795505559593-stored-matches';
import { Workshops1795511485301 } from './1795511485301-workshops';
import { SearchOrganisationFields1795512764258 } from './1795512764258-search-organisation-fields';
import { Partnerships1795514428303 } from './1795514428303-partnerships';
import { PartnershipEvaluations1795516624876 } from './1795516624876-partnership-evaluations';
import { PartnershipStays1795517758257 } from './1795517758257-partnership-stays';
import { Notifications1795530855303 } from './1795530855303-notifications';
import { ScaleUpInvitations1795531167673 } from './1795531167673-scale-up-invitations';
import { DashboardPartnerships1795533435665 } from './1795533435665-dashboard-partnerships';
import { PartnershipStaysIndex1795536000000 } from './1795536000000-partnership-stays-index';
import { MarketplaceFacetsIndex1795540000000 } from './1795540000000-marketplace-facets-index';
import { MatchCandidatesIndex1795541500000 } from './1795541500000-match-candidates-index';
import { StoredMatchProfiles1795541583560 } from './1795541583560-stored-match-profiles';
import { ProfilesPreparedAt1795549286886 } from './1795549286886-profiles-prepared-at';
import { SimilarOrganisations1795560000000 } from './1795560000000-similar-organisations';

export const MIGRATIONS = [
  TextSearchSetup1795490000000,
  InitialSchema1795494119586,
  AccountsAndMemberships1795495688852,
  GuideSearchAndTicks1795496951191,
  MarketplaceDetails1795501869854,
  NewestFirstIndex1795504282962,
  StoredMatches1795505559593,
  Workshops1795511485301,
  SearchOrganisationFields1795512764258,
  Partnerships1795514428303,
  PartnershipEvaluations1795516624876,
  PartnershipStays1795517758257,
  Notifications1795530855303,
  ScaleUpInvitations1795531167673,
  DashboardPartnerships1795533435665,
  PartnershipStaysIndex1795536000000,
  MarketplaceFacetsIndex1795540000000,
  MatchCandidatesIndex1795541500000,
  StoredMatchProfiles1795541583560,
  ProfilesPreparedAt1795549286886,
  SimilarOrganisations1795560000000,
];
