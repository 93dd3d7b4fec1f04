import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import { aGuideEntry, aGuidePage } from '../../testing/factories';
import { GuideApiService } from './guide-api.service';

describe('GuideApiService', () => {
  let api: GuideApiService;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    api = TestBed.inject(GuideApiService);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('reads the table of contents in a language', async () => {
    const toc = { lang: 'da', entries: [aGuideEntry({ lang: 'da' })] };

    const result = firstValueFrom(api.toc('da'));
    const req = http.expectOne('/api/guide?lang=da');
    expect(req.request.method).toBe('GET');
    req.flush(toc);

    expect(await result).toEqual(toc);
  });

  it('reads a page by its slug in a language', async () => {
    const page = aGuidePage({ slug: 'gdpr', lang: 'en', fallback: true });

    const result = firstValueFrom(api.page('gdpr', 'nl'));
    http.expectOne('/api/guide/pages/gdpr?lang=nl').flush(page);

    expect(await result).toEqual(page);
  });

  it('passes a missing page on as a 404', async () => {
    const result = firstValueFrom(api.page('no-such-page', 'en'));
    http
      .expectOne('/api/guide/pages/no-such-page?lang=en')
      .flush(
        { statusCode: 404, message: 'No such guide page', error: 'Not Found' },
        { status: 404, statusText: 'Not Found' },
      );
    await expect(result).rejects.toMatchObject({ status: 404 });
  });

  it('searches with the words and the language in the query string', async () => {
    const hits = {
      items: [{ ...aGuideEntry(), snippet: 'the <mark>procurement</mark>' }],
    };

    const result = firstValueFrom(api.search('public procurement', 'en'));
    const req = http.expectOne((r) => r.url === '/api/guide/search');
    expect(req.request.urlWithParams).toBe(
      '/api/guide/search?q=public%20procurement&lang=en',
    );
    req.flush(hits);

    expect(await result).toEqual(hits);
  });

  it('reads the ticks of a project', async () => {
    const result = firstValueFrom(api.ticks('Night care'));
    const req = http.expectOne((r) => r.url === '/api/guide/ticks');
    expect(req.request.method).toBe('GET');
    expect(req.request.params.get('project')).toBe('Night care');
    req.flush({ project: 'Night care', itemIds: ['phase-1:company:1'] });

    expect(await result).toEqual({
      project: 'Night care',
      itemIds: ['phase-1:company:1'],
    });
  });

  it('ticks an item with PUT and unticks it with DELETE', async () => {
    const ticked = firstValueFrom(
      api.setTick('phase-1:public:2', true, 'default'),
    );
    const put = http.expectOne(
      '/api/guide/ticks/phase-1%3Apublic%3A2?project=default',
    );
    expect(put.request.method).toBe('PUT');
    put.flush(null, { status: 204, statusText: 'No Content' });
    await expect(ticked).resolves.toBeUndefined();

    const unticked = firstValueFrom(
      api.setTick('phase-1:public:2', false, 'default'),
    );
    const del = http.expectOne(
      '/api/guide/ticks/phase-1%3Apublic%3A2?project=default',
    );
    expect(del.request.method).toBe('DELETE');
    del.flush(null, { status: 204, statusText: 'No Content' });
    await expect(unticked).resolves.toBeUndefined();
  });
});
