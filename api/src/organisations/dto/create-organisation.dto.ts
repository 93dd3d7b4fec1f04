import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';

import type { CreateOrganisationRequest, OrganisationKind } from '@opi/contracts';
import { ORGANISATION_KINDS } from '@opi/taxonomy';

import { OrganisationFieldsDto } from './organisation-fields';

export class CreateOrganisationDto extends OrganisationFieldsDto implements CreateOrganisationRequest {
  @ApiProperty({ enum: ORGANISATION_KINDS })
  @IsIn(ORGANISATION_KINDS, { message: `kind must be one of: ${ORGANISATION_KINDS.join(', ')}` })
  kind!: OrganisationKind;
}
