import {
  HttpErrorResponse,
  type HttpInterceptorFn,
  type HttpRequest,
  HttpResponse,
} from '@angular/common/http';
import type {
  MatchFeedback,
  MatchList,
  Me,
  Need,
  Offering,
  OfferingMatch,
  Organisation,
  Page,
  TestSiteMatch,
} from '@opi/contracts';
import { type Observable, Subject, of, throwError } from 'rxjs';
import { marketplacePage } from './fake-marketplace';

/**
 * An in-memory stand-in for the API's public read endpoints, installed as an HTTP interceptor so
 * the real services and HttpClient run. It answers `GET /api/needs` and `GET /api/offerings`
 * with `{ items, total, page, pageSize, facets }` like the server does (see marketplacePage),
 * `GET /api/needs/:id` and `GET /api/offerings/:id` (any status; 404 for an unknown id),
 * and `GET /api/organisations` (also by `kind`, `country`, `region`; `q` on the name) and
 * `GET /api/organisations/:id`. `GET /api/me` answers `me` (401 when null), and signing out
 * works. The matching endpoints answer the proposals in `partners` and `testSites` (none unless
 * given) for a known record; `PUT /api/matches/feedback` keeps the verdict in `feedback` (401
 * when `me` is null), and the lists then leave out the hidden proposals and carry the verdicts,
 * as the server does for the signed-in user.
 */
export class FakeApi {
  needs: Need[] = [];
  offerings: Offering[] = [];
  organisations: Organisation[] = [];
  /** `GET /api/needs/:id/matches`, by the need's id. */
  partners: Record<string, MatchList<OfferingMatch>> = {};
  /** `GET /api/offerings/:id/test-sites`, by the offering's id. */
  testSites: Record<string, MatchList<TestSiteMatch>> = {};
  /**
   * Verdicts put through `PUT /api/matches/feedback`, by `subjectId candidateId` (null: taken
   * back); a proposal with none here keeps the `feedback` it was stored with.
   */
  readonly feedback = new Map<string, MatchFeedback | null>();
  /** The signed-in user `GET /api/me` answers with; null answers 401. */
  me: Me | null = null;
  /** Answer with a 500: every request (`true`) or those to one path (`'/api/offerings'`). */
  failing: boolean | string = false;
  /** Keep requests pending until `release()` (to see loading states): every request or one path's. */
  holding: boolean | string = false;
  readonly requests: HttpRequest<unknown>[] = [];
  private readonly held: (() => void)[] = [];

  readonly interceptor: HttpInterceptorFn = (req) => {
    this.requests.push(req);
    const answer = () => this.answer(req);
    if (this.holding === true || this.holding === req.url) {
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
    const matches =
      /^\/api\/(needs|offerings)\/([^/]+)\/(matches|test-sites|similar)$/.exec(
        req.url,
      );
    if (req.method === 'GET' && matches) {
      return this.proposals(
        req,
        matches[1],
        decodeURIComponent(matches[2]),
        matches[3] === 'similar' || matches[3] === 'evaluation-partners',
      );
    }
    if (req.method === 'PUT' && req.url === '/api/matches/feedback') {
      if (!this.me) {
        return throwError(
          () => new HttpErrorResponse({ status: 401, url: req.url }),
        );
      }
      const { subjectId, candidateId, verdict } = req.body as {
        subjectId: string;
        candidateId: string;
        verdict: MatchFeedback | null;
      };
      this.feedback.set(`${subjectId} ${candidateId}`, verdict);
      return of(new HttpResponse({ status: 204, body: null }));
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

  /** A record's stored proposals, less the hidden ones, with the verdicts; 404 for no record. */
  private proposals(
    req: HttpRequest<unknown>,
    collection: string,
    id: string,
    similar = false,
  ): Observable<HttpResponse<unknown>> {
    const records: { id: string }[] =
      collection === 'needs' ? this.needs : this.offerings;
    if (!records.some((r) => r.id === id)) {
      return throwError(
        () => new HttpErrorResponse({ status: 404, url: req.url }),
      );
    }
    if (similar) {
      // Similar needs and evaluation partners: none in these tests.
      const none: MatchList<never> = {
        items: [],
        computedAt: null,
        computeMs: null,
      };
      return of(new HttpResponse({ status: 200, body: none }));
    }
    const stored: MatchList<OfferingMatch | TestSiteMatch> = (collection ===
    'needs'
      ? this.partners[id]
      : this.testSites[id]) ?? {
      items: [],
      computedAt: null,
      computeMs: null,
    };
    const limit = Number(req.params.get('limit') ?? 10);
    const items = stored.items
      .map((item) => {
        const candidate =
          'offering' in item ? item.offering.id : item.organisation.id;
        const key = `${id} ${candidate}`;
        return this.feedback.has(key)
          ? { ...item, feedback: this.feedback.get(key) ?? null }
          : item;
      })
      .filter((item) => item.feedback !== 'hidden')
      .slice(0, limit);
    return of(new HttpResponse({ status: 200, body: { ...stored, items } }));
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
