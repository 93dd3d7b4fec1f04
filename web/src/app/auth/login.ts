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
import {
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { type FormProblem, formProblem } from '../shared/api-error';
import { fieldError } from '../shared/field-error';
import { focusFirstProblem } from '../shared/focus';
import { FormAlert } from '../shared/form-alert';
import { safeReturnUrl } from '../shared/safe-return-url';
import { MAX_PASSWORD_LENGTH, emailAddress } from '../shared/validators';
import { AFTER_SIGN_IN, AuthService } from './auth.service';

/** `/login?returnUrl=`: sign in with e-mail and password, then back to the page that asked. */
@Component({
  selector: 'opi-login',
  imports: [
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    ReactiveFormsModule,
    RouterLink,
    TranslocoPipe,
    FormAlert,
  ],
  templateUrl: './login.html',
  styleUrl: './auth-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Login {
  /** Query parameter, bound by the router. */
  readonly returnUrl = input<string>();

  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly host: HTMLElement = inject(ElementRef).nativeElement;
  private readonly injector = inject(Injector);

  protected readonly fieldError = fieldError;
  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, emailAddress, Validators.maxLength(254)]],
    password: [
      '',
      [Validators.required, Validators.maxLength(MAX_PASSWORD_LENGTH)],
    ],
  });
  protected readonly submitting = signal(false);
  protected readonly problem = signal<FormProblem | null>(null);
  /** The sign-up link keeps the page to come back to. */
  protected readonly switchParams = computed(() =>
    this.returnUrl() ? { returnUrl: this.returnUrl() } : {},
  );

  protected submit(): void {
    if (this.submitting()) {
      return;
    }
    this.problem.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.focusProblem();
      return;
    }
    this.submitting.set(true);
    const { email, password } = this.form.getRawValue();
    this.auth.login({ email: email.trim(), password }).subscribe({
      next: () =>
        void this.router.navigateByUrl(
          safeReturnUrl(this.returnUrl(), AFTER_SIGN_IN),
        ),
      error: (error: unknown) => {
        this.submitting.set(false);
        this.problem.set(
          formProblem(this.form, error, {
            401: 'auth.login.wrongCredentials',
            429: 'auth.login.tooManyAttempts',
          }),
        );
        this.focusProblem();
      },
    });
  }

  private focusProblem(): void {
    focusFirstProblem(this.host, this.injector, () =>
      this.host.querySelector<HTMLElement>('opi-form-alert'),
    );
  }
}
