import { Body, Controller, Delete, Get, Header, HttpCode, MessageEvent, Param, Patch, Post, Put, Query, Sse } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import { interval, map, merge, type Observable } from 'rxjs';

import type {
  AddedParticipant,
  Need,
  Page,
  Partnership,
  WorkshopElement,
  WorkshopInvitation,
  WorkshopMatrix,
  WorkshopParticipant,
  WorkshopProposal,
  WorkshopProposalRevision,
  WorkshopRecommendation,
  WorkshopReport,
  WorkshopSeries,
  WorkshopSeriesSummary,
  WorkshopSession,
  WorkshopSessionSummary,
  WorkshopTopic,
  WorkshopTopicSuggestion,
} from '@opi/contracts';

import type { AuthUser } from '../common/auth/auth-user';
import { AllowWorkshopGuests, CurrentUser, Public, Roles } from '../common/auth/decorators';
import {
  AddFacilitatorDto,
  AddParticipantDto,
  CreateWorkshopElementDto,
  CreateWorkshopProposalDto,
  CreateWorkshopSeriesDto,
  CreateWorkshopSessionDto,
  PlaceDotsDto,
  ProposalToNeedDto,
  ProposalToPartnershipDto,
  ScoreProposalDto,
  UpdateMyParticipationDto,
  UpdateWorkshopProposalDto,
  UpdateWorkshopSeriesDto,
  UpdateWorkshopSessionDto,
  WorkshopRecommendationDto,
  WorkshopTopicDto,
} from './dto/workshop.dto';
import { Caller, type WorkshopCaller } from './workshop-access';
import { WorkshopEvents } from './workshop-events';
import { WorkshopProposals } from './workshop-proposals.service';
import { WorkshopsService } from './workshops.service';

/** How often an idle event stream says it is still there (proxies close silent connections). */
const KEEP_ALIVE_MS = 25_000;

@ApiTags('workshops')
@Controller()
export class WorkshopsController {
  constructor(
    private readonly workshops: WorkshopsService,
    private readonly proposals: WorkshopProposals,
    private readonly events: WorkshopEvents,
  ) {}

  // Series (signed-in users)

  @Get('workshops')
  listSeries(@CurrentUser() user: AuthUser): Promise<Page<WorkshopSeriesSummary>> {
    return this.workshops.listSeries(user);
  }

  /** Cluster managers and public bodies run workshops. */
  @Post('workshops')
  @Roles('cluster_manager', 'public_staff', 'admin')
  createSeries(@CurrentUser() user: AuthUser, @Body() body: CreateWorkshopSeriesDto): Promise<WorkshopSeries> {
    return this.workshops.createSeries(user, body);
  }

  @Get('workshops/:id')
  series(@Param('id') id: string, @CurrentUser() user: AuthUser): Promise<WorkshopSeries> {
    return this.workshops.getSeries(id, user);
  }

  @Patch('workshops/:id')
  updateSeries(@Param('id') id: string, @CurrentUser() user: AuthUser, @Body() body: UpdateWorkshopSeriesDto): Promise<WorkshopSeries> {
    return this.workshops.updateSeries(id, user, body);
  }

  @Post('workshops/:id/facilitators')
  addFacilitator(@Param('id') id: string, @CurrentUser() user: AuthUser, @Body() body: AddFacilitatorDto): Promise<WorkshopSeries> {
    return this.workshops.addFacilitator(id, user, body.email);
  }

  @Post('workshops/:id/sessions')
  createSession(@Param('id') id: string, @CurrentUser() user: AuthUser, @Body() body: CreateWorkshopSessionDto): Promise<WorkshopSessionSummary> {
    return this.workshops.createSession(id, user, body);
  }

  @Get('workshops/:id/proposals')
  seriesProposals(@Param('id') id: string, @CurrentUser() user: AuthUser): Promise<WorkshopProposal[]> {
    return this.proposals.listForSeries(id, user);
  }

