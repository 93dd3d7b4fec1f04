import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

import { DEFAULT_PAGE_SIZE, type ListQuery, MAX_PAGE_SIZE } from '@opi/contracts';
import { CARE_AREAS, SETTINGS, TARGET_GROUPS } from '@opi/taxonomy';

/** `?q=&careArea=&targetGroup=&setting=&region=&ref=&page=&pageSize=` (DESIGN.md, lists). */
export class ListQueryDto implements ListQuery {
  @ApiPropertyOptional({ description: 'Words to search for' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ enum: CARE_AREAS })
  @IsOptional()
  @IsIn(CARE_AREAS, { message: `careArea must be one of: ${CARE_AREAS.join(', ')}` })
  careArea?: string;

  @ApiPropertyOptional({ enum: TARGET_GROUPS })
  @IsOptional()
  @IsIn(TARGET_GROUPS, { message: `targetGroup must be one of: ${TARGET_GROUPS.join(', ')}` })
  targetGroup?: string;

  @ApiPropertyOptional({ enum: SETTINGS })
  @IsOptional()
  @IsIn(SETTINGS, { message: `setting must be one of: ${SETTINGS.join(', ')}` })
  setting?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(120)
  region?: string;

  @ApiPropertyOptional({ description: 'Dataset ref (external key) of the record' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  ref?: string;

  @ApiPropertyOptional({ minimum: 1, default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(10_000)
  page?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PAGE_SIZE, default: DEFAULT_PAGE_SIZE })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  pageSize?: number;
}
