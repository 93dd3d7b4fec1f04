import { ApiProperty, ApiPropertyOptional, PickType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';

import {
  type AddNoteRequest,
  type AddTaskRequest,
  type ChangeStageRequest,
  type ConsentRequest,
  type DeclineInterestRequest,
  type ExpressInterestRequest,
  type InterestSubjectType,
  type InterestTargetType,
  type IntroduceRequest,
  PARTNERSHIP_BENEFITS,
  PARTNERSHIP_OUTCOMES,
  type PartnershipBenefit,
  type PartnershipEvaluationRequest,
  type PartnershipOutcome,
  PIPELINE_STAGES,
  type PipelineStage,
  type ScaleUpInvitationRequest,
  type UpdateTaskRequest,
} from '@opi/contracts';

import { ListQueryDto } from '../../common/dto/list-query.dto';
import { trim } from '../../common/dto/transforms';

export class InterestSubjectDto {
  @ApiProperty({ enum: ['need', 'offering'] })
  @IsIn(['need', 'offering'], { message: 'subject.type must be need or offering' })
  type!: InterestSubjectType;

  @ApiProperty()
  @IsUUID('all', { message: 'subject.id must be the id of your need or offering' })
  id!: string;
}

export class InterestTargetDto {
  @ApiProperty({ enum: ['need', 'offering', 'organisation'] })
  @IsIn(['need', 'offering', 'organisation'], { message: 'target.type must be need, offering or organisation' })
  type!: InterestTargetType;

  @ApiProperty()
  @IsUUID('all', { message: 'target.id must be the id of a need, offering or organisation' })
  id!: string;
}

export class ExpressInterestDto implements ExpressInterestRequest {
  @ApiProperty({ type: InterestSubjectDto })
  @ValidateNested()
  @Type(() => InterestSubjectDto)
  subject!: InterestSubjectDto;

  @ApiProperty({ type: InterestTargetDto })
  @ValidateNested()
  @Type(() => InterestTargetDto)
  target!: InterestTargetDto;

  @ApiProperty({ minLength: 10, maxLength: 2000 })
  @Transform(trim)
  @IsString({ message: 'message must be text' })
  @MinLength(10, { message: 'message must be at least 10 characters long: say why you are interested' })
  @MaxLength(2000, { message: 'message must be at most 2000 characters long' })
  message!: string;
}

export class InterestListQueryDto extends PickType(ListQueryDto, ['page', 'pageSize'] as const) {
  @ApiPropertyOptional({ enum: ['received', 'sent'], default: 'received' })
  @IsOptional()
  @IsIn(['received', 'sent'], { message: 'direction must be received or sent' })
  direction?: 'received' | 'sent';
}

export class ReasonDto implements DeclineInterestRequest {
  @ApiProperty({ minLength: 3, maxLength: 2000 })
  @Transform(trim)
  @IsString({ message: 'reason must be text' })
  @MinLength(3, { message: 'reason must be at least 3 characters long' })
  @MaxLength(2000, { message: 'reason must be at most 2000 characters long' })
  reason!: string;
}

export class IntroduceDto implements IntroduceRequest {
  @ApiProperty({ type: [String], minItems: 2, maxItems: 2 })
  @IsArray({ message: 'organisationIds must be a list of two organisation ids' })
  @ArrayMinSize(2, { message: 'organisationIds must be a list of two organisation ids' })
  @ArrayMaxSize(2, { message: 'organisationIds must be a list of two organisation ids' })
  @IsUUID('all', { each: true, message: 'organisationIds must be a list of two organisation ids' })
  organisationIds!: [string, string];

  @ApiPropertyOptional({ nullable: true })
  @ValidateIf((_: object, value: unknown) => value !== null && value !== undefined)
  @IsUUID('all', { message: 'needId must be the id of a need' })
  needId?: string | null;

  @ApiPropertyOptional({ nullable: true })
  @ValidateIf((_: object, value: unknown) => value !== null && value !== undefined)
  @IsUUID('all', { message: 'offeringId must be the id of an offering' })
  offeringId?: string | null;

  @ApiProperty({ minLength: 10, maxLength: 2000 })
  @Transform(trim)
  @IsString({ message: 'note must be text' })
  @MinLength(10, { message: 'note must be at least 10 characters long: tell both sides why they should meet' })
  @MaxLength(2000, { message: 'note must be at most 2000 characters long' })
  note!: string;
}

export class ConsentDto implements ConsentRequest {
  @ApiProperty()
  @IsBoolean({ message: 'accept must be true or false' })
  accept!: boolean;

  @ApiPropertyOptional({ maxLength: 2000 })
  @ValidateIf((o: ConsentDto, value: unknown) => o.accept === false || (value !== undefined && value !== null))
  @Transform(trim)
  @IsString({ message: 'reason must be text: say why you decline' })
  @MinLength(3, { message: 'reason must be at least 3 characters long: say why you decline' })
  @MaxLength(2000, { message: 'reason must be at most 2000 characters long' })
  reason?: string;
}

export class ChangeStageDto implements ChangeStageRequest {
  @ApiProperty({ enum: PIPELINE_STAGES })
  @IsIn(PIPELINE_STAGES, { message: `stage must be one of: ${PIPELINE_STAGES.join(', ')}` })
  stage!: PipelineStage;

  @ApiProperty()
  @IsInt({ message: 'version must be the whole number you read' })
  @Min(1, { message: 'version must be the whole number you read' })
  version!: number;

  @ApiPropertyOptional({ maxLength: 2000 })
  @ValidateIf((o: ChangeStageDto, value: unknown) => o.stage === 'closed' || o.override === true || (value !== undefined && value !== null))
  @Transform(trim)
  @IsString({ message: 'reason must be text' })
  @MinLength(3, { message: 'reason must be at least 3 characters long (required to close or to override)' })
  @MaxLength(2000, { message: 'reason must be at most 2000 characters long' })
  reason?: string;

  @ApiPropertyOptional({ enum: PARTNERSHIP_OUTCOMES })
  @ValidateIf((o: ChangeStageDto, value: unknown) => o.stage === 'closed' || value !== undefined)
  @IsIn(PARTNERSHIP_OUTCOMES, { message: `outcome must be one of: ${PARTNERSHIP_OUTCOMES.join(', ')} (required to close)` })
  outcome?: PartnershipOutcome;

  @ApiPropertyOptional({ description: 'Cluster managers: move against the pipeline order (with a reason)' })
  @IsOptional()
  @IsBoolean({ message: 'override must be true or false' })
  override?: boolean;
}

export class AddNoteDto implements AddNoteRequest {
  @ApiProperty({ minLength: 1, maxLength: 4000 })
  @Transform(trim)
  @IsString({ message: 'text must be text' })
  @MinLength(1, { message: 'text must not be empty' })
  @MaxLength(4000, { message: 'text must be at most 4000 characters long' })
  text!: string;
}

export class AddTaskDto implements AddTaskRequest {
  @ApiProperty({ minLength: 2, maxLength: 300 })
  @Transform(trim)
  @IsString({ message: 'title must be text' })
  @MinLength(2, { message: 'title must be at least 2 characters long' })
  @MaxLength(300, { message: 'title must be at most 300 characters long' })
  title!: string;

  @ApiPropertyOptional({ nullable: true, format: 'date' })
  @ValidateIf((_: object, value: unknown) => value !== null && value !== undefined)
  @IsISO8601({ strict: true }, { message: 'dueDate must be a date such as 2027-03-01' })
  @MaxLength(10, { message: 'dueDate must be a date such as 2027-03-01' })
  dueDate?: string | null;
}

export class UpdateTaskDto implements UpdateTaskRequest {
  @ApiProperty()
  @IsBoolean({ message: 'done must be true or false' })
  done!: boolean;
}

export class PartnershipListQueryDto extends PickType(ListQueryDto, ['page', 'pageSize'] as const) {
  @ApiPropertyOptional({ enum: PIPELINE_STAGES })
  @IsOptional()
  @IsIn(PIPELINE_STAGES, { message: `stage must be one of: ${PIPELINE_STAGES.join(', ')}` })
  stage?: PipelineStage;
}

export class PartnershipEvaluationDto implements PartnershipEvaluationRequest {
  @ApiProperty({ enum: PARTNERSHIP_BENEFITS, isArray: true })
  @IsArray({ message: 'benefits must be a list' })
  @ArrayMaxSize(PARTNERSHIP_BENEFITS.length)
  @IsIn(PARTNERSHIP_BENEFITS, { each: true, message: `benefits must contain only: ${PARTNERSHIP_BENEFITS.join(', ')}` })
  benefits!: PartnershipBenefit[];

  @ApiProperty()
  @IsBoolean({ message: 'implemented must be true or false' })
  implemented!: boolean;

  @ApiPropertyOptional({ nullable: true, maxLength: 2000 })
  @ValidateIf((_: object, value: unknown) => value !== null && value !== undefined)
  @Transform(trim)
  @IsString({ message: 'comment must be text' })
  @MaxLength(2000, { message: 'comment must be at most 2000 characters long' })
  comment?: string | null;
}

export class ScaleUpInvitationDto implements ScaleUpInvitationRequest {
  @ApiProperty()
  @IsUUID('all', { message: 'organisationId must be an organisation id' })
  organisationId!: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID('all', { message: 'needId must be a need id' })
  needId?: string;

  @ApiProperty({ minLength: 10, maxLength: 2000 })
  @Transform(trim)
  @IsString({ message: 'message must be text' })
  @MinLength(10, { message: 'message must be at least 10 characters long' })
  @MaxLength(2000, { message: 'message must be at most 2000 characters long' })
  message!: string;
}
