import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  computed,
  inject,
  signal,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import {
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { UserRole, WorkshopSeriesSummary } from '@opi/contracts';
import { AuthService } from '../auth/auth.service';
import { LanguageService } from '../i18n/language.service';
import { type FormProblem, formProblem } from '../shared/api-error';
import { fieldError } from '../shared/field-error';
import { focusFirstProblem } from '../shared/focus';
import { FormAlert } from '../shared/form-alert';
import { LocalDatePipe } from '../shared/local-date.pipe';
import { pluralKey } from '../shared/plural-key';
import { WorkshopsApiService } from './workshops-api.service';

/** Who may start a workshop series. */
export const SERIES_CREATOR_ROLES: readonly UserRole[] = [
  'cluster_manager',
  'public_staff',
  'admin',
];

/** Longest title and description a series form accepts. */
export const SERIES_TITLE_MAX = 200;
export const SERIES_DESCRIPTION_MAX = 4000;

const SESSION_COUNT_KEYS = {
  one: 'workshops.list.sessionsOne',
  other: 'workshops.list.sessionsOther',
};
const PROPOSAL_COUNT_KEYS = {
  one: 'workshops.list.proposalsOne',
  other: 'workshops.list.proposalsOther',
};

/**
 * `/workshops`: the co-creation workshop series the reader facilitates or takes part in, each
 * with its facilitators, how many sessions and proposals it has and when it changed. Cluster
 * managers, public staff and admins can start a new series here.
 */
@Component({
  selector: 'opi-workshop-list',
  imports: [
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    ReactiveFormsModule,
    RouterLink,
    TranslocoPipe,
    FormAlert,
    LocalDatePipe,
  ],
  templateUrl: './workshop-list.html',
  styleUrl: './workshop-list.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class WorkshopList {
  private readonly api = inject(WorkshopsApiService);
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly host: HTMLElement = inject(ElementRef).nativeElement;
  private readonly injector = inject(Injector);
  protected readonly lang = inject(LanguageService).current;
  protected readonly fieldError = fieldError;
  protected readonly titleMax = SERIES_TITLE_MAX;
  protected readonly descriptionMax = SERIES_DESCRIPTION_MAX;

  protected readonly series = rxResource({
    stream: () => this.api.listSeries(),
  });

  /** The signed-in user's role allows starting a series. */
  protected readonly canCreate = computed(() => {
    const role = this.auth.currentUser()?.role;
    return !!role && SERIES_CREATOR_ROLES.includes(role);
  });

  protected readonly form = inject(NonNullableFormBuilder).group({
    title: ['', [Validators.required, Validators.maxLength(SERIES_TITLE_MAX)]],
    description: ['', Validators.maxLength(SERIES_DESCRIPTION_MAX)],
  });
  protected readonly creating = signal(false);
  protected readonly problem = signal<FormProblem | null>(null);

  protected facilitatorNames(series: WorkshopSeriesSummary): string {
    return series.facilitators.map((f) => f.name).join(', ');
  }

  protected sessionCountKey(count: number): string {
    return pluralKey(SESSION_COUNT_KEYS, count, this.lang());
  }

  protected proposalCountKey(count: number): string {
    return pluralKey(PROPOSAL_COUNT_KEYS, count, this.lang());
  }

  protected create(): void {
    if (this.creating()) {
      return;
    }
    this.problem.set(null);
    const form = this.form;
    const section = this.host.querySelector<HTMLElement>('.list__form');
    if (form.invalid) {
      form.markAllAsTouched();
      focusFirstProblem(section ?? this.host, this.injector);
      return;
    }
    const { title, description } = form.getRawValue();
    this.creating.set(true);
    this.api
      .createSeries({ title: title.trim(), description: description.trim() })
      .subscribe({
        next: (created) => {
          this.creating.set(false);
          void this.router.navigate(['/workshops', created.id]);
        },
        error: (error: unknown) => {
          this.creating.set(false);
          this.problem.set(formProblem(form, error));
          focusFirstProblem(section ?? this.host, this.injector, () =>
            section?.querySelector<HTMLElement>('opi-form-alert'),
          );
        },
      });
  }
}
