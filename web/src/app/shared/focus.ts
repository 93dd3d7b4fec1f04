import { type Injector, afterNextRender } from '@angular/core';

/** Fields showing an error (invalid and touched), in the order of the page. */
const FIELD_IN_ERROR = [
  'input.ng-invalid.ng-touched',
  'textarea.ng-invalid.ng-touched',
  'mat-select.ng-invalid.ng-touched',
  'mat-radio-group.ng-invalid.ng-touched input',
].join(', ');

/** After the next render (when the page shows what just changed), focuses what `find` returns. */
export function focusAfterRender(
  injector: Injector,
  find: () => HTMLElement | null | undefined,
): void {
  afterNextRender(() => find()?.focus(), { injector });
}

/**
 * After the next render, moves focus to the first field in error inside `host` (its message is
 * read with it, through `aria-describedby`), or else to `fallback` (a form-level alert).
 */
export function focusFirstProblem(
  host: HTMLElement,
  injector: Injector,
  fallback?: () => HTMLElement | null | undefined,
): void {
  focusAfterRender(
    injector,
    () => host.querySelector<HTMLElement>(FIELD_IN_ERROR) ?? fallback?.(),
  );
}
