import { Pipe, type PipeTransform } from '@angular/core';

/** `{{ iso | localDate: lang() }}` → "24 Nov 2026", "24. nov. 2026", … (no locale data to load). */
@Pipe({ name: 'localDate' })
export class LocalDatePipe implements PipeTransform {
  transform(iso: string | null | undefined, lang: string): string {
    if (!iso) {
      return '';
    }
    const date = new Date(iso);
    return Number.isNaN(date.getTime())
      ? iso
      : new Intl.DateTimeFormat(lang, { dateStyle: 'medium' }).format(date);
  }
}
