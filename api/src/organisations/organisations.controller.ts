import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';

import type { Organisation, Page } from '@opi/contracts';

import { ListOrganisationsQueryDto } from './dto/list-organisations.query.dto';
import { OrganisationsService } from './organisations.service';

@ApiTags('organisations')
@Controller('organisations')
export class OrganisationsController {
  constructor(private readonly organisationsService: OrganisationsService) {}

  @Get()
  @ApiOkResponse({ description: 'A page of published organisations: { items, total, page, pageSize }' })
  list(@Query() query: ListOrganisationsQueryDto): Promise<Page<Organisation>> {
    return this.organisationsService.list(query);
  }
}
