import { ApiProperty, PartialType } from '@nestjs/swagger';
import { IsInt, Min } from 'class-validator';

import type { OrganisationKind, UpdateOrganisationRequest } from '@opi/contracts';

import { OrganisationFieldsDto } from './organisation-fields';

export class UpdateOrganisationDto
  extends PartialType(OrganisationFieldsDto)
  implements UpdateOrganisationRequest
{
  @ApiProperty({ description: 'The version you read; a stale one gets 409' })
  @IsInt({ message: 'version must be a whole number (the version you read)' })
  @Min(1)
  version!: number;

  /** Set by the service from the stored organisation (not accepted from the body). */
  currentKind?: OrganisationKind;
}
