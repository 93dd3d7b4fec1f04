import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  computed,
  inject,
  input,
  linkedSignal,
  signal,
} from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
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
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import {
  DEFAULT_PAGE_SIZE,
  type MarketplaceRecord,
  type Page,
  type SortOrder,
} from '@opi/contracts';
import { LanguageService } from '../i18n/language.service';
import { focusAfterRender } from '../shared/focus';
import { PAGE_SIZE_OPTIONS } from '../shared/list-page';
import { pluralKey } from '../shared/plural-key';
import { type ActiveFilter, ActiveFilters } from './active-filters';
import { facetGroups, facetHeadingKey, facetValueLabel } from './facet-groups';
import { MarketplaceCard } from './marketplace-card';
import type { MarketplaceCollection } from './marketplace-collection';
import { type FacetChange, MarketplaceFacets } from './marketplace-facets';
import {
  activeFacets,
  clearedParams,
  effectiveSort,
  isFiltered,
  marketplaceQueryFrom,
} from './marketplace-query';

/**
 * `/needs` and `/offerings` (`?q=&careArea=&…&sort=&page=&pageSize=`): search and browse a
 * marketplace collection with facets. The address is the state: the search box, the facets, the
 * chips, the sort and the paginator write the query into the URL, and the URL drives the request.
 * The collection comes as route data.
 */
@Component({
  selector: 'opi-marketplace-search',
  imports: [
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatPaginatorModule,
    MatProgressBarModule,
    MatSelectModule,
    TranslocoPipe,
    ActiveFilters,
    MarketplaceCard,
    MarketplaceFacets,
  ],
  templateUrl: './marketplace-search.html',
  styleUrl: './marketplace-search.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MarketplaceSearch {
  /** Route data. */
  readonly collection = input.required<MarketplaceCollection>();

  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly injector = inject(Injector);
  private readonly host: HTMLElement = inject(ElementRef).nativeElement;
  private readonly transloco = inject(TranslocoService);
  protected readonly lang = inject(LanguageService).current;
  protected readonly pageSizeOptions = PAGE_SIZE_OPTIONS;
  protected readonly sortOrders: readonly SortOrder[] = ['relevance', 'newest'];
  protected readonly sortKeys: Readonly<Record<SortOrder, string>> = {
    relevance: 'marketplace.sort.relevance',
    newest: 'marketplace.sort.newest',
  };

  /** Labels are translated in code (for the facets' names): follow the loaded translation. */
  private readonly translation = toSignal(this.transloco.selectTranslation());
  private readonly params = toSignal(this.route.queryParamMap, {
    requireSync: true,
  });

  protected readonly query = computed(() =>
    marketplaceQueryFrom(this.params()),
  );
  protected readonly sort = computed(() => effectiveSort(this.query()));
  protected readonly filtered = computed(() => isFiltered(this.query()));
  private readonly api = computed(() =>
    this.injector.get(this.collection().api),
  );

  protected readonly results = rxResource({
    params: () => ({ api: this.api(), query: this.query() }),
    stream: ({ params }) => params.api.list(params.query),
  });

  /** The latest answer, kept while the next one loads, so the facets stay (and keep the focus). */
  private readonly shown = linkedSignal<
    Page<MarketplaceRecord> | undefined,
    Page<MarketplaceRecord> | undefined
  >({
    source: () => (this.results.hasValue() ? this.results.value() : undefined),
    computation: (page, previous) => page ?? previous?.value,
  });

  private readonly labelling = computed(() => {
    this.translation();
    return {
      lang: this.lang(),
      keys: this.collection().keys,
      translate: (key: string, params?: Record<string, unknown>) =>
        this.transloco.translate(key, params),
    };
  });

  protected readonly facetGroups = computed(() =>
    facetGroups(
      this.shown()?.facets ?? {},
      activeFacets(this.query()),
      this.labelling(),
    ),
  );

  protected readonly activeFilters = computed((): ActiveFilter[] => {
    const labelling = this.labelling();
    const { q } = this.query();
    const words: ActiveFilter[] = q
      ? [
          {
            param: 'q',
            text: labelling.translate('marketplace.active.words', { words: q }),
          },
        ]
      : [];
    return [
      ...words,
      ...activeFacets(this.query()).map(({ facet, value }) => ({
        param: facet,
        text: labelling.translate('marketplace.active.facet', {
          facet: labelling.translate(facetHeadingKey(facet, labelling.keys)),
          value: facetValueLabel(facet, value, labelling),
        }),
      })),
    ];
  });

  protected readonly resultCountKey = computed(() => {
    const { countOne, countOther } = this.collection().keys;
    return pluralKey(
      { one: countOne, other: countOther },
      this.results.hasValue() ? this.results.value().total : 0,
      this.lang(),
    );
  });

  protected readonly csvUrl = computed(() =>
    this.api().exportUrl(this.query()),
  );

  /** On small screens the facets fold away behind a button. */
  protected readonly filtersOpen = signal(false);

  protected search(event: Event, text: string): void {
    event.preventDefault();
    this.navigate({ q: text.trim() || null, page: null });
  }

  protected changeFacet({ facet, value }: FacetChange): void {
    this.navigate({ [facet]: value, page: null });
  }

  protected removeFilter(param: string): void {
    const index = this.activeFilters().findIndex((f) => f.param === param);
    void this.navigate({ [param]: null, page: null }).then(() =>
      this.focusAfterRemoval(index),
    );
  }

  protected clear(): void {
    void this.navigate(clearedParams()).then(() => this.focusAfterRemoval(0));
  }

  protected sortBy(order: SortOrder): void {
    const byDefault = this.query().q ? 'relevance' : 'newest';
    this.navigate({ sort: order === byDefault ? null : order, page: null });
  }

  protected changePage(event: PageEvent): void {
    this.navigate({
      page: event.pageIndex > 0 ? event.pageIndex + 1 : null,
      pageSize: event.pageSize !== DEFAULT_PAGE_SIZE ? event.pageSize : null,
    });
  }

  /** The removed chip took the focus with it: give it to the chip now in its place, else the search box. */
  private focusAfterRemoval(index: number): void {
    focusAfterRender(this.injector, () => {
      const chips = this.host.querySelectorAll<HTMLElement>('.active__chip');
      return (
        chips[Math.min(index, chips.length - 1)] ??
        this.host.querySelector<HTMLElement>('input[type=search]')
      );
    });
  }

  private navigate(queryParams: Params): Promise<boolean> {
    return this.router.navigate([], {
      relativeTo: this.route,
      queryParams,
      queryParamsHandling: 'merge',
    });
  }
}
