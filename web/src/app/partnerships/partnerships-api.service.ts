import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  AddNoteRequest,
  AddTaskRequest,
  ChangeStageRequest,
  ConsentRequest,
  ExpressInterestRequest,
  Interest,
  IntroduceRequest,
  Page,
  Partnership,
  PartnershipEvaluationRequest,
  PartnershipSummary,
  PartnershipTask,
  PipelineStage,
  ScaleUpInvitation,
  ScaleUpInvitationRequest,
  ScaleUpProposals,
} from '@opi/contracts';
import type { Observable } from 'rxjs';

const id = encodeURIComponent;

/** The brokering endpoints: expressions of interest, introductions and the partnership pipeline. */
@Injectable({ providedIn: 'root' })
export class PartnershipsApiService {
  private readonly http = inject(HttpClient);

  // Interests

  expressInterest(body: ExpressInterestRequest): Observable<Interest> {
    return this.http.post<Interest>('/api/interests', body);
  }

  /** Interests the caller's organisations received or sent, newest first. */
  interests(direction: 'received' | 'sent'): Observable<Page<Interest>> {
    return this.http.get<Page<Interest>>('/api/interests', {
      params: new HttpParams().set('direction', direction),
    });
  }

  /** Accepting makes a partnership of it (answered with the interest, `partnershipId` set). */
  acceptInterest(interestId: string): Observable<Interest> {
    return this.http.post<Interest>(
      `/api/interests/${id(interestId)}/accept`,
      {},
    );
  }

  declineInterest(interestId: string, reason: string): Observable<Interest> {
    return this.http.post<Interest>(
      `/api/interests/${id(interestId)}/decline`,
      { reason },
    );
  }

  // Partnerships

  /** Members: their organisations' partnerships; cluster managers and admins: all. */
  partnerships(stage?: PipelineStage): Observable<Page<PartnershipSummary>> {
    let params = new HttpParams().set('pageSize', 100);
    if (stage) params = params.set('stage', stage);
    return this.http.get<Page<PartnershipSummary>>('/api/partnerships', {
      params,
    });
  }

  partnership(partnershipId: string): Observable<Partnership> {
    return this.http.get<Partnership>(`/api/partnerships/${id(partnershipId)}`);
  }

  /** A cluster manager introduces two organisations (both must consent). */
  introduce(body: IntroduceRequest): Observable<Partnership> {
    return this.http.post<Partnership>('/api/partnerships', body);
  }

  consent(
    partnershipId: string,
    body: ConsentRequest,
  ): Observable<Partnership> {
    return this.http.post<Partnership>(
      `/api/partnerships/${id(partnershipId)}/consent`,
      body,
    );
  }

  changeStage(
    partnershipId: string,
    body: ChangeStageRequest,
  ): Observable<Partnership> {
    return this.http.post<Partnership>(
      `/api/partnerships/${id(partnershipId)}/stage`,
      body,
    );
  }

  addNote(
    partnershipId: string,
    body: AddNoteRequest,
  ): Observable<Partnership> {
    return this.http.post<Partnership>(
      `/api/partnerships/${id(partnershipId)}/notes`,
      body,
    );
  }

  addTask(
    partnershipId: string,
    body: AddTaskRequest,
  ): Observable<Partnership> {
    return this.http.post<Partnership>(
      `/api/partnerships/${id(partnershipId)}/tasks`,
      body,
    );
  }

  setTaskDone(taskId: string, done: boolean): Observable<PartnershipTask> {
    return this.http.patch<PartnershipTask>(
      `/api/partnership-tasks/${id(taskId)}`,
      { done },
    );
  }

  /** The caller's party's evaluation of a closed partnership (again to change it). */
  evaluate(
    partnershipId: string,
    body: PartnershipEvaluationRequest,
  ): Observable<Partnership> {
    return this.http.put<Partnership>(
      `/api/partnerships/${id(partnershipId)}/evaluation`,
      body,
    );
  }

  /** Once scaling or succeeded: other municipalities and hospitals with a similar need. */
  scaleUpProposals(partnershipId: string): Observable<ScaleUpProposals> {
    return this.http.get<ScaleUpProposals>(
      `/api/partnerships/${id(partnershipId)}/scale-up`,
    );
  }

  /** The company's members send an interest; a cluster manager makes an introduction. */
  inviteToScaleUp(
    partnershipId: string,
    body: ScaleUpInvitationRequest,
  ): Observable<ScaleUpInvitation> {
    return this.http.post<ScaleUpInvitation>(
      `/api/partnerships/${id(partnershipId)}/scale-up/invitations`,
      body,
    );
  }
}
