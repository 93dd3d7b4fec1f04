import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom, from } from 'rxjs';
import { TranslocoHttpLoader } from './transloco-http-loader';

describe('TranslocoHttpLoader', () => {
  it('fetches the translation file of a language from /i18n/', async () => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    const http = TestBed.inject(HttpTestingController);

    const translation = firstValueFrom(
      from(TestBed.inject(TranslocoHttpLoader).getTranslation('da')),
    );
    const req = http.expectOne('/i18n/da.json');
    expect(req.request.method).toBe('GET');
    req.flush({ nav: { home: 'Forside' } });

    expect(await translation).toEqual({ nav: { home: 'Forside' } });
    http.verify();
  });
});
