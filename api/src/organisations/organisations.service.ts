import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import type { Repository } from 'typeorm';

import type { Organisation as OrganisationDto, Page } from '@opi/contracts';

import type { AuthUser } from '../common/auth/auth-user';
import { applyListFilters, MULTILINGUAL_TSQUERY, pageOf } from '../common/list-query';
import { Membership } from '../memberships/membership.entity';
import type { ListOrganisationsQueryDto } from './dto/list-organisations.query.dto';
import { Organisation } from './organisation.entity';
import { toOrganisationDto } from './organisation.mapper';

@Injectable()
export class OrganisationsService {
  constructor(
    @InjectRepository(Organisation) private readonly organisations: Repository<Organisation>,
    @InjectRepository(Membership) private readonly memberships: Repository<Membership>,
  ) {}

  /**
   * The public directory: published organisations. `q` matches names
   * typo-tolerantly (pg_trgm) as well as the full text.
   */
  async list(query: ListOrganisationsQueryDto): Promise<Page<OrganisationDto>> {
    const { page, pageSize, skip } = pageOf(query);
    const qb = this.organisations
      .createQueryBuilder('organisation')
      .where("organisation.status = 'published'");
    if (query.kind) qb.andWhere('organisation.kind = :kind', { kind: query.kind });
    if (query.country) qb.andWhere('organisation.country = :country', { country: query.country });
    const q = query.q?.trim();
    applyListFilters(qb, 'organisation', { ...query, q: undefined }, { targetGroups: false, settings: false });
    if (q) {
      qb.andWhere(
        `(organisation.name % :q OR organisation.name ILIKE :like OR organisation.search @@ ${MULTILINGUAL_TSQUERY})`,
        { q, like: `%${q.replace(/[\\%_]/g, '\\$&')}%` },
      );
      qb.orderBy('similarity(organisation.name, :q)', 'DESC').addOrderBy('organisation.id', 'ASC');
    }
    const [items, total] = await qb.offset(skip).limit(pageSize).getManyAndCount();
    return { items: items.map(toOrganisationDto), total, page, pageSize };
  }

  /**
   * A published organisation for anyone; a draft only for its members, admins
   * and cluster managers (who broker across the cluster). Others get 404.
   */
  async get(id: string, user: AuthUser | undefined): Promise<OrganisationDto> {
    const organisation = isUUID(id) ? await this.organisations.findOneBy({ id }) : null;
    if (!organisation) throw new NotFoundException('No such organisation');
    if (organisation.status === 'published') return toOrganisationDto(organisation);
    if (user && (user.role === 'admin' || user.role === 'cluster_manager')) {
      return toOrganisationDto(organisation);
    }
    if (user && (await this.memberships.existsBy({ organisationId: id, userId: user.id }))) {
      return toOrganisationDto(organisation);
    }
    throw new NotFoundException('No such organisation');
  }
}
