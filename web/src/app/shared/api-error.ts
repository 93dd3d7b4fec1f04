import { HttpErrorResponse } from '@angular/common/http';
import type { AbstractControl, FormGroup } from '@angular/forms';

/** What went wrong with an API call: the status and the API's messages (`{ message }`). */
export interface ApiProblem {
  /** HTTP status; 0 when the server could not be reached. */
  status: number;
  messages: string[];
}

/** Reads the API's error shape `{ statusCode, message, error }`, where `message` is a string or a list. */
export function apiProblem(error: unknown): ApiProblem {
  if (!(error instanceof HttpErrorResponse)) {
    return { status: -1, messages: [] };
  }
  const body: unknown = error.error;
  const message =
    body && typeof body === 'object' && 'message' in body
      ? (body as { message: unknown }).message
      : undefined;
  const messages = (Array.isArray(message) ? message : [message]).filter(
    (m): m is string => typeof m === 'string' && m.trim() !== '',
  );
  return { status: error.status, messages };
}

/**
 * Translation key for a problem that no field explains. Pages handle the statuses that mean
 * something for them (401 on sign-in, 409 on save) before falling back to this.
 */
export function problemKey(problem: ApiProblem): string {
  switch (problem.status) {
    case 0:
      return 'errors.network';
    case 401:
      return 'errors.signedOut';
    case 403:
      return 'errors.forbidden';
    case 404:
      return 'errors.notFound';
    case 429:
      return 'errors.tooManyRequests';
    case 400:
      return 'errors.invalid';
    default:
      return 'errors.unexpected';
  }
}

/**
 * Puts each API message that names a field ("email must be an email", "testSite.capacity must
 * be a positive number", "each value in careAreas must be …") on that field as a `server` error.
 * Returns the messages that name no field of the form, for a form-level error.
 */
export function applyServerErrors(
  form: FormGroup,
  messages: readonly string[],
): string[] {
  const unplaced: string[] = [];
  for (const message of messages) {
    const control = controlNamedIn(form, message);
    if (control) {
      control.setErrors({ ...control.errors, server: message });
      control.markAsTouched();
    } else {
      unplaced.push(message);
    }
  }
  return unplaced;
}

function controlNamedIn(
  form: FormGroup,
  message: string,
): AbstractControl | null {
  const path =
    /^each value in ([\w.]+)/.exec(message)?.[1] ??
    /^([\w.]+)\s/.exec(message)?.[1];
  if (!path) {
    return null;
  }
  // "careAreas.0 must be …" names an element of a list field: try ever shorter paths.
  const segments = path.split('.');
  for (let n = segments.length; n > 0; n--) {
    const control = form.get(segments.slice(0, n).join('.'));
    if (control && control.enabled && control !== form) {
      return control;
    }
  }
  return null;
}

/** A problem shown above a form: a translation key, its parameters and the API's own words. */
export interface FormProblem {
  key: string;
  params?: Record<string, unknown>;
  /** API messages that name no field (shown as they came, for a 400). */
  details: string[];
}

/**
 * Turns a failed submit into field errors (the API's 400 messages that name a field) and, for
 * whatever is left, a form-level problem. `keys` gives page-specific messages by status
 * (401 on sign-in means a wrong password). Returns null when every message found its field.
 */
export function formProblem(
  form: FormGroup,
  error: unknown,
  keys: Partial<Record<number, string>> = {},
): FormProblem | null {
  const problem = apiProblem(error);
  if (problem.status === 400) {
    const unplaced = applyServerErrors(form, problem.messages);
    if (unplaced.length === 0 && problem.messages.length > 0) {
      return null;
    }
    return { key: keys[400] ?? problemKey(problem), details: unplaced };
  }
  return { key: keys[problem.status] ?? problemKey(problem), details: [] };
}
