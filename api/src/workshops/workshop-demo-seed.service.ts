import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';

import type { WorkshopSide } from '@opi/contracts';

import type { AuthUser } from '../common/auth/auth-user';
import { User } from '../users/user.entity';
import type { WorkshopCaller } from './workshop-access';
import { WorkshopProposals } from './workshop-proposals.service';
import { WorkshopSeriesEntity } from './workshop.entities';
import { WorkshopsService } from './workshops.service';

/** The demo series' proposals (written for this project): title, problem, proposal, needed, who benefits, pains, gains. */
const PROPOSALS = [
  {
    title: 'One shared test bed for night-time monitoring',
    problem: 'Each municipality tests night sensors on its own, with small groups and different methods, so no result convinces the next buyer.',
    proposal: 'Three municipalities and the hospital run one joint test of night monitoring in home care, with one protocol and one evaluation.',
    needed: 'A joint test plan, a data-processing agreement, two suppliers willing to share anonymised data.',
    beneficiaries: 'Citizens with dementia living at home, their relatives, night staff.',
    pains: 'Hourly night rounds wake citizens; small pilots end without a decision.',
    gains: 'Fewer disturbed nights, an evaluation large enough to decide on procurement.',
  },
  {
    title: 'A front door for companies with welfare technology',
    problem: 'Companies do not know whom to call in a municipality, and staff get the same sales pitch many times.',
    proposal: 'The cluster runs one intake: companies describe their solution once, the cluster matches it with posted needs.',
    needed: 'An intake form on the portal, a contact person per municipality, monthly matching meetings.',
    beneficiaries: 'Small companies, municipal innovation staff.',
    pains: 'Cold calls, long waits for an answer, duplicated meetings.',
    gains: 'Faster first meetings, fewer irrelevant pitches.',
  },
  {
    title: 'Procurement dialogue before the tender',
    problem: 'Tenders are written without knowing what the market can deliver, so good solutions cannot bid.',
    proposal: 'Open market dialogue meetings before each tender for welfare technology, with minutes published for everyone.',
    needed: 'A procurement lawyer, a yearly calendar of planned tenders.',
    beneficiaries: 'Procurement officers, companies, citizens who get better solutions.',
    pains: 'Fear of breaking procurement rules keeps buyers silent.',
    gains: 'Tenders that ask for outcomes, more bids from small companies.',
  },
  {
    title: 'Citizens in the test from day one',
    problem: 'Solutions are tested on citizens but not with them; relatives learn about the test at the end.',
    proposal: 'A citizen panel of users and relatives reviews each test plan and joins the evaluation.',
    needed: 'Recruitment through the elderly council, a small budget for meetings.',
    beneficiaries: 'Elderly citizens and relatives.',
    pains: 'Low acceptance of new technology at home.',
    gains: 'Higher acceptance, problems found early.',
  },
];

/** Scores given in the first session: per proposal, [opportunity, difficulty] for each of the three participants. */
const SCORES: Array<Array<[number, number]>> = [
  [[5, 4], [5, 3], [4, 4]],
  [[4, 2], [5, 1], [4, 2]],
  [[3, 4], [4, 5], [3, 4]],
  [[2, 2], [3, 1], [2, 2]],
];

/**
 * A demo workshop series run by the demo cluster manager: a closed first
 * session with participants, key elements, four proposals and their scores,
 * topics and a recommendation; a second session where the proposals carried
 * over are being prioritised again. Seeded once, on an empty database.
 */
@Injectable()
export class WorkshopDemoSeedService {
  private readonly logger = new Logger(WorkshopDemoSeedService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly workshops: WorkshopsService,
    private readonly proposals: WorkshopProposals,
  ) {}

