import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Dashboard, DashboardQuery, DashboardTable } from '@opi/contracts';
import type { Observable } from 'rxjs';

/** A `DashboardQuery` as query parameters, leaving out empty values. */
function toParams(query: DashboardQuery): HttpParams {
  let params = new HttpParams();
  for (const [key, value] of Object.entries(query)) {
    if (value) {
      params = params.set(key, String(value));
    }
  }
  return params;
}

/** The cluster dashboard (cluster managers and admins): its figures, and each table as CSV. */
@Injectable({ providedIn: 'root' })
export class DashboardApiService {
  private readonly http = inject(HttpClient);

  dashboard(query: DashboardQuery): Observable<Dashboard> {
    return this.http.get<Dashboard>('/api/dashboard', {
      params: toParams(query),
    });
  }

  /** One of the dashboard's tables as a CSV file. */
  csv(table: DashboardTable, query: DashboardQuery): Observable<Blob> {
    return this.http.get(`/api/dashboard/${encodeURIComponent(table)}.csv`, {
      params: toParams(query),
      responseType: 'blob',
    });
  }
}
