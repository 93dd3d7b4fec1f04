import { Body, Controller, Get, HttpCode, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';

import type { Interest, Page, Partnership, PartnershipSummary, PartnershipTask, ScaleUpInvitation, ScaleUpProposals } from '@opi/contracts';

import type { AuthUser } from '../common/auth/auth-user';
import { CurrentUser, Roles } from '../common/auth/decorators';
import {
  AddNoteDto,
  AddTaskDto,
  ChangeStageDto,
  ConsentDto,
  ExpressInterestDto,
  InterestListQueryDto,
  IntroduceDto,
  PartnershipEvaluationDto,
  PartnershipListQueryDto,
  ReasonDto,
  ScaleUpInvitationDto,
  UpdateTaskDto,
} from './dto/partnership.dto';
import { PartnershipsService } from './partnerships.service';
import { ScaleUpService } from './scale-up.service';

/** Expressions of interest, introductions and the partnership pipeline (signed-in users). */
@ApiTags('partnerships')
@Controller()
export class PartnershipsController {
  constructor(
    private readonly partnerships: PartnershipsService,
    private readonly scaleUp: ScaleUpService,
  ) {}

  /** From a proposal: the caller's need or offering to a need, offering or organisation. */
  @Post('interests')
  expressInterest(@CurrentUser() user: AuthUser, @Body() body: ExpressInterestDto): Promise<Interest> {
    return this.partnerships.expressInterest(user, body);
  }

  @Get('interests')
  interests(@CurrentUser() user: AuthUser, @Query() query: InterestListQueryDto): Promise<Page<Interest>> {
    return this.partnerships.interests(user, query);
  }

  @Post('interests/:id/accept')
  @HttpCode(200)
  accept(@CurrentUser() user: AuthUser, @Param('id') id: string): Promise<Interest> {
    return this.partnerships.acceptInterest(user, id);
  }

  @Post('interests/:id/decline')
  @HttpCode(200)
  decline(@CurrentUser() user: AuthUser, @Param('id') id: string, @Body() body: ReasonDto): Promise<Interest> {
    return this.partnerships.declineInterest(user, id, body.reason);
  }

  @Get('partnerships')
  list(@CurrentUser() user: AuthUser, @Query() query: PartnershipListQueryDto): Promise<Page<PartnershipSummary>> {
    return this.partnerships.list(user, query);
  }

  /** A cluster manager introduces two organisations, from a match or by hand. */
  @Post('partnerships')
  @Roles('cluster_manager', 'admin')
  introduce(@CurrentUser() user: AuthUser, @Body() body: IntroduceDto): Promise<Partnership> {
    return this.partnerships.introduce(user, body);
  }

  @Get('partnerships/:id')
  get(@CurrentUser() user: AuthUser, @Param('id') id: string): Promise<Partnership> {
    return this.partnerships.get(user, id);
  }

  @Post('partnerships/:id/consent')
  @HttpCode(200)
  consent(@CurrentUser() user: AuthUser, @Param('id') id: string, @Body() body: ConsentDto): Promise<Partnership> {
    return this.partnerships.consent(user, id, body);
  }

  @Post('partnerships/:id/stage')
  @HttpCode(200)
  changeStage(@CurrentUser() user: AuthUser, @Param('id') id: string, @Body() body: ChangeStageDto): Promise<Partnership> {
    return this.partnerships.changeStage(user, id, body);
  }

  @Post('partnerships/:id/notes')
  addNote(@CurrentUser() user: AuthUser, @Param('id') id: string, @Body() body: AddNoteDto): Promise<Partnership> {
    return this.partnerships.addNote(user, id, body);
  }

  @Post('partnerships/:id/tasks')
  addTask(@CurrentUser() user: AuthUser, @Param('id') id: string, @Body() body: AddTaskDto): Promise<Partnership> {
    return this.partnerships.addTask(user, id, body);
  }

  /** A party's evaluation when the partnership has closed: the benefits seen, and whether it was implemented. */
  @Put('partnerships/:id/evaluation')
  evaluate(@CurrentUser() user: AuthUser, @Param('id') id: string, @Body() body: PartnershipEvaluationDto): Promise<Partnership> {
    return this.partnerships.evaluate(user, id, body);
  }

  /** Once scaling or succeeded: other municipalities and hospitals with a similar need. */
  @Get('partnerships/:id/scale-up')
  scaleUpProposals(@CurrentUser() user: AuthUser, @Param('id') id: string): Promise<ScaleUpProposals> {
    return this.scaleUp.proposals(user, id);
  }

  /** The company (as an interest) or a cluster manager (as an introduction) invites one of them. */
  @Post('partnerships/:id/scale-up/invitations')
  invite(@CurrentUser() user: AuthUser, @Param('id') id: string, @Body() body: ScaleUpInvitationDto): Promise<ScaleUpInvitation> {
    return this.scaleUp.invite(user, id, body);
  }

  @Patch('partnership-tasks/:id')
  setTaskDone(@CurrentUser() user: AuthUser, @Param('id') id: string, @Body() body: UpdateTaskDto): Promise<PartnershipTask> {
    return this.partnerships.setTaskDone(user, id, body.done);
  }
}
