import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsDateString,
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
} from 'class-validator';

import {
  type AddFacilitatorRequest,
  type AddParticipantRequest,
  type CreateWorkshopElementRequest,
  type CreateWorkshopProposalRequest,
  type CreateWorkshopSeriesRequest,
  type CreateWorkshopSessionRequest,
  type PlaceDotsRequest,
  type ProposalToNeedRequest,
  type ProposalToPartnershipRequest,
  type ScoreProposalRequest,
  type UpdateMyParticipationRequest,
  type UpdateWorkshopProposalRequest,
  type UpdateWorkshopSeriesRequest,
  type UpdateWorkshopSessionRequest,
  WORKSHOP_DOTS_PER_PARTICIPANT,
  WORKSHOP_HORIZONS,
  WORKSHOP_RESPONSIBLE,
  WORKSHOP_SCORE_MAX,
  WORKSHOP_SCORE_MIN,
  WORKSHOP_SIDES,
  WORKSHOP_STEPS,
  type WorkshopHorizon,
  type WorkshopRecommendationRequest,
  type WorkshopResponsible,
  type WorkshopSide,
  type WorkshopStep,
  type WorkshopTopicRequest,
} from '@opi/contracts';
import { PresentNotNull, trim } from '../../common/dto/transforms';

interface TextOptions {
  min?: number;
  max: number;
  /** May be left out. */
  optional?: boolean;
  /** May be null (cleared). */
  nullable?: boolean;
}

/** A trimmed text field of `min`–`max` characters; the messages name the field. */
function Text(field: string, { min = 1, max, optional = false, nullable = false }: TextOptions) {
  const decorators = [
    optional ? ApiPropertyOptional({ minLength: min, maxLength: max, nullable }) : ApiProperty({ minLength: min, maxLength: max, nullable }),
    Transform(trim),
    IsString({ message: `${field} must be text` }),
    MinLength(min, { message: min === 1 ? `${field} must not be empty` : `${field} must be at least ${min} characters long` }),
    MaxLength(max, { message: `${field} must be at most ${max} characters long` }),
  ];
  if (nullable) decorators.unshift(ValidateIf((_: object, value: unknown) => value !== null && value !== undefined));
  else if (optional) decorators.unshift(PresentNotNull());
  return applyDecorators(...decorators);
}

function OneOf(field: string, values: readonly string[], { nullable = false, optional = false } = {}) {
  return applyDecorators(
    optional || nullable ? ApiPropertyOptional({ enum: values, nullable }) : ApiProperty({ enum: values }),
    nullable ? ValidateIf((_: object, value: unknown) => value !== null && value !== undefined) : optional ? PresentNotNull() : () => undefined,
    IsIn(values, { message: `${field} must be one of: ${values.join(', ')}${nullable ? ', or null' : ''}` }),
  );
}

function Score(field: string) {
  const message = `${field} must be a whole number from ${WORKSHOP_SCORE_MIN} to ${WORKSHOP_SCORE_MAX}`;
  return applyDecorators(
    ApiProperty({ minimum: WORKSHOP_SCORE_MIN, maximum: WORKSHOP_SCORE_MAX }),
    IsInt({ message }),
    Min(WORKSHOP_SCORE_MIN, { message }),
    Max(WORKSHOP_SCORE_MAX, { message }),
  );
}

const Version = () =>
  applyDecorators(
    ApiProperty({ description: 'The version you read; 409 when it changed since' }),
    IsInt({ message: 'version must be the whole number you read' }),
    Min(1, { message: 'version must be the whole number you read' }),
  );

export class CreateWorkshopSeriesDto implements CreateWorkshopSeriesRequest {
  @Text('title', { min: 3, max: 200 })
  title!: string;

  @Text('description', { min: 0, max: 4000, optional: true })
  description?: string;
}

export class UpdateWorkshopSeriesDto implements UpdateWorkshopSeriesRequest {
  @Version()
  version!: number;

  @Text('title', { min: 3, max: 200, optional: true })
  title?: string;

  @Text('description', { min: 0, max: 4000, optional: true })
  description?: string;
}

export class AddFacilitatorDto implements AddFacilitatorRequest {
  @ApiProperty()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(254)
  email!: string;
}

export class CreateWorkshopSessionDto implements CreateWorkshopSessionRequest {
  @Text('title', { min: 3, max: 200 })
  title!: string;

  @ApiProperty({ format: 'date-time' })
  @IsDateString({ strict: true }, { message: 'startsAt must be a date and time such as 2027-03-01T09:00:00Z' })
  startsAt!: string;

  @Text('place', { max: 300, nullable: true })
  place?: string | null;

  @ApiPropertyOptional()
  @PresentNotNull()
  @IsBoolean({ message: 'online must be true or false' })
  online?: boolean;

  @Text('facilitatorName', { max: 200, nullable: true })
  facilitatorName?: string | null;
}

export class UpdateWorkshopSessionDto implements UpdateWorkshopSessionRequest {
  @Text('title', { min: 3, max: 200, optional: true })
  title?: string;

  @ApiPropertyOptional({ format: 'date-time' })
  @PresentNotNull()
  @IsDateString({ strict: true }, { message: 'startsAt must be a date and time such as 2027-03-01T09:00:00Z' })
  startsAt?: string;

  @Text('place', { max: 300, nullable: true })
  place?: string | null;

  @ApiPropertyOptional()
  @PresentNotNull()
  @IsBoolean({ message: 'online must be true or false' })
  online?: boolean;

  @Text('facilitatorName', { max: 200, nullable: true })
  facilitatorName?: string | null;

  @OneOf('step', WORKSHOP_STEPS, { optional: true })
  step?: WorkshopStep;
}