  @Post('workshops/:id/topics')
  createTopic(@Param('id') id: string, @CurrentUser() user: AuthUser, @Body() body: WorkshopTopicDto): Promise<WorkshopTopic> {
    return this.proposals.createTopic(id, user, body);
  }

  /** Proposals not yet in a topic that talk about the same care area, target group or setting. */
  @Get('workshops/:id/topic-suggestions')
  @ApiQuery({ name: 'lang', required: false, enum: ['en', 'da', 'nl', 'fr'] })
  topicSuggestions(@Param('id') id: string, @CurrentUser() user: AuthUser, @Query('lang') lang?: string): Promise<WorkshopTopicSuggestion[]> {
    return this.proposals.suggestTopics(id, user, lang);
  }

  @Get('workshops/:id/report')
  report(@Param('id') id: string, @CurrentUser() user: AuthUser): Promise<WorkshopReport> {
    return this.proposals.report(id, user);
  }

  @Get('workshops/:id/report.csv')
  @ApiProduces('text/csv')
  @Header('content-type', 'text/csv; charset=utf-8')
  @Header('content-disposition', 'attachment; filename="workshop-report.csv"')
  reportCsv(@Param('id') id: string, @CurrentUser() user: AuthUser): Promise<string> {
    return this.proposals.reportCsv(id, user);
  }

  @Patch('workshop-topics/:id')
  updateTopic(@Param('id') id: string, @CurrentUser() user: AuthUser, @Body() body: WorkshopTopicDto): Promise<WorkshopTopic> {
    return this.proposals.updateTopic(id, user, body);
  }

  @Delete('workshop-topics/:id')
  @HttpCode(204)
  deleteTopic(@Param('id') id: string, @CurrentUser() user: AuthUser): Promise<void> {
    return this.proposals.deleteTopic(id, user);
  }

  @Post('workshop-topics/:id/recommendations')
  addRecommendation(@Param('id') id: string, @CurrentUser() user: AuthUser, @Body() body: WorkshopRecommendationDto): Promise<WorkshopRecommendation> {
    return this.proposals.addRecommendation(id, user, body);
  }

  @Patch('workshop-recommendations/:id')
  updateRecommendation(@Param('id') id: string, @CurrentUser() user: AuthUser, @Body() body: WorkshopRecommendationDto): Promise<WorkshopRecommendation> {
    return this.proposals.updateRecommendation(id, user, body);
  }

  @Delete('workshop-recommendations/:id')
  @HttpCode(204)
  deleteRecommendation(@Param('id') id: string, @CurrentUser() user: AuthUser): Promise<void> {
    return this.proposals.deleteRecommendation(id, user);
  }

  /** Makes a draft need of the proposal for one of the caller's municipalities or hospitals. */
  @Post('workshop-proposals/:id/need')
  proposalToNeed(@Param('id') id: string, @CurrentUser() user: AuthUser, @Body() body: ProposalToNeedDto): Promise<Need> {
    return this.proposals.toNeed(id, user, body.organisationId);
  }

  /** Seeds a partnership from the proposal: an introduction of two organisations (cluster managers). */
  @Post('workshop-proposals/:id/partnership')
  @Roles('cluster_manager', 'admin')
  proposalToPartnership(@Param('id') id: string, @CurrentUser() user: AuthUser, @Body() body: ProposalToPartnershipDto): Promise<Partnership> {
    return this.proposals.toPartnership(id, user, body.organisationIds, body.note);
  }

  // Sessions: participants signed in, or guests with their invitation token (which session: WorkshopAccess)

  @Get('workshop-invitations/:token')
  @Public()
  invitation(@Param('token') token: string): Promise<WorkshopInvitation> {
    return this.workshops.invitation(token);
  }

  @Get('workshop-sessions/:id')
  @AllowWorkshopGuests()
  session(@Param('id') id: string, @Caller() caller: WorkshopCaller): Promise<WorkshopSession> {
    return this.workshops.getSession(id, caller);
  }

  @Patch('workshop-sessions/:id')
  updateSession(@Param('id') id: string, @Caller() caller: WorkshopCaller, @Body() body: UpdateWorkshopSessionDto): Promise<WorkshopSessionSummary> {
    return this.workshops.updateSession(id, caller, body);
  }

