import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  computed,
  effect,
  inject,
  input,
  output,
  signal,
  untracked,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatMenuModule } from '@angular/material/menu';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import type { WorkshopProposal, WorkshopProposalText } from '@opi/contracts';
import { LanguageService } from '../i18n/language.service';
import {
  type FormProblem,
  apiProblem,
  formProblem,
  problemKey,
} from '../shared/api-error';
import { focusAfterRender, focusFirstProblem } from '../shared/focus';
import { FormAlert } from '../shared/form-alert';
import { LocalDatePipe } from '../shared/local-date.pipe';
import {
  PROPOSAL_FIELD_KEYS,
  ProposalFields,
  changedText,
  fillProposalForm,
  proposalForm,
  proposalText,
} from './proposal-fields';
import { HORIZON_KEYS, RESPONSIBLE_KEYS } from './workshop-labels';
import { WorkshopsApiService } from './workshops-api.service';

/** An organisation the reader may turn a proposal into a need for. */
export interface NeedOwner {
  id: string;
  name: string;
}

/** The texts a proposal is read by, below its title. */
const READ_FIELDS = [
  'problem',
  'proposal',
  'needed',
  'beneficiaries',
  'pains',
  'gains',
] as const;

/** The texts that are filled in, with their labels. */
function readTexts(
  text: WorkshopProposalText,
): { key: string; text: string }[] {
  return READ_FIELDS.filter((field) => text[field]?.trim()).map((field) => ({
    key: PROPOSAL_FIELD_KEYS[field],
    text: text[field],
  }));
}

/**
 * One proposal of the series: its text, where it came from, and what the reader may do with it —
 * refine it in place (its author, or a facilitator; the refinement sends the version it started
 * from, and a 409 means someone else refined it first), read its earlier versions, and make a
 * draft need of it for one of the reader's municipalities or hospitals.
 */