export class AddParticipantDto implements AddParticipantRequest {
  @ApiProperty()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(254)
  email!: string;

  @Text('name', { min: 2, max: 200, optional: true })
  name?: string;

  @OneOf('side', WORKSHOP_SIDES)
  side!: WorkshopSide;

  @ApiPropertyOptional({ description: 'A guest joins by an invitation link instead of an account' })
  @PresentNotNull()
  @IsBoolean({ message: 'guest must be true or false' })
  guest?: boolean;

  @Text('organisationName', { max: 200, nullable: true })
  organisationName?: string | null;
}

export class UpdateMyParticipationDto implements UpdateMyParticipationRequest {
  @Text('motivation', { min: 0, max: 2000, nullable: true })
  motivation?: string | null;

  @Text('expectations', { min: 0, max: 2000, nullable: true })
  expectations?: string | null;
}

export class CreateWorkshopElementDto implements CreateWorkshopElementRequest {
  @OneOf('side', WORKSHOP_SIDES)
  side!: WorkshopSide;

  @Text('text', { min: 2, max: 300 })
  text!: string;
}

export class PlaceDotsDto implements PlaceDotsRequest {
  @ApiProperty({ minimum: 0, maximum: WORKSHOP_DOTS_PER_PARTICIPANT })
  @IsInt({ message: `dots must be a whole number from 0 to ${WORKSHOP_DOTS_PER_PARTICIPANT}` })
  @Min(0, { message: `dots must be a whole number from 0 to ${WORKSHOP_DOTS_PER_PARTICIPANT}` })
  @Max(WORKSHOP_DOTS_PER_PARTICIPANT, { message: `dots must be a whole number from 0 to ${WORKSHOP_DOTS_PER_PARTICIPANT}` })
  dots!: number;
}

export class CreateWorkshopProposalDto implements CreateWorkshopProposalRequest {
  @Text('title', { min: 3, max: 200 })
  title!: string;

  @Text('problem', { max: 4000 })
  problem!: string;

  @Text('proposal', { max: 4000 })
  proposal!: string;

  @Text('needed', { min: 0, max: 4000, optional: true })
  needed?: string;

  @Text('beneficiaries', { min: 0, max: 2000, optional: true })
  beneficiaries?: string;

  @Text('pains', { min: 0, max: 2000, optional: true })
  pains?: string;

  @Text('gains', { min: 0, max: 2000, optional: true })
  gains?: string;

  @Text('groupName', { max: 100, nullable: true })
  groupName?: string | null;
}

export class UpdateWorkshopProposalDto implements UpdateWorkshopProposalRequest {
  @Version()
  version!: number;

  @ApiPropertyOptional({ description: 'The session the refinement is made in' })
  @IsOptional()
  @IsUUID('all', { message: 'sessionId must be the id of a session of the series' })
  sessionId?: string;

  @Text('title', { min: 3, max: 200, optional: true })
  title?: string;

  @Text('problem', { max: 4000, optional: true })
  problem?: string;

  @Text('proposal', { max: 4000, optional: true })
  proposal?: string;

  @Text('needed', { min: 0, max: 4000, optional: true })
  needed?: string;

  @Text('beneficiaries', { min: 0, max: 2000, optional: true })
  beneficiaries?: string;

  @Text('pains', { min: 0, max: 2000, optional: true })
  pains?: string;

  @Text('gains', { min: 0, max: 2000, optional: true })
  gains?: string;

  @Text('groupName', { max: 100, nullable: true })
  groupName?: string | null;

  @OneOf('horizon', WORKSHOP_HORIZONS, { nullable: true })
  horizon?: WorkshopHorizon | null;

  @OneOf('responsible', WORKSHOP_RESPONSIBLE, { nullable: true })
  responsible?: WorkshopResponsible | null;

  @ApiPropertyOptional({ nullable: true })
  @ValidateIf((_: object, value: unknown) => value !== null && value !== undefined)
  @IsUUID('all', { message: 'topicId must be the id of a topic of the series, or null' })
  topicId?: string | null;
}

export class ScoreProposalDto implements ScoreProposalRequest {
  @Score('opportunity')
  opportunity!: number;

  @Score('difficulty')
  difficulty!: number;
}

export class WorkshopTopicDto implements WorkshopTopicRequest {
  @Text('name', { min: 2, max: 200 })
  name!: string;

  @ApiPropertyOptional({ minimum: 0 })
  @PresentNotNull()
  @IsInt({ message: 'position must be a whole number from 0' })
  @Min(0, { message: 'position must be a whole number from 0' })
  position?: number;
}

export class WorkshopRecommendationDto implements WorkshopRecommendationRequest {
  @Text('authority', { min: 2, max: 200 })
  authority!: string;

  @Text('text', { min: 3, max: 4000 })
  text!: string;
}

export class ProposalToNeedDto implements ProposalToNeedRequest {
  @ApiProperty()
  @IsUUID('all', { message: 'organisationId must be the id of a municipality or hospital you belong to' })
  organisationId!: string;
}

export class ProposalToPartnershipDto implements ProposalToPartnershipRequest {
  @ApiProperty({ type: [String], minItems: 2, maxItems: 2 })
  @IsArray({ message: 'organisationIds must be a list of two organisation ids' })
  @ArrayMinSize(2, { message: 'organisationIds must be a list of two organisation ids' })
  @ArrayMaxSize(2, { message: 'organisationIds must be a list of two organisation ids' })
  @IsUUID('all', { each: true, message: 'organisationIds must be a list of two organisation ids' })
  organisationIds!: [string, string];

  @Text('note', { min: 0, max: 1000, optional: true })
  note?: string;
}
