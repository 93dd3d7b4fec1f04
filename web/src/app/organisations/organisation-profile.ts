import { DOCUMENT } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  computed,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { CdkCopyToClipboard } from '@angular/cdk/clipboard';
import {
  FormGroupDirective,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatChipsModule } from '@angular/material/chips';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import type {
  MembershipRole,
  Organisation,
  OrganisationMember,
} from '@opi/contracts';
import { catchError, filter, of, switchMap } from 'rxjs';
import { AuthService } from '../auth/auth.service';
import { LanguageService } from '../i18n/language.service';
import { type FormProblem, apiProblem, formProblem } from '../shared/api-error';
import { confirmWith } from '../shared/confirm-dialog';
import { CountryNamePipe } from '../shared/country-name.pipe';
import { fieldError } from '../shared/field-error';
import { focusAfterRender, focusFirstProblem } from '../shared/focus';
import { FormAlert } from '../shared/form-alert';
import { LocalDatePipe } from '../shared/local-date.pipe';
import { LocalNumberPipe } from '../shared/local-number.pipe';
import { TaxonomyLabelPipe } from '../shared/taxonomy-label.pipe';
import { emailAddress } from '../shared/validators';
import { MembershipsApiService } from './memberships-api.service';
import { OrganisationFacts } from './organisation-facts';
import { MEMBERSHIP_ROLE_KEYS, STATUS_KEYS } from './organisation-labels';
import { OrganisationsApiService } from './organisations-api.service';

/** An invitation just created, with the link to pass on. */
interface SentInvitation {
  email: string;
  expiresAt: string;
  link: string;
}

/**
 * `/organisations/:id`: an organisation's profile. Its members also see the member list and
 * can edit or leave; owners invite (the page shows the link to send) and remove members.
 */
