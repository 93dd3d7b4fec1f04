import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';

import type { Organisation as OrganisationDto, Page } from '@opi/contracts';

import { applyListFilters, pageOf } from '../common/list-query';
import type { ListOrganisationsQueryDto } from './dto/list-organisations.query.dto';
import { Organisation } from './organisation.entity';
import { toOrganisationDto } from './organisation.mapper';

@Injectable()
export class OrganisationsService {
  constructor(
    @InjectRepository(Organisation) private readonly organisations: Repository<Organisation>,
  ) {}

  async list(query: ListOrganisationsQueryDto): Promise<Page<OrganisationDto>> {
    const { page, pageSize, skip } = pageOf(query);
    const qb = this.organisations
      .createQueryBuilder('organisation')
      .where("organisation.status = 'published'");
    if (query.kind) qb.andWhere('organisation.kind = :kind', { kind: query.kind });
    if (query.country) qb.andWhere('organisation.country = :country', { country: query.country });
    applyListFilters(qb, 'organisation', query, { targetGroups: false, settings: false });
    const [items, total] = await qb.offset(skip).limit(pageSize).getManyAndCount();
    return { items: items.map(toOrganisationDto), total, page, pageSize };
  }
}
