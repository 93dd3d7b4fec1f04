import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsBoolean } from 'class-validator';

import type { AuthUser } from '../common/auth/auth-user';
import { CurrentUser, Roles } from '../common/auth/decorators';
import { AdminService } from './admin.service';

class SetDisabledDto {
  @ApiProperty()
  @IsBoolean({ message: 'disabled must be true or false' })
  disabled!: boolean;
}

const uuid = new ParseUUIDPipe({ errorHttpStatusCode: 404 });

@ApiTags('admin')
@Controller('admin')
@Roles('admin')
export class AdminController {
  constructor(private readonly admin: AdminService) {}

  @Post('organisations/:id/unpublish')
  @HttpCode(204)
  unpublish(@CurrentUser() user: AuthUser, @Param('id', uuid) id: string): Promise<void> {
    return this.admin.unpublishOrganisation(user, id);
  }

  @Patch('users/:id')
  @HttpCode(204)
  setDisabled(
    @CurrentUser() user: AuthUser,
    @Param('id', uuid) id: string,
    @Body() dto: SetDisabledDto,
  ): Promise<void> {
    return this.admin.setUserDisabled(user, id, dto.disabled);
  }
}
