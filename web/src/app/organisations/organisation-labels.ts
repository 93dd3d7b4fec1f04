import type {
  CompanySizeBand,
  MembershipRole,
  OrganisationStatus,
} from '@opi/contracts';

/** Translation keys of the organisation values that are codes, not taxonomy. */
export const STATUS_KEYS: Readonly<Record<OrganisationStatus, string>> = {
  draft: 'organisation.status.draft',
  published: 'organisation.status.published',
  archived: 'organisation.status.archived',
};

export const MEMBERSHIP_ROLE_KEYS: Readonly<Record<MembershipRole, string>> = {
  owner: 'organisation.memberRole.owner',
  member: 'organisation.memberRole.member',
};

export const SIZE_BAND_KEYS: Readonly<Record<CompanySizeBand, string>> = {
  '1-9': 'organisation.sizeBands.micro',
  '10-49': 'organisation.sizeBands.small',
  '50-249': 'organisation.sizeBands.medium',
  '250+': 'organisation.sizeBands.large',
};
