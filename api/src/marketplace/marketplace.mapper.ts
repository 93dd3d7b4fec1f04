import type { MarketplaceRecord as RecordDto, Need as NeedDto, Offering as OfferingDto } from '@opi/contracts';

import type { MarketplaceRecord } from '../common/marketplace-record.entity';
import type { Need } from '../needs/need.entity';
import type { Offering } from '../offerings/offering.entity';
import type { Organisation } from '../organisations/organisation.entity';
import { toOrganisationRef } from '../organisations/organisation.mapper';

export type WithOrganisation = MarketplaceRecord & { organisation: Organisation };

/** How a record is shown: contact persons only to signed-in users; snippets only in search results. */
export interface RecordView {
  showContact: boolean;
  snippet?: string;
}

/** The fields of the contract that needs and offerings share. */
export function marketplaceFields(entity: WithOrganisation, view: RecordView): RecordDto {
  return {
    id: entity.id,
    ref: entity.ref,
    organisation: toOrganisationRef(entity.organisation),
    title: entity.title,
    description: entity.description,
    careAreas: entity.careAreas,
    targetGroups: entity.targetGroups,
    settings: entity.settings,
    language: entity.language,
    status: entity.status,
    wantedStart: entity.wantedStart,
    testPeriodMonths: entity.testPeriodMonths,
    budgetNote: entity.budgetNote,
    contact: view.showContact ? entity.contact : null,
    attachments: entity.attachments,
    staleReminderAt: entity.staleReminderAt?.toISOString() ?? null,
    version: entity.version,
    createdAt: entity.createdAt.toISOString(),
    updatedAt: entity.updatedAt.toISOString(),
    ...(view.snippet !== undefined && { snippet: view.snippet }),
  };
}

export function toNeedDto(entity: Need, view: RecordView): NeedDto {
  return {
    ...marketplaceFields(entity, view),
    minTrl: entity.minTrl,
    testSiteOffered: entity.testSiteOffered,
  };
}

export function toOfferingDto(entity: Offering, view: RecordView): OfferingDto {
  return {
    ...marketplaceFields(entity, view),
    trl: entity.trl,
    seekingTestSite: entity.seekingTestSite,
    ceClass: entity.ceClass,
    evidence: entity.evidence,
  };
}
