import {
  HttpClient,
  type HttpEvent,
  HttpEventType,
  HttpXhrBackend,
} from '@angular/common/http';
import {
  EnvironmentInjector,
  Injectable,
  inject,
  runInInjectionContext,
} from '@angular/core';
import type { ImportReport } from '@opi/contracts';
import { type Observable, filter, map } from 'rxjs';
import { authInterceptor } from '../auth/auth.interceptor';

/** What an import request reports: upload progress, then the server's report. */
export type ImportEvent =
  | { type: 'progress'; loaded: number; total: number }
  | { type: 'done'; report: ImportReport };

/**
 * `POST /api/dataset/import[?dryRun=true]` with the chosen file as the body.
 *
 * The portal's HttpClient uses the fetch backend (`withFetch()` in app.config.ts), and fetch
 * cannot report upload progress: Angular 22 throws NG02824 for `reportUploadProgress` on the
 * FetchBackend and points to `withXhr()`. Rather than switch the whole portal to XHR, this one
 * request goes through its own HttpClient over `HttpXhrBackend`, which reports upload progress.
 * It skips the app's interceptor chain, so it runs the auth interceptor itself (the only one
 * the portal has; add any new one here too).
 */
@Injectable({ providedIn: 'root' })
export class DatasetImportApiService {
  private readonly xhr = inject(HttpXhrBackend);
  private readonly injector = inject(EnvironmentInjector);
  private readonly http = new HttpClient({
    handle: (request) =>
      runInInjectionContext(this.injector, () =>
        authInterceptor(request, (next) => this.xhr.handle(next)),
      ),
  });

  import(file: Blob, dryRun: boolean): Observable<ImportEvent> {
    return this.http
      .post<ImportReport>('/api/dataset/import', file, {
        params: { dryRun },
        headers: { 'Content-Type': 'application/json' },
        observe: 'events',
        reportUploadProgress: true,
      })
      .pipe(
        map((event: HttpEvent<ImportReport>): ImportEvent | null => {
          if (event.type === HttpEventType.UploadProgress) {
            return {
              type: 'progress',
              loaded: event.loaded,
              total: event.total ?? file.size,
            };
          }
          if (event.type === HttpEventType.Response && event.body) {
            return { type: 'done', report: event.body };
          }
          return null;
        }),
        filter((event): event is ImportEvent => event !== null),
      );
  }
}
