import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  CreateInvitationRequest,
  Invitation,
  InvitationPreview,
  MyMembership,
  OrganisationMember,
} from '@opi/contracts';
import { type Observable, map } from 'rxjs';

/** Members and invitations of organisations. */
@Injectable({ providedIn: 'root' })
export class MembershipsApiService {
  private readonly http = inject(HttpClient);

  /** `GET /api/organisations/:id/members` (members only). */
  members(organisationId: string): Observable<OrganisationMember[]> {
    return this.http.get<OrganisationMember[]>(
      `${organisationPath(organisationId)}/members`,
    );
  }

  /** `POST /api/organisations/:id/invitations` (owners): the answer carries the link to send. */
  invite(organisationId: string, email: string): Observable<Invitation> {
    const request: CreateInvitationRequest = { email };
    return this.http.post<Invitation>(
      `${organisationPath(organisationId)}/invitations`,
      request,
    );
  }

  /** `DELETE /api/organisations/:id/members/:userId`: an owner removes a member, or a member leaves. */
  remove(organisationId: string, userId: string): Observable<void> {
    return this.http
      .delete<void>(
        `${organisationPath(organisationId)}/members/${encodeURIComponent(userId)}`,
      )
      .pipe(map(() => undefined));
  }

  /** `GET /api/invitations/:token`. */
  invitation(token: string): Observable<InvitationPreview> {
    return this.http.get<InvitationPreview>(invitationPath(token));
  }

  /** `POST /api/invitations/:token/accept` (signed in with the invited e-mail address). */
  accept(token: string): Observable<MyMembership> {
    return this.http.post<MyMembership>(
      `${invitationPath(token)}/accept`,
      null,
    );
  }
}

const organisationPath = (id: string) =>
  `/api/organisations/${encodeURIComponent(id)}`;
const invitationPath = (token: string) =>
  `/api/invitations/${encodeURIComponent(token)}`;
