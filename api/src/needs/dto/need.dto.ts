import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional } from 'class-validator';

import type { NeedCreate, NeedUpdate } from '@opi/contracts';

import { CreateRecordDto, RecordFieldsDto, TrlField, UpdateRecordDto } from '../../marketplace/dto/record-fields.dto';

/** What only needs have. */
export class NeedFieldsDto extends RecordFieldsDto {
  @TrlField('minTrl')
  minTrl?: number | null;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean({ message: 'testSiteOffered must be true or false' })
  testSiteOffered?: boolean;
}

export class CreateNeedDto extends CreateRecordDto(NeedFieldsDto) implements NeedCreate {}

export class UpdateNeedDto extends UpdateRecordDto(NeedFieldsDto) implements NeedUpdate {}
