import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';

import { ORGANISATION_KINDS } from '@opi/taxonomy';

import { ListQueryDto } from '../../common/dto/list-query.dto';

export class ListOrganisationsQueryDto extends ListQueryDto {
  @ApiPropertyOptional({ enum: ORGANISATION_KINDS })
  @IsOptional()
  @IsIn(ORGANISATION_KINDS, { message: `kind must be one of: ${ORGANISATION_KINDS.join(', ')}` })
  kind?: string;

  @ApiPropertyOptional({ description: 'ISO 3166-1 alpha-2 country code, e.g. DK' })
  @IsOptional()
  @Matches(/^[A-Z]{2}$/, { message: 'country must be a two-letter ISO 3166-1 code such as DK' })
  country?: string;
}
