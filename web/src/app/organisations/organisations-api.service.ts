import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  CreateOrganisationRequest,
  Organisation,
  OrganisationListQuery,
  Page,
  UpdateOrganisationRequest,
} from '@opi/contracts';
import type { Observable } from 'rxjs';
import { toListParams } from '../shared/list-query-params';

/** The organisation endpoints of the API. */
@Injectable({ providedIn: 'root' })
export class OrganisationsApiService {
  private readonly http = inject(HttpClient);

  /** `GET /api/organisations?q=&kind=&country=&region=&careArea=&page=&pageSize=` (published only). */
  list(query: OrganisationListQuery = {}): Observable<Page<Organisation>> {
    return this.http.get<Page<Organisation>>('/api/organisations', {
      params: toListParams(query),
    });
  }

  /** `GET /api/organisations/:id` (a draft only for its members). */
  get(id: string): Observable<Organisation> {
    return this.http.get<Organisation>(
      `/api/organisations/${encodeURIComponent(id)}`,
    );
  }

  /** `POST /api/organisations`: the signed-in user becomes its owner. */
  create(request: CreateOrganisationRequest): Observable<Organisation> {
    return this.http.post<Organisation>('/api/organisations', request);
  }

  /** `PATCH /api/organisations/:id` with the `version` read; 409 when someone saved in between. */
  update(
    id: string,
    request: UpdateOrganisationRequest,
  ): Observable<Organisation> {
    return this.http.patch<Organisation>(
      `/api/organisations/${encodeURIComponent(id)}`,
      request,
    );
  }
}
