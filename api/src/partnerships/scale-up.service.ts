import { BadRequestException, ConflictException, ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { DataSource, type EntityManager, In } from 'typeorm';

import { readyToScale, type ScaleUpInvitation, type ScaleUpProposal, type ScaleUpProposals } from '@opi/contracts';

import type { AuthUser } from '../common/auth/auth-user';
import { MatchingService } from '../matching/matching.service';
import { Need } from '../needs/need.entity';
import { Offering } from '../offerings/offering.entity';
import { Organisation } from '../organisations/organisation.entity';
import type { ScaleUpInvitationDto } from './dto/partnership.dto';
import { PartnershipEntity, PartnershipEventEntity, PartnershipPartyEntity, ScaleUpInvitationEntity } from './partnership.entities';
import { isBroker, PartnershipsService } from './partnerships.service';

/** Proposals shown at most. */
const PROPOSALS = 10;


/**
 * Scale-up: for a partnership that reached scaling or succeeded, other
 * municipalities and hospitals with a similar need (the matching service's
 * similar needs and test sites), and invitations to them — so a solution
 * tested in one place is taken up by the next.
 */
@Injectable()
export class ScaleUpService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly partnerships: PartnershipsService,
    private readonly matching: MatchingService,
  ) {}

  async proposals(user: AuthUser, partnershipId: string): Promise<ScaleUpProposals> {
    const manager = this.dataSource.manager;
    const partnership = await this.partnerships.visiblePartnership(manager, user, partnershipId);
    if (!readyToScale(partnership)) return { available: false, canInvite: false, items: [] };
    const canInvite = partnership.offeringId !== null && (await this.mayInvite(manager, user, partnership));

    const parties = new Set((await manager.findBy(PartnershipPartyEntity, { partnershipId: partnership.id })).map((p) => p.organisationId));
    const byOrganisation = new Map<string, Omit<ScaleUpProposal, 'invitedAt'>>();
    const keep = (proposal: Omit<ScaleUpProposal, 'invitedAt'>) => {
      const known = byOrganisation.get(proposal.organisation.id);
      if (!parties.has(proposal.organisation.id) && (!known || known.score < proposal.score)) byOrganisation.set(proposal.organisation.id, proposal);
    };
    // Either record may since have been archived or hidden from this user: then it proposes nothing.
    const quietly = <T>(work: Promise<T>) => work.catch((error: unknown) => (error instanceof NotFoundException ? null : Promise.reject(error)));

    if (partnership.needId) {
      const similar = await quietly(this.matching.similarNeeds(partnership.needId, user, PROPOSALS * 2));
      for (const m of similar?.items ?? []) {
        if (!['municipality', 'hospital'].includes(m.need.organisation.kind)) continue;
        keep({
          organisation: { ...m.need.organisation, region: null }, // filled in below
          need: { type: 'need', id: m.need.id, title: m.need.title },
          score: m.score,
          reasons: m.reasons,
        });
      }
    }
    if (partnership.offeringId) {
      const sites = await quietly(this.matching.testSitesForOffering(partnership.offeringId, user, PROPOSALS * 2));
      for (const m of sites?.items ?? []) {
        keep({
          organisation: m.organisation,
          need: m.need ? { type: 'need', id: m.need.id, title: m.need.title } : null,
          score: m.score,
          reasons: m.reasons,
        });
      }
    }
    const invited = new Map(
      (await manager.findBy(ScaleUpInvitationEntity, { partnershipId: partnership.id })).map((i) => [i.organisationId, i.createdAt.toISOString()]),
    );
    const best = [...byOrganisation.values()]
      .sort((a, b) => b.score - a.score || a.organisation.name.localeCompare(b.organisation.name))
      .slice(0, PROPOSALS);
    const regions = new Map((await manager.findBy(Organisation, { id: In(best.map((p) => p.organisation.id)) })).map((o) => [o.id, o.region]));
    const items = best.map((p) => ({
      ...p,
      organisation: { ...p.organisation, region: regions.get(p.organisation.id) ?? null },
      invitedAt: invited.get(p.organisation.id) ?? null,
    }));
    return { available: true, canInvite, items };
  }

  /**
   * A company member invites as their offering (an expression of interest);
   * a cluster manager introduces the company to the organisation. Either
   * way the invitation is kept on this partnership, once per organisation.
   */
  async invite(user: AuthUser, partnershipId: string, body: ScaleUpInvitationDto): Promise<ScaleUpInvitation> {
    return this.partnerships.write(async (manager) => {
      const partnership = await this.partnerships.visiblePartnership(manager, user, partnershipId, { lock: true });
      if (!readyToScale(partnership)) throw new ConflictException('Invitations to scale up open once the partnership reaches scaling or succeeds');
      if (!partnership.offeringId) throw new ConflictException('This partnership has no offering to take elsewhere');
      if (!(await this.mayInvite(manager, user, partnership))) {
        throw new ForbiddenException('Only the company whose offering was tested, or a cluster manager, invites others');
      }
      const organisation = await manager.findOneBy(Organisation, { id: body.organisationId, status: 'published' });
      if (!organisation || !['municipality', 'hospital'].includes(organisation.kind)) {
        throw new BadRequestException(['organisationId must be a published municipality or hospital']);
      }
      if (await manager.existsBy(PartnershipPartyEntity, { partnershipId: partnership.id, organisationId: organisation.id })) {
        throw new ConflictException('organisationId is already a party of this partnership');
      }
      const need = body.needId ? await manager.findOneBy(Need, { id: body.needId, status: 'published' }) : null;
      if (body.needId && need?.organisationId !== organisation.id) throw new BadRequestException(['needId must be a published need of that organisation']);
      if (await manager.existsBy(ScaleUpInvitationEntity, { partnershipId: partnership.id, organisationId: organisation.id })) {
        throw new ConflictException(`${organisation.name} has already been invited from this partnership`);
      }
      const offering = await manager.findOneByOrFail(Offering, { id: partnership.offeringId });
      const invitation = { partnershipId: partnership.id, organisationId: organisation.id, needId: need?.id ?? null, createdBy: user.id };
      let interestId: string | null = null;
      let proposedId: string | null = null;
      if (isBroker(user)) {
        proposedId = await this.partnerships.introduceIn(manager, user, {
          organisationIds: [offering.organisationId, organisation.id],
          needId: need?.id,
          offeringId: offering.id,
          note: body.message,
        });
      } else {
        interestId = await this.partnerships.expressInterestIn(manager, user, {
          subject: { type: 'offering', id: offering.id },
          target: need ? { type: 'need', id: need.id } : { type: 'organisation', id: organisation.id },
          message: body.message,
        });
      }
      const saved = await manager.save(manager.create(ScaleUpInvitationEntity, { ...invitation, interestId, proposedPartnershipId: proposedId }));
      await manager.insert(PartnershipEventEntity, { partnershipId: partnership.id, kind: 'scale-up', userId: user.id, text: organisation.name });
      await manager.update(PartnershipEntity, { id: partnership.id }, { lastActivityAt: new Date() });
      return {
        organisationId: organisation.id,
        needId: saved.needId,
        interestId,
        partnershipId: proposedId,
        createdAt: saved.createdAt.toISOString(),
      };
    });
  }

  /** Cluster managers, and members of the company whose offering the partnership tested. */
  private async mayInvite(manager: EntityManager, user: AuthUser, partnership: PartnershipEntity): Promise<boolean> {
    if (isBroker(user)) return true;
    if (!partnership.offeringId) return false;
    const offering = await manager.findOneBy(Offering, { id: partnership.offeringId });
    return offering !== null && (await this.partnerships.memberOfAny(manager, user, [offering.organisationId]));
  }
}
