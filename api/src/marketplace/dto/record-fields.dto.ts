import { applyDecorators, type Type as ClassType } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsDateString,
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';

import type { Attachment, Contact, RecordStatus } from '@opi/contracts';
import { RECORD_STATUSES } from '@opi/contracts';
import { CARE_AREAS, CONTENT_LANGUAGES, SETTINGS, TARGET_GROUPS } from '@opi/taxonomy';
import { PresentNotNull, trim } from '../../common/dto/transforms';

export class ContactDto implements Contact {
  @Transform(trim)
  @IsString({ message: 'contact.name must be text' })
  @MinLength(2, { message: 'contact.name must be at least 2 characters long' })
  @MaxLength(200)
  name!: string;

  @IsOptional()
  @Transform(trim)
  @IsEmail({}, { message: 'contact.email must be an e-mail address' })
  @MaxLength(254)
  email!: string | null;

  @IsOptional()
  @Transform(trim)
  @Matches(/^\+?[0-9 ()./-]{6,50}$/, { message: 'contact.phone must be a phone number such as +45 12 34 56 78' })
  phone!: string | null;
}

export class AttachmentDto implements Attachment {
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'attachments.title must not be empty' })
  @MaxLength(200)
  title!: string;

  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'attachments.url must be an http(s) URL' })
  @MaxLength(2000)
  url!: string;
}

/** A taxonomy code list: `field` must hold known codes only. */
function CodeList(field: string, codes: readonly string[]) {
  return applyDecorators(
    ApiPropertyOptional({ enum: codes, isArray: true }),
    IsOptional(),
    IsArray({ message: `${field} must be a list` }),
    ArrayMaxSize(codes.length),
    IsIn(codes, { each: true, message: `${field} must contain only: ${codes.join(', ')}` }),
  );
}

/** A TRL 1–9, or null. */
export function TrlField(field: string) {
  return applyDecorators(
    ApiPropertyOptional({ minimum: 1, maximum: 9, nullable: true }),
    IsOptional(),
    IsInt({ message: `${field} must be a whole number from 1 to 9` }),
    Min(1, { message: `${field} must be a whole number from 1 to 9` }),
    Max(9, { message: `${field} must be a whole number from 1 to 9` }),
  );
}

/** The optional fields needs and offerings share, for create and update alike. */
export class RecordFieldsDto {
  @CodeList('careAreas', CARE_AREAS)
  careAreas?: string[];

  @CodeList('targetGroups', TARGET_GROUPS)
  targetGroups?: string[];

  @CodeList('settings', SETTINGS)
  settings?: string[];

  @ApiPropertyOptional({ enum: CONTENT_LANGUAGES, description: 'Detected from the text when absent' })
  @IsOptional()
  @IsIn(CONTENT_LANGUAGES, { message: `language must be one of: ${CONTENT_LANGUAGES.join(', ')}` })
  language?: string;

  @ApiPropertyOptional({ enum: RECORD_STATUSES })
  @PresentNotNull()
  @IsIn(RECORD_STATUSES, { message: `status must be one of: ${RECORD_STATUSES.join(', ')}` })
  status?: RecordStatus;

  @ApiPropertyOptional({ example: '2027-03-01', nullable: true })
  @IsOptional()
  @IsDateString({ strict: true }, { message: 'wantedStart must be a date such as 2027-03-01' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'wantedStart must be a date such as 2027-03-01' })
  wantedStart?: string | null;

  @ApiPropertyOptional({ minimum: 1, maximum: 60, nullable: true })
  @IsOptional()
  @IsInt({ message: 'testPeriodMonths must be a whole number of months from 1 to 60' })
  @Min(1, { message: 'testPeriodMonths must be a whole number of months from 1 to 60' })
  @Max(60, { message: 'testPeriodMonths must be a whole number of months from 1 to 60' })
  testPeriodMonths?: number | null;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(1000)
  budgetNote?: string | null;

  @ApiPropertyOptional({ type: ContactDto, nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ContactDto)
  contact?: ContactDto | null;

  @ApiPropertyOptional({ type: AttachmentDto, isArray: true })
  @PresentNotNull()
  @IsArray({ message: 'attachments must be a list' })
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => AttachmentDto)
  attachments?: AttachmentDto[];
}

function TitleField(required: boolean) {
  return applyDecorators(
    required ? ApiProperty() : ApiPropertyOptional(),
    ...(required ? [] : [PresentNotNull()]),
    Transform(trim),
    IsString({ message: 'title must be text' }),
    MinLength(3, { message: 'title must be at least 3 characters long' }),
    MaxLength(200, { message: 'title must be at most 200 characters long' }),
  );
}

function DescriptionField(required: boolean) {
  return applyDecorators(
    required ? ApiProperty() : ApiPropertyOptional(),
    ...(required ? [] : [PresentNotNull()]),
    IsString({ message: 'description must be text' }),
    MinLength(10, { message: 'description must be at least 10 characters long' }),
    MaxLength(10_000, { message: 'description must be at most 10000 characters long' }),
  );
}

/** Adds what a create needs: the owning organisation, a title and a description. */
export function CreateRecordDto<T extends ClassType<RecordFieldsDto>>(Base: T) {
  class Create extends Base {
    @ApiProperty({ description: 'The organisation that owns the record; you must be a member' })
    @IsUUID('all', { message: 'organisationId must be the id of one of your organisations' })
    organisationId!: string;

    @TitleField(true)
    title!: string;

    @DescriptionField(true)
    description!: string;
  }
  return Create;
}

/** Adds what an update needs: the version read, and title/description as optional. */
export function UpdateRecordDto<T extends ClassType<RecordFieldsDto>>(Base: T) {
  class Update extends Base {
    @ApiProperty({ description: 'The version you read; a stale one gets 409' })
    @IsInt({ message: 'version must be a whole number (the version you read)' })
    @Min(1)
    version!: number;

    @TitleField(false)
    title?: string;

    @DescriptionField(false)
    description?: string;
  }
  return Update;
}
