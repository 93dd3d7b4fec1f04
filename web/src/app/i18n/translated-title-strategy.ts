import { Injectable, inject } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { Title } from '@angular/platform-browser';
import { type RouterStateSnapshot, TitleStrategy } from '@angular/router';
import { TranslocoService } from '@jsverse/transloco';
import { BehaviorSubject, combineLatest } from 'rxjs';

/**
 * Routes carry a translation key as `title` (`title: 'needs.documentTitle'`); the document title
 * becomes "<page> · <brand>" in the active language and follows language changes.
 */
@Injectable()
export class TranslatedTitleStrategy extends TitleStrategy {
  private readonly transloco = inject(TranslocoService);
  private readonly title = inject(Title);
  private readonly pageKey = new BehaviorSubject<string | undefined>(undefined);

  constructor() {
    super();
    combineLatest([this.pageKey, this.transloco.selectTranslation()])
      .pipe(takeUntilDestroyed())
      .subscribe(([key]) => {
        const brand = this.transloco.translate('app.brand');
        this.title.setTitle(
          key
            ? this.transloco.translate('app.documentTitle', {
                page: this.transloco.translate(key),
                brand,
              })
            : brand,
        );
      });
  }

  override updateTitle(snapshot: RouterStateSnapshot): void {
    this.pageKey.next(this.buildTitle(snapshot));
  }
}
