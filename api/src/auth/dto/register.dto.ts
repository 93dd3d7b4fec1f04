import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';

import { MIN_PASSWORD_LENGTH, type RegisterRequest, SELF_SERVICE_ROLES } from '@opi/contracts';
import { trim } from '../../common/dto/transforms';

export class RegisterDto implements RegisterRequest {
  @ApiProperty({ example: 'ane@example.dk' })
  @Transform(trim)
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(254)
  email!: string;

  @ApiProperty({ minLength: MIN_PASSWORD_LENGTH })
  @IsString()
  @MinLength(MIN_PASSWORD_LENGTH, {
    message: `password must be at least ${MIN_PASSWORD_LENGTH} characters long`,
  })
  @MaxLength(200)
  password!: string;

  @ApiProperty({ example: 'Ane Jensen' })
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'name must not be empty' })
  @MaxLength(120)
  name!: string;

  @ApiPropertyOptional({ enum: SELF_SERVICE_ROLES, default: 'entrepreneur' })
  @IsOptional()
  @IsIn(SELF_SERVICE_ROLES, { message: `role must be one of: ${SELF_SERVICE_ROLES.join(', ')}` })
  role?: (typeof SELF_SERVICE_ROLES)[number];
}
