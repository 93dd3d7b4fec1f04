import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  IsUrl,
  MaxLength,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';

import {
  CE_CLASSES,
  type CeClass,
  type Evidence,
  EVIDENCE_KINDS,
  type EvidenceKind,
  type OfferingCreate,
  type OfferingUpdate,
} from '@opi/contracts';

import { CreateRecordDto, RecordFieldsDto, TrlField, UpdateRecordDto } from '../../marketplace/dto/record-fields.dto';

export class EvidenceDto implements Evidence {
  @IsIn(EVIDENCE_KINDS, { message: `evidence.kind must be one of: ${EVIDENCE_KINDS.join(', ')}` })
  kind!: EvidenceKind;

  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @MinLength(3, { message: 'evidence.title must be at least 3 characters long' })
  @MaxLength(300)
  title!: string;

  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'evidence.url must be an http(s) URL' })
  @MaxLength(2000)
  url!: string | null;
}

/** What only offerings have. */
export class OfferingFieldsDto extends RecordFieldsDto {
  @TrlField('trl')
  trl?: number | null;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean({ message: 'seekingTestSite must be true or false' })
  seekingTestSite?: boolean;

  @ApiPropertyOptional({ enum: CE_CLASSES, nullable: true })
  @IsOptional()
  @IsIn(CE_CLASSES, { message: `ceClass must be one of: ${CE_CLASSES.join(', ')}` })
  ceClass?: CeClass | null;

  @ApiPropertyOptional({ type: EvidenceDto, isArray: true })
  @ValidateIf((_: object, value: unknown) => value !== undefined)
  @IsArray({ message: 'evidence must be a list' })
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => EvidenceDto)
  evidence?: EvidenceDto[];
}

export class CreateOfferingDto extends CreateRecordDto(OfferingFieldsDto) implements OfferingCreate {}

export class UpdateOfferingDto extends UpdateRecordDto(OfferingFieldsDto) implements OfferingUpdate {}
