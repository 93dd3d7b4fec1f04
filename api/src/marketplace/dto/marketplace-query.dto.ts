import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, Matches, Max, Min } from 'class-validator';

import {
  type MarketplaceQuery,
  type MyRecordsQuery,
  MAX_PAGE_SIZE,
  type OrganisationKind,
  RECORD_STATUSES,
  type RecordStatus,
  SORT_ORDERS,
  type SortOrder,
} from '@opi/contracts';
import { ORGANISATION_KINDS } from '@opi/taxonomy';

import { ListQueryDto } from '../../common/dto/list-query.dto';

/** `?trl=&country=&organisationKind=&testSite=&sort=` on top of the shared list query. */
export class MarketplaceQueryDto extends ListQueryDto implements MarketplaceQuery {
  @ApiPropertyOptional({ minimum: 1, maximum: 9, description: 'Needs: minimum TRL asked; offerings: TRL' })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'trl must be a whole number from 1 to 9' })
  @Min(1, { message: 'trl must be a whole number from 1 to 9' })
  @Max(9, { message: 'trl must be a whole number from 1 to 9' })
  trl?: number;

  @ApiPropertyOptional({ example: 'DK' })
  @IsOptional()
  @Matches(/^[A-Z]{2}$/, { message: 'country must be a two-letter ISO 3166-1 code such as DK' })
  country?: string;

  @ApiPropertyOptional({ enum: ORGANISATION_KINDS })
  @IsOptional()
  @IsIn(ORGANISATION_KINDS, { message: `organisationKind must be one of: ${ORGANISATION_KINDS.join(', ')}` })
  organisationKind?: OrganisationKind;

  @ApiPropertyOptional({ description: 'Needs: a test site is offered; offerings: a test site is sought' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: 'testSite must be true or false' })
  testSite?: boolean;

  @ApiPropertyOptional({ enum: SORT_ORDERS })
  @IsOptional()
  @IsIn(SORT_ORDERS, { message: `sort must be one of: ${SORT_ORDERS.join(', ')}` })
  sort?: SortOrder;
}

export class MyRecordsQueryDto implements MyRecordsQuery {
  @ApiPropertyOptional({ enum: RECORD_STATUSES })
  @IsOptional()
  @IsIn(RECORD_STATUSES, { message: `status must be one of: ${RECORD_STATUSES.join(', ')}` })
  status?: RecordStatus;

  @ApiPropertyOptional({ minimum: 1, default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(10_000)
  page?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PAGE_SIZE })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  pageSize?: number;
}
