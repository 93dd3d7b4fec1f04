import type {
  InterestStatus,
  OrganisationKind,
  PipelineStage,
  RecordRef,
  UserRole,
} from '@opi/contracts';
import { PIPELINE_STAGES } from '@opi/contracts';
import type { GuideRole } from '../guide/guide.models';

/** Roles that broker: they see every partnership on the board, introduce and override. */
export const BROKER_ROLES: readonly UserRole[] = ['cluster_manager', 'admin'];

/** Translation keys of an interest's status. */
export const INTEREST_STATUS_KEYS: Readonly<Record<InterestStatus, string>> = {
  pending: 'partnerships.interests.status.pending',
  accepted: 'partnerships.interests.status.accepted',
  declined: 'partnerships.interests.status.declined',
};

/** The guide's checklist for each kind of organisation. */
export const GUIDE_ROLE_OF_KIND: Readonly<Record<OrganisationKind, GuideRole>> =
  {
    company: 'company',
    municipality: 'public',
    hospital: 'public',
    knowledge_institution: 'knowledge',
  };

/** Where a record's page is: `/needs/:id` or `/offerings/:id`. */
export function recordLink(record: RecordRef): string[] {
  return [record.type === 'need' ? '/needs' : '/offerings', record.id];
}

/** The stage after this one (closing is a step of its own), if any. */
export function nextStage(stage: PipelineStage): PipelineStage | null {
  const next = PIPELINE_STAGES[PIPELINE_STAGES.indexOf(stage) + 1];
  return next && next !== 'closed' ? next : null;
}

/**
 * The stage one back, if the pipeline lets a reader go there: not from a closed partnership, and
 * not back to `proposed` (only the parties' consent moves a partnership past it).
 */
export function previousStage(stage: PipelineStage): PipelineStage | null {
  if (stage === 'closed') {
    return null;
  }
  const previous = PIPELINE_STAGES[PIPELINE_STAGES.indexOf(stage) - 1];
  return previous && previous !== 'proposed' ? previous : null;
}

/** `2026-03-14`: today in the reader's time zone, as task due dates are written. */
export function isoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** "14 Mar 2026, 10:30" in the reader's language. */
export function dateTime(iso: string, lang: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? iso
    : new Intl.DateTimeFormat(lang, {
        dateStyle: 'medium',
        timeStyle: 'short',
      }).format(date);
}
