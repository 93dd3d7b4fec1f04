import type { MatchReason } from '@opi/contracts';
import type { MatchNeed, MatchOffering, MatchOrganisation, MatchReason as EngineReason } from '@opi/matching';

import type { Need } from '../needs/need.entity';
import type { Offering } from '../offerings/offering.entity';
import type { Organisation } from '../organisations/organisation.entity';

/** What matching reads of an organisation (an entity, or a row shaped like one). */
export type OrganisationFields = Pick<Organisation, 'id' | 'country' | 'region' | 'kind' | 'careAreas' | 'testSite'>;

type RecordFields = 'id' | 'title' | 'description' | 'language' | 'careAreas' | 'targetGroups' | 'settings';

/** What matching reads of a need, with its organisation. */
export type NeedFields = Pick<Need, RecordFields | 'minTrl' | 'testSiteOffered'> & { organisation: OrganisationFields };

/** What matching reads of an offering, with its organisation. */
export type OfferingFields = Pick<Offering, RecordFields | 'trl' | 'seekingTestSite'> & {
  organisation: OrganisationFields;
};

export function toMatchOrganisation(org: OrganisationFields): MatchOrganisation {
  return {
    id: org.id,
    country: org.country,
    region: org.region,
    kind: org.kind,
    careAreas: org.careAreas,
    testSite: org.testSite
      ? {
          offered: org.testSite.offered,
          settings: org.testSite.settings,
          capacity: org.testSite.capacity,
        }
      : null,
  };
}

export function toMatchNeed(need: NeedFields): MatchNeed {
  return {
    id: need.id,
    title: need.title,
    description: need.description,
    language: need.language,
    careAreas: need.careAreas,
    targetGroups: need.targetGroups,
    settings: need.settings,
    minTrl: need.minTrl,
    testSiteOffered: need.testSiteOffered,
    organisation: toMatchOrganisation(need.organisation),
  };
}

export function toMatchOffering(offering: OfferingFields): MatchOffering {
  return {
    id: offering.id,
    title: offering.title,
    description: offering.description,
    language: offering.language,
    careAreas: offering.careAreas,
    targetGroups: offering.targetGroups,
    settings: offering.settings,
    trl: offering.trl,
    seekingTestSite: offering.seekingTestSite,
    organisation: toMatchOrganisation(offering.organisation),
  };
}

/** A reason of the engine as the API stores and sends it. */
export function toReason(reason: EngineReason): MatchReason {
  return {
    code: reason.code,
    text: reason.text,
    params: reason.params as MatchReason['params'],
  };
}
