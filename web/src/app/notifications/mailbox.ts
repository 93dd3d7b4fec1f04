import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatExpansionModule } from '@angular/material/expansion';
import {
  MatPaginatorModule,
  type PageEvent,
} from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  DEFAULT_PAGE_SIZE,
  MAX_PAGE_SIZE,
  type OutboxMail,
} from '@opi/contracts';
import { LanguageService } from '../i18n/language.service';
import { PAGE_SIZE_OPTIONS, wholeNumber } from '../shared/list-page';
import { LocalDatePipe } from '../shared/local-date.pipe';
import { NotificationsApiService } from './notifications-api.service';

/** Where a mail is: kept in the portal (demo mode), sent, failed or waiting. */
type MailStatus = 'outbox' | 'sent' | 'failed' | 'waiting';

const STATUS_KEYS: Readonly<Record<MailStatus, string>> = {
  outbox: 'notifications.mailbox.status.outbox',
  sent: 'notifications.mailbox.status.sent',
  failed: 'notifications.mailbox.status.failed',
  waiting: 'notifications.mailbox.status.waiting',
};

function statusOf(mail: OutboxMail): MailStatus {
  if (mail.error) {
    return 'failed';
  }
  if (mail.sentAt) {
    return 'sent';
  }
  return mail.transport === 'outbox' ? 'outbox' : 'waiting';
}

/**
 * `/notifications/mailbox?page=&pageSize=`: the e-mails the portal wrote to the signed-in user
 * (admins: everyone's), newest first, each opening on its text. In demo mode (no SMTP server)
 * the portal keeps them here instead of sending them.
 */
@Component({
  selector: 'opi-mailbox',
  imports: [
    MatButtonModule,
    MatExpansionModule,
    MatPaginatorModule,
    MatProgressBarModule,
    RouterLink,
    TranslocoPipe,
    LocalDatePipe,
  ],
  templateUrl: './mailbox.html',
  styleUrl: './mailbox.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Mailbox {
  /** Query parameters, bound by the router. */
  readonly page = input<string>();
  readonly pageSize = input<string>();

  private readonly api = inject(NotificationsApiService);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  protected readonly lang = inject(LanguageService).current;
  protected readonly pageSizeOptions = PAGE_SIZE_OPTIONS;
  protected readonly statusKeys = STATUS_KEYS;

  protected readonly query = computed(() => ({
    page: wholeNumber(this.page(), 1, Number.MAX_SAFE_INTEGER, 1),
    pageSize: wholeNumber(this.pageSize(), 1, MAX_PAGE_SIZE, DEFAULT_PAGE_SIZE),
  }));

  protected readonly mails = rxResource({
    params: () => this.query(),
    stream: ({ params }) => this.api.outbox(params),
  });

  protected readonly items = computed(() =>
    this.mails.hasValue()
      ? this.mails.value().items.map((mail) => ({
          mail,
          status: statusOf(mail),
        }))
      : [],
  );

  protected changePage(event: PageEvent): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: {
        page: event.pageIndex > 0 ? event.pageIndex + 1 : null,
        pageSize: event.pageSize !== DEFAULT_PAGE_SIZE ? event.pageSize : null,
      },
      queryParamsHandling: 'merge',
    });
  }
}
