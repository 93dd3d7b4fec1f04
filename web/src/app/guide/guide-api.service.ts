import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { type Observable, map } from 'rxjs';
import type {
  GuidePage,
  GuideSearchResult,
  GuideTicks,
  GuideToc,
} from './guide.models';

/** The guide endpoints of the API. */
@Injectable({ providedIn: 'root' })
export class GuideApiService {
  private readonly http = inject(HttpClient);

  /** `GET /api/guide?lang=`: the table of contents, English entries where a page is not translated. */
  toc(lang: string): Observable<GuideToc> {
    return this.http.get<GuideToc>('/api/guide', {
      params: new HttpParams().set('lang', lang),
    });
  }

  /** `GET /api/guide/pages/:slug?lang=` (404 for an unknown page). */
  page(slug: string, lang: string): Observable<GuidePage> {
    return this.http.get<GuidePage>(
      `/api/guide/pages/${encodeURIComponent(slug)}`,
      { params: new HttpParams().set('lang', lang) },
    );
  }

  /** `GET /api/guide/search?q=&lang=` (q of at least two characters). */
  search(q: string, lang: string): Observable<GuideSearchResult> {
    return this.http.get<GuideSearchResult>('/api/guide/search', {
      params: new HttpParams().set('q', q).set('lang', lang),
    });
  }

  /** `GET /api/guide/ticks?project=`: the signed-in reader's ticks in a project. */
  ticks(project: string): Observable<GuideTicks> {
    return this.http.get<GuideTicks>('/api/guide/ticks', {
      params: new HttpParams().set('project', project),
    });
  }

  /** `PUT` (tick) or `DELETE` (untick) `/api/guide/ticks/:itemId?project=`. */
  setTick(itemId: string, ticked: boolean, project: string): Observable<void> {
    const url = `/api/guide/ticks/${encodeURIComponent(itemId)}`;
    const params = new HttpParams().set('project', project);
    return (
      ticked
        ? this.http.put<unknown>(url, null, { params })
        : this.http.delete<unknown>(url, { params })
    ).pipe(map(() => undefined));
  }
}
