import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  type Signal,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import {
  type AbstractControl,
  FormControl,
  FormGroup,
  ReactiveFormsModule,
  type ValidationErrors,
  Validators,
} from '@angular/forms';
import { MatAutocompleteModule } from '@angular/material/autocomplete';
import { MatButtonModule } from '@angular/material/button';
import {
  MAT_DIALOG_DATA,
  MatDialog,
  type MatDialogConfig,
  MatDialogModule,
  MatDialogRef,
} from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import type {
  Organisation,
  Partnership,
  WorkshopProposal,
} from '@opi/contracts';
import {
  type Observable,
  catchError,
  concat,
  debounceTime,
  distinctUntilChanged,
  map,
  of,
  switchMap,
} from 'rxjs';
import { LanguageService } from '../i18n/language.service';
import { OrganisationsApiService } from '../organisations/organisations-api.service';
import {
  type FormProblem,
  apiProblem,
  formProblem,
  problemKey,
} from '../shared/api-error';
import { CountryNamePipe } from '../shared/country-name.pipe';
import { fieldError } from '../shared/field-error';
import { focusFirstProblem } from '../shared/focus';
import { FormAlert } from '../shared/form-alert';
import { TaxonomyLabelPipe } from '../shared/taxonomy-label.pipe';
import { WorkshopsApiService } from './workshops-api.service';

/** Longest note the API accepts before the proposal's text. */
export const SEED_NOTE_MAX = 1000;
/** How long the pickers wait after the last key before they search. */
export const ORGANISATION_SEARCH_DEBOUNCE_MS = 250;
/** How many organisations a picker offers. */
export const ORGANISATION_SEARCH_PAGE_SIZE = 10;

/** The proposal the partnership is seeded from. */
export interface SeedPartnershipDialogData {
  proposal: Pick<WorkshopProposal, 'id' | 'title'>;
}

/** A picker's value: the organisation chosen, or the text typed while searching. */
type OrganisationChoice = Organisation | string | null;

/** What a picker offers for the text typed. */
interface SearchState {
  /** The text searched; '' when there is nothing to search. */
  query: string;
  loading: boolean;
  organisations: Organisation[];
  /** A translation key when the search failed. */
  problem: string | null;
}

const IDLE: SearchState = {
  query: '',
  loading: false,
  organisations: [],
  problem: null,
};

const isOrganisation = (value: unknown): value is Organisation =>
  !!value && typeof value === 'object' && 'id' in value;

/** Text typed but no organisation chosen from the list. */
function chosenFromList(control: AbstractControl): ValidationErrors | null {
  return typeof control.value === 'string' && control.value.trim() !== ''
    ? { message: 'workshops.seedPartnership.chooseFromList' }
    : null;
}

/**
 * Seeds a partnership from a workshop proposal (cluster managers and admins): two organisations
 * of the published directory, found as one types, and an optional note. The API makes it an
 * introduction both must agree to; the dialog closes with the partnership, or stays open with
 * what went wrong.
 */
