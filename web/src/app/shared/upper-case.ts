import type { AbstractControl } from '@angular/forms';

/**
 * `(input)="keepUpperCase(control, $event)"`: keeps a code field (a country code) in capitals
 * while the reader types, leaving the caret where it was.
 */
export function keepUpperCase(
  control: AbstractControl<string | null>,
  event: Event,
): void {
  const input = event.target as HTMLInputElement;
  const upper = input.value.toUpperCase();
  if (upper !== input.value) {
    const { selectionStart, selectionEnd } = input;
    control.setValue(upper);
    input.value = upper;
    input.setSelectionRange?.(selectionStart, selectionEnd);
  }
}
