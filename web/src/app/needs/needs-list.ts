import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import {
  MatPaginatorModule,
  type PageEvent,
} from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { ActivatedRoute, type Params, Router } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  DEFAULT_PAGE_SIZE,
  type ListQuery,
  MAX_PAGE_SIZE,
} from '@opi/contracts';
import { CARE_AREAS, labelOf } from '@opi/taxonomy';
import { LanguageService } from '../i18n/language.service';
import { PAGE_SIZE_OPTIONS, wholeNumber } from '../shared/list-page';
import { pluralKey } from '../shared/plural-key';
import { NeedCard } from './need-card';
import { NeedsApiService } from './needs-api.service';

/**
 * `/needs?q=&careArea=&page=&pageSize=`: search and browse needs. The address is the state:
 * the form writes the query into the URL, and the URL (bound to the inputs) drives the request.
 */
@Component({
  selector: 'opi-needs-list',
  imports: [
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatPaginatorModule,
    MatProgressBarModule,
    MatSelectModule,
    TranslocoPipe,
    NeedCard,
  ],
  templateUrl: './needs-list.html',
  styleUrl: './needs-list.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NeedsList {
  /** Query parameters, bound by the router. */
  readonly q = input<string>();
  readonly careArea = input<string>();
  readonly page = input<string>();
  readonly pageSize = input<string>();

  private readonly api = inject(NeedsApiService);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  protected readonly lang = inject(LanguageService).current;
  protected readonly pageSizeOptions = PAGE_SIZE_OPTIONS;

  protected readonly query = computed(
    (): Required<Pick<ListQuery, 'page' | 'pageSize'>> & ListQuery => ({
      q: this.q()?.trim() || undefined,
      careArea: this.careArea() || undefined,
      page: wholeNumber(this.page(), 1, Number.MAX_SAFE_INTEGER, 1),
      pageSize: wholeNumber(
        this.pageSize(),
        1,
        MAX_PAGE_SIZE,
        DEFAULT_PAGE_SIZE,
      ),
    }),
  );

  protected readonly needs = rxResource({
    params: () => this.query(),
    stream: ({ params }) => this.api.list(params),
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
      { one: 'needs.results.countOne', other: 'needs.results.countOther' },
      this.needs.hasValue() ? this.needs.value().total : 0,
      this.lang(),
    ),
  );

  protected readonly filtered = computed(
    () => !!(this.query().q || this.query().careArea),
  );

  protected search(event: Event, text: string): void {
    event.preventDefault();
    this.navigate({ q: text.trim() || null, page: null });
  }

  protected filterByCareArea(code: string): void {
    this.navigate({ careArea: code || null, page: null });
  }

  protected changePage(event: PageEvent): void {
    this.navigate({
      page: event.pageIndex > 0 ? event.pageIndex + 1 : null,
      pageSize: event.pageSize !== DEFAULT_PAGE_SIZE ? event.pageSize : null,
    });
  }

  protected clear(): void {
    this.navigate({ q: null, careArea: null, page: null });
  }

  private navigate(queryParams: Params): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams,
      queryParamsHandling: 'merge',
    });
  }
}
