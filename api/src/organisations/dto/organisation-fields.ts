import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
  registerDecorator,
  type ValidationArguments,
  type ValidationOptions,
} from 'class-validator';

import {
  COMPANY_SIZE_BANDS,
  type CompanySizeBand,
  type OrganisationKind,
  type TestSiteOffer,
} from '@opi/contracts';
import { CARE_AREAS, SETTINGS } from '@opi/taxonomy';
import { trim } from '../../common/dto/transforms';

const KIND_NAMES: Record<OrganisationKind, string> = {
  company: 'companies',
  municipality: 'municipalities',
  hospital: 'hospitals',
  knowledge_institution: 'knowledge institutions',
};

/**
 * The field belongs to some kinds only: on another kind it is a 400 naming
 * the field. `kind` comes from the body, or (on updates) from the stored
 * organisation, which the service puts on the DTO as `currentKind`.
 */
export function OnlyFor(kinds: OrganisationKind[], options?: ValidationOptions): PropertyDecorator {
  return (object: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'onlyForKinds',
      target: object.constructor,
      propertyName: String(propertyName),
      options: {
        message: `${String(propertyName)} is only for ${kinds.map((k) => KIND_NAMES[k]).join(' and ')}`,
        ...options,
      },
      validator: {
        validate(value: unknown, args: ValidationArguments) {
          if (value === undefined) return true;
          const dto = args.object as { kind?: OrganisationKind; currentKind?: OrganisationKind };
          const kind = dto.kind ?? dto.currentKind;
          return kind === undefined || kinds.includes(kind);
        },
      },
    });
}

/** A free-text list (products, departments, …): at most `maxItems` strings of at most 200 characters. */
function TextList(kinds: OrganisationKind[], maxItems: number) {
  return applyDecorators(
    ApiPropertyOptional({ isArray: true, type: String }),
    IsOptional(),
    OnlyFor(kinds),
    IsArray(),
    ArrayMaxSize(maxItems),
    IsString({ each: true }),
    MaxLength(200, { each: true }),
  );
}

export class TestSiteOfferDto implements TestSiteOffer {
  @IsBoolean()
  offered!: boolean;

  @IsArray()
  @ArrayMaxSize(SETTINGS.length)
  @IsIn(SETTINGS, { each: true, message: `testSite.settings must be among: ${SETTINGS.join(', ')}` })
  settings!: string[];

  @IsOptional()
  @IsInt({ message: 'testSite.capacity must be a whole number' })
  @Min(0)
  @Max(1_000_000)
  capacity!: number | null;

  @IsOptional()
  @IsString()
  @MaxLength(300)
  contact?: string | null;

  @IsOptional()
  @IsString()
  @MaxLength(2000)
  conditions?: string | null;
}

/** Fields shared by create and update; `kind` and `version` are added by each. */
export class OrganisationFieldsDto {
  @ApiPropertyOptional()
  @Transform(trim)
  @IsString()
  @MinLength(2, { message: 'name must be at least 2 characters long' })
  @MaxLength(200)
  name!: string;

  @ApiPropertyOptional({ example: 'DK' })
  @Matches(/^[A-Z]{2}$/, { message: 'country must be a two-letter ISO 3166-1 code such as DK' })
  country!: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(120)
  region?: string | null;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(120)
  city?: string | null;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(10_000)
  description?: string;

  @ApiPropertyOptional({ enum: CARE_AREAS, isArray: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(CARE_AREAS.length)
  @IsIn(CARE_AREAS, { each: true, message: 'careAreas must contain known care areas only' })
  careAreas?: string[];

  @ApiPropertyOptional({ isArray: true, type: String })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  expertise?: string[];

  @ApiPropertyOptional({ enum: ['draft', 'published'] })
  @IsOptional()
  @IsIn(['draft', 'published'], { message: 'status must be draft or published' })
  status?: 'draft' | 'published';

  // — company
  @ApiPropertyOptional({ example: 'https://example.com' })
  @IsOptional()
  @OnlyFor(['company'])
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'website must be an http(s) URL' })
  @MaxLength(300)
  website?: string | null;

  @ApiPropertyOptional({ enum: COMPANY_SIZE_BANDS })
  @IsOptional()
  @OnlyFor(['company'])
  @IsIn(COMPANY_SIZE_BANDS, { message: `sizeBand must be one of: ${COMPANY_SIZE_BANDS.join(', ')}` })
  sizeBand?: CompanySizeBand | null;

  @ApiPropertyOptional({ description: 'VAT / CVR number', example: 'DK12345678' })
  @IsOptional()
  @OnlyFor(['company'])
  @Matches(/^[A-Z]{0,2}[0-9A-Z .-]{4,20}$/, { message: 'vatNumber must be a VAT or CVR number such as DK12345678' })
  vatNumber?: string | null;

  @TextList(['company'], 50)
  products?: string[];

  // — municipality
  @ApiPropertyOptional()
  @IsOptional()
  @OnlyFor(['municipality'])
  @IsInt({ message: 'population must be a whole number' })
  @Min(0)
  @Max(100_000_000)
  population?: number | null;

  @ApiPropertyOptional({ enum: SETTINGS, isArray: true })
  @IsOptional()
  @OnlyFor(['municipality'])
  @IsArray()
  @IsIn(SETTINGS, { each: true, message: 'careSettings must contain known care settings only' })
  careSettings?: string[];

  // — hospital
  @TextList(['hospital'], 100)
  departments?: string[];

  @ApiPropertyOptional()
  @IsOptional()
  @OnlyFor(['hospital'])
  @IsInt({ message: 'beds must be a whole number' })
  @Min(0)
  @Max(100_000)
  beds?: number | null;

  // — municipality and hospital
  @ApiPropertyOptional({ type: TestSiteOfferDto })
  @IsOptional()
  @OnlyFor(['municipality', 'hospital'])
  @ValidateNested()
  @Type(() => TestSiteOfferDto)
  testSite?: TestSiteOfferDto | null;

  // — knowledge institution
  @TextList(['knowledge_institution'], 100)
  researchGroups?: string[];

  @TextList(['knowledge_institution'], 100)
  evaluationServices?: string[];
}

export const DETAIL_FIELDS = [
  'website',
  'sizeBand',
  'vatNumber',
  'products',
  'population',
  'careSettings',
  'departments',
  'beds',
  'researchGroups',
  'evaluationServices',
] as const;
