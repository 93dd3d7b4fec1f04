import { Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager, In } from 'typeorm';

import { PIPELINE_STAGES, type PartnershipBenefit, type PartnershipOutcome, type PipelineStage } from '@opi/contracts';

import { Need } from '../needs/need.entity';
import { Offering } from '../offerings/offering.entity';
import { Membership } from '../memberships/membership.entity';
import { User } from '../users/user.entity';
import {
  InterestEntity,
  PartnershipEntity,
  PartnershipEvaluationEntity,
  PartnershipEventEntity,
  PartnershipPartyEntity,
  PartnershipTaskEntity,
} from './partnership.entities';

const DAY = 24 * 60 * 60 * 1000;

interface DemoEvaluation {
  /** Whose: the need's side or the offering's. */
  side: 'need' | 'offering';
  benefits: PartnershipBenefit[];
  implemented: boolean;
  comment: string;
}

/** A demo partnership (written for this project): what it is about, how it went and when. */
interface DemoPartnership {
  need: string;
  offering: string;
  /** Introduced by the cluster manager, with this note; else it began as an accepted interest. */
  note: string | null;
  /** Days ago it was proposed. */
  startedDaysAgo: number;
  /**
   * Days spent in each stage before the current one, from the first (`proposed` for an
   * introduction, `introduced` for an accepted interest); the current stage is still open.
   */
  stays: number[];
  /** Set when the last stage is `closed`. */
  outcome?: PartnershipOutcome;
  closeReason?: string;
  notes?: string[];
  /** Tasks: title and due in days from today (negative: overdue). */
  tasks?: Array<[string, number]>;
  evaluations?: DemoEvaluation[];
}

const PARTNERSHIPS: DemoPartnership[] = [
  {
    need: 'demo-need-lindeveen-dementia-night',
    offering: 'demo-off-nattevagt-bed-exit',
    note: 'Lindeveen wants fewer night rounds; Nattevagt’s bed-exit sensor was built for exactly that.',
    startedDaysAgo: 300,
    stays: [5, 21, 30, 100, 45, 40],
    notes: ['Night staff report 40% fewer rounds in the test wards.', 'Lindeveen will buy for all three care homes in the spring.'],
    tasks: [['Share the evaluation report with the cluster', 5]],
  },
  {
    need: 'demo-need-limfjord-heart-failure-home',
    offering: 'demo-off-ademkompas-heart-failure',
    note: 'The cardiology ward looks for home monitoring after discharge; Ademkompas has a CE-marked kit.',
    startedDaysAgo: 160,
    stays: [3, 25, 40, 50],
    notes: ['Twenty patients enrolled; data flows to the ward’s dashboard.'],
    tasks: [
      ['Mid-test review with the ward nurses', 2],
      ['Send the patient questionnaire', -3],
    ],
  },
  {
    need: 'demo-need-zuiderhaven-ward-rosters',
    offering: 'demo-off-roosterwijs-self-rostering',
    note: null,
    startedDaysAgo: 330,
    stays: [30, 90, 60, 40, 30, 26],
    outcome: 'succeeded',
    closeReason: 'Rolled out to all surgical wards.',
    evaluations: [
      {
        side: 'need',
        benefits: ['staff-time-saved', 'better-quality-for-citizens', 'new-knowledge'],
        implemented: true,
        comment: 'Planners save a day a week; nurses swap shifts themselves.',
      },
      {
        side: 'offering',
        benefits: ['product-validated', 'public-customer-access', 'follow-up-projects'],
        implemented: true,
        comment: 'Our first hospital customer, and a reference for two more.',
      },
    ],
  },
  {
    need: 'demo-need-montclar-isolement',
    offering: 'demo-off-vardkompis-video-tablet',
    note: 'Both work on loneliness among older people living alone.',
    startedDaysAgo: 240,
    stays: [6, 35, 50, 70],
    outcome: 'stopped',
    closeReason: 'The tablets needed a French-language support line the company could not offer yet.',
    evaluations: [
      {
        side: 'need',
        benefits: ['new-knowledge'],
        implemented: false,
        comment: 'We learnt what support our citizens need before any video solution.',
      },
    ],
  },
  {
    need: 'demo-need-lindholt-falls-at-home',
    offering: 'demo-off-sentinelle-fall-watch',
    note: null,
    startedDaysAgo: 45,
    stays: [38],
    notes: ['First meeting held; Lindholt’s home care leads want to see the alarm flow.'],
  },
  {
    need: 'demo-need-skovbjerg-exercise-after-rehab',
    offering: 'demo-off-rorelse-home-exercise',
    note: 'Skovbjerg’s rehab team and Rörelse both want citizens to keep training after discharge.',
    startedDaysAgo: 130,
    stays: [7, 30, 20],
  },
  {
    need: 'demo-need-chr-copd-rehab-home',
    offering: 'demo-off-ademkompas-tele-rehab',
    note: 'The CHR looks for COPD rehabilitation at home; Ademkompas offers tele-rehab in French.',
    startedDaysAgo: 4,
    stays: [],
  },
];