  async seedIfEmpty(): Promise<void> {
    if (await this.dataSource.getRepository(WorkshopSeriesEntity).exists()) return;
    const users = await this.dataSource.getRepository(User).findBy([
      { email: 'cluster@demo.opi' },
      { email: 'entrepreneur@demo.opi' },
      { email: 'municipality@demo.opi' },
      { email: 'researcher@demo.opi' },
    ]);
    const byEmail = (email: string): AuthUser => {
      const user = users.find((u) => u.email === email);
      if (!user) throw new Error(`Demo user ${email} is missing`);
      return { id: user.id, email: user.email, name: user.name, role: user.role };
    };
    if (users.length < 4) return;
    const clara = byEmail('cluster@demo.opi');
    const facilitator: WorkshopCaller = { user: clara };
    const people: Array<{ user: AuthUser; side: WorkshopSide }> = [
      { user: byEmail('entrepreneur@demo.opi'), side: 'entrepreneur' },
      { user: byEmail('municipality@demo.opi'), side: 'healthcare' },
      { user: byEmail('researcher@demo.opi'), side: 'knowledge' },
    ];

    const series = await this.workshops.createSeries(clara, {
      title: 'Welfare technology in North Jutland',
      description: 'Regional co-creation workshops: companies, municipalities, the hospital and the university college agree how to test and spread welfare technology together.',
    });
    const first = await this.workshops.createSession(series.id, clara, {
      title: 'Aalborg: what makes a good collaboration',
      startsAt: '2026-10-06T09:00:00Z',
      place: 'Aalborg, Nordkraft',
      facilitatorName: 'Clara Cluster',
    });
    for (const { user, side } of people) {
      await this.workshops.addParticipant(first.id, facilitator, { email: user.email, side });
    }
    const elements = [
      ['entrepreneur', 'Access to real users early'],
      ['entrepreneur', 'One contact person'],
      ['healthcare', 'Staff time set aside for the test'],
      ['knowledge', 'An evaluation designed before the start'],
    ] as const;
    for (const [side, text] of elements) {
      const author = people.find((p) => p.side === side)!;
      const element = await this.workshops.addElement(first.id, { user: author.user }, { side, text });
      await this.workshops.placeDots(first.id, element.id, { user: author.user }, 2);
    }
    const written = [];
    for (const [i, body] of PROPOSALS.entries()) {
      written.push(await this.proposals.create(first.id, { user: people[i % people.length].user }, { ...body, groupName: `Group ${1 + (i % 2)}` }));
    }
    for (const [i, proposal] of written.entries()) {
      for (const [j, [opportunity, difficulty]] of SCORES[i].entries()) {
        await this.proposals.score(first.id, proposal.id, { user: people[j].user }, { opportunity, difficulty });
      }
    }
    const access = await this.proposals.createTopic(series.id, clara, { name: 'Testing together' });
    const market = await this.proposals.createTopic(series.id, clara, { name: 'Meeting the market' });
    const topics = [access.id, market.id, market.id, access.id];
    const horizons = ['short-term', 'immediate', 'long-term', 'immediate'] as const;
    const responsible = ['healthcare', 'government', 'government', 'healthcare'] as const;
    for (const [i, proposal] of written.entries()) {
      await this.proposals.update(proposal.id, facilitator, {
        version: proposal.version,
        topicId: topics[i],
        horizon: horizons[i],
        responsible: responsible[i],
      });
    }
    await this.proposals.addRecommendation(access.id, clara, {
      authority: 'KKR Nordjylland (the municipal contact council)',
      text: 'Agree on one shared test protocol for welfare technology that every municipality in the region uses.',
    });
    await this.workshops.updateSession(first.id, facilitator, { step: 'closed' });

    const second = await this.workshops.createSession(series.id, clara, {
      title: 'Hjørring: prioritising together',
      startsAt: '2026-12-08T09:00:00Z',
      online: true,
      facilitatorName: 'Clara Cluster',
    });
    for (const { user, side } of people) {
      await this.workshops.addParticipant(second.id, facilitator, { email: user.email, side });
    }
    await this.workshops.updateSession(second.id, facilitator, { step: 'prioritising' });
    this.logger.log('Seeded a demo workshop series');
  }
}
