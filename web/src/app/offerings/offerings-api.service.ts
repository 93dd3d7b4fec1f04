import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { ListQuery, Offering, Page } from '@opi/contracts';
import type { Observable } from 'rxjs';
import { toListParams } from '../shared/list-query-params';

/** The offerings endpoints of the API. */
@Injectable({ providedIn: 'root' })
export class OfferingsApiService {
  private readonly http = inject(HttpClient);

  /** `GET /api/offerings?q=&careArea=&page=&pageSize=` (page is 1-based). */
  list(query: ListQuery = {}): Observable<Page<Offering>> {
    return this.http.get<Page<Offering>>('/api/offerings', {
      params: toListParams(query),
    });
  }
}
