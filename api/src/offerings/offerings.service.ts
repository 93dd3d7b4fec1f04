import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';

import type { Offering as OfferingDto, Page } from '@opi/contracts';

import type { ListQueryDto } from '../common/dto/list-query.dto';
import { applyListFilters, pageOf } from '../common/list-query';
import { toOrganisationRef } from '../organisations/organisation.mapper';
import { Offering } from './offering.entity';

@Injectable()
export class OfferingsService {
  constructor(@InjectRepository(Offering) private readonly offerings: Repository<Offering>) {}

  /** Published offerings of published organisations, newest first or by relevance to `q`. */
  async list(query: ListQueryDto): Promise<Page<OfferingDto>> {
    const { page, pageSize, skip } = pageOf(query);
    const qb = this.offerings
      .createQueryBuilder('offering')
      .innerJoinAndSelect('offering.organisation', 'organisation')
      .where("offering.status = 'published'")
      .andWhere("organisation.status = 'published'");
    applyListFilters(qb, 'offering', query, {
      targetGroups: true,
      settings: true,
      regionAlias: 'organisation',
    });
    const [items, total] = await qb.offset(skip).limit(pageSize).getManyAndCount();
    return { items: items.map(toOfferingDto), total, page, pageSize };
  }
}

export function toOfferingDto(entity: Offering): OfferingDto {
  return {
    id: entity.id,
    ref: entity.ref,
    organisation: toOrganisationRef(entity.organisation),
    title: entity.title,
    description: entity.description,
    careAreas: entity.careAreas,
    targetGroups: entity.targetGroups,
    settings: entity.settings,
    trl: entity.trl,
    seekingTestSite: entity.seekingTestSite,
    language: entity.language,
    createdAt: entity.createdAt.toISOString(),
    updatedAt: entity.updatedAt.toISOString(),
  };
}
