import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import {
  aMatchList,
  anOfferingMatch,
  aTestSiteMatch,
} from '../../testing/factories';
import { MatchingApiService } from './matching-api.service';

describe('MatchingApiService', () => {
  let api: MatchingApiService;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    api = TestBed.inject(MatchingApiService);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('gets the partners proposed for a need, ten unless told otherwise', async () => {
    const list = aMatchList([anOfferingMatch({ score: 0.82 })]);

    const result = firstValueFrom(api.partnersFor('a/b'));
    const req = http.expectOne((r) => r.url === '/api/needs/a%2Fb/matches');
    expect(req.request.method).toBe('GET');
    expect(req.request.urlWithParams).toBe('/api/needs/a%2Fb/matches?limit=10');
    req.flush(list);

    expect(await result).toEqual(list);
  });

  it('gets the test sites proposed for an offering', async () => {
    const list = aMatchList([aTestSiteMatch()]);

    const result = firstValueFrom(api.testSitesFor('o1', 5));
    http.expectOne('/api/offerings/o1/test-sites?limit=5').flush(list);

    expect(await result).toEqual(list);
  });

  it('puts the reader’s verdict on a proposal', async () => {
    const done = firstValueFrom(
      api.setFeedback({ subjectId: 'n1', candidateId: 'o1', verdict: null }),
    );
    const req = http.expectOne('/api/matches/feedback');
    expect(req.request.method).toBe('PUT');
    expect(req.request.body).toEqual({
      subjectId: 'n1',
      candidateId: 'o1',
      verdict: null,
    });
    req.flush(null, { status: 204, statusText: 'No Content' });

    await expect(done).resolves.toBeUndefined();
  });

  it('passes an API error on to the caller', async () => {
    const done = firstValueFrom(
      api.setFeedback({
        subjectId: 'n1',
        candidateId: 'o1',
        verdict: 'hidden',
      }),
    );
    http
      .expectOne('/api/matches/feedback')
      .flush(
        { statusCode: 401, message: 'Unauthorized' },
        { status: 401, statusText: 'Unauthorized' },
      );
    await expect(done).rejects.toMatchObject({ status: 401 });
  });
});
