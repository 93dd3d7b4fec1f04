import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';

import type { Need, Offering, Page } from '@opi/contracts';

import type { AuthUser } from '../common/auth/auth-user';
import { CurrentUser } from '../common/auth/decorators';
import { NeedsService } from '../needs/needs.service';
import { OfferingsService } from '../offerings/offerings.service';
import { MyRecordsQueryDto } from './dto/marketplace-query.dto';

/** "My needs" and "My offerings": what the signed-in user's organisations own, drafts included. */
@ApiTags('me')
@ApiBearerAuth()
@Controller('me')
export class MyRecordsController {
  constructor(
    private readonly needs: NeedsService,
    private readonly offerings: OfferingsService,
  ) {}

  @Get('needs')
  myNeeds(@CurrentUser() user: AuthUser, @Query() query: MyRecordsQueryDto): Promise<Page<Need>> {
    return this.needs.mine(user, query);
  }

  @Get('offerings')
  myOfferings(@CurrentUser() user: AuthUser, @Query() query: MyRecordsQueryDto): Promise<Page<Offering>> {
    return this.offerings.mine(user, query);
  }
}
