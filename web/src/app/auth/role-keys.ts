import type { UserRole } from '@opi/contracts';

/** Translation key of each role's name. */
export const ROLE_KEYS: Readonly<Record<UserRole, string>> = {
  entrepreneur: 'roles.entrepreneur',
  public_staff: 'roles.publicStaff',
  researcher: 'roles.researcher',
  cluster_manager: 'roles.clusterManager',
  admin: 'roles.admin',
};
