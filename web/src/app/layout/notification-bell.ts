import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { MatBadgeModule } from '@angular/material/badge';
import { MatButtonModule } from '@angular/material/button';
import { MatDividerModule } from '@angular/material/divider';
import { MatMenuModule } from '@angular/material/menu';
import { NavigationEnd, Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { Notification } from '@opi/contracts';
import {
  EMPTY,
  Subject,
  catchError,
  filter,
  map,
  merge,
  of,
  switchMap,
  timer,
} from 'rxjs';
import { AuthService } from '../auth/auth.service';
import { LanguageService } from '../i18n/language.service';
import { viewOf } from '../notifications/notification-labels';
import { NotificationsApiService } from '../notifications/notifications-api.service';
import { UnreadNotifications } from '../notifications/unread-notifications';
import { LocalDatePipe } from '../shared/local-date.pipe';
import { pluralKey } from '../shared/plural-key';

/** How often the unread count is read again while the portal is open. */
export const UNREAD_POLL_MS = 60_000;
/** How many notifications the bell's menu lists. */
export const BELL_LATEST = 8;
/** The badge says "99+" above this. */
const BADGE_MAX = 99;

/** The menu's list: loading, the latest notifications, or a failure. */
type Latest =
  | { state: 'loading' }
  | { state: 'error' }
  | { state: 'loaded'; items: Notification[] };

/**
 * The bell in the header of signed-in users: the unread count as a badge, read again on start,
 * every minute, after each navigation, when its menu opens and when a page marks notifications
 * read. Its menu lists the latest notifications (opening one marks it read), marks all read, and
 * leads to `/notifications`.
 */
@Component({
  selector: 'opi-notification-bell',
  imports: [
    MatBadgeModule,
    MatButtonModule,
    MatDividerModule,
    MatMenuModule,
    RouterLink,
    TranslocoPipe,
    LocalDatePipe,
  ],
  templateUrl: './notification-bell.html',
  styleUrl: './notification-bell.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NotificationBell {
  private readonly api = inject(NotificationsApiService);
  private readonly router = inject(Router);
  private readonly unread = inject(UnreadNotifications);
  protected readonly lang = inject(LanguageService).current;

  protected readonly count = this.unread.count;
  protected readonly badge = computed(() => {
    const count = this.count();
    return count > BADGE_MAX ? `${BADGE_MAX}+` : String(count);
  });
  protected readonly labelKey = computed(() =>
    this.count() === 0
      ? 'notifications.bell.label'
      : pluralKey(
          {
            one: 'notifications.bell.labelOne',
            other: 'notifications.bell.labelOther',
          },
          this.count(),
          this.lang(),
        ),
  );

  protected readonly latest = signal<Latest>({ state: 'loading' });
  protected readonly items = computed(() => {
    const latest = this.latest();
    const lang = this.lang();
    return latest.state === 'loaded'
      ? latest.items.map((n) =>
          viewOf(n, lang, (url) => this.router.parseUrl(url)),
        )
      : [];
  });
  protected readonly hasUnread = computed(
    () => this.count() > 0 || this.items().some((item) => item.unread),
  );
  /** What the last action did, for screen readers (the menu has closed by then). */
  protected readonly announcement = signal<string | null>(null);

  private readonly opened = new Subject<void>();

  constructor() {
    const navigated = this.router.events.pipe(
      filter((event) => event instanceof NavigationEnd),
    );
    // Signed out, the bell goes (the header shows it to signed-in users only); the timer with it.
    toObservable(inject(AuthService).signedIn)
      .pipe(
        switchMap((signedIn) =>
          signedIn
            ? merge(
                timer(0, UNREAD_POLL_MS),
                navigated,
                this.opened,
                this.unread.refreshRequests,
              )
            : EMPTY,
        ),
        switchMap(() => this.api.unreadCount().pipe(catchError(() => EMPTY))),
        takeUntilDestroyed(),
      )
      .subscribe((count) => this.count.set(count));

    this.opened
      .pipe(
        switchMap(() =>
          this.api.list({ page: 1, pageSize: BELL_LATEST }).pipe(
            map((page): Latest => ({ state: 'loaded', items: page.items })),
            catchError(() => of<Latest>({ state: 'error' })),
          ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe((latest) => this.latest.set(latest));
  }

  protected menuOpened(): void {
    this.announcement.set(null);
    if (this.latest().state === 'error') {
      this.latest.set({ state: 'loading' });
    }
    this.opened.next();
  }

  /** Opening a notification (its link) marks it read. */
  protected open(notification: Notification): void {
    if (notification.readAt !== null) {
      return;
    }
    this.markLocally((n) => n.id === notification.id);
    this.count.update((count) => Math.max(0, count - 1));
    this.api.markRead(notification.id).subscribe({
      next: () => this.unread.marked(),
      error: () => this.unread.refresh(),
    });
  }

  protected markAllRead(): void {
    this.api.markAllRead().subscribe({
      next: () => {
        this.markLocally(() => true);
        this.count.set(0);
        this.announcement.set('notifications.bell.allMarkedRead');
        this.unread.marked();
      },
      error: () => this.announcement.set('notifications.bell.markAllFailed'),
    });
  }

  private markLocally(which: (n: Notification) => boolean): void {
    const latest = this.latest();
    if (latest.state !== 'loaded') {
      return;
    }
    const readAt = new Date().toISOString();
    this.latest.set({
      state: 'loaded',
      items: latest.items.map((n) =>
        which(n) && n.readAt === null ? { ...n, readAt } : n,
      ),
    });
  }
}
