import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';

import type { Offering as OfferingDto, Page } from '@opi/contracts';

import type { ListQueryDto } from '../common/dto/list-query.dto';
import { listPublished, marketplaceFields } from '../common/marketplace-list';
import { Offering } from './offering.entity';

@Injectable()
export class OfferingsService {
  constructor(@InjectRepository(Offering) private readonly offerings: Repository<Offering>) {}

  list(query: ListQueryDto): Promise<Page<OfferingDto>> {
    return listPublished(this.offerings, 'offering', query, toOfferingDto);
  }
}

export function toOfferingDto(entity: Offering): OfferingDto {
  return {
    ...marketplaceFields(entity),
    trl: entity.trl,
    seekingTestSite: entity.seekingTestSite,
  };
}
