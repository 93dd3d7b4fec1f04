import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { AuthService } from '../auth/auth.service';
import { LanguageService } from '../i18n/language.service';
import { TaxonomyLabelPipe } from '../shared/taxonomy-label.pipe';
import { MEMBERSHIP_ROLE_KEYS, STATUS_KEYS } from './organisation-labels';

/** `/my/organisations`: the organisations the signed-in user belongs to, and a way to add one. */
@Component({
  selector: 'opi-my-organisations',
  imports: [
    MatButtonModule,
    MatCardModule,
    MatProgressBarModule,
    RouterLink,
    TranslocoPipe,
    TaxonomyLabelPipe,
  ],
  templateUrl: './my-organisations.html',
  styles: `
    .mine__intro {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-start;
      justify-content: space-between;
      gap: 0 1.5rem;
    }

    .mine__create {
      margin-bottom: 1.5rem;
    }

    .mine__card {
      height: 100%;
    }

    .mine__name {
      margin: 0;
      font: var(--mat-sys-title-medium);
      overflow-wrap: anywhere;
    }

    .mine__facts {
      display: grid;
      grid-template-columns: auto 1fr;
      gap: 0.25rem 0.75rem;
      margin: 0.75rem 0 0;

      dt {
        font-weight: 600;
      }

      dd {
        margin: 0;
      }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MyOrganisations {
  private readonly auth = inject(AuthService);
  protected readonly lang = inject(LanguageService).current;
  protected readonly statusKeys = STATUS_KEYS;
  protected readonly roleKeys = MEMBERSHIP_ROLE_KEYS;

  /** Fresh from the API: memberships change when others invite or remove the user. */
  protected readonly me = rxResource({ stream: () => this.auth.refresh() });
}
