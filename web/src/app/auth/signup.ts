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
import { MatRadioModule } from '@angular/material/radio';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  MIN_PASSWORD_LENGTH,
  type RegisterRequest,
  SELF_SERVICE_ROLES,
} from '@opi/contracts';
import { type FormProblem, apiProblem, formProblem } from '../shared/api-error';
import { fieldError } from '../shared/field-error';
import { focusFirstProblem } from '../shared/focus';
import { FormAlert } from '../shared/form-alert';
import { safeReturnUrl } from '../shared/safe-return-url';
import {
  MAX_PASSWORD_LENGTH,
  emailAddress,
  trimmedLength,
} from '../shared/validators';
import { AFTER_SIGN_IN, AuthService } from './auth.service';
import { ROLE_KEYS } from './role-keys';

type SelfServiceRole = (typeof SELF_SERVICE_ROLES)[number];

/** The roles a reader can choose, each explained (cluster managers and admins are appointed). */
export const SIGN_UP_ROLES: readonly {
  code: SelfServiceRole;
  name: string;
  text: string;
}[] = [
  {
    code: 'entrepreneur',
    name: ROLE_KEYS.entrepreneur,
    text: 'auth.signup.roles.entrepreneur',
  },
  {
    code: 'public_staff',
    name: ROLE_KEYS.public_staff,
    text: 'auth.signup.roles.publicStaff',
  },
  {
    code: 'researcher',
    name: ROLE_KEYS.researcher,
    text: 'auth.signup.roles.researcher',
  },
];

/** `/signup?returnUrl=`: create an account (name, e-mail, password, role) and sign in. */
@Component({
  selector: 'opi-signup',
  imports: [
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatRadioModule,
    ReactiveFormsModule,
    RouterLink,
    TranslocoPipe,
    FormAlert,
  ],
  templateUrl: './signup.html',
  styleUrl: './auth-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Signup {
  /** Query parameter, bound by the router. */
  readonly returnUrl = input<string>();

  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly host: HTMLElement = inject(ElementRef).nativeElement;
  private readonly injector = inject(Injector);

  protected readonly fieldError = fieldError;
  protected readonly roles = SIGN_UP_ROLES;
  protected readonly minPasswordLength = MIN_PASSWORD_LENGTH;
  protected readonly form = inject(NonNullableFormBuilder).group({
    name: ['', [Validators.required, trimmedLength(1, 120)]],
    email: ['', [Validators.required, emailAddress, Validators.maxLength(254)]],
    password: [
      '',
      [
        Validators.required,
        Validators.minLength(MIN_PASSWORD_LENGTH),
        Validators.maxLength(MAX_PASSWORD_LENGTH),
      ],
    ],
    role: [null as SelfServiceRole | null, Validators.required],
  });
  protected readonly submitting = signal(false);
  protected readonly problem = signal<FormProblem | null>(null);
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
    const { name, email, password, role } = this.form.getRawValue();
    const request: RegisterRequest = {
      name: name.trim(),
      email: email.trim(),
      password,
      role: role ?? undefined,
    };
    this.auth.register(request).subscribe({
      next: () =>
        void this.router.navigateByUrl(
          safeReturnUrl(this.returnUrl(), AFTER_SIGN_IN),
        ),
      error: (error: unknown) => {
        this.submitting.set(false);
        if (apiProblem(error).status === 409) {
          // The API's only conflict here: the e-mail address already has an account.
          this.form.controls.email.setErrors({
            message: 'auth.signup.emailTaken',
          });
          this.problem.set(null);
        } else {
          this.problem.set(
            formProblem(this.form, error, {
              429: 'auth.signup.tooManyAttempts',
            }),
          );
        }
        this.focusProblem();
      },
    });
  }

  /** A radio group has no mat-form-field to show its error: the page shows it. */
  protected roleInvalid(): boolean {
    const role = this.form.controls.role;
    return role.invalid && role.touched;
  }

  private focusProblem(): void {
    focusFirstProblem(this.host, this.injector, () =>
      this.host.querySelector<HTMLElement>('opi-form-alert'),
    );
  }
}
