import { CdkCopyToClipboard } from '@angular/cdk/clipboard';
import { DOCUMENT } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  computed,
  inject,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import {
  FormGroupDirective,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import {
  WORKSHOP_SIDES,
  type AddParticipantRequest,
  type WorkshopParticipant,
  type WorkshopSession,
  type WorkshopSide,
} from '@opi/contracts';
import { filter, switchMap } from 'rxjs';
import { LanguageService } from '../i18n/language.service';
import {
  type FormProblem,
  apiProblem,
  formProblem,
  problemKey,
} from '../shared/api-error';
import { confirmWith } from '../shared/confirm-dialog';
import { fieldError } from '../shared/field-error';
import { focusAfterRender, focusFirstProblem } from '../shared/focus';
import { FormAlert } from '../shared/form-alert';
import { SIDE_KEYS } from './workshop-labels';
import { WorkshopsApiService } from './workshops-api.service';

/** A guest just added, with the invitation link to pass on (shown this once). */
interface GuestLink {
  name: string;
  link: string;
}

/**
 * Participants of the session (facilitators): who takes part for which side, with their
 * answers from the empathy round; add a portal member or a guest (who joins by a link shown
 * once), or remove someone.
 */
@Component({
  selector: 'opi-session-participants',
  imports: [
    CdkCopyToClipboard,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatRadioModule,
    MatSelectModule,
    ReactiveFormsModule,
    TranslocoPipe,
    FormAlert,
  ],
  templateUrl: './session-participants.html',
  styleUrl: './session-participants.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SessionParticipants {
  readonly session = input.required<WorkshopSession>();
  readonly changed = output<void>();

  private readonly api = inject(WorkshopsApiService);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);
  private readonly document = inject(DOCUMENT);
  private readonly host: HTMLElement = inject(ElementRef).nativeElement;
  private readonly injector = inject(Injector);
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly lang = inject(LanguageService).current;

  protected readonly fieldError = fieldError;
  protected readonly sideKeys = SIDE_KEYS;
  protected readonly sides = WORKSHOP_SIDES.map((side) => ({
    side,
    key: SIDE_KEYS[side],
  }));

  /** By side, then by name. */
  protected readonly participants = computed(() =>
    [...this.session().participants].sort(
      (a, b) =>
        WORKSHOP_SIDES.indexOf(a.side) - WORKSHOP_SIDES.indexOf(b.side) ||
        a.name.localeCompare(b.name, this.lang()),
    ),
  );

  protected readonly form = this.fb.group({
    guest: [false],
    email: ['', [Validators.required, Validators.email]],
    name: [''],
    side: this.fb.control<WorkshopSide | ''>('', Validators.required),
    organisationName: [''],
  });
  private readonly formDirective = viewChild(FormGroupDirective);
  protected readonly adding = signal(false);
  protected readonly problem = signal<FormProblem | null>(null);
  protected readonly guest = signal(false);
  /** The link of the guest just added; gone once dismissed or when someone else is added. */
  protected readonly guestLink = signal<GuestLink | null>(null);
  protected readonly copied = signal(false);
  protected readonly removing = signal<string | null>(null);

  constructor() {
    // A guest needs a name (a member's comes from their account).
    this.form.controls.guest.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe((guest) => {
        this.guest.set(guest);
        const name = this.form.controls.name;
        name.setValidators(guest ? Validators.required : []);
        name.updateValueAndValidity();
      });
  }

  protected add(): void {
    if (this.adding()) {
      return;
    }
    this.problem.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.focusProblem();
      return;
    }
    const value = this.form.getRawValue();
    if (!value.side) {
      return;
    }
    const request: AddParticipantRequest = {
      email: value.email.trim(),
      side: value.side,
      ...(value.guest ? { guest: true, name: value.name.trim() } : {}),
      ...(value.organisationName.trim()
        ? { organisationName: value.organisationName.trim() }
        : {}),
    };
    this.adding.set(true);
    this.guestLink.set(null);
    this.copied.set(false);
    this.api.addParticipant(this.session().id, request).subscribe({
      next: ({ participant, invitationToken }) => {
        this.adding.set(false);
        this.formDirective()?.resetForm({
          guest: value.guest,
          email: '',
          name: '',
          side: '',
          organisationName: '',
        });
        if (invitationToken) {
          this.guestLink.set({
            name: participant.name,
            link: `${this.document.location?.origin ?? ''}/workshops/join/${encodeURIComponent(invitationToken)}`,
          });
          focusAfterRender(this.injector, () =>
            this.host.querySelector<HTMLElement>('.guest-link input'),
          );
        } else {
          this.snackBar.open(
            this.transloco.translate('workshops.session.participants.added', {
              name: participant.name,
            }),
            undefined,
            { duration: 5000 },
          );
        }
        this.changed.emit();
      },
      error: (error: unknown) => {
        this.adding.set(false);
        this.problem.set(
          formProblem(this.form, error, {
            404: 'workshops.session.participants.noSuchUser',
            409: 'workshops.session.participants.already',
          }),
        );
        this.focusProblem();
      },
    });
  }

  /** The link has been passed on: it is not shown again. */
  protected dismissLink(): void {
    this.guestLink.set(null);
    this.copied.set(false);
    focusAfterRender(this.injector, () =>
      this.host.querySelector<HTMLElement>('.participants__add input'),
    );
  }

  protected remove(participant: WorkshopParticipant): void {
    if (this.removing()) {
      return;
    }
    confirmWith(this.dialog, {
      title: 'workshops.session.participants.removeTitle',
      text: 'workshops.session.participants.removeText',
      confirm: 'workshops.session.participants.remove',
      params: { name: participant.name },
    })
      .pipe(
        filter(Boolean),
        switchMap(() => {
          this.removing.set(participant.id);
          return this.api.removeParticipant(this.session().id, participant.id);
        }),
      )
      .subscribe({
        next: () => {
          this.removing.set(null);
          this.snackBar.open(
            this.transloco.translate('workshops.session.participants.removed', {
              name: participant.name,
            }),
            undefined,
            { duration: 5000 },
          );
          this.changed.emit();
          focusAfterRender(this.injector, () =>
            this.host.querySelector<HTMLElement>(
              '#session-participants-heading',
            ),
          );
        },
        error: (error: unknown) => {
          this.removing.set(null);
          this.snackBar.open(
            this.transloco.translate(problemKey(apiProblem(error))),
            undefined,
            { duration: 8000 },
          );
        },
      });
  }

  private focusProblem(): void {
    const form =
      this.host.querySelector<HTMLElement>('.participants__add') ?? this.host;
    focusFirstProblem(form, this.injector, () =>
      form.querySelector<HTMLElement>('opi-form-alert'),
    );
  }
}
