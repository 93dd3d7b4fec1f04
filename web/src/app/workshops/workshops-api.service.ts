import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  AddedParticipant,
  AddParticipantRequest,
  CreateWorkshopElementRequest,
  CreateWorkshopProposalRequest,
  CreateWorkshopSeriesRequest,
  CreateWorkshopSessionRequest,
  Need,
  Page,
  Partnership,
  ScoreProposalRequest,
  UpdateMyParticipationRequest,
  UpdateWorkshopProposalRequest,
  UpdateWorkshopSeriesRequest,
  UpdateWorkshopSessionRequest,
  WorkshopElement,
  WorkshopInvitation,
  WorkshopMatrix,
  WorkshopParticipant,
  WorkshopProposal,
  WorkshopProposalRevision,
  WorkshopRecommendation,
  WorkshopRecommendationRequest,
  WorkshopReport,
  WorkshopSeries,
  WorkshopSeriesSummary,
  WorkshopSession,
  WorkshopSessionSummary,
  WorkshopTopic,
  WorkshopTopicRequest,
  WorkshopTopicSuggestion,
} from '@opi/contracts';
import type { Observable } from 'rxjs';

const id = encodeURIComponent;

/** The workshop endpoints of the API (series, sessions, proposals, scores, topics, report). */
@Injectable({ providedIn: 'root' })
export class WorkshopsApiService {
  private readonly http = inject(HttpClient);

  // Series

  /** The series the caller facilitates or takes part in (cluster managers and admins: all). */
  listSeries(): Observable<Page<WorkshopSeriesSummary>> {
    return this.http.get<Page<WorkshopSeriesSummary>>('/api/workshops');
  }

  createSeries(body: CreateWorkshopSeriesRequest): Observable<WorkshopSeries> {
    return this.http.post<WorkshopSeries>('/api/workshops', body);
  }

  series(seriesId: string): Observable<WorkshopSeries> {
    return this.http.get<WorkshopSeries>(`/api/workshops/${id(seriesId)}`);
  }

  updateSeries(
    seriesId: string,
    body: UpdateWorkshopSeriesRequest,
  ): Observable<WorkshopSeries> {
    return this.http.patch<WorkshopSeries>(
      `/api/workshops/${id(seriesId)}`,
      body,
    );
  }

  addFacilitator(seriesId: string, email: string): Observable<WorkshopSeries> {
    return this.http.post<WorkshopSeries>(
      `/api/workshops/${id(seriesId)}/facilitators`,
      { email },
    );
  }

  /** Every proposal of the series (written in any of its sessions), for clustering into topics. */
  proposals(seriesId: string): Observable<WorkshopProposal[]> {
    return this.http.get<WorkshopProposal[]>(
      `/api/workshops/${id(seriesId)}/proposals`,
    );
  }

  // Sessions

  createSession(
    seriesId: string,
    body: CreateWorkshopSessionRequest,
  ): Observable<WorkshopSessionSummary> {
    return this.http.post<WorkshopSessionSummary>(
      `/api/workshops/${id(seriesId)}/sessions`,
      body,
    );
  }

  session(sessionId: string): Observable<WorkshopSession> {
    return this.http.get<WorkshopSession>(
      `/api/workshop-sessions/${id(sessionId)}`,
    );
  }

  updateSession(
    sessionId: string,
    body: UpdateWorkshopSessionRequest,
  ): Observable<WorkshopSessionSummary> {
    return this.http.patch<WorkshopSessionSummary>(
      `/api/workshop-sessions/${id(sessionId)}`,
      body,
    );
  }

  /** URL of the session's server-sent events (`WorkshopChange` in each event's data). */
  eventsUrl(sessionId: string): string {
    return `/api/workshop-sessions/${id(sessionId)}/events`;
  }

  // Participants

  addParticipant(
    sessionId: string,
    body: AddParticipantRequest,
  ): Observable<AddedParticipant> {
    return this.http.post<AddedParticipant>(
      `/api/workshop-sessions/${id(sessionId)}/participants`,
      body,
    );
  }

  removeParticipant(
    sessionId: string,
    participantId: string,
  ): Observable<void> {
    return this.http.delete<void>(
      `/api/workshop-sessions/${id(sessionId)}/participants/${id(participantId)}`,
    );
  }

  /** What a guest's invitation link opens (public). */
  invitation(token: string): Observable<WorkshopInvitation> {
    return this.http.get<WorkshopInvitation>(
      `/api/workshop-invitations/${id(token)}`,
    );
  }

  updateMyParticipation(
    sessionId: string,
    body: UpdateMyParticipationRequest,
  ): Observable<WorkshopParticipant> {
    return this.http.put<WorkshopParticipant>(
      `/api/workshop-sessions/${id(sessionId)}/me`,
      body,
    );
  }

