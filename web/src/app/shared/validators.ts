import type {
  AbstractControl,
  ValidationErrors,
  ValidatorFn,
} from '@angular/forms';

/**
 * Form rules that mirror the API's validation, so a form the portal accepts is one the API
 * accepts too. Each returns `null` for an empty value: combine with `Validators.required`.
 */

/** The API's longest password (its DTOs' `@MaxLength(200)`). */
export const MAX_PASSWORD_LENGTH = 200;

const isEmpty = (value: unknown) =>
  value === null || value === undefined || value === '';

/** An e-mail address with a domain that has a dot, as the API's `IsEmail` wants ("a@b" is not one). */
export const emailAddress: ValidatorFn = (control) =>
  isEmpty(control.value) ||
  /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)*\.[^\s@.]{2,}$/.test(String(control.value))
    ? null
    : { email: true };

/** ISO 3166-1 alpha-2 in capitals: "DK", "NL". */
export const countryCode: ValidatorFn = (control) =>
  isEmpty(control.value) || /^[A-Z]{2}$/.test(String(control.value))
    ? null
    : { countryCode: true };

/** An absolute http(s) address: "https://example.com". */
export const httpUrl: ValidatorFn = (control) => {
  if (isEmpty(control.value)) {
    return null;
  }
  try {
    const url = new URL(String(control.value).trim());
    return /^https?:$/.test(url.protocol) && url.hostname.includes('.')
      ? null
      : { url: true };
  } catch {
    return { url: true };
  }
};

/** Text whose trimmed length is within bounds (the API trims before it counts). */
export function trimmedLength(min: number, max: number): ValidatorFn {
  return (control) => {
    if (isEmpty(control.value)) {
      return null;
    }
    const length = String(control.value).trim().length;
    if (length < min) {
      return { minlength: { requiredLength: min, actualLength: length } };
    }
    return length > max
      ? { maxlength: { requiredLength: max, actualLength: length } }
      : null;
  };
}

/** A whole number from `min` to `max` (population, beds, test-site capacity). */
export function wholeNumber(min: number, max: number): ValidatorFn {
  return (control) => {
    if (isEmpty(control.value)) {
      return null;
    }
    const value = Number(control.value);
    if (!Number.isInteger(value) || value < min) {
      return { wholeNumber: { min } };
    }
    return value > max ? { tooLarge: { max } } : null;
  };
}

/** A list typed one entry per line: at most `maxLines` entries of at most `maxLength` each. */
export function lines(maxLength: number, maxLines: number): ValidatorFn {
  return (control) => {
    const entries = String(control.value ?? '')
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter((line) => line !== '');
    if (entries.length > maxLines) {
      return { lineCount: { max: maxLines } };
    }
    return entries.some((line) => line.length > maxLength)
      ? { lineLength: { max: maxLength } }
      : null;
  };
}

/** A VAT or CVR number as the API reads it: "DK12345678", "12345678". */
export const vatNumber: ValidatorFn = (control) =>
  isEmpty(control.value) ||
  /^[A-Z]{0,2}[0-9A-Z .-]{4,20}$/.test(String(control.value).trim())
    ? null
    : { vatNumber: true };

/** Group validator: the two named controls hold the same value (a repeated new password). */
export function sameValue(first: string, second: string): ValidatorFn {
  return (group: AbstractControl): ValidationErrors | null => {
    const repeat = group.get(second);
    if (!repeat) {
      return null;
    }
    const errors: ValidationErrors = { ...repeat.errors };
    delete errors['mismatch'];
    if (!isEmpty(repeat.value) && group.get(first)?.value !== repeat.value) {
      errors['mismatch'] = true;
    }
    const next = Object.keys(errors).length ? errors : null;
    if (JSON.stringify(next) !== JSON.stringify(repeat.errors)) {
      repeat.setErrors(next);
    }
    return null;
  };
}
