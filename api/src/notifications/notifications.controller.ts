import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';

import type { Notification, NotificationSettings, OutboxMail, Page, UnreadCount } from '@opi/contracts';

import type { AuthUser } from '../common/auth/auth-user';
import { CurrentUser } from '../common/auth/decorators';
import { NotificationListQueryDto, NotificationSettingsDto, OutboxQueryDto } from './dto/notification.dto';
import { NotificationsService } from './notifications.service';

/** The signed-in user's notifications (the bell), their settings and the mails written to them. */
@ApiTags('notifications')
@Controller()
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get('notifications')
  list(@CurrentUser() user: AuthUser, @Query() query: NotificationListQueryDto): Promise<Page<Notification>> {
    return this.notifications.list(user, query);
  }

  @Get('notifications/unread-count')
  unreadCount(@CurrentUser() user: AuthUser): Promise<UnreadCount> {
    return this.notifications.unreadCount(user);
  }

  @Post('notifications/read-all')
  @HttpCode(204)
  markAllRead(@CurrentUser() user: AuthUser): Promise<void> {
    return this.notifications.markAllRead(user);
  }

  @Post('notifications/:id/read')
  @HttpCode(204)
  markRead(@CurrentUser() user: AuthUser, @Param('id') id: string): Promise<void> {
    return this.notifications.markRead(user, id);
  }

  @Get('me/notification-settings')
  settings(@CurrentUser() user: AuthUser): Promise<NotificationSettings> {
    return this.notifications.settings(user);
  }

  @Put('me/notification-settings')
  saveSettings(@CurrentUser() user: AuthUser, @Body() body: NotificationSettingsDto): Promise<NotificationSettings> {
    return this.notifications.saveSettings(user, body);
  }

  /** In demo mode (no SMTP_URL) the portal's e-mails stay here. */
  @Get('mail-outbox')
  outbox(@CurrentUser() user: AuthUser, @Query() query: OutboxQueryDto): Promise<Page<OutboxMail>> {
    return this.notifications.outbox(user, query);
  }
}
