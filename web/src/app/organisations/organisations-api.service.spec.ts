import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import { anOrganisationProfile } from '../../testing/factories';
import { OrganisationsApiService } from './organisations-api.service';

describe('OrganisationsApiService', () => {
  let api: OrganisationsApiService;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    api = TestBed.inject(OrganisationsApiService);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('lists organisations with the search and filters in the query string', async () => {
    const page = {
      items: [anOrganisationProfile({ name: 'Aarhus Kommune' })],
      total: 1,
      page: 2,
      pageSize: 10,
    };

    const result = firstValueFrom(
      api.list({
        q: 'arhus',
        kind: 'municipality',
        country: 'DK',
        region: 'Midtjylland',
        careArea: 'dementia',
        page: 2,
        pageSize: 10,
      }),
    );
    const req = http.expectOne((r) => r.url === '/api/organisations');
    expect(req.request.method).toBe('GET');
    expect(req.request.urlWithParams).toBe(
      '/api/organisations?q=arhus&kind=municipality&country=DK&region=Midtjylland&careArea=dementia&page=2&pageSize=10',
    );
    req.flush(page);

    expect(await result).toEqual(page);
  });

  it('reads one organisation', async () => {
    const organisation = anOrganisationProfile({ id: 'o/1' });

    const result = firstValueFrom(api.get('o/1'));
    http.expectOne('/api/organisations/o%2F1').flush(organisation);

    expect(await result).toEqual(organisation);
  });

  it('creates an organisation', async () => {
    const created = anOrganisationProfile({
      id: 'o1',
      name: 'Sundhedsteknik ApS',
    });

    const result = firstValueFrom(
      api.create({
        kind: 'company',
        name: 'Sundhedsteknik ApS',
        country: 'DK',
      }),
    );
    const req = http.expectOne('/api/organisations');
    expect(req.request.method).toBe('POST');
    expect(req.request.body).toEqual({
      kind: 'company',
      name: 'Sundhedsteknik ApS',
      country: 'DK',
    });
    req.flush(created, { status: 201, statusText: 'Created' });

    expect(await result).toEqual(created);
  });

  it('updates with the version it read, and passes a conflict on', async () => {
    const result = firstValueFrom(
      api.update('o1', { name: 'New name', version: 3 }),
    );
    const req = http.expectOne('/api/organisations/o1');
    expect(req.request.method).toBe('PATCH');
    expect(req.request.body).toEqual({ name: 'New name', version: 3 });
    req.flush(
      { statusCode: 409, message: 'Stale version', error: 'Conflict' },
      { status: 409, statusText: 'Conflict' },
    );

    await expect(result).rejects.toMatchObject({ status: 409 });
  });
});
