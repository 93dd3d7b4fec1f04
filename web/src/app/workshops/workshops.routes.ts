import type { Route } from '@angular/router';
import { signedInGuard } from '../auth/signed-in.guard';

/**
 * `/workshops`: series list; `/workshops/:seriesId`: one series (sessions,
 * topics, recommendations); `/workshops/:seriesId/report`: printable report
 * with PDF; `/workshops/sessions/:sessionId`: a session's screen (signed-in
 * participants and facilitators, or guests by their invitation token);
 * `/workshops/join/:token`: a guest's invitation link.
 */
export const workshopsRoutes: Route[] = [
  {
    path: '',
    pathMatch: 'full',
    canActivate: [signedInGuard],
    loadComponent: () => import('./workshop-list').then((m) => m.WorkshopList),
    title: 'workshops.list.documentTitle',
  },
  {
    path: 'join/:token',
    loadComponent: () => import('./workshop-join').then((m) => m.WorkshopJoin),
    title: 'workshops.join.documentTitle',
  },
  {
    path: 'sessions/:sessionId',
    loadComponent: () =>
      import('./workshop-session-page').then((m) => m.WorkshopSessionPage),
    title: 'workshops.session.documentTitle',
  },
  {
    path: ':seriesId',
    canActivate: [signedInGuard],
    loadComponent: () =>
      import('./workshop-series-page').then((m) => m.WorkshopSeriesPage),
    title: 'workshops.series.documentTitle',
  },
  {
    path: ':seriesId/report',
    canActivate: [signedInGuard],
    loadComponent: () =>
      import('./workshop-report-page').then((m) => m.WorkshopReportPage),
    title: 'workshops.report.documentTitle',
  },
];