@Component({
  selector: 'opi-organisation-profile',
  imports: [
    CdkCopyToClipboard,
    MatButtonModule,
    MatChipsModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    ReactiveFormsModule,
    RouterLink,
    TranslocoPipe,
    FormAlert,
    LocalDatePipe,
    LocalNumberPipe,
    OrganisationFacts,
    TaxonomyLabelPipe,
  ],
  templateUrl: './organisation-profile.html',
  styleUrl: './organisation-profile.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OrganisationProfile {
  /** Route parameter. */
  readonly id = input.required<string>();

  private readonly api = inject(OrganisationsApiService);
  private readonly membershipsApi = inject(MembershipsApiService);
  private readonly auth = inject(AuthService);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);
  private readonly router = inject(Router);
  private readonly document = inject(DOCUMENT);
  private readonly host: HTMLElement = inject(ElementRef).nativeElement;
  private readonly injector = inject(Injector);
  private readonly countryName = new CountryNamePipe();
  protected readonly lang = inject(LanguageService).current;
  protected readonly fieldError = fieldError;
  protected readonly roleKeys = MEMBERSHIP_ROLE_KEYS;

  protected readonly organisation = rxResource({
    params: () => this.id(),
    stream: ({ params }) => this.api.get(params),
  });

  protected readonly myId = computed(() => this.auth.currentUser()?.id ?? null);
  /** The signed-in user's membership of this organisation, if any. */
  protected readonly membership = computed(
    () =>
      this.auth
        .currentUser()
        ?.memberships.find((m) => m.organisationId === this.id()) ?? null,
  );
  protected readonly members = rxResource({
    params: () => (this.membership() ? this.id() : undefined),
    stream: ({ params }) => this.membershipsApi.members(params),
  });

  protected readonly actionProblem = signal<FormProblem | null>(null);
  protected readonly inviteForm = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, emailAddress]],
  });
  private readonly inviteFormDirective = viewChild(FormGroupDirective);
  protected readonly inviting = signal(false);
  protected readonly inviteProblem = signal<FormProblem | null>(null);
  protected readonly invitation = signal<SentInvitation | null>(null);
  protected readonly copied = signal(false);

  protected readonly place = computed(() => {
    if (!this.organisation.hasValue()) {
      return '';
    }
    const o = this.organisation.value();
    return [
      o.city,
      o.region,
      this.countryName.transform(o.country, this.lang()),
    ]
      .filter((part) => !!part)
      .join(', ');
  });
  protected readonly statusKey = computed(() =>
    this.organisation.hasValue()
      ? STATUS_KEYS[this.organisation.value().status]
      : STATUS_KEYS.draft,
  );
  protected readonly offeredSite = computed(() => {
    const site = this.organisation.hasValue()
      ? this.organisation.value().testSite
      : null;
    return site?.offered ? site : null;
  });
  protected readonly loadError = computed(() => {
    const status = apiProblem(this.organisation.error()).status;
    return status === 404 || status === 403
      ? {
          heading: 'organisationProfile.notFound.heading',
          text: 'organisationProfile.notFound.text',
          retry: false,
        }
      : {
          heading: 'organisationProfile.loadError.heading',
          text: 'organisationProfile.loadError.text',
          retry: true,
        };
  });

  protected remove(
    organisation: Organisation,
    member: OrganisationMember,
  ): void {
    this.actionProblem.set(null);
    confirmWith(this.dialog, {
      title: 'organisationProfile.members.removeTitle',
      text: 'organisationProfile.members.removeText',
      confirm: 'organisationProfile.members.remove',
      params: { name: member.name, organisation: organisation.name },
    })
      .pipe(
        filter((confirmed) => confirmed),
        switchMap(() =>
          this.membershipsApi.remove(organisation.id, member.userId),
        ),
      )
      .subscribe({
        next: () => {
          this.snackBar.open(
            this.transloco.translate('organisationProfile.members.removed', {
              name: member.name,
            }),
            undefined,
            { duration: 5000 },
          );
          this.members.reload();
        },
        error: (error: unknown) => this.showActionProblem(error),
      });
  }

  protected leave(organisation: Organisation, role: MembershipRole): void {
    const me = this.myId();
    if (!me) {
      return;
    }
    this.actionProblem.set(null);
    confirmWith(this.dialog, {
      title: 'organisationProfile.members.leaveTitle',
      text:
        role === 'owner'
          ? 'organisationProfile.members.leaveTextOwner'
          : 'organisationProfile.members.leaveText',
      confirm: 'organisationProfile.members.leave',
      params: { organisation: organisation.name },
    })
      .pipe(
        filter((confirmed) => confirmed),
        switchMap(() => this.membershipsApi.remove(organisation.id, me)),
        switchMap(() => this.auth.refresh().pipe(catchError(() => of(null)))),
      )
      .subscribe({
        next: () => {
          this.snackBar.open(
            this.transloco.translate('organisationProfile.members.left', {
              organisation: organisation.name,
            }),
            undefined,
            { duration: 5000 },
          );
          void this.router.navigateByUrl('/my/organisations');
        },
        error: (error: unknown) => this.showActionProblem(error),
      });
  }

  protected invite(organisation: Organisation): void {
    if (this.inviting()) {
      return;
    }
    this.inviteProblem.set(null);
    if (this.inviteForm.invalid) {
      this.inviteForm.markAllAsTouched();
      this.focusProblem('.invite');
      return;
    }
    this.inviting.set(true);
    this.copied.set(false);
    const email = this.inviteForm.getRawValue().email.trim();
    this.membershipsApi.invite(organisation.id, email).subscribe({
      next: (invitation) => {
        this.inviting.set(false);
        this.invitation.set({
          email: invitation.email,
          expiresAt: invitation.expiresAt,
          link: this.absolute(invitation.acceptUrl ?? ''),
        });
        // Also forgets the submit, so the emptied field does not show "required".
        this.inviteFormDirective()?.resetForm();
      },
      error: (error: unknown) => {
        this.inviting.set(false);
        this.inviteProblem.set(
          formProblem(this.inviteForm, error, {
            409: 'organisationProfile.invite.conflict',
            403: 'organisationProfile.invite.forbidden',
          }),
        );
        this.focusProblem('.invite');
      },
    });
  }

  private showActionProblem(error: unknown): void {
    const problem = apiProblem(error);
    this.actionProblem.set({
      key:
        problem.status === 409
          ? 'organisationProfile.members.lastOwner'
          : problem.status === 403
            ? 'organisationProfile.members.forbidden'
            : 'organisationProfile.members.actionError',
      details: [],
    });
    focusAfterRender(this.injector, () =>
      this.host.querySelector<HTMLElement>('.profile__section opi-form-alert'),
    );
  }

  private focusProblem(within: string): void {
    const form = this.host.querySelector<HTMLElement>(within) ?? this.host;
    focusFirstProblem(form, this.injector, () =>
      form.querySelector<HTMLElement>('opi-form-alert'),
    );
  }

  /** The API may answer with a path: make it a link that works when pasted anywhere. */
  private absolute(url: string): string {
    return url.startsWith('/')
      ? `${this.document.location?.origin ?? ''}${url}`
      : url;
  }
}
