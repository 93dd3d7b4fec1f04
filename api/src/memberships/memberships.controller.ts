import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Req,
} from '@nestjs/common';
import { ApiProperty, ApiTags } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, MaxLength } from 'class-validator';
import type { FastifyRequest } from 'fastify';

import type {
  CreateInvitationRequest,
  Invitation,
  InvitationPreview,
  MyMembership,
  OrganisationMember,
} from '@opi/contracts';

import type { AuthUser } from '../common/auth/auth-user';
import { CurrentUser, Public, RequireMembership } from '../common/auth/decorators';
import { MembershipsService } from './memberships.service';

class CreateInvitationDto implements CreateInvitationRequest {
  @ApiProperty()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(254)
  email!: string;
}

@ApiTags('organisations')
@Controller()
export class MembershipsController {
  constructor(private readonly memberships: MembershipsService) {}

  @Get('organisations/:id/members')
  @RequireMembership('member')
  members(@Param('id') id: string): Promise<OrganisationMember[]> {
    return this.memberships.members(id);
  }

  @Post('organisations/:id/invitations')
  @RequireMembership('owner')
  invite(
    @CurrentUser() user: AuthUser,
    @Param('id') id: string,
    @Body() dto: CreateInvitationDto,
    @Req() request: FastifyRequest,
  ): Promise<Invitation> {
    return this.memberships.invite(user, id, dto.email, `${request.protocol}://${request.host}`);
  }

  /** Who invites whom, so the accept page can say so. */
  @Get('invitations/:token')
  @Public()
  preview(@Param('token') token: string): Promise<InvitationPreview> {
    return this.memberships.preview(token);
  }

  @Post('invitations/:token/accept')
  @HttpCode(200)
  accept(@CurrentUser() user: AuthUser, @Param('token') token: string): Promise<MyMembership> {
    return this.memberships.accept(user, token);
  }

  @Delete('organisations/:id/members/:userId')
  @HttpCode(204)
  @RequireMembership('member')
  remove(
    @CurrentUser() user: AuthUser,
    @Param('id') id: string,
    @Param('userId', new ParseUUIDPipe({ errorHttpStatusCode: 404 })) userId: string,
  ): Promise<void> {
    return this.memberships.remove(user, id, userId);
  }
}
