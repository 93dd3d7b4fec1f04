/** Roles (DESIGN.md, API conventions). Only the first three can be chosen at sign-up. */
export type UserRole = 'entrepreneur' | 'public_staff' | 'researcher' | 'cluster_manager' | 'admin';

export const SELF_SERVICE_ROLES = ['entrepreneur', 'public_staff', 'researcher'] as const;
export const USER_ROLES = [...SELF_SERVICE_ROLES, 'cluster_manager', 'admin'] as const;

export const MIN_PASSWORD_LENGTH = 10;

/** POST /api/auth/register */
export interface RegisterRequest {
  email: string;
  /** At least MIN_PASSWORD_LENGTH characters. */
  password: string;
  name: string;
  /** Defaults to entrepreneur; cluster_manager and admin are granted by an admin. */
  role?: (typeof SELF_SERVICE_ROLES)[number];
}

/** POST /api/auth/login */
export interface LoginRequest {
  email: string;
  password: string;
}

/** Answer of register and login. Send it as `Authorization: Bearer <accessToken>`. */
export interface AccessTokenResponse {
  accessToken: string;
}

/** POST /api/auth/change-password (signs out every other session). */
export interface ChangePasswordRequest {
  currentPassword: string;
  newPassword: string;
}
