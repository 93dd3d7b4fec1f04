import type { Routes } from '@angular/router';
import { signedInGuard } from '../auth/signed-in.guard';
import type { Collection } from './collection';

const editor = () => import('./record-editor').then((m) => m.RecordEditor);
const myRecords = () => import('./my-records').then((m) => m.MyRecords);
const data = (collection: Collection) => ({ collection });

/**
 * The editors and "my records" pages, as top-level routes: app.routes.ts lists them before
 * `needs` and `offerings`, so `/needs/new` and `/needs/:id/edit` are not read as a record id.
 * The components load lazily (this file is imported by app.routes.ts, so it imports no component
 * and no Material code); the route data `collection` is bound to their input.
 */
export const marketplaceEditingRoutes: Routes = [
  {
    path: 'needs/new',
    canActivate: [signedInGuard],
    loadComponent: editor,
    data: data('needs'),
    title: 'editing.needs.newDocumentTitle',
  },
  {
    path: 'needs/:id/edit',
    canActivate: [signedInGuard],
    loadComponent: editor,
    data: data('needs'),
    title: 'editing.needs.editDocumentTitle',
  },
  {
    path: 'offerings/new',
    canActivate: [signedInGuard],
    loadComponent: editor,
    data: data('offerings'),
    title: 'editing.offerings.newDocumentTitle',
  },
  {
    path: 'offerings/:id/edit',
    canActivate: [signedInGuard],
    loadComponent: editor,
    data: data('offerings'),
    title: 'editing.offerings.editDocumentTitle',
  },
  {
    path: 'my/needs',
    canActivate: [signedInGuard],
    loadComponent: myRecords,
    data: data('needs'),
    title: 'myRecords.needs.documentTitle',
  },
  {
    path: 'my/offerings',
    canActivate: [signedInGuard],
    loadComponent: myRecords,
    data: data('offerings'),
    title: 'myRecords.offerings.documentTitle',
  },
];