/**
 * Demo partnerships at every stage of the pipeline, with their history
 * spread over the past year (so the board, the dashboard's funnel and its
 * time per stage, the evaluations and scale-up have something to show),
 * and an interest waiting for Lindholt's answer. Seeded once, after the
 * demo dataset and accounts, on a database without partnerships.
 */
@Injectable()
export class PartnershipDemoSeedService {
  private readonly logger = new Logger(PartnershipDemoSeedService.name);

  constructor(private readonly dataSource: DataSource) {}

  async seedIfEmpty(): Promise<void> {
    if (await this.dataSource.getRepository(PartnershipEntity).exists()) return;
    const broker = await this.dataSource.getRepository(User).findOneBy({ email: 'cluster@demo.opi' });
    if (!broker) return;
    const now = Date.now();
    await this.dataSource.transaction(async (manager) => {
      for (const demo of PARTNERSHIPS) await this.seed(manager, demo, broker.id, now);
      await this.pendingInterest(manager, now);
    });
    this.logger.log(`Seeded ${PARTNERSHIPS.length} demo partnerships`);
  }

  private async seed(manager: EntityManager, demo: DemoPartnership, brokerId: string, now: number): Promise<void> {
    const need = await manager.findOneByOrFail(Need, { ref: demo.need });
    const offering = await manager.findOneByOrFail(Offering, { ref: demo.offering });
    const sides = { need: need.organisationId, offering: offering.organisationId };
    const memberOf = await this.demoMembers(manager, [need.organisationId, offering.organisationId]);
    const at = (daysAgo: number) => new Date(now - daysAgo * DAY);

    // The stages it went through: an introduction starts as proposed, an accepted interest as introduced.
    const first = demo.note ? 0 : 1;
    const path = PIPELINE_STAGES.slice(first, first + demo.stays.length + 1) as PipelineStage[];
    if (demo.outcome) path[path.length - 1] = 'closed';
    const entered = [demo.startedDaysAgo];
    for (const days of demo.stays) entered.push(entered[entered.length - 1] - days);
    const lastActivity = entered[entered.length - 1];
    const consented = path.length > 1 || !demo.note;

    const partnership = await manager.save(
      manager.create(PartnershipEntity, {
        title: `${need.title} × ${offering.title}`,
        stage: path[path.length - 1],
        outcome: demo.outcome ?? null,
        closeReason: demo.closeReason ?? null,
        needId: need.id,
        offeringId: offering.id,
        introducedBy: demo.note ? brokerId : null,
        note: demo.note,
        lastActivityAt: at(lastActivity),
        createdAt: at(demo.startedDaysAgo),
      }),
    );
    const consentAt = at(demo.startedDaysAgo - 1);
    await manager.insert(
      PartnershipPartyEntity,
      [sides.need, sides.offering].map((organisationId) => ({
        partnershipId: partnership.id,
        organisationId,
        consentAt: consented ? consentAt : null,
        consentBy: consented ? (memberOf.get(organisationId) ?? null) : null,
      })),
    );

    // The stages entered, each left when the next was entered; then consents and notes.
    const stages: Array<Partial<PartnershipEventEntity>> = path.map((stage, i) => ({
      kind: i === 0 ? 'created' : 'stage',
      fromStage: i === 0 ? null : path[i - 1],
      toStage: stage,
      at: at(entered[i]),
      leftAt: i < path.length - 1 ? at(entered[i + 1]) : null,
      userId: i === 0 ? (demo.note ? brokerId : (memberOf.get(sides.need) ?? null)) : brokerId,
      text: i === 0 ? demo.note : stage === 'closed' ? (demo.closeReason ?? null) : null,
    }));
    const consents: Array<Partial<PartnershipEventEntity>> =
      demo.note && consented
        ? [sides.need, sides.offering].map((organisationId) => ({ kind: 'consent', at: consentAt, userId: memberOf.get(organisationId) ?? null, text: null }))
        : [];
    const notes: Array<Partial<PartnershipEventEntity>> = (demo.notes ?? []).map((text, i, all) => ({
      kind: 'note',
      at: at(lastActivity + all.length - i),
      userId: brokerId,
      text,
    }));
    await manager.insert(
      PartnershipEventEntity,
      [...stages, ...consents, ...notes].map((event) => ({ ...event, partnershipId: partnership.id })),
    );

    for (const [title, dueInDays] of demo.tasks ?? []) {
      await manager.insert(PartnershipTaskEntity, {
        partnershipId: partnership.id,
        title,
        dueDate: new Date(now + dueInDays * DAY).toISOString().slice(0, 10),
        createdBy: brokerId,
      });
    }
    for (const evaluation of demo.evaluations ?? []) {
      const organisationId = sides[evaluation.side];
      await manager.insert(PartnershipEvaluationEntity, {
        partnershipId: partnership.id,
        organisationId,
        benefits: evaluation.benefits,
        implemented: evaluation.implemented,
        comment: evaluation.comment,
        userId: memberOf.get(organisationId) ?? null,
        at: at(Math.max(0, lastActivity - 3)),
      });
    }
    if (!demo.note) {
      // It began as the company's interest, accepted by the need's organisation.
      await manager.insert(InterestEntity, {
        fromOrganisationId: sides.offering,
        toOrganisationId: sides.need,
        subjectType: 'offering',
        subjectId: offering.id,
        targetType: 'need',
        targetId: need.id,
        message: `We would like to test ${offering.title} with you.`,
        status: 'accepted',
        createdBy: memberOf.get(sides.offering) ?? null,
        respondedBy: memberOf.get(sides.need) ?? null,
        respondedAt: at(demo.startedDaysAgo),
        partnershipId: partnership.id,
        createdAt: at(demo.startedDaysAgo + 3),
      });
    }
  }

  /** A company's interest in Lindholt's medication visits, waiting for municipality@demo.opi's answer. */
  private async pendingInterest(manager: EntityManager, now: number): Promise<void> {
    const need = await manager.findOneByOrFail(Need, { ref: 'demo-need-lindholt-medication-visits' });
    const offering = await manager.findOneByOrFail(Offering, { ref: 'demo-off-dosera-dispenser' });
    await manager.insert(InterestEntity, {
      fromOrganisationId: offering.organisationId,
      toOrganisationId: need.organisationId,
      subjectType: 'offering',
      subjectId: offering.id,
      targetType: 'need',
      targetId: need.id,
      message: 'Our dispenser reminds citizens and alerts home care when a dose is missed: could we test it on your medication visits?',
      status: 'pending',
      createdAt: new Date(now - 2 * DAY),
    });
  }

  /** The demo account that belongs to each organisation, if one does. */
  private async demoMembers(manager: EntityManager, organisationIds: string[]): Promise<Map<string, string>> {
    const memberships = await manager.findBy(Membership, { organisationId: In(organisationIds) });
    return new Map(memberships.map((m) => [m.organisationId, m.userId]));
  }
}
