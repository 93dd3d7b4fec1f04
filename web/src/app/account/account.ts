import { DOCUMENT } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
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
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { MIN_PASSWORD_LENGTH, type PersonalDataExport } from '@opi/contracts';
import { filter, switchMap } from 'rxjs';
import { AuthService } from '../auth/auth.service';
import { ROLE_KEYS } from '../auth/role-keys';
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
import { LocalDatePipe } from '../shared/local-date.pipe';
import { MAX_PASSWORD_LENGTH, sameValue } from '../shared/validators';
import { AccountApiService } from './account-api.service';

/**
 * `/account`: who I am, change my password, sign out, download my data, delete my account.
 */
@Component({
  selector: 'opi-account',
  imports: [
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    ReactiveFormsModule,
    TranslocoPipe,
    FormAlert,
    LocalDatePipe,
  ],
  templateUrl: './account.html',
  styleUrl: './account.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Account {
  private readonly auth = inject(AuthService);
  private readonly api = inject(AccountApiService);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);
  private readonly router = inject(Router);
  private readonly document = inject(DOCUMENT);
  private readonly host: HTMLElement = inject(ElementRef).nativeElement;
  private readonly injector = inject(Injector);
  protected readonly lang = inject(LanguageService).current;
  protected readonly roleKeys = ROLE_KEYS;
  protected readonly fieldError = fieldError;
  protected readonly minPasswordLength = MIN_PASSWORD_LENGTH;

  protected readonly me = rxResource({ stream: () => this.auth.refresh() });

  protected readonly passwordForm = inject(NonNullableFormBuilder).group(
    {
      currentPassword: ['', Validators.required],
      newPassword: [
        '',
        [
          Validators.required,
          Validators.minLength(MIN_PASSWORD_LENGTH),
          Validators.maxLength(MAX_PASSWORD_LENGTH),
        ],
      ],
      repeatPassword: ['', Validators.required],
    },
    { validators: sameValue('newPassword', 'repeatPassword') },
  );
  private readonly passwordFormDirective =
    viewChild.required(FormGroupDirective);
  protected readonly changingPassword = signal(false);
  protected readonly passwordProblem = signal<FormProblem | null>(null);
  protected readonly passwordChanged = signal(false);
  protected readonly exporting = signal(false);
  protected readonly exportProblem = signal<FormProblem | null>(null);
  protected readonly deleteProblem = signal<FormProblem | null>(null);

  protected signOut(): void {
    this.auth.logout().subscribe(() => void this.router.navigateByUrl('/'));
  }

  protected changePassword(): void {
    if (this.changingPassword()) {
      return;
    }
    this.passwordProblem.set(null);
    this.passwordChanged.set(false);
    const form = this.passwordForm;
    const section = this.host.querySelector<HTMLElement>('.account__form');
    if (form.invalid) {
      form.markAllAsTouched();
      focusFirstProblem(section ?? this.host, this.injector);
      return;
    }
    this.changingPassword.set(true);
    const { currentPassword, newPassword } = form.getRawValue();
    this.auth.changePassword({ currentPassword, newPassword }).subscribe({
      next: () => {
        this.changingPassword.set(false);
        // Also forgets the submit, so the emptied fields do not show "required".
        this.passwordFormDirective().resetForm();
        this.passwordChanged.set(true);
      },
      error: (error: unknown) => {
        this.changingPassword.set(false);
        const status = apiProblem(error).status;
        if (status === 401 || status === 403) {
          // The API's answer to a wrong current password.
          form.controls.currentPassword.setErrors({
            message: 'account.password.wrongCurrent',
          });
          form.controls.currentPassword.markAsTouched();
        } else {
          this.passwordProblem.set(formProblem(form, error));
        }
        focusFirstProblem(section ?? this.host, this.injector, () =>
          section?.querySelector<HTMLElement>('opi-form-alert'),
        );
      },
    });
  }

  protected downloadData(): void {
    if (this.exporting()) {
      return;
    }
    this.exporting.set(true);
    this.exportProblem.set(null);
    this.api.exportData().subscribe({
      next: (data) => {
        this.exporting.set(false);
        this.saveAsFile(data);
      },
      error: (error: unknown) => {
        this.exporting.set(false);
        this.exportProblem.set({
          key: problemKey(apiProblem(error)),
          details: [],
        });
      },
    });
  }

  protected deleteAccount(): void {
    this.deleteProblem.set(null);
    confirmWith(this.dialog, {
      title: 'account.delete.confirmTitle',
      text: 'account.delete.confirmText',
      confirm: 'account.delete.confirm',
    })
      .pipe(
        filter((confirmed) => confirmed),
        switchMap(() => this.api.deleteAccount()),
      )
      .subscribe({
        next: () => {
          this.auth.clear();
          this.snackBar.open(
            this.transloco.translate('account.delete.done'),
            undefined,
            { duration: 8000 },
          );
          void this.router.navigateByUrl('/');
        },
        error: (error: unknown) => {
          const problem = apiProblem(error);
          this.deleteProblem.set({
            key:
              problem.status === 409
                ? 'account.delete.conflict'
                : problemKey(problem),
            details: problem.status === 409 ? problem.messages : [],
          });
          focusAfterRender(this.injector, () =>
            this.host.querySelector<HTMLElement>(
              '[aria-labelledby=account-delete] opi-form-alert',
            ),
          );
        },
      });
  }

  /** Offers the export as a JSON file named after the day it was made. */
  private saveAsFile(data: PersonalDataExport): void {
    const view = this.document.defaultView;
    if (!view) {
      return;
    }
    const blob = new Blob([JSON.stringify(data, null, 2)], {
      type: 'application/json',
    });
    const url = view.URL.createObjectURL(blob);
    const link = this.document.createElement('a');
    link.href = url;
    link.download = `opi-personal-data-${(data.exportedAt || new Date().toISOString()).slice(0, 10)}.json`;
    this.document.body.appendChild(link);
    link.click();
    link.remove();
    view.setTimeout(() => view.URL.revokeObjectURL(url), 0);
  }
}
