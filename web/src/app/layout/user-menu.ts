import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatMenuModule } from '@angular/material/menu';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { AuthService } from '../auth/auth.service';
import { requiresSignIn } from '../auth/signed-in.guard';
import { canImport } from '../dataset-import/import-roles';

/**
 * The signed-in user's menu in the header: my organisations, needs and offerings, the dataset
 * import (cluster managers and admins), account, sign out.
 */
@Component({
  selector: 'opi-user-menu',
  imports: [MatButtonModule, MatMenuModule, RouterLink, TranslocoPipe],
  templateUrl: './user-menu.html',
  styleUrl: './user-menu.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UserMenu {
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);

  /** The user's name, once `/api/me` has answered (the button says "Account" until then). */
  protected readonly userName = computed(
    () => this.auth.currentUser()?.name ?? '',
  );
  /** Cluster managers and admins import datasets. */
  protected readonly canImport = computed(() =>
    canImport(this.auth.currentUser()),
  );

  /** Signs out; a page for signed-in users is left for the home page. */
  protected signOut(): void {
    this.auth.logout().subscribe(() => {
      if (requiresSignIn(this.router.routerState.snapshot.root)) {
        void this.router.navigateByUrl('/');
      }
    });
  }
}
