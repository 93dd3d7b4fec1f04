import { Pipe, type PipeTransform } from '@angular/core';

/**
 * `{{ 61000 | localNumber: lang() }}` → "61,000", "61.000", "61 000" (no locale data to load);
 * `{{ 0.42 | localNumber: lang() : { style: 'percent' } }}` → "42%", "42 %".
 */
@Pipe({ name: 'localNumber' })
export class LocalNumberPipe implements PipeTransform {
  transform(
    value: number | null | undefined,
    lang: string,
    options?: Intl.NumberFormatOptions,
  ): string {
    return value === null || value === undefined
      ? ''
      : new Intl.NumberFormat(lang, options).format(value);
  }
}