@Component({
  selector: 'opi-session-proposal',
  imports: [
    MatButtonModule,
    MatMenuModule,
    MatProgressBarModule,
    ReactiveFormsModule,
    TranslocoPipe,
    FormAlert,
    LocalDatePipe,
    ProposalFields,
  ],
  templateUrl: './session-proposal.html',
  styleUrl: './session-proposal.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SessionProposal {
  readonly proposal = input.required<WorkshopProposal>();
  /** The session the screen shows (refinements are made in it). */
  readonly sessionId = input.required<string>();
  readonly sessionNumber = input.required<number>();
  /** The reader may refine it: they wrote it, or they facilitate. */
  readonly canRefine = input(false);
  /** The reader's municipalities and hospitals (none: no "Make it a need"). */
  readonly needOwners = input<readonly NeedOwner[]>([]);
  /** Something was saved: the session is to be fetched again. */
  readonly changed = output<void>();

  private readonly api = inject(WorkshopsApiService);
  private readonly router = inject(Router);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);
  private readonly host: HTMLElement = inject(ElementRef).nativeElement;
  private readonly injector = inject(Injector);
  protected readonly lang = inject(LanguageService).current;

  protected readonly form = proposalForm(inject(NonNullableFormBuilder));
  protected readonly horizonKeys = HORIZON_KEYS;
  protected readonly responsibleKeys = RESPONSIBLE_KEYS;

  protected readonly editing = signal(false);
  protected readonly saving = signal(false);
  /** The refinement was refused: someone else changed the proposal in between. */
  protected readonly conflict = signal(false);
  protected readonly problem = signal<FormProblem | null>(null);
  /** The version the form was filled from (what a refinement says it changes). */
  private readonly base = signal<WorkshopProposal | null>(null);

  protected readonly historyOpen = signal(false);
  protected readonly history = rxResource({
    params: () =>
      this.historyOpen()
        ? { id: this.proposal().id, version: this.proposal().version }
        : undefined,
    stream: ({ params }) => this.api.proposalHistory(params.id),
  });
  protected readonly makingNeed = signal(false);

  /** Written in an earlier session of the series. */
  protected readonly carriedOver = computed(
    () => this.proposal().sessionNumber !== this.sessionNumber(),
  );
  protected readonly texts = computed(() => readTexts(this.proposal()));
  /** The earlier versions, newest first, each with its texts. */
  protected readonly revisions = computed(() =>
    this.history.hasValue()
      ? this.history.value().map((revision) => ({
          ...revision,
          texts: readTexts(revision),
        }))
      : [],
  );
  protected readonly ids = computed(() => {
    const id = this.proposal().id;
    return {
      title: `proposal-${id}-title`,
      history: `proposal-${id}-history`,
      form: `proposal-${id}-form`,
    };
  });

  constructor() {
    // While refining: a newer version (someone else's, after a conflict) replaces the form's text.
    effect(() => {
      const proposal = this.proposal();
      untracked(() => {
        const base = this.base();
        if (this.editing() && base && proposal.version !== base.version) {
          this.fill(proposal);
        }
      });
    });
  }

  protected startEditing(): void {
    this.fill(this.proposal());
    this.conflict.set(false);
    this.problem.set(null);
    this.editing.set(true);
    focusAfterRender(this.injector, () =>
      this.host.querySelector<HTMLElement>('form input, form textarea'),
    );
  }

  protected cancel(): void {
    this.editing.set(false);
    this.conflict.set(false);
    this.problem.set(null);
    this.focusRefine();
  }

  protected save(): void {
    const base = this.base();
    if (this.saving() || !base) {
      return;
    }
    this.problem.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstProblem(this.host, this.injector);
      return;
    }
    const changes = changedText(base, proposalText(this.form));
    if (Object.keys(changes).length === 0) {
      this.cancel();
      return;
    }
    this.saving.set(true);
    this.api
      .updateProposal(base.id, {
        version: base.version,
        sessionId: this.sessionId(),
        ...changes,
      })
      .subscribe({
        next: (saved) => {
          this.saving.set(false);
          this.editing.set(false);
          this.conflict.set(false);
          this.snackBar.open(
            this.transloco.translate('workshops.session.proposals.refined', {
              title: saved.title,
            }),
            undefined,
            { duration: 5000 },
          );
          this.changed.emit();
          this.focusRefine();
        },
        error: (error: unknown) => {
          this.saving.set(false);
          if (apiProblem(error).status === 409) {
            // The latest version is fetched; it replaces the form's text when it comes.
            this.conflict.set(true);
            this.changed.emit();
          } else {
            this.problem.set(
              formProblem(this.form, error, {
                403: 'workshops.session.proposals.forbidden',
              }),
            );
          }
          focusFirstProblem(this.host, this.injector, () =>
            this.host.querySelector<HTMLElement>(
              '.proposal__conflict, opi-form-alert',
            ),
          );
        },
      });
  }

  protected toggleHistory(): void {
    this.historyOpen.update((open) => !open);
  }

  /** POST …/need, then the need's editor, to finish the draft. */
  protected makeNeed(owner: NeedOwner): void {
    if (this.makingNeed()) {
      return;
    }
    this.makingNeed.set(true);
    this.api.proposalToNeed(this.proposal().id, owner.id).subscribe({
      next: (need) => {
        this.makingNeed.set(false);
        this.snackBar.open(
          this.transloco.translate('workshops.session.proposals.needCreated', {
            organisation: owner.name,
          }),
          undefined,
          { duration: 5000 },
        );
        void this.router.navigate(['/needs', need.id, 'edit']);
      },
      error: (error: unknown) => {
        this.makingNeed.set(false);
        this.snackBar.open(
          this.transloco.translate(problemKey(apiProblem(error))),
          undefined,
          { duration: 8000 },
        );
      },
    });
  }

  private fill(proposal: WorkshopProposal): void {
    fillProposalForm(this.form, proposal);
    this.base.set(proposal);
  }

  private focusRefine(): void {
    focusAfterRender(this.injector, () =>
      this.host.querySelector<HTMLElement>('.proposal__refine'),
    );
  }
}
