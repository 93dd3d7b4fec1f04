import { DOCUMENT } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  untracked,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { apiProblem } from '../shared/api-error';
import {
  rememberWorkshopToken,
  workshopTokenStorage,
} from './workshop-token.interceptor';
import { WorkshopsApiService } from './workshops-api.service';

/**
 * `/workshops/join/:token`: a guest's invitation link. The guest has no account: the page checks
 * the link, keeps its token for this browser tab (sent with every workshop call, see
 * workshopTokenInterceptor) and opens the session's screen in place of the link.
 */
@Component({
  selector: 'opi-workshop-join',
  imports: [MatButtonModule, MatProgressBarModule, TranslocoPipe],
  templateUrl: './workshop-join.html',
  styleUrl: './workshop-join.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class WorkshopJoin {
  /** Route parameter. */
  readonly token = input.required<string>();

  private readonly api = inject(WorkshopsApiService);
  private readonly router = inject(Router);
  private readonly storage = workshopTokenStorage(inject(DOCUMENT));

  protected readonly invitation = rxResource({
    params: () => this.token(),
    stream: ({ params }) => this.api.invitation(params),
  });

  /** A link that is unknown, withdrawn or expired cannot be retried; anything else can. */
  protected readonly invalid = computed(() => {
    const status = apiProblem(this.invitation.error()).status;
    return status === 404 || status === 410 || status === 403;
  });

  constructor() {
    effect(() => {
      if (!this.invitation.hasValue()) {
        return;
      }
      const { sessionId } = this.invitation.value();
      const token = this.token();
      untracked(() => {
        rememberWorkshopToken(this.storage, sessionId, token);
        // The link is not kept in the history: back goes to where the guest came from.
        void this.router.navigate(['/workshops/sessions', sessionId], {
          replaceUrl: true,
        });
      });
    });
  }
}
