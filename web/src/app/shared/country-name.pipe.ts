import { Pipe, type PipeTransform } from '@angular/core';

/** `{{ 'DK' | countryName: lang() }}` → "Denmark", "Danmark", "Denemarken", "Danemark". */
@Pipe({ name: 'countryName' })
export class CountryNamePipe implements PipeTransform {
  transform(code: string | null | undefined, lang: string): string {
    if (!code) {
      return '';
    }
    try {
      return (
        new Intl.DisplayNames([lang], { type: 'region' }).of(
          code.toUpperCase(),
        ) ?? code
      );
    } catch {
      return code; // not an ISO 3166 code
    }
  }
}
