import type { Organisation as OrganisationDto, OrganisationRef } from '@opi/contracts';

import type { Organisation } from './organisation.entity';

export function toOrganisationRef(entity: Organisation): OrganisationRef {
  return { id: entity.id, name: entity.name, kind: entity.kind, country: entity.country };
}

export function toOrganisationDto(entity: Organisation): OrganisationDto {
  return {
    ...toOrganisationRef(entity),
    ...entity.details,
    ref: entity.ref,
    region: entity.region,
    city: entity.city,
    description: entity.description,
    careAreas: entity.careAreas,
    expertise: entity.expertise,
    testSite: entity.testSite,
    status: entity.status,
    version: entity.version,
    createdAt: entity.createdAt.toISOString(),
    updatedAt: entity.updatedAt.toISOString(),
  };
}
