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
import {
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  PARTNERSHIP_BENEFITS,
  type Partnership,
  type PartnershipBenefit,
  type PartnershipEvaluation,
} from '@opi/contracts';
import { type FormProblem, formProblem } from '../shared/api-error';
import { fieldError } from '../shared/field-error';
import { focusFirstProblem } from '../shared/focus';
import { FormAlert } from '../shared/form-alert';
import { dateTime } from './partnership-labels';
import { PartnershipsApiService } from './partnerships-api.service';

/** Longest comment an evaluation takes. */
export const EVALUATION_COMMENT_MAX = 2000;

/** Translation keys of what a partnership brought. */
export const BENEFIT_KEYS: Readonly<Record<PartnershipBenefit, string>> = {
  'new-knowledge': 'partnerships.evaluation.benefit.newKnowledge',
  'product-validated': 'partnerships.evaluation.benefit.productValidated',
  'public-customer-access':
    'partnerships.evaluation.benefit.publicCustomerAccess',
  'better-quality-for-citizens':
    'partnerships.evaluation.benefit.betterQualityForCitizens',
  'staff-time-saved': 'partnerships.evaluation.benefit.staffTimeSaved',
  'follow-up-projects': 'partnerships.evaluation.benefit.followUpProjects',
};

/**
 * A closed partnership's evaluation: for a member of a party, the form "What did the partnership
 * bring?" (the benefits, whether the solution was implemented, a comment), filled in with their
 * party's evaluation if it gave one; then every party's evaluation as it was given. Emits the
 * partnership the API answers with once saved.
 */
@Component({
  selector: 'opi-partnership-evaluation',
  imports: [
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatRadioModule,
    ReactiveFormsModule,
    TranslocoPipe,
    FormAlert,
  ],
  templateUrl: './partnership-evaluation.html',
  styleUrl: './partnership-evaluation.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PartnershipEvaluationSection {
  readonly partnership = input.required<Partnership>();
  readonly lang = input.required<string>();
  readonly saved = output<Partnership>();

  private readonly api = inject(PartnershipsApiService);
  private readonly host: HTMLElement = inject(ElementRef).nativeElement;
  private readonly injector = inject(Injector);
  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly benefits = PARTNERSHIP_BENEFITS;
  protected readonly benefitKeys = BENEFIT_KEYS;
  protected readonly fieldError = fieldError;
  protected readonly commentMax = EVALUATION_COMMENT_MAX;

  /** The reader's party's evaluation, if it gave one (compared by when, so edits survive reloads). */
  protected readonly mine = computed(
    () => {
      const p = this.partnership();
      return (
        p.evaluations.find((e) => e.organisation.id === p.myOrganisationId) ??
        null
      );
    },
    {
      equal: (a, b) =>
        a?.organisation.id === b?.organisation.id && a?.at === b?.at,
    },
  );

  protected readonly form = this.fb.group({
    benefits: this.fb.group(
      Object.fromEntries(PARTNERSHIP_BENEFITS.map((b) => [b, false])) as Record<
        PartnershipBenefit,
        boolean
      >,
    ),
    implemented: this.fb.control<boolean | null>(null, Validators.required),
    comment: ['', Validators.maxLength(EVALUATION_COMMENT_MAX)],
  });

  protected readonly saving = signal(false);
  protected readonly problem = signal<FormProblem | null>(null);
  protected readonly savedNow = signal(false);

  /** The evaluations as given, the reader's party's first. */
  protected readonly evaluations = computed(() => {
    const p = this.partnership();
    return [...p.evaluations].sort(
      (a, b) =>
        Number(b.organisation.id === p.myOrganisationId) -
        Number(a.organisation.id === p.myOrganisationId),
    );
  });

  constructor() {
    effect(() => {
      const mine = this.mine();
      untracked(() => this.fill(mine));
    });
  }

  protected when(iso: string): string {
    return dateTime(iso, this.lang());
  }

  protected implementedInvalid(): boolean {
    const control = this.form.controls.implemented;
    return control.invalid && control.touched;
  }

  protected save(): void {
    const p = this.partnership();
    if (this.saving()) {
      return;
    }
    this.problem.set(null);
    this.savedNow.set(false);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstProblem(this.host, this.injector);
      return;
    }
    const { benefits, implemented, comment } = this.form.getRawValue();
    this.saving.set(true);
    this.api
      .evaluate(p.id, {
        benefits: PARTNERSHIP_BENEFITS.filter((b) => benefits[b]),
        implemented: !!implemented,
        comment: comment.trim() || null,
      })
      .subscribe({
        next: (saved) => {
          this.saving.set(false);
          this.savedNow.set(true);
          this.saved.emit(saved);
        },
        error: (error: unknown) => {
          this.saving.set(false);
          this.problem.set(formProblem(this.form, error));
          focusFirstProblem(this.host, this.injector, () =>
            this.host.querySelector<HTMLElement>('opi-form-alert'),
          );
        },
      });
  }

  private fill(evaluation: PartnershipEvaluation | null): void {
    this.form.reset({
      benefits: Object.fromEntries(
        PARTNERSHIP_BENEFITS.map((b) => [
          b,
          !!evaluation?.benefits.includes(b),
        ]),
      ) as Record<PartnershipBenefit, boolean>,
      implemented: evaluation ? evaluation.implemented : null,
      comment: evaluation?.comment ?? '',
    });
  }
}
