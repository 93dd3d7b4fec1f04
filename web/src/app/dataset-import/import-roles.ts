import type { Me, UserRole } from '@opi/contracts';

/** Who may import datasets (`POST /api/dataset/import`). */
export const IMPORT_ROLES: readonly UserRole[] = ['cluster_manager', 'admin'];

export function canImport(user: Pick<Me, 'role'> | null | undefined): boolean {
  return !!user && IMPORT_ROLES.includes(user.role);
}
