import type { HttpInterceptorFn } from '@angular/common/http';
import { DOCUMENT } from '@angular/common';
import { inject } from '@angular/core';

/** sessionStorage key prefix of a guest's invitation token: `opi.workshopToken.<sessionId>`. */
export const WORKSHOP_TOKEN_STORAGE_PREFIX = 'opi.workshopToken.';

/** The header the API reads a guest's invitation token from. */
export const WORKSHOP_TOKEN_HEADER = 'X-Workshop-Token';

/** Calls this header goes with: the workshop endpoints that are not the series' own. */
const WORKSHOP_API = '/api/workshop-';

/** `/api/workshop-sessions/<id>/…` names the session its token belongs to. */
const SESSION_URL = /^\/api\/workshop-sessions\/([^/?]+)/;

/** Keeps a guest's token for this browser tab (the join page calls it). */
export function rememberWorkshopToken(
  storage: Storage | null,
  sessionId: string,
  token: string,
): void {
  try {
    storage?.setItem(WORKSHOP_TOKEN_STORAGE_PREFIX + sessionId, token);
  } catch {
    // storage blocked: the guest can open the link again
  }
}

/**
 * The token to send with a call to `url`: the one of the session the URL (or the body's
 * `sessionId`, when refining a proposal) names; for calls that name no session (a proposal's
 * history), the first token kept in this tab — a guest joins one session per link.
 */
export function workshopTokenFor(
  storage: Storage | null,
  url: string,
  body: unknown,
): string | null {
  if (!storage) {
    return null;
  }
  try {
    const sessionId =
      SESSION_URL.exec(url)?.[1] ??
      (body && typeof body === 'object' && 'sessionId' in body
        ? String((body as { sessionId: unknown }).sessionId)
        : null);
    if (sessionId) {
      return storage.getItem(
        WORKSHOP_TOKEN_STORAGE_PREFIX + decodeURIComponent(sessionId),
      );
    }
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (key?.startsWith(WORKSHOP_TOKEN_STORAGE_PREFIX)) {
        return storage.getItem(key);
      }
    }
  } catch {
    // storage blocked
  }
  return null;
}

/** The tab's sessionStorage, or null when the browser blocks it. */
export function workshopTokenStorage(document: Document): Storage | null {
  try {
    return document.defaultView?.sessionStorage ?? null;
  } catch {
    return null;
  }
}

/**
 * Guests have no account: their invitation token goes as `X-Workshop-Token` with every call to
 * the workshop endpoints (`/api/workshop-…`), never elsewhere. Signed-in participants have no
 * token kept and send none.
 */
export const workshopTokenInterceptor: HttpInterceptorFn = (req, next) => {
  if (!req.url.startsWith(WORKSHOP_API)) {
    return next(req);
  }
  const token = workshopTokenFor(
    workshopTokenStorage(inject(DOCUMENT)),
    req.url,
    req.body,
  );
  return next(
    token ? req.clone({ setHeaders: { [WORKSHOP_TOKEN_HEADER]: token } }) : req,
  );
};
