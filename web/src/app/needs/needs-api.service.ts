import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { MarketplaceQuery, Need, Page } from '@opi/contracts';
import type { Observable } from 'rxjs';
import type { MarketplaceApi } from '../marketplace/marketplace-collection';
import { exportQueryString } from '../marketplace/marketplace-query';
import { toListParams } from '../shared/list-query-params';

/** The needs endpoints of the API. */
@Injectable({ providedIn: 'root' })
export class NeedsApiService implements MarketplaceApi<Need> {
  private readonly http = inject(HttpClient);

  /** `GET /api/needs?q=&careArea=&…&sort=&page=&pageSize=` (page is 1-based), with facets. */
  list(query: MarketplaceQuery = {}): Observable<Page<Need>> {
    return this.http.get<Page<Need>>('/api/needs', {
      params: toListParams(query),
    });
  }

  /** `GET /api/needs/:id`: published for everyone; drafts and archived for members of the owner. */
  get(id: string): Observable<Need> {
    return this.http.get<Need>(`/api/needs/${encodeURIComponent(id)}`);
  }

  /** The address of `GET /api/needs/export.csv` with the same filters (a plain download link). */
  exportUrl(query: MarketplaceQuery): string {
    const search = exportQueryString(query);
    return search ? `/api/needs/export.csv?${search}` : '/api/needs/export.csv';
  }
}
