import type { Route } from '@angular/router';
import { signedInGuard } from '../auth/signed-in.guard';
import { provideTranslocoPaginatorIntl } from '../i18n/transloco-paginator-intl';

/**
 * `/notifications`: the signed-in user's notifications and their settings;
 * `/notifications/mailbox`: the e-mails the portal wrote them.
 */
export const notificationsRoutes: Route[] = [
  {
    path: '',
    canActivate: [signedInGuard],
    providers: [provideTranslocoPaginatorIntl()],
    children: [
      {
        path: '',
        pathMatch: 'full',
        loadComponent: () =>
          import('./notifications-page').then((m) => m.NotificationsPage),
        title: 'notifications.documentTitle',
      },
      {
        path: 'mailbox',
        loadComponent: () => import('./mailbox').then((m) => m.Mailbox),
        title: 'notifications.mailbox.documentTitle',
      },
    ],
  },
];
