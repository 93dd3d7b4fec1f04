import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsUUID, Max, Min, ValidateIf } from 'class-validator';

import {
  MATCH_FEEDBACK,
  type MatchFeedback,
  type MatchFeedbackRequest,
  type MatchingStatus,
  type MatchList,
  type OfferingMatch,
  type OrganisationMatch,
  type RecomputeAllResult,
  type SimilarNeedMatch,
  type TestSiteMatch,
} from '@opi/contracts';

import type { AuthUser } from '../common/auth/auth-user';
import { CurrentUser, Public, Roles } from '../common/auth/decorators';
import { STORED } from './candidates';
import { MatchingService } from './matching.service';

export class MatchLimitDto {
  @ApiPropertyOptional({ minimum: 1, maximum: STORED, default: 10 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: `limit must be a whole number from 1 to ${STORED}` })
  @Min(1, { message: `limit must be a whole number from 1 to ${STORED}` })
  @Max(STORED, { message: `limit must be a whole number from 1 to ${STORED}` })
  limit?: number;
}

export class MatchFeedbackDto implements MatchFeedbackRequest {
  @ApiProperty({
    description: 'The need (for offerings proposed to it) or offering (for test sites)',
  })
  @IsUUID('all', { message: 'subjectId must be the id of a need or offering' })
  subjectId!: string;

  @ApiProperty({ description: 'The proposed offering or organisation' })
  @IsUUID('all', {
    message: 'candidateId must be the id of the proposed offering or organisation',
  })
  candidateId!: string;

  @ApiProperty({
    enum: MATCH_FEEDBACK,
    nullable: true,
    description: 'null takes a verdict back',
  })
  @ValidateIf((_: object, value: unknown) => value !== null)
  @IsIn(MATCH_FEEDBACK, {
    message: `verdict must be one of: ${MATCH_FEEDBACK.join(', ')}, or null`,
  })
  verdict!: MatchFeedback | null;
}

@ApiTags('matching')
@Controller()
export class MatchingController {
  constructor(private readonly matching: MatchingService) {}

  /** Offerings that could solve the need, best first, with a score in [0, 1] and the reasons. */
  @Get('needs/:id/matches')
  @Public()
  @ApiOkResponse({
    description: '{ items: [{ offering, score, reasons: [{ code, text, params }], feedback }], computedAt, computeMs }',
  })
  needMatches(
    @Param('id') id: string,
    @Query() query: MatchLimitDto,
    @CurrentUser() user?: AuthUser,
  ): Promise<MatchList<OfferingMatch>> {
    return this.matching.matchesForNeed(id, user, query.limit ?? 10);
  }

  /** Needs like this one at other municipalities and hospitals (to join forces on a test or a procurement). */
  @Get('needs/:id/similar')
  @Public()
  @ApiOkResponse({
    description: '{ items: [{ need, score, reasons, feedback }], computedAt, computeMs }',
  })
  similarNeeds(
    @Param('id') id: string,
    @Query() query: MatchLimitDto,
    @CurrentUser() user?: AuthUser,
  ): Promise<MatchList<SimilarNeedMatch>> {
    return this.matching.similarNeeds(id, user, query.limit ?? 10);
  }

  /** Knowledge institutions that could evaluate a test of the need, by their expertise. */
  @Get('needs/:id/evaluation-partners')
  @Public()
  @ApiOkResponse({
    description: '{ items: [{ organisation, score, reasons, feedback }], computedAt, computeMs }',
  })
  evaluationPartners(
    @Param('id') id: string,
    @Query() query: MatchLimitDto,
    @CurrentUser() user?: AuthUser,
  ): Promise<MatchList<OrganisationMatch>> {
    return this.matching.evaluationPartners(id, user, query.limit ?? 10);
  }

  /** Municipalities and hospitals that could host a test of the offering. */
  @Get('offerings/:id/test-sites')
  @Public()
  @ApiOkResponse({
    description: '{ items: [{ organisation, need?, score, reasons, feedback }], computedAt, computeMs }',
  })
  testSites(
    @Param('id') id: string,
    @Query() query: MatchLimitDto,
    @CurrentUser() user?: AuthUser,
  ): Promise<MatchList<TestSiteMatch>> {
    return this.matching.testSitesForOffering(id, user, query.limit ?? 10);
  }

  /** The signed-in user's own verdict on a proposal. */
  @Put('matches/feedback')
  @HttpCode(204)
  feedback(@CurrentUser() user: AuthUser, @Body() body: MatchFeedbackDto): Promise<void> {
    return this.matching.setFeedback(user, body.subjectId, body.candidateId, body.verdict);
  }

  /** Drops every stored result and queues all needs and offerings (after a change to the engine). */
  @Post('admin/matches/recompute')
  @HttpCode(202)
  @Roles('admin')
  recomputeAll(): Promise<RecomputeAllResult> {
    return this.matching.recomputeAll();
  }

  /** How far the background work is: records with an up-to-date profile, and subjects with stored results. */
  @Get('admin/matches/status')
  @Roles('admin')
  status(): Promise<MatchingStatus> {
    return this.matching.status();
  }
}
