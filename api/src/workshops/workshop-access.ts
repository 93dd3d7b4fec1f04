import { createHash } from 'node:crypto';

import {
  createParamDecorator,
  type ExecutionContext,
  ForbiddenException,
  Injectable,
  NotFoundException,
  UnauthorizedException,
} from '@nestjs/common';
import { isUUID } from 'class-validator';
import type { FastifyRequest } from 'fastify';
import type { EntityManager } from 'typeorm';

import type { AuthUser } from '../common/auth/auth-user';
import { WORKSHOP_TOKEN_HEADER } from '../common/auth/decorators';
import {
  WorkshopFacilitator,
  WorkshopParticipantEntity,
  WorkshopSeriesEntity,
  WorkshopSessionEntity,
} from './workshop.entities';

/** Who is calling a workshop endpoint: a signed-in user, a guest with an invitation token, or both absent. */
export interface WorkshopCaller {
  user?: AuthUser;
  token?: string;
}

export const Caller = createParamDecorator((_: unknown, context: ExecutionContext): WorkshopCaller => {
  const request = context.switchToHttp().getRequest<FastifyRequest>();
  const header = request.headers[WORKSHOP_TOKEN_HEADER];
  const token = typeof header === 'string' && header.length > 0 ? header : undefined;
  return { user: request.user, token };
});

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** What the caller may do in one session. */
export interface SessionAccess {
  session: WorkshopSessionEntity;
  series: WorkshopSeriesEntity;
  facilitator: boolean;
  participant: WorkshopParticipantEntity | null;
}

/**
 * The workshop permission rules, in one place: facilitators (and admins)
 * edit a series and everything in it; participants take part in their own
 * session (signed in, or as guests through their invitation token only);
 * cluster managers may read every series. Everyone else gets 404 for what
 * they may not see and 403 for what they see but may not change.
 */
@Injectable()
export class WorkshopAccess {
  /** 401 unless the caller is signed in or carries an invitation token. */
  identified(caller: WorkshopCaller): void {
    if (!caller.user && !caller.token) throw new UnauthorizedException('Sign in or open your invitation link first');
  }

  async isFacilitator(manager: EntityManager, seriesId: string, user: AuthUser | undefined): Promise<boolean> {
    if (!user) return false;
    if (user.role === 'admin') return true;
    return manager.existsBy(WorkshopFacilitator, { seriesId, userId: user.id });
  }

  /** The series, if the signed-in user may read it (facilitator, cluster manager, admin, or participant of one of its sessions). */
  async readableSeries(manager: EntityManager, seriesId: string, user: AuthUser): Promise<{ series: WorkshopSeriesEntity; facilitator: boolean }> {
    const series = isUUID(seriesId) ? await manager.findOneBy(WorkshopSeriesEntity, { id: seriesId }) : null;
    if (!series) throw new NotFoundException('No such workshop series');
    const facilitator = await this.isFacilitator(manager, series.id, user);
    if (facilitator || user.role === 'cluster_manager') return { series, facilitator };
    const participates = await manager
      .createQueryBuilder(WorkshopParticipantEntity, 'p')
      .innerJoin(WorkshopSessionEntity, 's', 's.id = p.session_id')
      .where('s.series_id = :seriesId AND p.user_id = :userId', { seriesId: series.id, userId: user.id })
      .getExists();
    if (!participates) throw new NotFoundException('No such workshop series');
    return { series, facilitator };
  }

  /** The series, for a facilitator's change; 404 when unseen, 403 when seen but not theirs to change. */
  async facilitatedSeries(manager: EntityManager, seriesId: string, user: AuthUser): Promise<WorkshopSeriesEntity> {
    const { series, facilitator } = await this.readableSeries(manager, seriesId, user);
    if (!facilitator) throw new ForbiddenException("Only the series' facilitators may change it");
    return series;
  }

  /** The caller's access to a session; 404 when they may not see it. */
  async session(manager: EntityManager, sessionId: string, caller: WorkshopCaller): Promise<SessionAccess> {
    this.identified(caller);
    const session = isUUID(sessionId) ? await manager.findOneBy(WorkshopSessionEntity, { id: sessionId }) : null;
    if (!session) throw new NotFoundException('No such workshop session');
    const series = await manager.findOneByOrFail(WorkshopSeriesEntity, { id: session.seriesId });
    const facilitator = await this.isFacilitator(manager, series.id, caller.user);
    const participant = await this.participantIn(manager, session.id, caller);
    if (!facilitator && !participant && caller.user?.role !== 'cluster_manager') {
      if (caller.token && !caller.user) throw new ForbiddenException('This invitation is for another session');
      throw new NotFoundException('No such workshop session');
    }
    return { session, series, facilitator, participant };
  }

  /** For facilitators' changes to a session. */
  async facilitatedSession(manager: EntityManager, sessionId: string, caller: WorkshopCaller): Promise<SessionAccess> {
    const access = await this.session(manager, sessionId, caller);
    if (!access.facilitator) throw new ForbiddenException("Only the series' facilitators may change the session");
    return access;
  }

  /** For participants' contributions (facilitators may contribute too, without a participant). */
  async contributing(manager: EntityManager, sessionId: string, caller: WorkshopCaller): Promise<SessionAccess> {
    const access = await this.session(manager, sessionId, caller);
    if (!access.participant && !access.facilitator) throw new ForbiddenException('Only participants of the session may contribute');
    return access;
  }

  private async participantIn(manager: EntityManager, sessionId: string, caller: WorkshopCaller): Promise<WorkshopParticipantEntity | null> {
    if (caller.token) {
      const guest = await manager.findOneBy(WorkshopParticipantEntity, { sessionId, tokenHash: hashToken(caller.token) });
      if (guest) return guest;
    }
    if (caller.user) return manager.findOneBy(WorkshopParticipantEntity, { sessionId, userId: caller.user.id });
    return null;
  }
}
