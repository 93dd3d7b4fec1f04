import { Body, Controller, Delete, Get, Header, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';

import type { Offering, Page } from '@opi/contracts';

import type { AuthUser } from '../common/auth/auth-user';
import { CurrentUser, Public } from '../common/auth/decorators';
import { MarketplaceQueryDto } from '../marketplace/dto/marketplace-query.dto';
import { CreateOfferingDto, UpdateOfferingDto } from './dto/offering.dto';
import { OfferingsService } from './offerings.service';

@ApiTags('offerings')
@Controller('offerings')
export class OfferingsController {
  constructor(private readonly offerings: OfferingsService) {}

  @Get()
  @Public()
  @ApiOkResponse({ description: 'Published offerings: { items, total, page, pageSize, facets }' })
  list(@Query() query: MarketplaceQueryDto, @CurrentUser() user?: AuthUser): Promise<Page<Offering>> {
    return this.offerings.search(query, user);
  }

  @Get('export.csv')
  @Public()
  @ApiProduces('text/csv')
  @Header('content-type', 'text/csv; charset=utf-8')
  @Header('content-disposition', 'attachment; filename="opi-offerings.csv"')
  exportCsv(@Query() query: MarketplaceQueryDto): Promise<string> {
    return this.offerings.exportCsv(query);
  }

  @Get(':id')
  @Public()
  get(@Param('id') id: string, @CurrentUser() user?: AuthUser): Promise<Offering> {
    return this.offerings.get(id, user);
  }

  /** By a member of the company or knowledge institution named in `organisationId`; a draft unless `status` says otherwise. */
  @Post()
  create(@CurrentUser() user: AuthUser, @Body() body: CreateOfferingDto): Promise<Offering> {
    return this.offerings.create(user, body);
  }

  @Patch(':id')
  @ApiConflictResponse({ description: 'Stale version' })
  update(@CurrentUser() user: AuthUser, @Param('id') id: string, @Body() body: UpdateOfferingDto): Promise<Offering> {
    return this.offerings.update(user, id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  remove(@CurrentUser() user: AuthUser, @Param('id') id: string): Promise<void> {
    return this.offerings.remove(user, id);
  }

  @Post(':id/still-relevant')
  @HttpCode(200)
  stillRelevant(@CurrentUser() user: AuthUser, @Param('id') id: string): Promise<Offering> {
    return this.offerings.confirmStillRelevant(user, id);
  }
}
