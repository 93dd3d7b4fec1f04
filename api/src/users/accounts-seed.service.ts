import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';

import type { UserRole } from '@opi/contracts';

import { APP_CONFIG } from '../app-config.token';
import { AuthService } from '../auth/auth.service';
import type { AppConfig } from '../config/app-config';
import { Membership } from '../memberships/membership.entity';
import { Organisation } from '../organisations/organisation.entity';
import { normaliseEmail, User } from './user.entity';

/** Password of every demo account (README). Demo mode only. */
export const DEMO_PASSWORD = 'opi-demo-password';

/** One demo account per role, owning a demo organisation of the matching kind. */
export const DEMO_ACCOUNTS: Array<{ email: string; name: string; role: UserRole; organisationRef?: string }> = [
  { email: 'entrepreneur@demo.opi', name: 'Emma Entrepreneur', role: 'entrepreneur', organisationRef: 'demo-org-nattevagt' },
  { email: 'municipality@demo.opi', name: 'Mads Municipality', role: 'public_staff', organisationRef: 'demo-org-lindholt' },
  { email: 'hospital@demo.opi', name: 'Hanne Hospital', role: 'public_staff', organisationRef: 'demo-org-limfjord-hospital' },
  { email: 'researcher@demo.opi', name: 'Rik Researcher', role: 'researcher', organisationRef: 'demo-org-ucv' },
  { email: 'cluster@demo.opi', name: 'Clara Cluster', role: 'cluster_manager' },
];

@Injectable()
export class AccountsSeedService {
  private readonly logger = new Logger(AccountsSeedService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The first admin, from ADMIN_EMAIL / ADMIN_PASSWORD, if no such user exists yet. */
  async ensureAdmin(): Promise<void> {
    const email = normaliseEmail(this.config.adminEmail);
    if (this.config.adminPasswordIsDefault && this.config.databaseUrl) {
      this.logger.warn('No first admin created: set ADMIN_PASSWORD (a server database never gets the demo password)');
      return;
    }
    if (await this.dataSource.getRepository(User).existsBy({ email })) return;
    await this.dataSource.transaction((manager) =>
      this.auth.createUser(manager, {
        email,
        name: 'Administrator',
        password: this.config.adminPassword,
        role: 'admin',
      }),
    );
    this.logger.log(`Created the first admin: ${email}`);
  }

  /** Demo accounts, each owner of a demo organisation; skipped when they exist. */
  async seedDemoAccounts(): Promise<void> {
    for (const account of DEMO_ACCOUNTS) {
      if (await this.dataSource.getRepository(User).existsBy({ email: account.email })) continue;
      await this.dataSource.transaction(async (manager) => {
        const user = await this.auth.createUser(manager, { ...account, password: DEMO_PASSWORD });
        if (!account.organisationRef) return;
        const organisation = await manager
          .getRepository(Organisation)
          .findOneBy({ ref: account.organisationRef });
        if (organisation) {
          await manager.insert(Membership, {
            organisationId: organisation.id,
            userId: user.id,
            role: 'owner',
          });
        }
      });
    }
  }
}
