import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  inject,
  signal,
} from '@angular/core';
import {
  FormControl,
  FormGroup,
  ReactiveFormsModule,
  type ValidatorFn,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import {
  MAT_DIALOG_DATA,
  MatDialog,
  type MatDialogConfig,
  MatDialogModule,
  MatDialogRef,
} from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { TranslocoPipe } from '@jsverse/transloco';
import { PARTNERSHIP_OUTCOMES, type PartnershipOutcome } from '@opi/contracts';
import type { Observable } from 'rxjs';
import { type FormProblem, apiProblem, problemKey } from '../shared/api-error';
import { fieldError } from '../shared/field-error';
import { focusFirstProblem } from '../shared/focus';
import { FormAlert } from '../shared/form-alert';

/** Translation keys of the outcomes a partnership closes with. */
export const OUTCOME_KEYS: Readonly<Record<PartnershipOutcome, string>> = {
  succeeded: 'partnerships.outcome.succeeded',
  stopped: 'partnerships.outcome.stopped',
};

/** What the dialog asks; the texts are translation keys. */
export interface TextDialogData<T> {
  title: string;
  /** What the reader is about to do. */
  text?: string;
  /** Parameters for the title and the text. */
  params?: Record<string, unknown>;
  /** The API's own words that led here (a refused stage change), shown as they came. */
  message?: string | null;
  /** The field's name as the API names it (`reason`, `message`, `note`): its 400s land on the field. */
  field: string;
  label: string;
  hint?: string;
  confirm: string;
  minLength?: number;
  maxLength: number;
  /** Also ask for the outcome (closing a partnership). */
  outcome?: boolean;
  /** Sends the answer; the dialog closes with what the API answered, or shows what went wrong. */
  submit: (text: string, outcome: PartnershipOutcome | null) => Observable<T>;
}

/**
 * A dialog that asks for one text (a reason, a message, a note), and the outcome when a
 * partnership closes, then sends it: it stays open, with the problem shown, when the API refuses.
 */
@Component({
  selector: 'opi-text-dialog',
  imports: [
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatRadioModule,
    ReactiveFormsModule,
    TranslocoPipe,
    FormAlert,
  ],
  template: `
    <h2 mat-dialog-title>{{ data.title | transloco: data.params }}</h2>
    <form
      novalidate
      [formGroup]="form"
      (ngSubmit)="send()"
      [attr.aria-busy]="sending()"
    >
      <mat-dialog-content>
        @if (data.text) {
          <p class="text-dialog__text">
            {{ data.text | transloco: data.params }}
          </p>
        }
        @if (data.message) {
          <p class="text-dialog__message opi-state">{{ data.message }}</p>
        }
        @if (problem(); as p) {
          <opi-form-alert [problem]="p" />
        }
        @if (data.outcome) {
          <div
            class="text-dialog__outcome"
            role="group"
            aria-labelledby="text-dialog-outcome"
          >
            <p id="text-dialog-outcome" class="text-dialog__legend">
              {{ 'partnerships.close.outcome' | transloco }}
            </p>
            <mat-radio-group formControlName="outcome" required>
              @for (outcome of outcomes; track outcome) {
                <mat-radio-button [value]="outcome">{{
                  outcomeKeys[outcome] | transloco
                }}</mat-radio-button>
              }
            </mat-radio-group>
            @if (outcomeError()) {
              <p class="text-dialog__error" role="alert">
                {{ 'partnerships.close.outcomeRequired' | transloco }}
              </p>
            }
          </div>
        }
        <mat-form-field appearance="outline" class="text-dialog__field">
          <mat-label>{{ data.label | transloco }}</mat-label>
          <textarea
            matInput
            formControlName="text"
            rows="4"
            required
          ></textarea>
          @if (data.hint) {
            <mat-hint>{{ data.hint | transloco }}</mat-hint>
          }
          @if (fieldError(form.controls.text); as e) {
            <mat-error>{{ e.key | transloco: e.params }}</mat-error>
          }
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" [mat-dialog-close]="undefined">
          {{ 'common.cancel' | transloco }}
        </button>
        <button mat-flat-button type="submit" [disabled]="sending()">
          {{ data.confirm | transloco }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .text-dialog__text,
    .text-dialog__message {
      margin: 0 0 1rem;
    }

    .text-dialog__message {
      white-space: pre-line;
    }

    .text-dialog__outcome {
      margin-bottom: 1rem;

      mat-radio-group {
        display: flex;
        flex-wrap: wrap;
        gap: 0 1rem;
      }
    }

    .text-dialog__legend {
      margin: 0;
      font: var(--mat-sys-title-small);
    }

    .text-dialog__error {
      margin: 0;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-error);
    }

    .text-dialog__field {
      width: 100%;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TextDialog<T> {
  protected readonly data = inject<TextDialogData<T>>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<TextDialog<T>, T>>(MatDialogRef);
  private readonly host: HTMLElement = inject(ElementRef).nativeElement;
  private readonly injector = inject(Injector);
  protected readonly fieldError = fieldError;
  protected readonly outcomes = PARTNERSHIP_OUTCOMES;
  protected readonly outcomeKeys = OUTCOME_KEYS;

  protected readonly form = new FormGroup({
    text: new FormControl('', {
      nonNullable: true,
      validators: textValidators(this.data),
    }),
    outcome: new FormControl<PartnershipOutcome | null>(
      null,
      this.data.outcome ? Validators.required : [],
    ),
  });
  protected readonly sending = signal(false);
  protected readonly problem = signal<FormProblem | null>(null);
  protected readonly outcomeError = signal(false);

  protected send(): void {
    if (this.sending()) {
      return;
    }
    this.problem.set(null);
    this.outcomeError.set(this.form.controls.outcome.invalid);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstProblem(this.host, this.injector, () =>
        this.host.querySelector<HTMLElement>('mat-radio-button input'),
      );
      return;
    }
    const { text, outcome } = this.form.getRawValue();
    this.sending.set(true);
    this.data.submit(text.trim(), outcome).subscribe({
      next: (answer) => {
        this.sending.set(false);
        this.ref.close(answer);
      },
      error: (error: unknown) => {
        this.sending.set(false);
        this.problem.set(this.problemOf(error));
        focusFirstProblem(this.host, this.injector, () =>
          this.host.querySelector<HTMLElement>('opi-form-alert'),
        );
      },
    });
  }

  /** The API's 400s on the dialog's field go under it; a 409 shows the API's words. */
  private problemOf(error: unknown): FormProblem | null {
    const problem = apiProblem(error);
    if (problem.status === 409) {
      return { key: 'partnerships.dialog.conflict', details: problem.messages };
    }
    if (problem.status !== 400) {
      return { key: problemKey(problem), details: [] };
    }
    // The API names the field as it calls it ("reason must be …").
    const named = (m: string) => m.startsWith(`${this.data.field} `);
    const onField = problem.messages.filter(named);
    const text = this.form.controls.text;
    if (onField.length) {
      text.setErrors({ ...text.errors, server: onField.join(' ') });
      text.markAsTouched();
    }
    const others = problem.messages.filter((m) => !named(m));
    return onField.length && !others.length
      ? null
      : { key: problemKey(problem), details: others };
  }
}

function textValidators(data: TextDialogData<unknown>): ValidatorFn[] {
  return [
    Validators.required,
    Validators.maxLength(data.maxLength),
    ...(data.minLength ? [Validators.minLength(data.minLength)] : []),
  ];
}

/**
 * Opens the dialog; emits once: the API's answer, or undefined when the reader cancelled. Focus
 * goes back to what opened it, unless `restoreFocus: false` (the caller then moves it itself,
 * when the button that opened the dialog is gone once the answer is shown).
 */
export function openTextDialog<T>(
  dialog: MatDialog,
  data: TextDialogData<T>,
  { restoreFocus = true } = {},
): Observable<T | undefined> {
  const config: MatDialogConfig<TextDialogData<T>> = {
    data,
    width: '36rem',
    maxWidth: 'calc(100vw - 2rem)',
    restoreFocus,
  };
  return dialog
    .open<TextDialog<T>, TextDialogData<T>, T>(TextDialog, config)
    .afterClosed();
}
