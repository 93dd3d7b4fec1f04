import { Global, Module } from '@nestjs/common';

import { Mailer } from './mailer';
import { NotificationCenter } from './notification-center';
import { NotificationsController } from './notifications.controller';
import { NotificationsService } from './notifications.service';

/** Notifications in the portal and by e-mail; the brokering code records events through NotificationCenter. */
@Global()
@Module({
  controllers: [NotificationsController],
  providers: [Mailer, NotificationCenter, NotificationsService],
  exports: [Mailer, NotificationCenter],
})
export class NotificationsModule {}
