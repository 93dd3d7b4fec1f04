import { Injectable, type Provider, inject } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatDatepickerIntl } from '@angular/material/datepicker';
import { TranslocoService } from '@jsverse/transloco';

/** The date picker's button and calendar labels from Transloco, refreshed with the language. */
@Injectable()
export class TranslocoDatepickerIntl extends MatDatepickerIntl {
  private readonly transloco = inject(TranslocoService);

  constructor() {
    super();
    this.transloco
      .selectTranslation()
      .pipe(takeUntilDestroyed())
      .subscribe(() => {
        const t = (key: string) => this.transloco.translate(key);
        this.calendarLabel = t('editing.datepicker.calendar');
        this.openCalendarLabel = t('editing.datepicker.open');
        this.closeCalendarLabel = t('editing.datepicker.close');
        this.prevMonthLabel = t('editing.datepicker.previousMonth');
        this.nextMonthLabel = t('editing.datepicker.nextMonth');
        this.prevYearLabel = t('editing.datepicker.previousYear');
        this.nextYearLabel = t('editing.datepicker.nextYear');
        this.prevMultiYearLabel = t('editing.datepicker.previousYears');
        this.nextMultiYearLabel = t('editing.datepicker.nextYears');
        this.switchToMonthViewLabel = t('editing.datepicker.chooseDate');
        this.switchToMultiYearViewLabel = t('editing.datepicker.chooseYear');
        this.changes.next();
      });
  }

  override formatYearRangeLabel(start: string, end: string): string {
    return this.transloco.translate('editing.datepicker.yearRange', {
      start,
      end,
    });
  }
}

/** For a component's or route's providers. */
export function provideTranslocoDatepickerIntl(): Provider {
  return { provide: MatDatepickerIntl, useClass: TranslocoDatepickerIntl };
}
