import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import {
  type FormControl,
  type FormGroup,
  type NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import type { WorkshopProposalText } from '@opi/contracts';
import { fieldError } from '../shared/field-error';

/** The text fields of a proposal, in the order the form shows them. */
export const PROPOSAL_FIELDS = [
  'title',
  'problem',
  'proposal',
  'needed',
  'beneficiaries',
  'pains',
  'gains',
  'groupName',
] as const satisfies readonly (keyof WorkshopProposalText)[];
export type ProposalField = (typeof PROPOSAL_FIELDS)[number];

export type ProposalForm = FormGroup<
  Record<ProposalField, FormControl<string>>
>;

/** Labels of the fields (also used where a proposal is read). */
export const PROPOSAL_FIELD_KEYS: Readonly<Record<ProposalField, string>> = {
  title: 'workshops.session.proposals.fields.title',
  problem: 'workshops.session.proposals.fields.problem',
  proposal: 'workshops.session.proposals.fields.proposal',
  needed: 'workshops.session.proposals.fields.needed',
  beneficiaries: 'workshops.session.proposals.fields.beneficiaries',
  pains: 'workshops.session.proposals.fields.pains',
  gains: 'workshops.session.proposals.fields.gains',
  groupName: 'workshops.session.proposals.fields.groupName',
};

const REQUIRED: readonly ProposalField[] = ['title', 'problem', 'proposal'];

/** A form for a proposal's text, empty. */
export function proposalForm(fb: NonNullableFormBuilder): ProposalForm {
  const controls = Object.fromEntries(
    PROPOSAL_FIELDS.map((field) => [
      field,
      fb.control('', REQUIRED.includes(field) ? [Validators.required] : []),
    ]),
  ) as Record<ProposalField, FormControl<string>>;
  return fb.group(controls);
}

/** Puts a proposal's text into the form. */
export function fillProposalForm(
  form: ProposalForm,
  text: WorkshopProposalText,
): void {
  form.reset(
    Object.fromEntries(
      PROPOSAL_FIELDS.map((field) => [field, text[field] ?? '']),
    ) as Record<ProposalField, string>,
  );
}

/** The form's text, trimmed; an empty group name is none. */
export function proposalText(form: ProposalForm): WorkshopProposalText {
  const value = form.getRawValue();
  const text = Object.fromEntries(
    PROPOSAL_FIELDS.map((field) => [field, value[field].trim()]),
  ) as Record<ProposalField, string>;
  return { ...text, groupName: text.groupName || null };
}

/** The fields whose text differs from `before` (what a refinement sends). */
export function changedText(
  before: WorkshopProposalText,
  after: WorkshopProposalText,
): Partial<WorkshopProposalText> {
  return Object.fromEntries(
    PROPOSAL_FIELDS.filter(
      (field) => (before[field] ?? null) !== (after[field] ?? null),
    ).map((field) => [field, after[field]]),
  );
}

/** The fields of a proposal (inside the form of the page that uses it). */
@Component({
  selector: 'opi-proposal-fields',
  imports: [
    MatFormFieldModule,
    MatInputModule,
    ReactiveFormsModule,
    TranslocoPipe,
  ],
  templateUrl: './proposal-fields.html',
  styles: `
    :host {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 16rem), 1fr));
      gap: 0 1rem;
    }

    .proposal-fields__wide {
      grid-column: 1 / -1;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProposalFields {
  readonly form = input.required<ProposalForm>();

  protected readonly fields = PROPOSAL_FIELDS.map((field) => ({
    field,
    key: PROPOSAL_FIELD_KEYS[field],
    required: REQUIRED.includes(field),
    /** The short fields take one line; the others are texts. */
    short: field === 'title' || field === 'groupName',
  }));
  protected readonly fieldError = fieldError;
}
