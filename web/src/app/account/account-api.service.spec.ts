import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { PersonalDataExport } from '@opi/contracts';
import { firstValueFrom } from 'rxjs';
import { AccountApiService } from './account-api.service';

describe('AccountApiService', () => {
  let api: AccountApiService;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    api = TestBed.inject(AccountApiService);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('exports the user’s data', async () => {
    const data: PersonalDataExport = {
      exportedAt: '2026-11-24T10:00:00.000Z',
      user: {
        id: 'u1',
        email: 'a@b.dk',
        name: 'A',
        role: 'entrepreneur',
        createdAt: '2025-01-01T00:00:00.000Z',
      },
      memberships: [],
      invitationsSent: [],
      auditTrail: [],
    };

    const result = firstValueFrom(api.exportData());
    const req = http.expectOne('/api/me/export');
    expect(req.request.method).toBe('GET');
    req.flush(data);

    expect(await result).toEqual(data);
  });

  it('deletes the account', async () => {
    const result = firstValueFrom(api.deleteAccount(), {
      defaultValue: 'none',
    });
    const req = http.expectOne('/api/me');
    expect(req.request.method).toBe('DELETE');
    req.flush(null, { status: 204, statusText: 'No Content' });

    expect(await result).toBeUndefined();
  });
});
