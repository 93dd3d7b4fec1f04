import {
  HttpErrorResponse,
  type HttpInterceptorFn,
  type HttpRequest,
  HttpResponse,
} from '@angular/common/http';
import type { Me, Need, Offering, Organisation, Page } from '@opi/contracts';
import { type Observable, Subject, of, throwError } from 'rxjs';
import { marketplacePage } from './fake-marketplace';

/**
 * An in-memory stand-in for the API's public read endpoints, installed as an HTTP interceptor so
 * the real services and HttpClient run. It answers `GET /api/needs` and `GET /api/offerings`
 * with `{ items, total, page, pageSize, facets }` like the server does (see marketplacePage),
 * `GET /api/needs/:id` and `GET /api/offerings/:id` (any status; 404 for an unknown id),
 * and `GET /api/organisations` (also by `kind`, `country`, `region`; `q` on the name) and
 * `GET /api/organisations/:id`. `GET /api/me` answers `me` (401 when null), and signing out
 * works.
 */
export class FakeApi {
  needs: Need[] = [];
  offerings: Offering[] = [];
  organisations: Organisation[] = [];
  /** The signed-in user `GET /api/me` answers with; null answers 401. */
  me: Me | null = null;
  /** Answer with a 500: every request (`true`) or those to one path (`'/api/offerings'`). */
  failing: boolean | string = false;
  /** Keep requests pending until `release()` (to see loading states). */
  holding = false;
  readonly requests: HttpRequest<unknown>[] = [];
  private readonly held: (() => void)[] = [];

  readonly interceptor: HttpInterceptorFn = (req) => {
    this.requests.push(req);
    const answer = () => this.answer(req);
    if (this.holding) {
      const pending = new Subject<HttpResponse<unknown>>();
      this.held.push(() =>
        answer().subscribe({
          next: (r) => pending.next(r),
          error: (e) => pending.error(e),
          complete: () => pending.complete(),
        }),
      );
      return pending;
    }
    return answer();
  };

  /** Answers the held requests. */
  release(): void {
    this.holding = false;
    this.held.splice(0).forEach((go) => go());
  }

  /** The query parameters of the latest request to `path`. */
  lastQuery(path: string): Record<string, string> {
    const req = [...this.requests].reverse().find((r) => r.url === path);
    if (!req) {
      throw new Error(`No request to ${path}`);
    }
    return Object.fromEntries(
      req.params.keys().map((k) => [k, req.params.get(k) ?? '']),
    );
  }

  private answer(req: HttpRequest<unknown>): Observable<HttpResponse<unknown>> {
    if (this.failing === true || this.failing === req.url) {
      return throwError(
        () =>
          new HttpErrorResponse({
            status: 500,
            statusText: 'Server Error',
            url: req.url,
          }),
      );
    }
    if (req.method === 'GET' && req.url === '/api/needs') {
      return of(
        new HttpResponse({
          status: 200,
          body: marketplacePage(this.needs, req.params),
        }),
      );
    }
    if (req.method === 'GET' && req.url === '/api/offerings') {
      return of(
        new HttpResponse({
          status: 200,
          body: marketplacePage(this.offerings, req.params),
        }),
      );
    }
    const record = /^\/api\/(needs|offerings)\/([^/]+)$/.exec(req.url);
    const recordFound =
      record &&
      (record[1] === 'needs' ? this.needs : this.offerings).find(
        (r) => r.id === decodeURIComponent(record[2]),
      );
    if (req.method === 'GET' && recordFound) {
      return of(new HttpResponse({ status: 200, body: recordFound }));
    }
    if (req.method === 'GET' && req.url === '/api/me') {
      return this.me
        ? of(new HttpResponse({ status: 200, body: this.me }))
        : throwError(
            () => new HttpErrorResponse({ status: 401, url: req.url }),
          );
    }
    if (req.method === 'POST' && req.url === '/api/auth/logout') {
      return of(new HttpResponse({ status: 204, body: null }));
    }
    if (req.method === 'GET' && req.url === '/api/organisations') {
      return of(
        new HttpResponse({
          status: 200,
          body: this.organisationPage(req),
        }),
      );
    }
    const organisation = /^\/api\/organisations\/([^/]+)$/.exec(req.url);
    const found = this.organisations.find(
      (o) => o.id === decodeURIComponent(organisation?.[1] ?? ''),
    );
    if (req.method === 'GET' && found) {
      return of(new HttpResponse({ status: 200, body: found }));
    }
    return throwError(
      () => new HttpErrorResponse({ status: 404, url: req.url }),
    );
  }

  private organisationPage(req: HttpRequest<unknown>): Page<Organisation> {
    const q = req.params.get('q')?.toLowerCase();
    const only = (name: string, value: (o: Organisation) => unknown) => {
      const wanted = req.params.get(name);
      return (o: Organisation) => !wanted || value(o) === wanted;
    };
    const careArea = req.params.get('careArea');
    const page = Number(req.params.get('page') ?? 1);
    const pageSize = Number(req.params.get('pageSize') ?? 20);
    const matching = this.organisations
      .filter((o) => o.status === 'published')
      .filter((o) => !q || o.name.toLowerCase().includes(q))
      .filter(only('kind', (o) => o.kind))
      .filter(only('country', (o) => o.country))
      .filter(only('region', (o) => o.region))
      .filter((o) => !careArea || o.careAreas.includes(careArea));
    return {
      items: matching.slice((page - 1) * pageSize, page * pageSize),
      total: matching.length,
      page,
      pageSize,
    };
  }
}
