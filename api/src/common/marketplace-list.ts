import type { Repository } from 'typeorm';

import type { Page } from '@opi/contracts';

import { toOrganisationRef } from '../organisations/organisation.mapper';
import type { ListQueryDto } from './dto/list-query.dto';
import { applyListFilters, pageOf } from './list-query';
import type { MarketplaceRecord } from './marketplace-record.entity';
import type { Organisation } from '../organisations/organisation.entity';

type WithOrganisation = MarketplaceRecord & { organisation: Organisation };

/** Published records of published organisations, newest first or by relevance to `q`. */
export async function listPublished<E extends WithOrganisation, D>(
  repository: Repository<E>,
  alias: string,
  query: ListQueryDto,
  toDto: (entity: E) => D,
): Promise<Page<D>> {
  const { page, pageSize, skip } = pageOf(query);
  const qb = repository
    .createQueryBuilder(alias)
    .innerJoinAndSelect(`${alias}.organisation`, 'organisation')
    .where(`${alias}.status = 'published'`)
    .andWhere("organisation.status = 'published'");
  applyListFilters(qb, alias, query, {
    targetGroups: true,
    settings: true,
    regionAlias: 'organisation',
  });
  const [items, total] = await qb.offset(skip).limit(pageSize).getManyAndCount();
  return { items: items.map(toDto), total, page, pageSize };
}

/** The fields of the contract that needs and offerings share. */
export function marketplaceFields(entity: WithOrganisation) {
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
    createdAt: entity.createdAt.toISOString(),
    updatedAt: entity.updatedAt.toISOString(),
  };
}
