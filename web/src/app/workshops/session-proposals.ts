import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  computed,
  inject,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import {
  FormGroupDirective,
  NonNullableFormBuilder,
  ReactiveFormsModule,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import type { OrganisationKind, WorkshopSession } from '@opi/contracts';
import { AuthService } from '../auth/auth.service';
import { LanguageService } from '../i18n/language.service';
import { type FormProblem, formProblem } from '../shared/api-error';
import { focusFirstProblem } from '../shared/focus';
import { FormAlert } from '../shared/form-alert';
import { ProposalFields, proposalForm, proposalText } from './proposal-fields';
import { type NeedOwner, SessionProposal } from './session-proposal';
import { WorkshopsApiService } from './workshops-api.service';

/** Organisations whose members write needs. */
const NEED_OWNER_KINDS: readonly OrganisationKind[] = [
  'municipality',
  'hospital',
];

/**
 * Step 2, ideal conditions: the series' proposals (written here or carried over from an earlier
 * session) and, for participants, a form to write a new one.
 */
@Component({
  selector: 'opi-session-proposals',
  imports: [
    MatButtonModule,
    MatProgressBarModule,
    ReactiveFormsModule,
    TranslocoPipe,
    FormAlert,
    ProposalFields,
    SessionProposal,
  ],
  templateUrl: './session-proposals.html',
  styleUrl: './session-proposals.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SessionProposals {
  readonly session = input.required<WorkshopSession>();
  /** The session is closed for the reader: nothing new is written. */
  readonly readOnly = input(false);
  readonly changed = output<void>();

  private readonly api = inject(WorkshopsApiService);
  private readonly auth = inject(AuthService);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);
  private readonly host: HTMLElement = inject(ElementRef).nativeElement;
  private readonly injector = inject(Injector);
  private readonly lang = inject(LanguageService).current;

  protected readonly form = proposalForm(inject(NonNullableFormBuilder));
  private readonly formDirective = viewChild(FormGroupDirective);
  protected readonly adding = signal(false);
  protected readonly problem = signal<FormProblem | null>(null);

  protected readonly canWrite = computed(
    () => this.session().access.participantId !== null && !this.readOnly(),
  );
  /** The reader's municipalities and hospitals (signed-in readers only). */
  protected readonly needOwners = computed((): NeedOwner[] =>
    (this.auth.currentUser()?.memberships ?? [])
      .filter((m) => NEED_OWNER_KINDS.includes(m.kind))
      .map((m) => ({ id: m.organisationId, name: m.name }))
      .sort((a, b) => a.name.localeCompare(b.name, this.lang())),
  );

  protected add(): void {
    if (this.adding()) {
      return;
    }
    this.problem.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.focusProblem();
      return;
    }
    const text = proposalText(this.form);
    this.adding.set(true);
    this.api.addProposal(this.session().id, text).subscribe({
      next: (proposal) => {
        this.adding.set(false);
        this.formDirective()?.resetForm();
        this.snackBar.open(
          this.transloco.translate('workshops.session.proposals.added', {
            title: proposal.title,
          }),
          undefined,
          { duration: 5000 },
        );
        this.changed.emit();
      },
      error: (error: unknown) => {
        this.adding.set(false);
        this.problem.set(
          formProblem(this.form, error, {
            403: 'workshops.session.proposals.forbidden',
          }),
        );
        this.focusProblem();
      },
    });
  }

  private focusProblem(): void {
    const form =
      this.host.querySelector<HTMLElement>('.proposals__new') ?? this.host;
    focusFirstProblem(form, this.injector, () =>
      form.querySelector<HTMLElement>('opi-form-alert'),
    );
  }
}
