import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  MatchFeedbackRequest,
  MatchingStatus,
  MatchList,
  OfferingMatch,
  OrganisationMatch,
  RecomputeAllResult,
  SimilarNeedMatch,
  TestSiteMatch,
} from '@opi/contracts';
import { type Observable, map } from 'rxjs';

/** How many proposals the detail pages show. */
export const PROPOSALS_LIMIT = 10;

/** The matching endpoints of the API: proposals for a need or an offering, and feedback on them. */
@Injectable({ providedIn: 'root' })
export class MatchingApiService {
  private readonly http = inject(HttpClient);

  /** `GET /api/needs/:id/matches?limit=`: offerings that could meet the need, best first. */
  partnersFor(
    needId: string,
    limit = PROPOSALS_LIMIT,
  ): Observable<MatchList<OfferingMatch>> {
    return this.http.get<MatchList<OfferingMatch>>(
      `/api/needs/${encodeURIComponent(needId)}/matches`,
      { params: new HttpParams().set('limit', limit) },
    );
  }

  /** `GET /api/needs/:id/similar?limit=`: needs like this one at other organisations, best first. */
  similarTo(
    needId: string,
    limit = PROPOSALS_LIMIT,
  ): Observable<MatchList<SimilarNeedMatch>> {
    return this.http.get<MatchList<SimilarNeedMatch>>(
      `/api/needs/${encodeURIComponent(needId)}/similar`,
      { params: new HttpParams().set('limit', limit) },
    );
  }

  /** `GET /api/needs/:id/evaluation-partners?limit=`: knowledge institutions by expertise, best first. */
  evaluationPartnersFor(
    needId: string,
    limit = PROPOSALS_LIMIT,
  ): Observable<MatchList<OrganisationMatch>> {
    return this.http.get<MatchList<OrganisationMatch>>(
      `/api/needs/${encodeURIComponent(needId)}/evaluation-partners`,
      { params: new HttpParams().set('limit', limit) },
    );
  }

  /** `GET /api/offerings/:id/test-sites?limit=`: organisations that could host a test, best first. */
  testSitesFor(
    offeringId: string,
    limit = PROPOSALS_LIMIT,
  ): Observable<MatchList<TestSiteMatch>> {
    return this.http.get<MatchList<TestSiteMatch>>(
      `/api/offerings/${encodeURIComponent(offeringId)}/test-sites`,
      { params: new HttpParams().set('limit', limit) },
    );
  }

  /** `PUT /api/matches/feedback` (signed-in users only; answers 204). */
  setFeedback(feedback: MatchFeedbackRequest): Observable<void> {
    return this.http
      .put<null>('/api/matches/feedback', feedback)
      .pipe(map(() => undefined));
  }

  /** `GET /api/admin/matches/status` (admins): profiles prepared and results stored, per kind. */
  status(): Observable<MatchingStatus> {
    return this.http.get<MatchingStatus>('/api/admin/matches/status');
  }

  /** `POST /api/admin/matches/recompute` (admins): drops every stored result and queues them all. */
  recomputeAll(): Observable<RecomputeAllResult> {
    return this.http.post<RecomputeAllResult>(
      '/api/admin/matches/recompute',
      {},
    );
  }
}
