import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { Offering, Page } from '@opi/contracts';
import { firstValueFrom } from 'rxjs';
import { anOffering } from '../../testing/factories';
import { OfferingsApiService } from './offerings-api.service';

describe('OfferingsApiService', () => {
  let api: OfferingsApiService;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    api = TestBed.inject(OfferingsApiService);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('lists offerings with the query in the query string', async () => {
    const page: Page<Offering> = {
      items: [anOffering({ title: 'GPS sole' })],
      total: 1,
      page: 1,
      pageSize: 4,
    };

    const result = firstValueFrom(
      api.list({ q: 'gps', careArea: 'dementia', page: 1, pageSize: 4 }),
    );
    const req = http.expectOne((r) => r.url === '/api/offerings');
    expect(req.request.method).toBe('GET');
    expect(req.request.urlWithParams).toBe(
      '/api/offerings?q=gps&careArea=dementia&page=1&pageSize=4',
    );
    req.flush(page);

    expect(await result).toEqual(page);
  });

  it('sends no query string when there is no query', () => {
    api.list().subscribe();
    http
      .expectOne('/api/offerings')
      .flush({ items: [], total: 0, page: 1, pageSize: 20 });
  });

  it('passes an API error on to the caller', async () => {
    const result = firstValueFrom(api.list());
    http
      .expectOne('/api/offerings')
      .flush(null, { status: 503, statusText: 'Service Unavailable' });
    await expect(result).rejects.toMatchObject({ status: 503 });
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
    const req = http.expectOne((r) => r.url === '/api/offerings');
    expect(req.request.urlWithParams).toBe(
      '/api/offerings?q=falls&trl=7&country=DK&organisationKind=municipality&testSite=false&sort=newest&page=2',
    );
    req.flush({ items: [], total: 0, page: 2, pageSize: 20, facets: {} });
  });

  it('gets one offering by its id', async () => {
    const offering = anOffering({ id: 'a/b', title: 'Fall sensors' });
    const result = firstValueFrom(api.get('a/b'));
    http.expectOne('/api/offerings/a%2Fb').flush(offering);
    expect(await result).toEqual(offering);
  });

  it('gives the CSV export’s address for the same filters', () => {
    expect(api.exportUrl({ careArea: 'dementia', page: 3, pageSize: 50 })).toBe(
      '/api/offerings/export.csv?careArea=dementia',
    );
    expect(api.exportUrl({})).toBe('/api/offerings/export.csv');
  });
});
