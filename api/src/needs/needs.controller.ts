import { Body, Controller, Delete, Get, Header, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';

import type { Need, Page } from '@opi/contracts';

import type { AuthUser } from '../common/auth/auth-user';
import { CurrentUser, Public } from '../common/auth/decorators';
import { MarketplaceQueryDto } from '../marketplace/dto/marketplace-query.dto';
import { CreateNeedDto, UpdateNeedDto } from './dto/need.dto';
import { NeedsService } from './needs.service';

@ApiTags('needs')
@Controller('needs')
export class NeedsController {
  constructor(private readonly needs: NeedsService) {}

  @Get()
  @Public()
  @ApiOkResponse({ description: 'Published needs: { items, total, page, pageSize, facets }' })
  list(@Query() query: MarketplaceQueryDto, @CurrentUser() user?: AuthUser): Promise<Page<Need>> {
    return this.needs.search(query, user);
  }

  @Get('export.csv')
  @Public()
  @ApiProduces('text/csv')
  @Header('content-type', 'text/csv; charset=utf-8')
  @Header('content-disposition', 'attachment; filename="opi-needs.csv"')
  exportCsv(@Query() query: MarketplaceQueryDto): Promise<string> {
    return this.needs.exportCsv(query);
  }

  @Get(':id')
  @Public()
  get(@Param('id') id: string, @CurrentUser() user?: AuthUser): Promise<Need> {
    return this.needs.get(id, user);
  }

  /** By a member of the municipality or hospital named in `organisationId`; a draft unless `status` says otherwise. */
  @Post()
  create(@CurrentUser() user: AuthUser, @Body() body: CreateNeedDto): Promise<Need> {
    return this.needs.create(user, body);
  }

  @Patch(':id')
  @ApiConflictResponse({ description: 'Stale version' })
  update(@CurrentUser() user: AuthUser, @Param('id') id: string, @Body() body: UpdateNeedDto): Promise<Need> {
    return this.needs.update(user, id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  remove(@CurrentUser() user: AuthUser, @Param('id') id: string): Promise<void> {
    return this.needs.remove(user, id);
  }

  @Post(':id/still-relevant')
  @HttpCode(200)
  stillRelevant(@CurrentUser() user: AuthUser, @Param('id') id: string): Promise<Need> {
    return this.needs.confirmStillRelevant(user, id);
  }
}
