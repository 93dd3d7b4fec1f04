import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { someNotificationSettings } from '../../testing/notifications';
import { NotificationsApiService } from './notifications-api.service';

describe('NotificationsApiService', () => {
  let api: NotificationsApiService;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    api = TestBed.inject(NotificationsApiService);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('lists a page of notifications, the unread ones only when asked', () => {
    api.list({ page: 2, pageSize: 8 }).subscribe();
    api.list({ page: 1, pageSize: 20, unread: true }).subscribe();

    const [all, unread] = http.match(
      (r) => r.method === 'GET' && r.url === '/api/notifications',
    );
    expect(all.request.urlWithParams).toBe(
      '/api/notifications?page=2&pageSize=8',
    );
    expect(unread.request.urlWithParams).toBe(
      '/api/notifications?page=1&pageSize=20&unread=true',
    );
  });

  it('answers the unread count as a number', () => {
    let count: number | undefined;
    api.unreadCount().subscribe((c) => (count = c));

    http.expectOne('/api/notifications/unread-count').flush({ count: 4 });

    expect(count).toBe(4);
  });

  it('marks one or all read', () => {
    api.markRead('a/b').subscribe();
    api.markAllRead().subscribe();

    http.expectOne({ method: 'POST', url: '/api/notifications/a%2Fb/read' });
    http.expectOne({ method: 'POST', url: '/api/notifications/read-all' });
  });

  it('reads and saves the settings', () => {
    const settings = someNotificationSettings({ language: 'fr' });
    api.settings().subscribe();
    api.saveSettings(settings).subscribe();

    http.expectOne({ method: 'GET', url: '/api/me/notification-settings' });
    expect(
      http.expectOne({ method: 'PUT', url: '/api/me/notification-settings' })
        .request.body,
    ).toEqual(settings);
  });

  it('lists a page of the mail outbox', () => {
    api.outbox({ page: 3, pageSize: 10 }).subscribe();

    expect(
      http.expectOne((r) => r.url === '/api/mail-outbox').request.urlWithParams,
    ).toBe('/api/mail-outbox?page=3&pageSize=10');
  });
});
