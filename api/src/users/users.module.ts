import { Module } from '@nestjs/common';

import { AuthModule } from '../auth/auth.module';
import { AccountsSeedService } from './accounts-seed.service';

@Module({
  imports: [AuthModule],
  providers: [AccountsSeedService],
  exports: [AccountsSeedService],
})
export class UsersModule {}
