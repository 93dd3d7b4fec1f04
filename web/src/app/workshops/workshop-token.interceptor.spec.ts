import {
  HttpClient,
  provideHttpClient,
  withInterceptors,
} from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import {
  WORKSHOP_TOKEN_HEADER,
  workshopTokenInterceptor,
} from './workshop-token.interceptor';

describe('workshopTokenInterceptor', () => {
  let http: HttpTestingController;
  let client: HttpClient;

  beforeEach(() => {
    sessionStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(withInterceptors([workshopTokenInterceptor])),
        provideHttpClientTesting(),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    client = TestBed.inject(HttpClient);
  });

  afterEach(() => {
    http.verify();
    sessionStorage.clear();
  });

  const tokenSentTo = (url: string) =>
    http.expectOne(url).request.headers.get(WORKSHOP_TOKEN_HEADER);

  it('sends the session’s token with the workshop calls about it', () => {
    sessionStorage.setItem('opi.workshopToken.s1', 'guest-token');

    client.get('/api/workshop-sessions/s1').subscribe();
    client.put('/api/workshop-sessions/s1/scores/p1', {}).subscribe();
    client.get('/api/workshop-sessions/s1/matrix').subscribe();

    expect(tokenSentTo('/api/workshop-sessions/s1')).toBe('guest-token');
    expect(tokenSentTo('/api/workshop-sessions/s1/scores/p1')).toBe(
      'guest-token',
    );
    expect(tokenSentTo('/api/workshop-sessions/s1/matrix')).toBe('guest-token');
  });

  it('sends it with proposal calls, which name no session in their address', () => {
    sessionStorage.setItem('opi.workshopToken.s1', 'guest-token');

    client
      .patch('/api/workshop-proposals/p1', { version: 2, sessionId: 's1' })
      .subscribe();
    client.get('/api/workshop-proposals/p1/history').subscribe();

    expect(tokenSentTo('/api/workshop-proposals/p1')).toBe('guest-token');
    expect(tokenSentTo('/api/workshop-proposals/p1/history')).toBe(
      'guest-token',
    );
  });

  it('never sends it anywhere else', () => {
    sessionStorage.setItem('opi.workshopToken.s1', 'guest-token');

    client.get('/api/workshops/series-1').subscribe();
    client.get('/api/needs').subscribe();
    client.get('https://example.com/api/workshop-sessions/s1').subscribe();

    expect(tokenSentTo('/api/workshops/series-1')).toBeNull();
    expect(tokenSentTo('/api/needs')).toBeNull();
    expect(
      tokenSentTo('https://example.com/api/workshop-sessions/s1'),
    ).toBeNull();
  });

  it('sends none without a stored token (a signed-in participant)', () => {
    client.get('/api/workshop-sessions/s1').subscribe();

    expect(tokenSentTo('/api/workshop-sessions/s1')).toBeNull();
  });

  it('does not send one session’s token with calls about another session', () => {
    sessionStorage.setItem('opi.workshopToken.s1', 'guest-token');

    client.get('/api/workshop-sessions/s2').subscribe();

    expect(tokenSentTo('/api/workshop-sessions/s2')).toBeNull();
  });
});