@Component({
  selector: 'opi-seed-partnership-dialog',
  imports: [
    MatAutocompleteModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    ReactiveFormsModule,
    TranslocoPipe,
    CountryNamePipe,
    FormAlert,
    TaxonomyLabelPipe,
  ],
  templateUrl: './seed-partnership-dialog.html',
  styleUrl: './seed-partnership-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SeedPartnershipDialog {
  protected readonly data = inject<SeedPartnershipDialogData>(MAT_DIALOG_DATA);
  private readonly ref =
    inject<MatDialogRef<SeedPartnershipDialog, Partnership>>(MatDialogRef);
  private readonly api = inject(WorkshopsApiService);
  private readonly organisationsApi = inject(OrganisationsApiService);
  private readonly host: HTMLElement = inject(ElementRef).nativeElement;
  private readonly injector = inject(Injector);
  protected readonly lang = inject(LanguageService).current;
  protected readonly fieldError = fieldError;
  protected readonly noteMax = SEED_NOTE_MAX;

  private readonly first = new FormControl<OrganisationChoice>(null, [
    Validators.required,
    chosenFromList,
  ]);
  private readonly second = new FormControl<OrganisationChoice>(null, [
    Validators.required,
    chosenFromList,
    (control) => {
      const first = this.first.value;
      return isOrganisation(first) &&
        isOrganisation(control.value) &&
        first.id === control.value.id
        ? { message: 'workshops.seedPartnership.sameOrganisation' }
        : null;
    },
  ]);
  protected readonly form = new FormGroup({
    first: this.first,
    second: this.second,
    note: new FormControl('', {
      nonNullable: true,
      validators: Validators.maxLength(SEED_NOTE_MAX),
    }),
  });

  /** The two pickers, in order. */
  protected readonly pickers = [
    {
      id: 'seed-partnership-first',
      label: 'workshops.seedPartnership.first',
      control: this.first,
      search: this.searchFor(this.first),
    },
    {
      id: 'seed-partnership-second',
      label: 'workshops.seedPartnership.second',
      control: this.second,
      search: this.searchFor(this.second),
    },
  ];

  protected readonly sending = signal(false);
  protected readonly problem = signal<FormProblem | null>(null);

  constructor() {
    // The second must differ from the first: check it again when the first changes.
    this.first.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe(() => this.second.updateValueAndValidity());
  }

  protected readonly displayOrganisation = (value: OrganisationChoice) =>
    isOrganisation(value) ? value.name : (value ?? '');

  /** A choice from the list shows its problem (the same organisation twice) at once. */
  protected chosen(control: FormControl<OrganisationChoice>): void {
    control.markAsTouched();
  }

  protected send(): void {
    if (this.sending()) {
      return;
    }
    const form = this.form;
    this.problem.set(null);
    const first = this.first.value;
    const second = this.second.value;
    if (form.invalid || !isOrganisation(first) || !isOrganisation(second)) {
      form.markAllAsTouched();
      focusFirstProblem(this.host, this.injector);
      return;
    }
    const note = form.controls.note.value.trim();
    this.sending.set(true);
    this.api
      .proposalToPartnership(
        this.data.proposal.id,
        [first.id, second.id],
        note || undefined,
      )
      .subscribe({
        next: (partnership) => {
          this.sending.set(false);
          this.ref.close(partnership);
        },
        error: (error: unknown) => {
          this.sending.set(false);
          this.problem.set(
            formProblem(form, error, {
              403: 'workshops.seedPartnership.forbidden',
            }),
          );
          focusFirstProblem(this.host, this.injector, () =>
            this.host.querySelector<HTMLElement>('opi-form-alert'),
          );
        },
      });
  }

  /** Searches the published directory for the text typed in the picker, a moment after the last key. */
  private searchFor(
    control: FormControl<OrganisationChoice>,
  ): Signal<SearchState> {
    return toSignal(
      control.valueChanges.pipe(
        // A chosen organisation is not searched for.
        map((value) => (typeof value === 'string' ? value.trim() : '')),
        debounceTime(ORGANISATION_SEARCH_DEBOUNCE_MS),
        distinctUntilChanged(),
        switchMap((query) =>
          query === ''
            ? of(IDLE)
            : concat(
                of({ ...IDLE, query, loading: true }),
                this.organisationsApi
                  .list({ q: query, pageSize: ORGANISATION_SEARCH_PAGE_SIZE })
                  .pipe(
                    map(
                      (page): SearchState => ({
                        ...IDLE,
                        query,
                        organisations: page.items,
                      }),
                    ),
                    catchError((error: unknown) =>
                      of({
                        ...IDLE,
                        query,
                        problem: problemKey(apiProblem(error)),
                      }),
                    ),
                  ),
              ),
        ),
      ),
      { initialValue: IDLE },
    );
  }
}

/** Opens the dialog; emits once, with the partnership seeded or `undefined` when cancelled. */
export function openSeedPartnershipDialog(
  dialog: MatDialog,
  data: SeedPartnershipDialogData,
): Observable<Partnership | undefined> {
  const config: MatDialogConfig<SeedPartnershipDialogData> = {
    data,
    width: '36rem',
    maxWidth: 'calc(100vw - 2rem)',
    autoFocus: 'first-tabbable',
    restoreFocus: true,
  };
  return dialog
    .open<
      SeedPartnershipDialog,
      SeedPartnershipDialogData,
      Partnership
    >(SeedPartnershipDialog, config)
    .afterClosed();
}
