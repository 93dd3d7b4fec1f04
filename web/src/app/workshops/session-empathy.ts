import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  computed,
  effect,
  inject,
  input,
  linkedSignal,
  output,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import {
  FormGroupDirective,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import {
  WORKSHOP_DOTS_PER_PARTICIPANT,
  WORKSHOP_SIDES,
  type WorkshopElement,
  type WorkshopSession,
  type WorkshopSide,
} from '@opi/contracts';
import { LanguageService } from '../i18n/language.service';
import {
  type FormProblem,
  apiProblem,
  formProblem,
  problemKey,
} from '../shared/api-error';
import { fieldError } from '../shared/field-error';
import { focusFirstProblem } from '../shared/focus';
import { FormAlert } from '../shared/form-alert';
import { pluralKey } from '../shared/plural-key';
import { SIDE_KEYS } from './workshop-labels';
import { WorkshopsApiService } from './workshops-api.service';

/** An element as the round shows it: with the reader's dots, counting presses not saved yet. */
interface ShownElement extends WorkshopElement {
  saving: boolean;
}

/**
 * Step 1, the empathy round: each participant says why they came and what they expect, names the
 * key elements of a good collaboration for their side, and places their dots on the elements that
 * matter most (all sides, ranked by dots).
 */
@Component({
  selector: 'opi-session-empathy',
  imports: [
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    ReactiveFormsModule,
    TranslocoPipe,
    FormAlert,
  ],
  templateUrl: './session-empathy.html',
  styleUrl: './session-empathy.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SessionEmpathy {
  readonly session = input.required<WorkshopSession>();
  /** The session is closed for the reader: nothing new is written. */
  readonly readOnly = input(false);
  readonly changed = output<void>();

  private readonly api = inject(WorkshopsApiService);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);
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

  /** The reader as a participant of this session (null: facilitating, not taking part). */
  protected readonly me = computed(() => {
    const { participantId } = this.session().access;
    return (
      this.session().participants.find((p) => p.id === participantId) ?? null
    );
  });
  protected readonly canWrite = computed(() => !!this.me() && !this.readOnly());
  protected readonly facilitator = computed(
    () => this.session().access.facilitator && !this.readOnly(),
  );

  // My motivation and expectations
  protected readonly aboutForm = this.fb.group({
    motivation: [''],
    expectations: [''],
  });
  protected readonly savingAbout = signal(false);
  protected readonly aboutProblem = signal<FormProblem | null>(null);

  // Dots
  /** Dots the reader pressed for, by element, until the session is fetched again. */
  private readonly pressed = linkedSignal<
    WorkshopSession,
    ReadonlyMap<string, number>
  >({
    source: () => this.session(),
    computation: () => new Map(),
  });
  private readonly savingDots = signal<ReadonlySet<string>>(new Set());
  protected readonly dotsLeft = computed(() => {
    let left = this.session().dotsLeft;
    const elements = this.session().elements;
    this.pressed().forEach((dots, id) => {
      left -= dots - (elements.find((e) => e.id === id)?.myDots ?? 0);
    });
    return Math.max(0, left);
  });
  protected readonly dotsLeftText = computed(() => {
    const count = this.dotsLeft();
    return {
      key: pluralKey(
        {
          one: 'workshops.session.empathy.dotsLeft.one',
          other: 'workshops.session.empathy.dotsLeft.other',
        },
        count,
        this.lang(),
      ),
      params: { count, total: WORKSHOP_DOTS_PER_PARTICIPANT },
    };
  });
  /** The four sides, each with its elements, most dots first. */
  protected readonly columns = computed(() => {
    const pressed = this.pressed();
    const saving = this.savingDots();
    const elements: ShownElement[] = this.session().elements.map((e) => {
      const mine = pressed.get(e.id) ?? e.myDots;
      return {
        ...e,
        dots: e.dots + mine - e.myDots,
        myDots: mine,
        saving: saving.has(e.id),
      };
    });
    return WORKSHOP_SIDES.map((side) => ({
      side,
      key: SIDE_KEYS[side],
      headingId: `empathy-side-${side}`,
      elements: elements
        .filter((e) => e.side === side)
        .sort(
          (a, b) =>
            b.dots - a.dots || a.text.localeCompare(b.text, this.lang()),
        ),
    }));
  });

  // A new element
  protected readonly elementForm = this.fb.group({
    side: this.fb.control<WorkshopSide | ''>(''),
    text: ['', Validators.required],
  });
  private readonly elementFormDirective = viewChild('elementFormDirective', {
    read: FormGroupDirective,
  });
  protected readonly addingElement = signal(false);
  protected readonly elementProblem = signal<FormProblem | null>(null);

  constructor() {
    // The reader's answers fill the form, unless they are typing.
    effect(() => {
      const me = this.me();
      untracked(() => {
        if (me && this.aboutForm.pristine) {
          this.aboutForm.reset({
            motivation: me.motivation ?? '',
            expectations: me.expectations ?? '',
          });
        }
      });
    });
    // Participants add for their own side; facilitators choose.
    effect(() => {
      const facilitator = this.facilitator();
      const side = this.me()?.side ?? '';
      untracked(() => {
        const control = this.elementForm.controls.side;
        if (facilitator) {
          control.setValidators(Validators.required);
          if (!control.value) {
            control.setValue(side);
          }
        } else {
          control.clearValidators();
          control.setValue(side);
        }
        control.updateValueAndValidity();
      });
    });
  }

  protected saveAbout(): void {
    if (this.savingAbout()) {
      return;
    }
    this.aboutProblem.set(null);
    const { motivation, expectations } = this.aboutForm.getRawValue();
    this.savingAbout.set(true);
    this.api
      .updateMyParticipation(this.session().id, {
        motivation: motivation.trim() || null,
        expectations: expectations.trim() || null,
      })
      .subscribe({
        next: () => {
          this.savingAbout.set(false);
          this.aboutForm.markAsPristine();
          this.snackBar.open(
            this.transloco.translate('workshops.session.empathy.aboutSaved'),
            undefined,
            { duration: 4000 },
          );
          this.changed.emit();
        },
        error: (error: unknown) => {
          this.savingAbout.set(false);
          this.aboutProblem.set(formProblem(this.aboutForm, error));
          this.focusProblem('.empathy__about');
        },
      });
  }

  /** One dot more (+1) or one back (−1) on an element: the absolute number is sent. */
  protected placeDot(element: ShownElement, change: 1 | -1): void {
    if (element.saving) {
      return;
    }
    const dots = element.myDots + change;
    if (dots < 0 || (change > 0 && this.dotsLeft() === 0)) {
      return;
    }
    const before = this.pressed().get(element.id);
    this.pressed.update((map) => new Map(map).set(element.id, dots));
    this.savingDots.update((set) => new Set(set).add(element.id));
    const done = () =>
      this.savingDots.update((set) => {
        const next = new Set(set);
        next.delete(element.id);
        return next;
      });
    this.api.placeDots(this.session().id, element.id, dots).subscribe({
      next: () => {
        done();
        this.changed.emit();
      },
      error: (error: unknown) => {
        done();
        this.pressed.update((map) => {
          const next = new Map(map);
          if (before === undefined) {
            next.delete(element.id);
          } else {
            next.set(element.id, before);
          }
          return next;
        });
        const problem = apiProblem(error);
        this.snackBar.open(
          this.transloco.translate(
            problem.status === 400
              ? 'workshops.session.empathy.noDotsLeft'
              : problemKey(problem),
          ),
          undefined,
          { duration: 6000 },
        );
        this.changed.emit();
      },
    });
  }

  protected addElement(): void {
    if (this.addingElement()) {
      return;
    }
    this.elementProblem.set(null);
    if (this.elementForm.invalid) {
      this.elementForm.markAllAsTouched();
      this.focusProblem('.empathy__add');
      return;
    }
    const { side, text } = this.elementForm.getRawValue();
    if (!side) {
      return;
    }
    this.addingElement.set(true);
    this.api
      .addElement(this.session().id, { side, text: text.trim() })
      .subscribe({
        next: () => {
          this.addingElement.set(false);
          this.elementFormDirective()?.resetForm({ side, text: '' });
          this.changed.emit();
        },
        error: (error: unknown) => {
          this.addingElement.set(false);
          this.elementProblem.set(formProblem(this.elementForm, error));
          this.focusProblem('.empathy__add');
        },
      });
  }

  private focusProblem(within: string): void {
    const form = this.host.querySelector<HTMLElement>(within) ?? this.host;
    focusFirstProblem(form, this.injector, () =>
      form.querySelector<HTMLElement>('opi-form-alert'),
    );
  }
}
