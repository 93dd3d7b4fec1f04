import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';

import type { Offering, Page } from '@opi/contracts';

import { Public } from '../common/auth/decorators';
import { ListQueryDto } from '../common/dto/list-query.dto';
import { OfferingsService } from './offerings.service';

@ApiTags('offerings')
@Controller('offerings')
export class OfferingsController {
  constructor(private readonly offeringsService: OfferingsService) {}

  @Get()
  @Public()
  @ApiOkResponse({ description: 'A page of published offerings: { items, total, page, pageSize }' })
  list(@Query() query: ListQueryDto): Promise<Page<Offering>> {
    return this.offeringsService.list(query);
  }
}
