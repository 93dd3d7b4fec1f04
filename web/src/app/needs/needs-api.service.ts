import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { ListQuery, Need, Page } from '@opi/contracts';
import type { Observable } from 'rxjs';
import { toListParams } from '../shared/list-query-params';

/** The needs endpoints of the API. */
@Injectable({ providedIn: 'root' })
export class NeedsApiService {
  private readonly http = inject(HttpClient);

  /** `GET /api/needs?q=&careArea=&page=&pageSize=` (page is 1-based). */
  list(query: ListQuery = {}): Observable<Page<Need>> {
    return this.http.get<Page<Need>>('/api/needs', {
      params: toListParams(query),
    });
  }
}
