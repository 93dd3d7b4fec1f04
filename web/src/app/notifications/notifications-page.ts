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
import { rxResource, takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import {
  MatPaginatorModule,
  type PageEvent,
} from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
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
  type Notification,
} from '@opi/contracts';
import { LanguageService } from '../i18n/language.service';
import { apiProblem, problemKey } from '../shared/api-error';
import { focusAfterRender } from '../shared/focus';
import { PAGE_SIZE_OPTIONS, wholeNumber } from '../shared/list-page';
import { LocalDatePipe } from '../shared/local-date.pipe';
import { LocalNumberPipe } from '../shared/local-number.pipe';
import { viewOf } from './notification-labels';
import { NotificationSettingsForm } from './notification-settings';
import { NotificationsApiService } from './notifications-api.service';
import { UnreadNotifications } from './unread-notifications';

/**
 * `/notifications?unread=true&page=&pageSize=`: the signed-in user's notifications, newest
 * first (the address holds the filter and the page), to open and mark read; then their
 * settings: per kind, in the portal or not and how often by e-mail, and the e-mails' language.
 */
@Component({
  selector: 'opi-notifications-page',
  imports: [
    MatButtonModule,
    MatCheckboxModule,
    MatPaginatorModule,
    MatProgressBarModule,
    RouterLink,
    TranslocoPipe,
    LocalDatePipe,
    LocalNumberPipe,
    NotificationSettingsForm,
  ],
  templateUrl: './notifications-page.html',
  styleUrl: './notifications-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NotificationsPage {
  /** Query parameters, bound by the router. */
  readonly unread = input<string>();
  readonly page = input<string>();
  readonly pageSize = input<string>();

  private readonly api = inject(NotificationsApiService);
  private readonly unreadCount = inject(UnreadNotifications);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly host: HTMLElement = inject(ElementRef).nativeElement;
  private readonly injector = inject(Injector);
  protected readonly lang = inject(LanguageService).current;
  protected readonly pageSizeOptions = PAGE_SIZE_OPTIONS;

  protected readonly query = computed(() => ({
    unread: this.unread() === 'true',
    page: wholeNumber(this.page(), 1, Number.MAX_SAFE_INTEGER, 1),
    pageSize: wholeNumber(this.pageSize(), 1, MAX_PAGE_SIZE, DEFAULT_PAGE_SIZE),
  }));

  protected readonly notifications = rxResource({
    params: () => this.query(),
    stream: ({ params }) => this.api.list(params),
  });

  protected readonly items = computed(() => {
    const lang = this.lang();
    return this.notifications.hasValue()
      ? this.notifications
          .value()
          .items.map((n) => viewOf(n, lang, (url) => this.router.parseUrl(url)))
      : [];
  });

  /** Whether "Mark all as read" has anything to do. */
  protected readonly hasUnread = computed(
    () =>
      this.unreadCount.count() > 0 || this.items().some((item) => item.unread),
  );
  protected readonly percent: Intl.NumberFormatOptions = {
    style: 'percent',
    maximumFractionDigits: 0,
  };

  /** Notifications being marked read. */
  protected readonly marking = signal<ReadonlySet<string>>(new Set());
  protected readonly markingAll = signal(false);
  protected readonly problem = signal<string | null>(null);
  /** What was last done, for screen readers. */
  protected readonly announcement = signal<string | null>(null);

  constructor() {
    // "Mark all as read" in the bell: the list follows.
    this.unreadCount.markedRead
      .pipe(takeUntilDestroyed())
      .subscribe(() => this.notifications.reload());
  }

  protected filterUnread(unread: boolean): void {
    this.navigate({ unread: unread ? 'true' : null, page: null });
  }

  protected changePage(event: PageEvent): void {
    this.navigate({
      page: event.pageIndex > 0 ? event.pageIndex + 1 : null,
      pageSize: event.pageSize !== DEFAULT_PAGE_SIZE ? event.pageSize : null,
    });
  }

  /** Opening a notification (its link) marks it read on the way. */
  protected opened(notification: Notification): void {
    if (notification.readAt === null) {
      this.api.markRead(notification.id).subscribe({
        next: () => this.unreadCount.refresh(),
        error: () => undefined,
      });
    }
  }

  protected markRead(notification: Notification): void {
    if (this.marking().has(notification.id)) {
      return;
    }
    this.problem.set(null);
    this.announcement.set(null);
    this.setMarking(notification.id, true);
    this.api.markRead(notification.id).subscribe({
      next: () => {
        this.setMarking(notification.id, false);
        this.replace((n) => n.id === notification.id, new Date().toISOString());
        this.unreadCount.refresh();
        this.announcement.set('notifications.list.markedRead');
        // Its button is gone: the focus stays on the notification, on its link.
        focusAfterRender(this.injector, () =>
          [...this.host.querySelectorAll<HTMLElement>('[data-notification]')]
            .find((el) => el.dataset['notification'] === notification.id)
            ?.querySelector<HTMLElement>('.notification__link'),
        );
      },
      error: (error: unknown) => {
        this.setMarking(notification.id, false);
        this.problem.set(problemKey(apiProblem(error)));
      },
    });
  }

  protected markAllRead(): void {
    if (this.markingAll()) {
      return;
    }
    this.problem.set(null);
    this.announcement.set(null);
    this.markingAll.set(true);
    this.api.markAllRead().subscribe({
      next: () => {
        this.markingAll.set(false);
        this.replace(() => true, new Date().toISOString());
        this.unreadCount.refresh();
        this.announcement.set('notifications.list.allMarkedRead');
      },
      error: (error: unknown) => {
        this.markingAll.set(false);
        this.problem.set(problemKey(apiProblem(error)));
      },
    });
  }

  /** Shows the notifications `which` picks as read (they stay in the list until it is read again). */
  private replace(which: (n: Notification) => boolean, readAt: string): void {
    if (this.notifications.hasValue()) {
      this.notifications.value.update((page) => ({
        ...page,
        items: page.items.map((n) =>
          which(n) && n.readAt === null ? { ...n, readAt } : n,
        ),
      }));
    }
  }

  private setMarking(id: string, busy: boolean): void {
    this.marking.update((ids) => {
      const next = new Set(ids);
      if (busy) {
        next.add(id);
      } else {
        next.delete(id);
      }
      return next;
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
