import { BadRequestException, Body, Controller, Get, Header, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBody, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional } from 'class-validator';

import type { ImportReport } from '@opi/contracts';

import { type OpiDataset, validateDataset } from '@opi/dataset';

import type { AuthUser } from '../common/auth/auth-user';
import { CurrentUser, Public, Roles } from '../common/auth/decorators';
import { DatasetExportService } from './dataset-export.service';
import { DatasetImportService } from './dataset-import.service';

export class ImportQueryDto {
  @ApiPropertyOptional({ description: 'Check the document and report what would change, writing nothing' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: 'dryRun must be true or false' })
  dryRun?: boolean;
}

@ApiTags('dataset')
@Controller('dataset')
export class DatasetController {
  constructor(
    private readonly importer: DatasetImportService,
    private readonly exporter: DatasetExportService,
  ) {}

  /**
   * Imports an opi-dataset/v1 document in one transaction. A bad document is
   * rejected whole: 400 listing every problem by its JSON path, nothing written.
   * Importing the same document again changes nothing (refs are external keys).
   */
  @Post('import')
  @HttpCode(200)
  @Roles('admin', 'cluster_manager')
  @ApiBody({ description: 'An opi-dataset/v1 document (see DATASET.md)', schema: { type: 'object' } })
  @ApiBadRequestResponse({ description: '{ statusCode, error, message: ["$.needs[3].minTrl: …", …], problems: [{ path, message }] }' })
  async import(
    @CurrentUser() user: AuthUser,
    @Body() body: unknown,
    @Query() query: ImportQueryDto,
  ): Promise<ImportReport> {
    const result = validateDataset(body);
    if (!result.ok) {
      throw new BadRequestException({
        statusCode: 400,
        error: 'Bad Request',
        message: result.problems.map((p) => `${p.path}: ${p.message}`),
        problems: result.problems,
      });
    }
    return this.importer.import(result.dataset, user.id, { dryRun: query.dryRun });
  }

  /** Everything published, as opi-dataset/v1 (the same data the public lists show). */
  @Get('export')
  @Public()
  @Header('content-disposition', 'attachment; filename="opi-dataset.json"')
  export(): Promise<OpiDataset> {
    return this.exporter.export();
  }
}
