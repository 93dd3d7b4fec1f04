import { Injectable, type Provider, inject } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatPaginatorIntl } from '@angular/material/paginator';
import { TranslocoService } from '@jsverse/transloco';

/** Paginator labels from Transloco, refreshed whenever the language changes. */
@Injectable()
export class TranslocoPaginatorIntl extends MatPaginatorIntl {
  private readonly transloco = inject(TranslocoService);

  constructor() {
    super();
    this.transloco
      .selectTranslation()
      .pipe(takeUntilDestroyed())
      .subscribe(() => {
        this.itemsPerPageLabel = this.transloco.translate(
          'paginator.itemsPerPage',
        );
        this.nextPageLabel = this.transloco.translate('paginator.nextPage');
        this.previousPageLabel = this.transloco.translate(
          'paginator.previousPage',
        );
        this.firstPageLabel = this.transloco.translate('paginator.firstPage');
        this.lastPageLabel = this.transloco.translate('paginator.lastPage');
        this.changes.next();
      });
  }

  override getRangeLabel = (
    page: number,
    pageSize: number,
    length: number,
  ): string => {
    if (length === 0 || pageSize === 0) {
      return this.transloco.translate('paginator.rangeEmpty', { length });
    }
    const start = page * pageSize;
    const end =
      start < length ? Math.min(start + pageSize, length) : start + pageSize;
    return this.transloco.translate('paginator.range', {
      start: start + 1,
      end,
      length,
    });
  };
}

/**
 * Paginator labels from Transloco. Provided by the routes that show a paginator, so the
 * paginator code stays out of the first download.
 */
export function provideTranslocoPaginatorIntl(): Provider {
  return { provide: MatPaginatorIntl, useClass: TranslocoPaginatorIntl };
}