  // Empathy round

  addElement(
    sessionId: string,
    body: CreateWorkshopElementRequest,
  ): Observable<WorkshopElement> {
    return this.http.post<WorkshopElement>(
      `/api/workshop-sessions/${id(sessionId)}/elements`,
      body,
    );
  }

  placeDots(
    sessionId: string,
    elementId: string,
    dots: number,
  ): Observable<WorkshopElement> {
    return this.http.put<WorkshopElement>(
      `/api/workshop-sessions/${id(sessionId)}/elements/${id(elementId)}/dots`,
      { dots },
    );
  }

  // Proposals and scores

  addProposal(
    sessionId: string,
    body: CreateWorkshopProposalRequest,
  ): Observable<WorkshopProposal> {
    return this.http.post<WorkshopProposal>(
      `/api/workshop-sessions/${id(sessionId)}/proposals`,
      body,
    );
  }

  updateProposal(
    proposalId: string,
    body: UpdateWorkshopProposalRequest,
  ): Observable<WorkshopProposal> {
    return this.http.patch<WorkshopProposal>(
      `/api/workshop-proposals/${id(proposalId)}`,
      body,
    );
  }

  proposalHistory(proposalId: string): Observable<WorkshopProposalRevision[]> {
    return this.http.get<WorkshopProposalRevision[]>(
      `/api/workshop-proposals/${id(proposalId)}/history`,
    );
  }

  score(
    sessionId: string,
    proposalId: string,
    body: ScoreProposalRequest,
  ): Observable<void> {
    return this.http.put<void>(
      `/api/workshop-sessions/${id(sessionId)}/scores/${id(proposalId)}`,
      body,
    );
  }

  matrix(sessionId: string): Observable<WorkshopMatrix> {
    return this.http.get<WorkshopMatrix>(
      `/api/workshop-sessions/${id(sessionId)}/matrix`,
    );
  }

  /** Makes a draft need of the proposal, owned by one of the caller's organisations. */
  proposalToNeed(proposalId: string, organisationId: string): Observable<Need> {
    return this.http.post<Need>(
      `/api/workshop-proposals/${id(proposalId)}/need`,
      { organisationId },
    );
  }

  /** Seeds a partnership: a cluster manager's introduction of two organisations, with the proposal as its note. */
  proposalToPartnership(
    proposalId: string,
    organisationIds: [string, string],
    note?: string,
  ): Observable<Partnership> {
    return this.http.post<Partnership>(
      `/api/workshop-proposals/${id(proposalId)}/partnership`,
      {
        organisationIds,
        ...(note ? { note } : {}),
      },
    );
  }

  // Topics and recommendations

  createTopic(
    seriesId: string,
    body: WorkshopTopicRequest,
  ): Observable<WorkshopTopic> {
    return this.http.post<WorkshopTopic>(
      `/api/workshops/${id(seriesId)}/topics`,
      body,
    );
  }

  updateTopic(
    topicId: string,
    body: WorkshopTopicRequest,
  ): Observable<WorkshopTopic> {
    return this.http.patch<WorkshopTopic>(
      `/api/workshop-topics/${id(topicId)}`,
      body,
    );
  }

  deleteTopic(topicId: string): Observable<void> {
    return this.http.delete<void>(`/api/workshop-topics/${id(topicId)}`);
  }

  topicSuggestions(seriesId: string): Observable<WorkshopTopicSuggestion[]> {
    return this.http.get<WorkshopTopicSuggestion[]>(
      `/api/workshops/${id(seriesId)}/topic-suggestions`,
    );
  }

  addRecommendation(
    topicId: string,
    body: WorkshopRecommendationRequest,
  ): Observable<WorkshopRecommendation> {
    return this.http.post<WorkshopRecommendation>(
      `/api/workshop-topics/${id(topicId)}/recommendations`,
      body,
    );
  }

  updateRecommendation(
    recommendationId: string,
    body: WorkshopRecommendationRequest,
  ): Observable<WorkshopRecommendation> {
    return this.http.patch<WorkshopRecommendation>(
      `/api/workshop-recommendations/${id(recommendationId)}`,
      body,
    );
  }

  deleteRecommendation(recommendationId: string): Observable<void> {
    return this.http.delete<void>(
      `/api/workshop-recommendations/${id(recommendationId)}`,
    );
  }

  // Report

  report(seriesId: string): Observable<WorkshopReport> {
    return this.http.get<WorkshopReport>(
      `/api/workshops/${id(seriesId)}/report`,
    );
  }

  /** The report's proposals as CSV (a link the browser downloads with the caller's token, see `downloadCsv`). */
  reportCsv(seriesId: string): Observable<Blob> {
    return this.http.get(`/api/workshops/${id(seriesId)}/report.csv`, {
      responseType: 'blob',
    });
  }
}
