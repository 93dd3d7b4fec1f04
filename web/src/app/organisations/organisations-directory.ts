import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  computed,
  effect,
  inject,
  input,
  untracked,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import {
  MatPaginatorModule,
  type PageEvent,
} from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import {
  ActivatedRoute,
  type Params,
  Router,
  RouterLink,
} from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  DEFAULT_PAGE_SIZE,
  MAX_PAGE_SIZE,
  type OrganisationKind,
  type OrganisationListQuery,
} from '@opi/contracts';
import { CARE_AREAS, ORGANISATION_KINDS, labelOf } from '@opi/taxonomy';
import { LanguageService } from '../i18n/language.service';
import { fieldError } from '../shared/field-error';
import { focusFirstProblem } from '../shared/focus';
import { PAGE_SIZE_OPTIONS, wholeNumber } from '../shared/list-page';
import { pluralKey } from '../shared/plural-key';
import { keepUpperCase } from '../shared/upper-case';
import { countryCode } from '../shared/validators';
import { OrganisationCard } from './organisation-card';
import { OrganisationsApiService } from './organisations-api.service';

/**
 * `/organisations?q=&kind=&country=&region=&careArea=&page=&pageSize=`: the public directory of
 * published organisations. The address is the state: the form writes the query into the URL,
 * and the URL (bound to the inputs) drives the request.
 */
@Component({
  selector: 'opi-organisations-directory',
  imports: [
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatPaginatorModule,
    MatProgressBarModule,
    MatSelectModule,
    ReactiveFormsModule,
    RouterLink,
    TranslocoPipe,
    OrganisationCard,
  ],
  templateUrl: './organisations-directory.html',
  styleUrl: './organisations-directory.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OrganisationsDirectory {
  /** Query parameters, bound by the router. */
  readonly q = input<string>();
  readonly kind = input<string>();
  readonly country = input<string>();
  readonly region = input<string>();
  readonly careArea = input<string>();
  readonly page = input<string>();
  readonly pageSize = input<string>();

  private readonly api = inject(OrganisationsApiService);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly host: HTMLElement = inject(ElementRef).nativeElement;
  private readonly injector = inject(Injector);
  protected readonly lang = inject(LanguageService).current;
  protected readonly pageSizeOptions = PAGE_SIZE_OPTIONS;
  protected readonly fieldError = fieldError;
  protected readonly keepUpperCase = keepUpperCase;

  protected readonly filters = inject(NonNullableFormBuilder).group({
    q: [''],
    country: ['', countryCode],
    region: [''],
  });

  protected readonly query = computed(
    (): OrganisationListQuery &
      Required<Pick<OrganisationListQuery, 'page' | 'pageSize'>> => {
      const kind = this.kind();
      const country = this.country()?.trim().toUpperCase();
      return {
        q: this.q()?.trim() || undefined,
        kind: isKind(kind) ? kind : undefined,
        country: country && /^[A-Z]{2}$/.test(country) ? country : undefined,
        region: this.region()?.trim() || undefined,
        careArea: this.careArea() || undefined,
        page: wholeNumber(this.page(), 1, Number.MAX_SAFE_INTEGER, 1),
        pageSize: wholeNumber(
          this.pageSize(),
          1,
          MAX_PAGE_SIZE,
          DEFAULT_PAGE_SIZE,
        ),
      };
    },
  );

  protected readonly organisations = rxResource({
    params: () => this.query(),
    stream: ({ params }) => this.api.list(params),
  });

  protected readonly kindOptions = computed(() => {
    const lang = this.lang();
    return ORGANISATION_KINDS.map((code) => ({
      code,
      label: labelOf('organisationKind', code, lang),
    }));
  });

  protected readonly careAreaOptions = computed(() => {
    const lang = this.lang();
    return CARE_AREAS.map((code) => ({
      code,
      label: labelOf('careArea', code, lang),
    })).sort((a, b) => a.label.localeCompare(b.label, lang));
  });

  protected readonly resultCountKey = computed(() =>
    pluralKey(
      {
        one: 'organisations.results.countOne',
        other: 'organisations.results.countOther',
      },
      this.organisations.hasValue() ? this.organisations.value().total : 0,
      this.lang(),
    ),
  );

  protected readonly filtered = computed(() => {
    const { q, kind, country, region, careArea } = this.query();
    return !!(q || kind || country || region || careArea);
  });

  constructor() {
    // The text fields show what the address says (also after back/forward).
    effect(() => {
      const { q, country, region } = this.query();
      untracked(() =>
        this.filters.reset({
          q: q ?? '',
          country: country ?? '',
          region: region ?? '',
        }),
      );
    });
  }

  protected search(): void {
    if (this.filters.invalid) {
      this.filters.markAllAsTouched();
      focusFirstProblem(this.host, this.injector);
      return;
    }
    const { q, country, region } = this.filters.getRawValue();
    this.navigate({
      q: q.trim() || null,
      country: country.trim() || null,
      region: region.trim() || null,
      page: null,
    });
  }

  protected filterBy(name: 'kind' | 'careArea', code: string): void {
    this.navigate({ [name]: code || null, page: null });
  }

  protected changePage(event: PageEvent): void {
    this.navigate({
      page: event.pageIndex > 0 ? event.pageIndex + 1 : null,
      pageSize: event.pageSize !== DEFAULT_PAGE_SIZE ? event.pageSize : null,
    });
  }

  protected clear(): void {
    this.navigate({
      q: null,
      kind: null,
      country: null,
      region: null,
      careArea: null,
      page: null,
    });
  }

  private navigate(queryParams: Params): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams,
      queryParamsHandling: 'merge',
    });
  }
}

function isKind(value: string | undefined): value is OrganisationKind {
  return (ORGANISATION_KINDS as readonly string[]).includes(value ?? '');
}
