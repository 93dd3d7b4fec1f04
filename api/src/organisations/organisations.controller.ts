import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';

import type { Organisation, Page } from '@opi/contracts';

import type { AuthUser } from '../common/auth/auth-user';
import { CurrentUser, Public, RequireMembership } from '../common/auth/decorators';
import { CreateOrganisationDto } from './dto/create-organisation.dto';
import { ListOrganisationsQueryDto } from './dto/list-organisations.query.dto';
import { UpdateOrganisationDto } from './dto/update-organisation.dto';
import { OrganisationEditorService } from './organisation-editor.service';
import { OrganisationsService } from './organisations.service';

@ApiTags('organisations')
@Controller('organisations')
export class OrganisationsController {
  constructor(
    private readonly organisationsService: OrganisationsService,
    private readonly editor: OrganisationEditorService,
  ) {}

  @Get()
  @Public()
  @ApiOkResponse({ description: 'A page of published organisations: { items, total, page, pageSize }' })
  list(@Query() query: ListOrganisationsQueryDto): Promise<Page<Organisation>> {
    return this.organisationsService.list(query);
  }

  @Get(':id')
  @Public()
  get(@Param('id') id: string, @CurrentUser() user: AuthUser | undefined): Promise<Organisation> {
    return this.organisationsService.get(id, user);
  }

  /** Any signed-in user may create an organisation and becomes its owner. */
  @Post()
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateOrganisationDto): Promise<Organisation> {
    return this.editor.create(user, dto);
  }

  @Patch(':id')
  @RequireMembership('member')
  @ApiConflictResponse({ description: 'Stale version' })
  update(
    @CurrentUser() user: AuthUser,
    @Param('id') id: string,
    @Body() dto: UpdateOrganisationDto,
  ): Promise<Organisation> {
    return this.editor.update(user, id, dto);
  }
}
