import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { Need, Page } from '@opi/contracts';
import { firstValueFrom } from 'rxjs';
import { aNeed } from '../../testing/factories';
import { NeedsApiService } from './needs-api.service';

describe('NeedsApiService', () => {
  let api: NeedsApiService;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    api = TestBed.inject(NeedsApiService);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('lists needs with the search, care area and page in the query string', async () => {
    const page: Page<Need> = {
      items: [aNeed({ title: 'Night-time wandering' })],
      total: 41,
      page: 3,
      pageSize: 20,
    };

    const result = firstValueFrom(
      api.list({ q: 'wandering', careArea: 'dementia', page: 3, pageSize: 20 }),
    );
    const req = http.expectOne((r) => r.url === '/api/needs');
    expect(req.request.method).toBe('GET');
    expect(req.request.urlWithParams).toBe(
      '/api/needs?q=wandering&careArea=dementia&page=3&pageSize=20',
    );
    req.flush(page);

    expect(await result).toEqual(page);
  });

  it('leaves out empty parameters', () => {
    api.list({ q: '', careArea: undefined, page: 1 }).subscribe();
    const req = http.expectOne((r) => r.url === '/api/needs');
    expect(req.request.urlWithParams).toBe('/api/needs?page=1');
    req.flush({ items: [], total: 0, page: 1, pageSize: 20 });
  });

  it('passes an API error on to the caller', async () => {
    const result = firstValueFrom(api.list());
    http.expectOne('/api/needs').flush(
      {
        statusCode: 400,
        message: ['pageSize must not be greater than 100'],
        error: 'Bad Request',
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await expect(result).rejects.toMatchObject({ status: 400 });
  });

  it('sends the marketplace filters and the sort', () => {
    api
      .list({
        q: 'falls',
        trl: 7,
        country: 'DK',
        organisationKind: 'municipality',
        testSite: false,
        sort: 'newest',
        page: 2,
      })
      .subscribe();
    const req = http.expectOne((r) => r.url === '/api/needs');
    expect(req.request.urlWithParams).toBe(
      '/api/needs?q=falls&trl=7&country=DK&organisationKind=municipality&testSite=false&sort=newest&page=2',
    );
    req.flush({ items: [], total: 0, page: 2, pageSize: 20, facets: {} });
  });

  it('gets one need by its id', async () => {
    const need = aNeed({ id: 'a/b', title: 'Fall sensors' });
    const result = firstValueFrom(api.get('a/b'));
    http.expectOne('/api/needs/a%2Fb').flush(need);
    expect(await result).toEqual(need);
  });

  it('gives the CSV export’s address for the same filters', () => {
    expect(api.exportUrl({ careArea: 'dementia', page: 3, pageSize: 50 })).toBe(
      '/api/needs/export.csv?careArea=dementia',
    );
    expect(api.exportUrl({})).toBe('/api/needs/export.csv');
  });
});
