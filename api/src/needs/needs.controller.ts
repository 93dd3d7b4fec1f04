import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';

import type { Need, Page } from '@opi/contracts';

import { Public } from '../common/auth/decorators';
import { ListQueryDto } from '../common/dto/list-query.dto';
import { NeedsService } from './needs.service';

@ApiTags('needs')
@Controller('needs')
export class NeedsController {
  constructor(private readonly needsService: NeedsService) {}

  @Get()
  @Public()
  @ApiOkResponse({ description: 'A page of published needs: { items, total, page, pageSize }' })
  list(@Query() query: ListQueryDto): Promise<Page<Need>> {
    return this.needsService.list(query);
  }
}
