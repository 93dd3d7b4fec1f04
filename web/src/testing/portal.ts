import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import type { EnvironmentProviders, Provider } from '@angular/core';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { appRoutes } from '../app/app.routes';
import { authInterceptor } from '../app/auth/auth.interceptor';
import { provideTranslocoTesting } from './transloco-testing';

/**
 * Providers for a spec that opens portal pages by URL (`openPage`): the app's routes, HttpClient
 * with the auth interceptor over the testing backend, the translations, and no animations.
 */
export function providePortalTesting(): Array<Provider | EnvironmentProviders> {
  return [
    provideRouter(appRoutes, withComponentInputBinding()),
    provideHttpClient(withInterceptors([authInterceptor])),
    provideHttpClientTesting(),
    provideTranslocoTesting(),
    { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
  ];
}
