import { Pipe, type PipeTransform } from '@angular/core';

/** `{{ 61000 | localNumber: lang() }}` → "61,000", "61.000", "61 000" (no locale data to load). */
@Pipe({ name: 'localNumber' })
export class LocalNumberPipe implements PipeTransform {
  transform(value: number | null | undefined, lang: string): string {
    return value === null || value === undefined
      ? ''
      : new Intl.NumberFormat(lang).format(value);
  }
}
