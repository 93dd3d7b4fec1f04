import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  Notification,
  NotificationSettings,
  OutboxMail,
  Page,
  UnreadCount,
} from '@opi/contracts';
import { type Observable, map } from 'rxjs';

const id = encodeURIComponent;

/** A page of a list: which one and how long. */
export interface PageQuery {
  page: number;
  pageSize: number;
}

/** The signed-in user's notifications, their settings and the e-mails the portal wrote them. */
@Injectable({ providedIn: 'root' })
export class NotificationsApiService {
  private readonly http = inject(HttpClient);

  /** Newest first; `unread` leaves out the ones already read. */
  list(
    query: PageQuery & { unread?: boolean },
  ): Observable<Page<Notification>> {
    let params = new HttpParams()
      .set('page', query.page)
      .set('pageSize', query.pageSize);
    if (query.unread) {
      params = params.set('unread', 'true');
    }
    return this.http.get<Page<Notification>>('/api/notifications', {
      params,
    });
  }

  unreadCount(): Observable<number> {
    return this.http
      .get<UnreadCount>('/api/notifications/unread-count')
      .pipe(map((answer) => answer.count));
  }

  markRead(notificationId: string): Observable<void> {
    return this.http.post<void>(
      `/api/notifications/${id(notificationId)}/read`,
      null,
    );
  }

  markAllRead(): Observable<void> {
    return this.http.post<void>('/api/notifications/read-all', null);
  }

  settings(): Observable<NotificationSettings> {
    return this.http.get<NotificationSettings>('/api/me/notification-settings');
  }

  /** Answers the settings as saved. */
  saveSettings(
    settings: NotificationSettings,
  ): Observable<NotificationSettings> {
    return this.http.put<NotificationSettings>(
      '/api/me/notification-settings',
      settings,
    );
  }

  /** E-mails addressed to the signed-in user (admins: all), newest first. */
  outbox(query: PageQuery): Observable<Page<OutboxMail>> {
    return this.http.get<Page<OutboxMail>>('/api/mail-outbox', {
      params: new HttpParams()
        .set('page', query.page)
        .set('pageSize', query.pageSize),
    });
  }
}
