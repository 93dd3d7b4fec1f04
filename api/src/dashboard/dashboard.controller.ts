import { BadRequestException, Controller, Get, Header, Param, Query } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';

import { DASHBOARD_TABLES, type Dashboard, type DashboardTable } from '@opi/contracts';

import { Roles } from '../common/auth/decorators';
import { DashboardQueryDto } from './dashboard-query.dto';
import { DashboardService } from './dashboard.service';

/** The cluster dashboard: for cluster managers and admins. */
@ApiTags('dashboard')
@Controller('dashboard')
@Roles('cluster_manager', 'admin')
export class DashboardController {
  constructor(private readonly dashboard: DashboardService) {}

  @Get()
  get(@Query() query: DashboardQueryDto): Promise<Dashboard> {
    this.assertPeriod(query);
    return this.dashboard.dashboard(query);
  }

  /** One table of the dashboard as CSV: members-by-kind, funnel, benefits, … */
  @Get(':table.csv')
  @ApiProduces('text/csv')
  @Header('content-type', 'text/csv; charset=utf-8')
  csv(@Param('table') table: string, @Query() query: DashboardQueryDto): Promise<string> {
    if (!(DASHBOARD_TABLES as readonly string[]).includes(table)) {
      throw new BadRequestException([`table must be one of: ${DASHBOARD_TABLES.join(', ')}`]);
    }
    this.assertPeriod(query);
    return this.dashboard.csv(table as DashboardTable, query);
  }

  private assertPeriod(query: DashboardQueryDto): void {
    if (query.from && query.to && query.from > query.to) throw new BadRequestException(['to must not be before from']);
  }
}
