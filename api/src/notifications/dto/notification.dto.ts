import { ApiProperty, ApiPropertyOptional, PickType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsOptional, ValidateNested } from 'class-validator';

import {
  DIGEST_ONLY_KINDS,
  EMAIL_FREQUENCIES,
  type EmailFrequency,
  MAIL_LANGUAGES,
  type MailLanguage,
  NOTIFICATION_KINDS,
  type NotificationKind,
  type NotificationPreference,
  type NotificationSettings,
} from '@opi/contracts';

import { ListQueryDto } from '../../common/dto/list-query.dto';

export class NotificationListQueryDto extends PickType(ListQueryDto, ['page', 'pageSize'] as const) {
  @ApiPropertyOptional({ description: 'Only the unread ones' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: 'unread must be true or false' })
  unread?: boolean;
}

export class OutboxQueryDto extends PickType(ListQueryDto, ['page', 'pageSize'] as const) {}

export class NotificationPreferenceDto implements NotificationPreference {
  @ApiProperty({ enum: NOTIFICATION_KINDS })
  @IsIn(NOTIFICATION_KINDS, { message: `preferences.kind must be one of: ${NOTIFICATION_KINDS.join(', ')}` })
  kind!: NotificationKind;

  @ApiProperty()
  @IsBoolean({ message: 'preferences.inApp must be true or false' })
  inApp!: boolean;

  @ApiProperty({ enum: EMAIL_FREQUENCIES })
  @IsIn(EMAIL_FREQUENCIES, { message: `preferences.email must be one of: ${EMAIL_FREQUENCIES.join(', ')}` })
  email!: EmailFrequency;
}

export class NotificationSettingsDto implements NotificationSettings {
  @ApiProperty({ enum: MAIL_LANGUAGES })
  @IsIn(MAIL_LANGUAGES, { message: `language must be one of: ${MAIL_LANGUAGES.join(', ')}` })
  language!: MailLanguage;

  @ApiProperty({ type: [NotificationPreferenceDto] })
  @IsArray({ message: 'preferences must be a list' })
  @ArrayMaxSize(NOTIFICATION_KINDS.length, { message: `preferences must list each kind at most once` })
  @ValidateNested({ each: true })
  @Type(() => NotificationPreferenceDto)
  preferences!: NotificationPreferenceDto[];
}

/** The rules a valid settings document follows beyond each field's own. */
export function settingsProblems(settings: NotificationSettingsDto): string[] {
  const problems: string[] = [];
  const kinds = settings.preferences.map((p) => p.kind);
  if (new Set(kinds).size !== kinds.length) problems.push('preferences must list each kind at most once');
  for (const preference of settings.preferences) {
    if (DIGEST_ONLY_KINDS.includes(preference.kind) && preference.email === 'immediate') {
      problems.push(`preferences.email for ${preference.kind} must be off, daily or weekly: matches are only e-mailed as a digest`);
    }
  }
  return problems;
}
