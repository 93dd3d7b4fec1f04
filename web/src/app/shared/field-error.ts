import type { AbstractControl } from '@angular/forms';

/** A field's first error as a translation key and its parameters. */
export interface FieldError {
  key: string;
  params: Record<string, unknown>;
}

/**
 * The message to show under a field: `@if (fieldError(control); as e) { <mat-error>{{ e.key |
 * transloco: e.params }}</mat-error> }`. Errors the API sent back (`server`) show its words.
 */
export function fieldError(
  control: AbstractControl | null | undefined,
): FieldError | null {
  const errors = control?.errors;
  if (!errors) {
    return null;
  }
  if (errors['required']) {
    return { key: 'form.errors.required', params: {} };
  }
  if (errors['email']) {
    return { key: 'form.errors.email', params: {} };
  }
  if (errors['minlength']) {
    return {
      key: 'form.errors.minLength',
      params: { min: errors['minlength'].requiredLength },
    };
  }
  if (errors['maxlength']) {
    return {
      key: 'form.errors.maxLength',
      params: { max: errors['maxlength'].requiredLength },
    };
  }
  if (errors['countryCode']) {
    return { key: 'form.errors.countryCode', params: {} };
  }
  if (errors['url']) {
    return { key: 'form.errors.url', params: {} };
  }
  if (errors['wholeNumber']) {
    return {
      key: 'form.errors.wholeNumber',
      params: { min: errors['wholeNumber'].min },
    };
  }
  if (errors['tooLarge']) {
    return {
      key: 'form.errors.tooLarge',
      params: { max: errors['tooLarge'].max },
    };
  }
  if (errors['lineCount']) {
    return {
      key: 'form.errors.lineCount',
      params: { max: errors['lineCount'].max },
    };
  }
  if (errors['lineLength']) {
    return {
      key: 'form.errors.lineLength',
      params: { max: errors['lineLength'].max },
    };
  }
  if (errors['vatNumber']) {
    return { key: 'form.errors.vatNumber', params: {} };
  }
  if (errors['mismatch']) {
    return { key: 'form.errors.mismatch', params: {} };
  }
  if (typeof errors['message'] === 'string') {
    // A page-specific message set on the field, as a translation key ("auth.signup.emailTaken").
    return { key: errors['message'], params: {} };
  }
  if (errors['server']) {
    return { key: 'form.errors.server', params: { message: errors['server'] } };
  }
  return { key: 'form.errors.invalid', params: {} };
}
