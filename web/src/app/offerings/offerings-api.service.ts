import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { MarketplaceQuery, Offering, Page } from '@opi/contracts';
import type { Observable } from 'rxjs';
import type { MarketplaceApi } from '../marketplace/marketplace-collection';
import { exportQueryString } from '../marketplace/marketplace-query';
import { toListParams } from '../shared/list-query-params';

/** The offerings endpoints of the API. */
@Injectable({ providedIn: 'root' })
export class OfferingsApiService implements MarketplaceApi<Offering> {
  private readonly http = inject(HttpClient);

  /** `GET /api/offerings?q=&careArea=&…&sort=&page=&pageSize=` (page is 1-based), with facets. */
  list(query: MarketplaceQuery = {}): Observable<Page<Offering>> {
    return this.http.get<Page<Offering>>('/api/offerings', {
      params: toListParams(query),
    });
  }

  /** `GET /api/offerings/:id`: published for everyone; drafts and archived for members of the owner. */
  get(id: string): Observable<Offering> {
    return this.http.get<Offering>(`/api/offerings/${encodeURIComponent(id)}`);
  }

  /** The address of `GET /api/offerings/export.csv` with the same filters (a plain download link). */
  exportUrl(query: MarketplaceQuery): string {
    const search = exportQueryString(query);
    return search
      ? `/api/offerings/export.csv?${search}`
      : '/api/offerings/export.csv';
  }
}
