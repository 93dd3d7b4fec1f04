import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { Invitation } from '@opi/contracts';
import { firstValueFrom } from 'rxjs';
import { aMember, aMembership } from '../../testing/factories';
import { MembershipsApiService } from './memberships-api.service';

describe('MembershipsApiService', () => {
  let api: MembershipsApiService;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    api = TestBed.inject(MembershipsApiService);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('lists the members of an organisation', async () => {
    const members = [aMember({ name: 'Mette' })];

    const result = firstValueFrom(api.members('o1'));
    const req = http.expectOne('/api/organisations/o1/members');
    expect(req.request.method).toBe('GET');
    req.flush(members);

    expect(await result).toEqual(members);
  });

  it('invites by e-mail and returns the link to send', async () => {
    const invitation: Invitation = {
      id: 'i1',
      organisationId: 'o1',
      email: 'new@aarhus.dk',
      expiresAt: '2026-12-01T00:00:00.000Z',
      acceptUrl: 'http://localhost/invitations/tok',
    };

    const result = firstValueFrom(api.invite('o1', 'new@aarhus.dk'));
    const req = http.expectOne('/api/organisations/o1/invitations');
    expect(req.request.method).toBe('POST');
    expect(req.request.body).toEqual({ email: 'new@aarhus.dk' });
    req.flush(invitation, { status: 201, statusText: 'Created' });

    expect(await result).toEqual(invitation);
  });

  it('removes a member (or the reader leaves)', async () => {
    const result = firstValueFrom(api.remove('o1', 'u2'), {
      defaultValue: 'done',
    });
    const req = http.expectOne('/api/organisations/o1/members/u2');
    expect(req.request.method).toBe('DELETE');
    req.flush(null, { status: 204, statusText: 'No Content' });

    expect(await result).toBeUndefined();
  });

  it('reads an invitation and accepts it', async () => {
    const preview = firstValueFrom(api.invitation('tok/1'));
    http.expectOne('/api/invitations/tok%2F1').flush({
      organisationId: 'o1',
      organisationName: 'Aarhus Kommune',
      email: 'new@aarhus.dk',
      expiresAt: '2026-12-01T00:00:00.000Z',
    });
    expect((await preview).organisationName).toBe('Aarhus Kommune');

    const membership = aMembership({ organisationId: 'o1', role: 'member' });
    const accepted = firstValueFrom(api.accept('tok/1'));
    const req = http.expectOne('/api/invitations/tok%2F1/accept');
    expect(req.request.method).toBe('POST');
    req.flush(membership);

    expect(await accepted).toEqual(membership);
  });
});