  /**
   * Server-sent events: `{ sessionId, what, at }` whenever the session's
   * data changes (fetch again). Carries no content, so it needs no token;
   * the session id is not guessable.
   */
  @Sse('workshop-sessions/:id/events')
  @Public()
  sessionEvents(@Param('id') id: string): Observable<MessageEvent> {
    const changes = this.events.of(id).pipe(map((change) => ({ data: change }) as MessageEvent));
    const keepAlive = interval(KEEP_ALIVE_MS).pipe(map(() => ({ type: 'keep-alive', data: '' }) as MessageEvent));
    return merge(changes, keepAlive);
  }

  @Post('workshop-sessions/:id/participants')
  addParticipant(@Param('id') id: string, @Caller() caller: WorkshopCaller, @Body() body: AddParticipantDto): Promise<AddedParticipant> {
    return this.workshops.addParticipant(id, caller, body);
  }

  @Delete('workshop-sessions/:id/participants/:participantId')
  @HttpCode(204)
  removeParticipant(@Param('id') id: string, @Param('participantId') participantId: string, @Caller() caller: WorkshopCaller): Promise<void> {
    return this.workshops.removeParticipant(id, participantId, caller);
  }

  @Put('workshop-sessions/:id/me')
  @AllowWorkshopGuests()
  updateMe(@Param('id') id: string, @Caller() caller: WorkshopCaller, @Body() body: UpdateMyParticipationDto): Promise<WorkshopParticipant> {
    return this.workshops.updateMe(id, caller, body);
  }

  @Post('workshop-sessions/:id/elements')
  @AllowWorkshopGuests()
  addElement(@Param('id') id: string, @Caller() caller: WorkshopCaller, @Body() body: CreateWorkshopElementDto): Promise<WorkshopElement> {
    return this.workshops.addElement(id, caller, body);
  }

  @Put('workshop-sessions/:id/elements/:elementId/dots')
  @AllowWorkshopGuests()
  placeDots(
    @Param('id') id: string,
    @Param('elementId') elementId: string,
    @Caller() caller: WorkshopCaller,
    @Body() body: PlaceDotsDto,
  ): Promise<WorkshopElement> {
    return this.workshops.placeDots(id, elementId, caller, body.dots);
  }

  @Post('workshop-sessions/:id/proposals')
  @AllowWorkshopGuests()
  addProposal(@Param('id') id: string, @Caller() caller: WorkshopCaller, @Body() body: CreateWorkshopProposalDto): Promise<WorkshopProposal> {
    return this.proposals.create(id, caller, body);
  }

  @Put('workshop-sessions/:id/scores/:proposalId')
  @AllowWorkshopGuests()
  @HttpCode(204)
  score(
    @Param('id') id: string,
    @Param('proposalId') proposalId: string,
    @Caller() caller: WorkshopCaller,
    @Body() body: ScoreProposalDto,
  ): Promise<void> {
    return this.proposals.score(id, proposalId, caller, body);
  }

  @Get('workshop-sessions/:id/matrix')
  @AllowWorkshopGuests()
  @ApiOkResponse({ description: 'Mean, spread and count per axis, votes and quadrant for each proposal scored in the session' })
  matrix(@Param('id') id: string, @Caller() caller: WorkshopCaller): Promise<WorkshopMatrix> {
    return this.proposals.matrix(id, caller);
  }

  @Patch('workshop-proposals/:id')
  @AllowWorkshopGuests()
  updateProposal(@Param('id') id: string, @Caller() caller: WorkshopCaller, @Body() body: UpdateWorkshopProposalDto): Promise<WorkshopProposal> {
    return this.proposals.update(id, caller, body);
  }

  @Get('workshop-proposals/:id/history')
  @AllowWorkshopGuests()
  history(@Param('id') id: string, @Caller() caller: WorkshopCaller): Promise<WorkshopProposalRevision[]> {
    return this.proposals.history(id, caller);
  }
}
