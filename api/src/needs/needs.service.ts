import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';

import type { Need as NeedDto, Page } from '@opi/contracts';

import type { ListQueryDto } from '../common/dto/list-query.dto';
import { listPublished, marketplaceFields } from '../common/marketplace-list';
import { Need } from './need.entity';

@Injectable()
export class NeedsService {
  constructor(@InjectRepository(Need) private readonly needs: Repository<Need>) {}

  list(query: ListQueryDto): Promise<Page<NeedDto>> {
    return listPublished(this.needs, 'need', query, toNeedDto);
  }
}

export function toNeedDto(entity: Need): NeedDto {
  return {
    ...marketplaceFields(entity),
    minTrl: entity.minTrl,
    testSiteOffered: entity.testSiteOffered,
  };
}
