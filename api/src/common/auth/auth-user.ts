import type { UserRole } from '@opi/contracts';

/** The signed-in user, as the guards put it on the request. */
export interface AuthUser {
  id: string;
  email: string;
  name: string;
  role: UserRole;
}

declare module 'fastify' {
  interface FastifyRequest {
    user?: AuthUser;
  }
}
