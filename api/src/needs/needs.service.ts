import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';

import type { Need as NeedDto, Page } from '@opi/contracts';

import type { ListQueryDto } from '../common/dto/list-query.dto';
import { applyListFilters, pageOf } from '../common/list-query';
import { toOrganisationRef } from '../organisations/organisation.mapper';
import { Need } from './need.entity';

@Injectable()
export class NeedsService {
  constructor(@InjectRepository(Need) private readonly needs: Repository<Need>) {}

  /** Published needs of published organisations, newest first or by relevance to `q`. */
  async list(query: ListQueryDto): Promise<Page<NeedDto>> {
    const { page, pageSize, skip } = pageOf(query);
    const qb = this.needs
      .createQueryBuilder('need')
      .innerJoinAndSelect('need.organisation', 'organisation')
      .where("need.status = 'published'")
      .andWhere("organisation.status = 'published'");
    applyListFilters(qb, 'need', query, {
      targetGroups: true,
      settings: true,
      regionAlias: 'organisation',
    });
    const [items, total] = await qb.offset(skip).limit(pageSize).getManyAndCount();
    return { items: items.map(toNeedDto), total, page, pageSize };
  }
}

export function toNeedDto(entity: Need): NeedDto {
  return {
    id: entity.id,
    ref: entity.ref,
    organisation: toOrganisationRef(entity.organisation),
    title: entity.title,
    description: entity.description,
    careAreas: entity.careAreas,
    targetGroups: entity.targetGroups,
    settings: entity.settings,
    minTrl: entity.minTrl,
    testSiteOffered: entity.testSiteOffered,
    language: entity.language,
    createdAt: entity.createdAt.toISOString(),
    updatedAt: entity.updatedAt.toISOString(),
  };
}
