import { HttpParams } from '@angular/common/http';
import type { ListQuery } from '@opi/contracts';

/** A `ListQuery` as query parameters, leaving out empty values. */
export function toListParams(query: ListQuery): HttpParams {
  let params = new HttpParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') {
      params = params.set(key, String(value));
    }
  }
  return params;
}
