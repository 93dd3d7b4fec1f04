import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  MyRecordsQuery,
  NeedCreate,
  NeedUpdate,
  OfferingCreate,
  OfferingUpdate,
  Page,
  RecordStatus,
} from '@opi/contracts';
import { type Observable, map } from 'rxjs';
import type { Collection, RecordOf } from './collection';

/** What a create or update sends, by collection. */
export interface CreateOf {
  needs: NeedCreate;
  offerings: OfferingCreate;
}
export interface UpdateOf {
  needs: NeedUpdate;
  offerings: OfferingUpdate;
}

/**
 * Writing needs and offerings, and the signed-in user's own records: the same endpoints
 * under `/api/needs` and `/api/offerings`, and `/api/me/needs`, `/api/me/offerings`.
 */
@Injectable({ providedIn: 'root' })
export class RecordsApiService {
  private readonly http = inject(HttpClient);

  /** `GET /api/<collection>/:id` (drafts and archived records for members of the owner). */
  get<C extends Collection>(
    collection: C,
    id: string,
  ): Observable<RecordOf[C]> {
    return this.http.get<RecordOf[C]>(recordPath(collection, id));
  }

  /** `POST /api/<collection>`. */
  create<C extends Collection>(
    collection: C,
    request: CreateOf[C],
  ): Observable<RecordOf[C]> {
    return this.http.post<RecordOf[C]>(`/api/${collection}`, request);
  }

  /** `PATCH /api/<collection>/:id` with the version read (409 when someone saved in between). */
  update<C extends Collection>(
    collection: C,
    id: string,
    request: UpdateOf[C],
  ): Observable<RecordOf[C]> {
    return this.http.patch<RecordOf[C]>(recordPath(collection, id), request);
  }

  /** `PATCH /api/<collection>/:id { status, version }`: publish, archive, republish. */
  setStatus<C extends Collection>(
    collection: C,
    id: string,
    status: RecordStatus,
    version: number,
  ): Observable<RecordOf[C]> {
    return this.http.patch<RecordOf[C]>(recordPath(collection, id), {
      status,
      version,
    });
  }

  /** `DELETE /api/<collection>/:id`. */
  delete(collection: Collection, id: string): Observable<void> {
    return this.http
      .delete<void>(recordPath(collection, id))
      .pipe(map(() => undefined));
  }

  /** `POST /api/<collection>/:id/still-relevant`: answers a stale reminder. */
  stillRelevant<C extends Collection>(
    collection: C,
    id: string,
  ): Observable<RecordOf[C]> {
    return this.http.post<RecordOf[C]>(
      `${recordPath(collection, id)}/still-relevant`,
      null,
    );
  }

  /** `GET /api/me/<collection>?status=&page=&pageSize=`: every record of my organisations. */
  mine<C extends Collection>(
    collection: C,
    query: MyRecordsQuery = {},
  ): Observable<Page<RecordOf[C]>> {
    let params = new HttpParams();
    for (const [name, value] of Object.entries(query)) {
      if (value !== undefined && value !== null && value !== '') {
        params = params.set(name, String(value));
      }
    }
    return this.http.get<Page<RecordOf[C]>>(`/api/me/${collection}`, {
      params,
    });
  }
}

const recordPath = (collection: Collection, id: string) =>
  `/api/${collection}/${encodeURIComponent(id)}`;
