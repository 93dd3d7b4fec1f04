import {
  ConflictException,
  Injectable,
  UnauthorizedException,
} from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { DataSource, type EntityManager } from 'typeorm';

import type { AccessTokenResponse, UserRole } from '@opi/contracts';

import { AuditService } from '../audit/audit.service';
import type { TokenPayload } from '../common/auth/auth.guard';
import type { AuthUser } from '../common/auth/auth-user';
import { normaliseEmail, User } from '../users/user.entity';
import type { ChangePasswordDto } from './dto/change-password.dto';
import type { LoginDto } from './dto/login.dto';
import type { RegisterDto } from './dto/register.dto';
import { hashPassword, verifyPassword } from './passwords';

const WRONG_CREDENTIALS = 'Wrong e-mail or password';

@Injectable()
export class AuthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly jwt: JwtService,
    private readonly audit: AuditService,
  ) {}

  async register(dto: RegisterDto): Promise<AccessTokenResponse> {
    const user = await this.dataSource.transaction((manager) =>
      this.createUser(manager, {
        email: dto.email,
        name: dto.name,
        password: dto.password,
        role: dto.role ?? 'entrepreneur',
      }),
    );
    return this.issueToken(user);
  }

  /** Creates a user, or 409 when the e-mail is taken. Also used for the first admin and demo users. */
  async createUser(
    manager: EntityManager,
    input: { email: string; name: string; password: string; role: UserRole },
  ): Promise<User> {
    const email = normaliseEmail(input.email);
    const taken = await manager.getRepository(User).exists({ where: { email } });
    if (taken) throw new ConflictException('email is already registered');
    const user = await manager.getRepository(User).save(
      manager.getRepository(User).create({
        email,
        name: input.name,
        role: input.role,
        passwordHash: await hashPassword(input.password),
        disabledAt: null,
      }),
    );
    await this.audit.record(manager, {
      userId: user.id,
      action: 'user.register',
      entityType: 'user',
      entityId: user.id,
      after: { role: user.role },
    });
    return user;
  }

  /** One answer for an unknown e-mail and a wrong password, in about the same time. */
  async login(dto: LoginDto): Promise<AccessTokenResponse> {
    const user = await this.dataSource
      .getRepository(User)
      .createQueryBuilder('user')
      .addSelect('user.passwordHash')
      .where('user.email = :email', { email: normaliseEmail(dto.email) })
      .getOne();
    const ok = await verifyPassword(user?.passwordHash, dto.password);
    if (!user || !ok || user.disabledAt) throw new UnauthorizedException(WRONG_CREDENTIALS);
    return this.issueToken(user);
  }

  /** Signs the user out everywhere: every token issued so far stops working. */
  async logout(user: AuthUser): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.getRepository(User).increment({ id: user.id }, 'tokenVersion', 1);
      await this.audit.record(manager, {
        userId: user.id,
        action: 'user.logout',
        entityType: 'user',
        entityId: user.id,
      });
    });
  }

  async changePassword(current: AuthUser, dto: ChangePasswordDto): Promise<AccessTokenResponse> {
    const user = await this.dataSource
      .getRepository(User)
      .createQueryBuilder('user')
      .addSelect('user.passwordHash')
      .where('user.id = :id', { id: current.id })
      .getOneOrFail();
    if (!(await verifyPassword(user.passwordHash, dto.currentPassword))) {
      throw new UnauthorizedException('currentPassword is wrong');
    }
    const updated = await this.dataSource.transaction(async (manager) => {
      await manager.getRepository(User).update(
        { id: user.id },
        { passwordHash: await hashPassword(dto.newPassword), tokenVersion: user.tokenVersion + 1 },
      );
      await this.audit.record(manager, {
        userId: user.id,
        action: 'user.change-password',
        entityType: 'user',
        entityId: user.id,
      });
      return manager.getRepository(User).findOneByOrFail({ id: user.id });
    });
    return this.issueToken(updated);
  }

  private async issueToken(user: User): Promise<AccessTokenResponse> {
    const payload: TokenPayload = { sub: user.id, tv: user.tokenVersion };
    return { accessToken: await this.jwt.signAsync(payload) };
  }
}
