import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  effect,
  inject,
  signal,
  untracked,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import {
  FormControl,
  FormGroup,
  NonNullableFormBuilder,
  ReactiveFormsModule,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  DEFAULT_MAIL_LANGUAGE,
  DIGEST_ONLY_KINDS,
  type EmailFrequency,
  MAIL_LANGUAGES,
  type MailLanguage,
  NOTIFICATION_KINDS,
  type NotificationKind,
  type NotificationPreference,
  type NotificationSettings,
} from '@opi/contracts';
import { type FormProblem, formProblem } from '../shared/api-error';
import { fieldError } from '../shared/field-error';
import { focusFirstProblem } from '../shared/focus';
import { FormAlert } from '../shared/form-alert';
import {
  EMAIL_FREQUENCY_KEYS,
  KIND_KEYS,
  MAIL_LANGUAGE_KEYS,
  emailFrequenciesOf,
} from './notification-labels';
import { NotificationsApiService } from './notifications-api.service';

type PreferenceGroup = FormGroup<{
  kind: FormControl<NotificationKind>;
  inApp: FormControl<boolean>;
  email: FormControl<EmailFrequency>;
}>;

/** A row of the settings table. */
interface Row {
  kind: NotificationKind;
  group: PreferenceGroup;
  frequencies: readonly EmailFrequency[];
  digestOnly: boolean;
}

/**
 * The notification settings (a section of `/notifications`): per kind, whether it shows in the
 * portal and how often it is e-mailed (digest-only kinds never one by one), and the language of
 * the e-mails. Saved as a whole (`PUT /api/me/notification-settings`).
 */
@Component({
  selector: 'opi-notification-settings',
  imports: [
    MatButtonModule,
    MatFormFieldModule,
    MatProgressBarModule,
    MatSelectModule,
    MatSlideToggleModule,
    ReactiveFormsModule,
    RouterLink,
    TranslocoPipe,
    FormAlert,
  ],
  templateUrl: './notification-settings.html',
  styleUrl: './notification-settings.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NotificationSettingsForm {
  private readonly api = inject(NotificationsApiService);
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly host: HTMLElement = inject(ElementRef).nativeElement;
  private readonly injector = inject(Injector);
  protected readonly kindKeys = KIND_KEYS;
  protected readonly frequencyKeys = EMAIL_FREQUENCY_KEYS;
  protected readonly languageKeys = MAIL_LANGUAGE_KEYS;
  protected readonly languages = MAIL_LANGUAGES;
  protected readonly fieldError = fieldError;

  protected readonly form = this.fb.group({
    language: this.fb.control<MailLanguage>(DEFAULT_MAIL_LANGUAGE),
    preferences: this.fb.array<PreferenceGroup>([]),
  });
  protected readonly rows = signal<Row[]>([]);

  protected readonly settings = rxResource({
    stream: () => this.api.settings(),
  });

  protected readonly saving = signal(false);
  protected readonly saved = signal(false);
  protected readonly problem = signal<FormProblem | null>(null);

  constructor() {
    effect(() => {
      if (this.settings.hasValue()) {
        const settings = this.settings.value();
        untracked(() => this.fill(settings));
      }
    });
  }

  protected save(): void {
    if (this.saving()) {
      return;
    }
    this.problem.set(null);
    this.saved.set(false);
    this.saving.set(true);
    const { language, preferences } = this.form.getRawValue();
    this.api.saveSettings({ language, preferences }).subscribe({
      next: (saved) => {
        this.saving.set(false);
        this.fill(saved);
        this.saved.set(true);
      },
      error: (error: unknown) => {
        this.saving.set(false);
        this.problem.set(formProblem(this.form, error));
        focusFirstProblem(this.host, this.injector, () =>
          this.host.querySelector<HTMLElement>('opi-form-alert'),
        );
      },
    });
  }

  /** The form shows `settings`, one row per kind in the contract's order. */
  private fill(settings: NotificationSettings): void {
    const rows = NOTIFICATION_KINDS.map((kind): Row => {
      const preference = settings.preferences.find((p) => p.kind === kind);
      return {
        kind,
        group: this.preferenceGroup(preference ?? defaultPreference(kind)),
        frequencies: emailFrequenciesOf(kind),
        digestOnly: DIGEST_ONLY_KINDS.includes(kind),
      };
    });
    const preferences = this.form.controls.preferences;
    preferences.clear({ emitEvent: false });
    rows.forEach((row) => preferences.push(row.group, { emitEvent: false }));
    this.form.controls.language.setValue(settings.language);
    this.form.markAsPristine();
    this.rows.set(rows);
  }

  private preferenceGroup(preference: NotificationPreference): PreferenceGroup {
    return this.fb.group({
      kind: this.fb.control(preference.kind),
      inApp: this.fb.control(preference.inApp),
      email: this.fb.control(preference.email),
    });
  }
}

/** A kind the API did not mention: shown in the portal, not e-mailed. */
function defaultPreference(kind: NotificationKind): NotificationPreference {
  return { kind, inApp: true, email: 'off' };
}
