import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional, IsString, MaxLength } from 'class-validator';

import type { DashboardQuery } from '@opi/contracts';
import { CARE_AREAS } from '@opi/taxonomy';

export class DashboardQueryDto implements DashboardQuery {
  @ApiPropertyOptional({ format: 'date', description: 'Inclusive; default a year before `to`' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'from must be a date such as 2026-01-01' })
  @MaxLength(10, { message: 'from must be a date such as 2026-01-01' })
  from?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Inclusive; default today' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'to must be a date such as 2026-12-31' })
  @MaxLength(10, { message: 'to must be a date such as 2026-12-31' })
  to?: string;

  @ApiPropertyOptional({ enum: CARE_AREAS })
  @IsOptional()
  @IsIn(CARE_AREAS, { message: `careArea must be one of: ${CARE_AREAS.join(', ')}` })
  careArea?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString({ message: 'region must be text' })
  @MaxLength(200, { message: 'region must be at most 200 characters long' })
  region?: string;
}
