import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  computed,
  inject,
  input,
  signal,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import {
  MatPaginatorModule,
  type PageEvent,
} from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTabsModule } from '@angular/material/tabs';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { RECORD_STATUSES, type RecordStatus } from '@opi/contracts';
import type { Observable } from 'rxjs';
import { LanguageService } from '../i18n/language.service';
import { provideTranslocoPaginatorIntl } from '../i18n/transloco-paginator-intl';
import { apiProblem, problemKey } from '../shared/api-error';
import { focusAfterRender } from '../shared/focus';
import { wholeNumber } from '../shared/list-page';
import { LocalDatePipe } from '../shared/local-date.pipe';
import {
  COLLECTIONS,
  type Collection,
  type MarketplaceItem,
} from './collection';
import { RecordStatusChip } from './record-status';
import { RecordsApiService } from './records-api.service';

/** Records per page of "my needs" and "my offerings". */
export const MY_RECORDS_PAGE_SIZE = 20;
/** A stale record is archived this many days after its reminder (MarketplaceRecord.staleReminderAt). */
export const STALE_GRACE_DAYS = 30;

const FILTERS: readonly { status: RecordStatus | null; key: string }[] = [
  { status: null, key: 'myRecords.filter.all' },
  { status: 'draft', key: 'myRecords.filter.draft' },
  { status: 'published', key: 'myRecords.filter.published' },
  { status: 'archived', key: 'myRecords.filter.archived' },
];

/** What a row action does, and what the page says when it worked. */
type RowAction = 'publish' | 'archive' | 'republish' | 'stillRelevant';
const DONE_KEYS: Readonly<Record<RowAction, string>> = {
  publish: 'myRecords.done.published',
  archive: 'myRecords.done.archived',
  republish: 'myRecords.done.published',
  stillRelevant: 'myRecords.done.stillRelevant',
};

/**
 * `/my/needs` and `/my/offerings` (`?status=&page=`): every record of the reader's
 * organisations, whatever its status, with the steps of its life (publish, archive, republish)
 * and the answer to a stale reminder ("still relevant").
 */
@Component({
  selector: 'opi-my-records',
  imports: [
    MatButtonModule,
    MatCardModule,
    MatPaginatorModule,
    MatProgressBarModule,
    MatTabsModule,
    RouterLink,
    TranslocoPipe,
    LocalDatePipe,
    RecordStatusChip,
  ],
  providers: [provideTranslocoPaginatorIntl()],
  templateUrl: './my-records.html',
  styleUrl: './my-records.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MyRecords {
  /** Route data. */
  readonly collection = input.required<Collection>();
  /** Query parameters, bound by the router. */
  readonly status = input<string>();
  readonly page = input<string>();

  private readonly api = inject(RecordsApiService);
  private readonly host: HTMLElement = inject(ElementRef).nativeElement;
  private readonly injector = inject(Injector);
  private readonly router = inject(Router);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);
  protected readonly lang = inject(LanguageService).current;

  protected readonly keys = computed(() => COLLECTIONS[this.collection()].keys);
  protected readonly filters = FILTERS;
  protected readonly pageSize = MY_RECORDS_PAGE_SIZE;
  protected readonly statusFilter = computed((): RecordStatus | null => {
    const status = this.status();
    return (RECORD_STATUSES as readonly string[]).includes(status ?? '')
      ? (status as RecordStatus)
      : null;
  });
  protected readonly pageNumber = computed(() =>
    wholeNumber(this.page(), 1, Number.MAX_SAFE_INTEGER, 1),
  );

  protected readonly records = rxResource({
    params: () => ({
      collection: this.collection(),
      status: this.statusFilter() ?? undefined,
      page: this.pageNumber(),
    }),
    stream: ({ params }) =>
      this.api.mine(params.collection, {
        status: params.status,
        page: params.page,
        pageSize: MY_RECORDS_PAGE_SIZE,
      }),
  });

  /** The record an action is running for (its buttons wait). */
  protected readonly busy = signal<string | null>(null);
  /** What went wrong with the last action. */
  protected readonly actionProblem = signal<string | null>(null);

  protected changePage(event: PageEvent): void {
    void this.router.navigate([], {
      queryParams: { page: event.pageIndex > 0 ? event.pageIndex + 1 : null },
      queryParamsHandling: 'merge',
    });
  }

  /** The day a stale record is archived unless someone confirms it. */
  protected archiveOn(reminder: string): string {
    const date = new Date(reminder);
    date.setUTCDate(date.getUTCDate() + STALE_GRACE_DAYS);
    return date.toISOString();
  }

  protected act(record: MarketplaceItem, action: RowAction): void {
    if (this.busy()) {
      return;
    }
    const collection = this.collection();
    const request: Observable<MarketplaceItem> =
      action === 'stillRelevant'
        ? this.api.stillRelevant(collection, record.id)
        : this.api.setStatus(
            collection,
            record.id,
            action === 'archive' ? 'archived' : 'published',
            record.version,
          );
    this.busy.set(record.id);
    this.actionProblem.set(null);
    request.subscribe({
      next: (saved) => {
        this.busy.set(null);
        this.snackBar.open(
          this.transloco.translate(DONE_KEYS[action], { title: saved.title }),
          undefined,
          { duration: 5000 },
        );
        this.records.reload();
        // The button pressed gives way to the next step: keep the focus on the record.
        focusAfterRender(this.injector, () =>
          [...this.host.querySelectorAll<HTMLElement>('[data-record]')]
            .find((item) => item.dataset['record'] === record.id)
            ?.querySelector<HTMLElement>('h3 a'),
        );
      },
      error: (error: unknown) => {
        this.busy.set(null);
        const problem = apiProblem(error);
        this.actionProblem.set(
          problem.status === 409 ? 'myRecords.conflict' : problemKey(problem),
        );
        if (problem.status === 409) {
          this.records.reload();
        }
      },
    });
  }
}
