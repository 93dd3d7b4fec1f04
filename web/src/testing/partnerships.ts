import type {
  Interest,
  OrganisationRef,
  Partnership,
  PartnershipEvaluation,
  PartnershipEvent,
  PartnershipParty,
  PartnershipSummary,
  PartnershipTask,
  ScaleUpProposal,
} from '@opi/contracts';

let sequence = 0;
const next = () => ++sequence;

/** An organisation as brokering names it: a municipality unless told otherwise. */
export function aPartyOrganisation(
  overrides: Partial<OrganisationRef> = {},
): OrganisationRef {
  const n = next();
  return {
    id: `org-${n}`,
    name: `Organisation ${n}`,
    kind: 'municipality',
    country: 'DK',
    ...overrides,
  };
}

/** A pending interest of a company's offering in a municipality's need, received by the reader. */
export function anInterest(overrides: Partial<Interest> = {}): Interest {
  const n = next();
  return {
    id: `interest-${n}`,
    status: 'pending',
    message: `Message ${n}: we would like to test this with you.`,
    from: aPartyOrganisation({ kind: 'company' }),
    to: aPartyOrganisation(),
    subject: { type: 'offering', id: `offering-${n}`, title: `Offering ${n}` },
    target: { type: 'need', id: `need-${n}`, title: `Need ${n}` },
    declineReason: null,
    partnershipId: null,
    createdAt: '2026-03-02T09:00:00.000Z',
    respondedAt: null,
    canRespond: true,
    ...overrides,
  };
}

/** A partnership as `GET /api/partnerships` lists it: exploring, active of late. */
export function aPartnershipSummary(
  overrides: Partial<PartnershipSummary> = {},
): PartnershipSummary {
  const n = next();
  return {
    id: `partnership-${n}`,
    title: `Partnership ${n}`,
    stage: 'exploring',
    outcome: null,
    parties: [aPartyOrganisation(), aPartyOrganisation({ kind: 'company' })],
    need: null,
    offering: null,
    introduced: false,
    lastActivityAt: '2026-03-10T12:00:00.000Z',
    stale: false,
    version: 1,
    ...overrides,
  };
}

export function aParty(
  overrides: Partial<PartnershipParty> = {},
): PartnershipParty {
  return {
    organisation: aPartyOrganisation(),
    consentAt: '2026-03-01T10:00:00.000Z',
    consentBy: null,
    contacts: null,
    ...overrides,
  };
}

export function aPartnershipEvent(
  overrides: Partial<PartnershipEvent> = {},
): PartnershipEvent {
  const n = next();
  return {
    id: `event-${n}`,
    kind: 'created',
    at: '2026-03-01T10:00:00.000Z',
    by: null,
    text: null,
    fromStage: null,
    toStage: null,
    ...overrides,
  };
}

export function aPartnershipTask(
  overrides: Partial<PartnershipTask> = {},
): PartnershipTask {
  const n = next();
  return {
    id: `task-${n}`,
    title: `Task ${n}`,
    dueDate: null,
    doneAt: null,
    createdBy: null,
    ...overrides,
  };
}

/**
 * A partnership as `GET /api/partnerships/:id` answers it to a member of one party who may edit
 * it: no history, notes or tasks yet, unless told otherwise.
 */
export function aPartnership(
  overrides: Partial<Partnership> = {},
): Partnership {
  const partyDetails = overrides.partyDetails ?? [
    aParty(),
    aParty({ organisation: aPartyOrganisation({ kind: 'company' }) }),
  ];
  return {
    ...aPartnershipSummary(overrides),
    parties: partyDetails.map((p) => p.organisation),
    partyDetails,
    note: null,
    closeReason: null,
    history: [],
    tasks: [],
    guidePhase: null,
    myOrganisationId: partyDetails[0].organisation.id,
    canEdit: true,
    canOverride: false,
    evaluations: [],
    ...overrides,
  };
}

/** A party's evaluation of a closed partnership: it brought new knowledge, not implemented. */
export function anEvaluation(
  overrides: Partial<PartnershipEvaluation> = {},
): PartnershipEvaluation {
  return {
    organisation: aPartyOrganisation(),
    benefits: ['new-knowledge'],
    implemented: false,
    comment: null,
    by: null,
    at: '2026-04-01T10:00:00.000Z',
    ...overrides,
  };
}

/** A municipality with a need like the partnership's, proposed for scale-up and not invited yet. */
export function aScaleUpProposal(
  overrides: Partial<ScaleUpProposal> = {},
): ScaleUpProposal {
  const n = next();
  return {
    organisation: {
      ...aPartyOrganisation(),
      region: 'Region Midtjylland',
    },
    need: { type: 'need', id: `need-${n}`, title: `Need ${n}` },
    score: 0.7,
    reasons: [
      {
        code: 'shared-care-area',
        text: 'Both about dementia',
        params: { codes: ['dementia'] },
      },
    ],
    invitedAt: null,
    ...overrides,
  };
}
