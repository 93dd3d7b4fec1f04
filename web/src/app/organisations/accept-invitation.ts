import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  computed,
  inject,
  input,
  signal,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { catchError, map, of, switchMap } from 'rxjs';
import { AuthService } from '../auth/auth.service';
import { LanguageService } from '../i18n/language.service';
import { type FormProblem, apiProblem, problemKey } from '../shared/api-error';
import { focusAfterRender } from '../shared/focus';
import { FormAlert } from '../shared/form-alert';
import { LocalDatePipe } from '../shared/local-date.pipe';
import { MembershipsApiService } from './memberships-api.service';

/**
 * `/invitations/:token`: the page an invitation link opens. A signed-out reader signs in (or
 * signs up) with the invited address and comes back here; then one click joins.
 */
@Component({
  selector: 'opi-accept-invitation',
  imports: [
    MatButtonModule,
    MatProgressBarModule,
    RouterLink,
    TranslocoPipe,
    FormAlert,
    LocalDatePipe,
  ],
  templateUrl: './accept-invitation.html',
  styles: `
    .invitation-page__actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75rem;
      margin: 1.5rem 0 1rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AcceptInvitation {
  /** Route parameter. */
  readonly token = input.required<string>();

  private readonly api = inject(MembershipsApiService);
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);
  private readonly host: HTMLElement = inject(ElementRef).nativeElement;
  private readonly injector = inject(Injector);
  protected readonly lang = inject(LanguageService).current;
  protected readonly signedIn = this.auth.signedIn;

  protected readonly invitation = rxResource({
    params: () => this.token(),
    stream: ({ params }) => this.api.invitation(params),
  });
  protected readonly accepting = signal(false);
  protected readonly problem = signal<FormProblem | null>(null);

  /** Sign-in and sign-up come back here. */
  protected readonly returnTo = computed(() => ({
    returnUrl: `/invitations/${encodeURIComponent(this.token())}`,
  }));
  /** The signed-in address, when it is not the invited one (the API would refuse). */
  protected readonly otherAccount = computed(() => {
    const me = this.auth.currentUser();
    if (!me || !this.invitation.hasValue()) {
      return null;
    }
    const invited = this.invitation.value().email;
    return me.email.toLowerCase() === invited.toLowerCase() ? null : me.email;
  });
  protected readonly loadErrorKey = computed(() => {
    const status = apiProblem(this.invitation.error()).status;
    return status === 404 || status === 410
      ? 'invitation.invalid'
      : 'invitation.loadError';
  });

  protected accept(): void {
    if (this.accepting()) {
      return;
    }
    this.problem.set(null);
    this.accepting.set(true);
    this.api
      .accept(this.token())
      .pipe(
        switchMap((membership) =>
          this.auth.refresh().pipe(
            map(() => membership),
            catchError(() => of(membership)),
          ),
        ),
      )
      .subscribe({
        next: (membership) => {
          this.accepting.set(false);
          this.snackBar.open(
            this.transloco.translate('invitation.accepted', {
              organisation: membership.name,
            }),
            undefined,
            { duration: 5000 },
          );
          void this.router.navigate([
            '/organisations',
            membership.organisationId,
          ]);
        },
        error: (error: unknown) => {
          this.accepting.set(false);
          const problem = apiProblem(error);
          const keys: Partial<Record<number, string>> = {
            403: 'invitation.wrongAccount',
            404: 'invitation.invalid',
            409: 'invitation.alreadyMember',
            410: 'invitation.invalid',
          };
          this.problem.set({
            key: keys[problem.status] ?? problemKey(problem),
            details: [],
          });
          focusAfterRender(this.injector, () =>
            this.host.querySelector<HTMLElement>('opi-form-alert'),
          );
        },
      });
  }

  protected signOut(): void {
    this.auth.logout().subscribe();
  }
}
