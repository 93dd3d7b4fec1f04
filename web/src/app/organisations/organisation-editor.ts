import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import {
  rxResource,
  takeUntilDestroyed,
  toSignal,
} from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import {
  COMPANY_SIZE_BANDS,
  type Organisation,
  type OrganisationKind,
} from '@opi/contracts';
import {
  CARE_AREAS,
  ORGANISATION_KINDS,
  SETTINGS,
  labelOf,
} from '@opi/taxonomy';
import { type Observable, catchError, map, of, switchMap } from 'rxjs';
import { AuthService } from '../auth/auth.service';
import { LanguageService } from '../i18n/language.service';
import { type FormProblem, apiProblem, formProblem } from '../shared/api-error';
import { CountryNamePipe } from '../shared/country-name.pipe';
import { fieldError } from '../shared/field-error';
import { focusFirstProblem } from '../shared/focus';
import { FormAlert } from '../shared/form-alert';
import { keepUpperCase } from '../shared/upper-case';
import { SIZE_BAND_KEYS } from './organisation-labels';
import {
  type OrganisationForm,
  applyKind,
  applyTestSiteOffered,
  organisationForm,
  toCreateRequest,
  toFormValue,
  toUpdateRequest,
} from './organisation-form';
import { OrganisationsApiService } from './organisations-api.service';

/**
 * `/organisations/new` and `/organisations/:id/edit`: the organisation editor, with the fields
 * of the chosen kind. An update sends the `version` it read; when someone else saved in
 * between (409), the editor says so and offers to reload their version.
 */
@Component({
  selector: 'opi-organisation-editor',
  imports: [
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatRadioModule,
    MatSelectModule,
    ReactiveFormsModule,
    RouterLink,
    TranslocoPipe,
    FormAlert,
  ],
  templateUrl: './organisation-editor.html',
  styleUrl: './organisation-editor.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OrganisationEditor {
  /** Route parameter; absent on `/organisations/new`. */
  readonly id = input<string>();

  private readonly api = inject(OrganisationsApiService);
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);
  private readonly host: HTMLElement = inject(ElementRef).nativeElement;
  private readonly injector = inject(Injector);
  private readonly countryName = new CountryNamePipe();
  protected readonly lang = inject(LanguageService).current;

  protected readonly fieldError = fieldError;
  protected readonly keepUpperCase = keepUpperCase;
  protected readonly form: OrganisationForm = organisationForm(
    inject(NonNullableFormBuilder),
  );
  protected readonly kind = toSignal(this.form.controls.kind.valueChanges, {
    initialValue: null,
  });
  protected readonly offered = toSignal(
    this.form.controls.testSite.controls.offered.valueChanges,
    { initialValue: false },
  );
  private readonly country = toSignal(this.form.controls.country.valueChanges, {
    initialValue: '',
  });
  /** The version the form was filled from, sent back on save. */
  private version = 0;

  protected readonly organisation = rxResource({
    params: () => this.id(),
    stream: ({ params }) => this.api.get(params),
  });
  protected readonly submitting = signal(false);
  protected readonly problem = signal<FormProblem | null>(null);
  protected readonly conflict = signal(false);

  protected readonly kindOptions = computed(() => {
    const lang = this.lang();
    return ORGANISATION_KINDS.map((code) => ({
      code,
      label: labelOf('organisationKind', code, lang),
    }));
  });
  protected readonly kindLabel = computed(() => {
    const kind = this.kind();
    return kind ? labelOf('organisationKind', kind, this.lang()) : '';
  });
  protected readonly careAreaOptions = computed(() =>
    sortedOptions('careArea', CARE_AREAS, this.lang()),
  );
  protected readonly settingOptions = computed(() =>
    sortedOptions('setting', SETTINGS, this.lang()),
  );
  protected readonly sizeBands = COMPANY_SIZE_BANDS.map((code) => ({
    code,
    label: SIZE_BAND_KEYS[code],
  }));
  /** The country's name under a valid code ("Denmark" for DK). */
  protected readonly countryHint = computed(() => {
    const code = this.country();
    return /^[A-Z]{2}$/.test(code)
      ? this.countryName.transform(code, this.lang())
      : '';
  });
  protected readonly loadErrorKey = computed(() =>
    apiProblem(this.organisation.error()).status === 404
      ? 'organisationEditor.notFound'
      : 'organisationEditor.loadError',
  );
  protected readonly cancelLink = computed(() =>
    this.id() ? ['/organisations', this.id()] : ['/my/organisations'],
  );

  constructor() {
    applyKind(this.form, null);
    this.form.controls.kind.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe((kind) => applyKind(this.form, kind));
    this.form.controls.testSite.controls.offered.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe(() => applyTestSiteOffered(this.form));
    effect(() => {
      if (this.organisation.hasValue()) {
        const organisation = this.organisation.value();
        untracked(() => this.fill(organisation));
      }
    });
  }

  /** Whether a control without a form field (a radio group) shows its error. */
  protected invalid(name: 'kind'): boolean {
    const control = this.form.controls[name];
    return control.invalid && control.touched;
  }

  /** After a conflict: loads the saved version, replacing what was typed. */
  protected reload(): void {
    this.problem.set(null);
    this.organisation.reload();
  }

  protected submit(): void {
    if (this.submitting()) {
      return;
    }
    this.problem.set(null);
    this.conflict.set(false);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.focusProblem();
      return;
    }
    const value = this.form.getRawValue();
    const kind = value.kind as OrganisationKind;
    const id = this.id();
    this.submitting.set(true);
    const saved: Observable<Organisation> = id
      ? this.api.update(id, toUpdateRequest(kind, value, this.version))
      : this.api.create(toCreateRequest(kind, value)).pipe(
          // The new membership shows in "My organisations" and unlocks editing.
          switchMap((created) =>
            this.auth.refresh().pipe(
              map(() => created),
              catchError(() => of(created)),
            ),
          ),
        );
    saved.subscribe({
      next: (organisation) => {
        this.submitting.set(false);
        this.snackBar.open(
          this.transloco.translate('organisationEditor.saved', {
            name: organisation.name,
          }),
          undefined,
          { duration: 5000 },
        );
        void this.router.navigate(['/organisations', organisation.id]);
      },
      error: (error: unknown) => {
        this.submitting.set(false);
        if (id && apiProblem(error).status === 409) {
          this.conflict.set(true);
        } else {
          this.problem.set(
            formProblem(this.form, error, {
              403: 'organisationEditor.forbidden',
            }),
          );
        }
        this.focusProblem();
      },
    });
  }

  private fill(organisation: Organisation): void {
    this.version = organisation.version;
    this.form.reset(toFormValue(organisation));
    this.form.controls.kind.disable({ emitEvent: false });
    applyKind(this.form, organisation.kind);
    this.conflict.set(false);
  }

  private focusProblem(): void {
    focusFirstProblem(this.host, this.injector, () =>
      this.host.querySelector<HTMLElement>('.editor__conflict, opi-form-alert'),
    );
  }
}

function sortedOptions(
  vocabulary: 'careArea' | 'setting',
  codes: readonly string[],
  lang: ReturnType<LanguageService['current']>,
) {
  return codes
    .map((code) => ({ code, label: labelOf(vocabulary, code, lang) }))
    .sort((a, b) => a.label.localeCompare(b.label, lang));
}
