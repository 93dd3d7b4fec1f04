import { Controller, Delete, Get, Header, HttpCode } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';

import type { Me, PersonalDataExport } from '@opi/contracts';

import type { AuthUser } from '../common/auth/auth-user';
import { CurrentUser } from '../common/auth/decorators';
import { MeService } from './me.service';

@ApiTags('me')
@ApiBearerAuth()
@Controller('me')
export class MeController {
  constructor(private readonly meService: MeService) {}

  @Get()
  me(@CurrentUser() user: AuthUser): Promise<Me> {
    return this.meService.me(user);
  }

  @Get('export')
  @Header('content-disposition', 'attachment; filename="opi-my-data.json"')
  export(@CurrentUser() user: AuthUser): Promise<PersonalDataExport> {
    return this.meService.export(user);
  }

  @Delete()
  @HttpCode(204)
  delete(@CurrentUser() user: AuthUser): Promise<void> {
    return this.meService.delete(user);
  }
}
