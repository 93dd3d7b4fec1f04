import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatMenuModule } from '@angular/material/menu';
import { TranslocoPipe } from '@jsverse/transloco';
import { LanguageService } from '../i18n/language.service';
import type { AppLanguage } from '../i18n/languages';

/**
 * Language picker shown in the header of every page: a menu button (lighter than a select in
 * the first download) whose items are radio items, each language named in itself.
 */
@Component({
  selector: 'opi-language-switcher',
  imports: [MatButtonModule, MatMenuModule, TranslocoPipe],
  templateUrl: './language-switcher.html',
  styleUrl: './language-switcher.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LanguageSwitcher {
  private readonly language = inject(LanguageService);

  /** Each language named in itself, so readers find their own whatever the current language. */
  protected readonly options: readonly { code: AppLanguage; name: string }[] = [
    { code: 'en', name: 'language.names.en' },
    { code: 'da', name: 'language.names.da' },
    { code: 'nl', name: 'language.names.nl' },
    { code: 'fr', name: 'language.names.fr' },
  ];

  protected readonly current = computed(
    () =>
      this.options.find((o) => o.code === this.language.current()) ??
      this.options[0],
  );

  protected choose(lang: AppLanguage): void {
    this.language.use(lang);
  }
}
