import type { Routes } from '@angular/router';
import { GuideArticle } from './guide-article';
import { GuideContents } from './guide-contents';

export const guideRoutes: Routes = [
  {
    path: '',
    component: GuideContents,
    title: 'guide.documentTitle',
  },
  {
    path: ':slug',
    component: GuideArticle,
    // Replaced by the page's own title once it has loaded.
    title: 'guide.documentTitle',
  },
];
