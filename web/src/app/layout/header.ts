import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import {
  NavigationEnd,
  Router,
  RouterLink,
  RouterLinkActive,
} from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { filter, map } from 'rxjs';
import { AuthService } from '../auth/auth.service';
import { BROKER_ROLES } from '../partnerships/partnership-labels';
import { LanguageSwitcher } from './language-switcher';
import { NotificationBell } from './notification-bell';
import { UserMenu } from './user-menu';

interface NavLink {
  path: string;
  label: string;
  exact: boolean;
}

const PUBLIC_LINKS: readonly NavLink[] = [
  { path: '/', label: 'nav.home', exact: true },
  { path: '/needs', label: 'nav.needs', exact: false },
  { path: '/offerings', label: 'offerings.navLink', exact: false },
  { path: '/organisations', label: 'nav.organisations', exact: false },
  { path: '/guide', label: 'nav.guide', exact: false },
];

const SIGNED_IN_LINKS: readonly NavLink[] = [
  { path: '/partnerships', label: 'partnerships.nav', exact: false },
  { path: '/workshops', label: 'workshops.common.nav', exact: false },
];

/** For cluster managers and admins only. */
const BROKER_LINKS: readonly NavLink[] = [
  { path: '/dashboard', label: 'dashboard.nav', exact: false },
];

/** Pages that make no sense to come back to after signing in. */
const NO_RETURN = /^\/(login|signup)\b/;

/**
 * Site header: brand, main navigation, the language switcher and the account area ("Sign in"
 * and "Sign up", or the signed-in user's notification bell and menu).
 */
@Component({
  selector: 'opi-header',
  imports: [
    MatButtonModule,
    RouterLink,
    RouterLinkActive,
    TranslocoPipe,
    LanguageSwitcher,
    NotificationBell,
    UserMenu,
  ],
  templateUrl: './header.html',
  styleUrl: './header.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Header {
  private readonly router = inject(Router);

  private readonly auth = inject(AuthService);
  protected readonly signedIn = this.auth.signedIn;

  /**
   * The main navigation; the partnerships and workshops are for signed-in users only, the
   * dashboard for cluster managers and admins.
   */
  protected readonly links = computed(() => {
    const role = this.auth.currentUser()?.role;
    return [
      ...PUBLIC_LINKS,
      ...(this.signedIn() ? SIGNED_IN_LINKS : []),
      ...(this.signedIn() && role && BROKER_ROLES.includes(role)
        ? BROKER_LINKS
        : []),
    ];
  });

  private readonly url = toSignal(
    this.router.events.pipe(
      filter((event) => event instanceof NavigationEnd),
      map((event) => event.urlAfterRedirects),
    ),
    { initialValue: this.router.url },
  );
  /** "Sign in" brings the reader back to the page they were on. */
  protected readonly returnTo = computed(() => {
    const url = this.url();
    return url === '/' || NO_RETURN.test(url) ? {} : { returnUrl: url };
  });
}
