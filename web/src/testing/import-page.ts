import { HttpBackend, HttpXhrBackend } from '@angular/common/http';
import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { UserRole } from '@opi/contracts';
import { signInAs } from './auth';
import { aMe } from './factories';
import { providePortalTesting } from './portal';

/**
 * The portal's routes with a testing backend, signed in as `role`, for `/import` (the dataset
 * import, and the matching panel for admins). Returns the backend to answer requests with.
 */
export function setUpImportPage(role: UserRole): HttpTestingController {
  localStorage.clear();
  TestBed.configureTestingModule({
    providers: [
      ...providePortalTesting(),
      // The import goes through XHR (for upload progress): answer it from the testing backend.
      { provide: HttpXhrBackend, useExisting: HttpBackend },
    ],
  });
  const http = TestBed.inject(HttpTestingController);
  signInAs(aMe({ role }), http);
  return http;
}
