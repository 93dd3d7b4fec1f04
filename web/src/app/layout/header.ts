import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink, RouterLinkActive } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { LanguageSwitcher } from './language-switcher';

/** Site header: brand, main navigation and the language switcher. */
@Component({
  selector: 'opi-header',
  imports: [
    MatButtonModule,
    RouterLink,
    RouterLinkActive,
    TranslocoPipe,
    LanguageSwitcher,
  ],
  templateUrl: './header.html',
  styleUrl: './header.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Header {
  protected readonly links = [
    { path: '/', label: 'nav.home', exact: true },
    { path: '/needs', label: 'nav.needs', exact: false },
  ] as const;
}
