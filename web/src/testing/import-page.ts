import {
  HttpBackend,
  HttpXhrBackend,
  provideHttpClient,
  withInterceptors,
} from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import type { UserRole } from '@opi/contracts';
import { appRoutes } from '../app/app.routes';
import { authInterceptor } from '../app/auth/auth.interceptor';
import { signInAs } from './auth';
import { aMe } from './factories';
import { provideTranslocoTesting } from './transloco-testing';

/**
 * The portal's routes with a testing backend, signed in as `role`, for `/import` (the dataset
 * import, and the matching panel for admins). Returns the backend to answer requests with.
 */
export function setUpImportPage(role: UserRole): HttpTestingController {
  localStorage.clear();
  TestBed.configureTestingModule({
    providers: [
      provideRouter(appRoutes, withComponentInputBinding()),
      provideHttpClient(withInterceptors([authInterceptor])),
      provideHttpClientTesting(),
      // The import goes through XHR (for upload progress): answer it from the testing backend.
      { provide: HttpXhrBackend, useExisting: HttpBackend },
      provideTranslocoTesting(),
    ],
  });
  const http = TestBed.inject(HttpTestingController);
  signInAs(aMe({ role }), http);
  return http;
}
