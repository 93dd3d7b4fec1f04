import { DOCUMENT } from '@angular/common';
import { HttpClient } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import type {
  AccessTokenResponse,
  ChangePasswordRequest,
  LoginRequest,
  Me,
  RegisterRequest,
} from '@opi/contracts';
import {
  type Observable,
  catchError,
  finalize,
  map,
  of,
  switchMap,
  tap,
} from 'rxjs';

/** Where a reader lands after signing in or up when no page sent them. */
export const AFTER_SIGN_IN = '/my/organisations';

/** localStorage key of the access token. */
export const TOKEN_STORAGE_KEY = 'opi.accessToken';

/**
 * Who is signed in: the access token (kept in localStorage, so a reload stays signed in) and
 * the user it belongs to (`GET /api/me`). The auth interceptor sends the token with every API
 * call and forgets it when the API no longer accepts it.
 */
@Injectable({ providedIn: 'root' })
export class AuthService {
  private readonly http = inject(HttpClient);
  private readonly storage = storageOf(inject(DOCUMENT));

  private readonly tokenState = signal<string | null>(this.readToken());
  private readonly userState = signal<Me | null>(null);

  /** The access token, or null when signed out. */
  readonly token = this.tokenState.asReadonly();
  /** The signed-in user, once `/api/me` has answered. */
  readonly currentUser = this.userState.asReadonly();
  readonly signedIn = computed(() => this.tokenState() !== null);

  /** At start-up: loads the user behind a remembered token, without holding up the first page. */
  init(): void {
    if (this.token()) {
      this.refresh().subscribe({ error: () => undefined });
    }
  }

  /** `GET /api/me`: reloads the signed-in user (after joining or creating an organisation). */
  refresh(): Observable<Me> {
    return this.http
      .get<Me>('/api/me')
      .pipe(tap((me) => this.userState.set(me)));
  }

  /** `POST /api/auth/login`, then loads the user. */
  login(request: LoginRequest): Observable<void> {
    return this.http
      .post<AccessTokenResponse>('/api/auth/login', request)
      .pipe(switchMap((answer) => this.start(answer.accessToken)));
  }

  /** `POST /api/auth/register`: creates the account and signs in. */
  register(request: RegisterRequest): Observable<void> {
    return this.http
      .post<AccessTokenResponse>('/api/auth/register', request)
      .pipe(switchMap((answer) => this.start(answer.accessToken)));
  }

  /** `POST /api/auth/change-password`: the answer is a new token; the old ones stop working. */
  changePassword(request: ChangePasswordRequest): Observable<void> {
    return this.http
      .post<AccessTokenResponse>('/api/auth/change-password', request)
      .pipe(
        map((answer) => {
          this.storeToken(answer.accessToken);
        }),
      );
  }

  /** `POST /api/auth/logout` (ends every session of the user); signed out here whatever it answers. */
  logout(): Observable<void> {
    if (!this.token()) {
      return of(undefined);
    }
    return this.http.post<void>('/api/auth/logout', null).pipe(
      map(() => undefined),
      catchError(() => of(undefined)),
      finalize(() => this.clear()),
    );
  }

  /** Forgets the token and the user (signed out, the token expired, the account was deleted). */
  clear(): void {
    this.storeToken(null);
    this.userState.set(null);
  }

  private start(token: string): Observable<void> {
    this.storeToken(token);
    // Signed in even if the profile does not load now: the header falls back to "Account".
    return this.refresh().pipe(
      map(() => undefined),
      catchError(() => of(undefined)),
    );
  }

  private storeToken(token: string | null): void {
    this.tokenState.set(token);
    try {
      if (token) {
        this.storage?.setItem(TOKEN_STORAGE_KEY, token);
      } else {
        this.storage?.removeItem(TOKEN_STORAGE_KEY);
      }
    } catch {
      // storage blocked: signed in for this visit only
    }
  }

  private readToken(): string | null {
    try {
      return this.storage?.getItem(TOKEN_STORAGE_KEY) || null;
    } catch {
      return null;
    }
  }
}

function storageOf(document: Document): Storage | null {
  try {
    return document.defaultView?.localStorage ?? null;
  } catch {
    return null; // storage blocked (privacy mode, sandboxed frame)
  }
}
