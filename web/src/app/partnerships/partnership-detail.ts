import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  computed,
  effect,
  inject,
  input,
  signal,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import {
  type FormGroupDirective,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { DateAdapter, provideNativeDateAdapter } from '@angular/material/core';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  PIPELINE_STAGES,
  type Partnership,
  type PartnershipEvent,
  type PartnershipTask,
  type PipelineStage,
  STAGE_GUIDE_PHASES,
  readyToScale,
} from '@opi/contracts';
import { labelOf } from '@opi/taxonomy';
import { GuideApiService } from '../guide/guide-api.service';
import { LanguageService } from '../i18n/language.service';
import { provideTranslocoDatepickerIntl } from '../marketplace-editing/transloco-datepicker-intl';
import {
  type FormProblem,
  apiProblem,
  formProblem,
  problemKey,
} from '../shared/api-error';
import { fieldError } from '../shared/field-error';
import { focusAfterRender, focusFirstProblem } from '../shared/focus';
import { FormAlert } from '../shared/form-alert';
import { LocalDatePipe } from '../shared/local-date.pipe';
import { TaxonomyLabelPipe } from '../shared/taxonomy-label.pipe';
import {
  GUIDE_ROLE_OF_KIND,
  dateTime,
  isoDay,
  nextStage,
  previousStage,
  recordLink,
} from './partnership-labels';
import { PartnershipEvaluationSection } from './partnership-evaluation';
import { PartnershipScaleUp } from './partnership-scale-up';
import { PartnershipsApiService } from './partnerships-api.service';
import { REASON_MAX, changeStage, closePartnership } from './stage-change';
import { OUTCOME_KEYS, openTextDialog } from './text-dialog';

/** Longest note and task title the page sends. */
export const NOTE_MAX = 4000;
export const TASK_TITLE_MAX = 200;

/** Translation keys of the history's entries. */
const EVENT_KEYS: Readonly<Record<PartnershipEvent['kind'], string>> = {
  created: 'partnerships.history.created',
  consent: 'partnerships.history.consent',
  stage: 'partnerships.history.stage',
  override: 'partnerships.history.override',
  note: 'partnerships.history.note',
  task: 'partnerships.history.task',
  'task-done': 'partnerships.history.taskDone',
  'scale-up': 'partnerships.history.scaleUp',
};

/** An entry of the history as the page shows it. */
interface HistoryLine {
  id: string;
  kind: PartnershipEvent['kind'];
  key: string;
  params: Record<string, unknown>;
  /** The note, the task, or the reason of a stage change or a declined consent. */
  text: string | null;
  /** Whether `text` is a reason (shown as "Reason: …"). */
  reason: boolean;
  by: string | null;
  at: string;
}

/** A problem of the stage actions: a translation key, or the API's words for a refused change. */
interface StageProblem {
  key: string;
  messages: string[];
}

/**
 * `/partnerships/:id`: one partnership. Its stage on the pipeline; the parties with their consent
 * (and, once both agreed, their contacts) and, for the reader's party while it is proposed,
 * Accept and Decline; the cluster manager's note. Parties' members, cluster managers and admins
 * move it to the next stage, one back, or close it (with an outcome and a reason); a change the
 * pipeline refuses shows the API's words, and cluster managers may override it with a reason.
 * The checklist of the current stage's guide phase for the reader's kind of organisation, the
 * history, notes and tasks (with due dates, ticked when done) follow.
 */
@Component({
  selector: 'opi-partnership-detail',
  imports: [
    MatButtonModule,
    MatCheckboxModule,
    MatDatepickerModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    ReactiveFormsModule,
    RouterLink,
    TranslocoPipe,
    FormAlert,
    LocalDatePipe,
    TaxonomyLabelPipe,
    PartnershipEvaluationSection,
    PartnershipScaleUp,
  ],
  providers: [provideNativeDateAdapter(), provideTranslocoDatepickerIntl()],
  templateUrl: './partnership-detail.html',
  styleUrl: './partnership-detail.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PartnershipDetail {
  /** Route parameter. */
  readonly id = input.required<string>();

  private readonly api = inject(PartnershipsApiService);
  private readonly guideApi = inject(GuideApiService);
  private readonly dialog = inject(MatDialog);
  private readonly host: HTMLElement = inject(ElementRef).nativeElement;
  private readonly injector = inject(Injector);
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly dateAdapter = inject<DateAdapter<Date>>(DateAdapter);
  protected readonly lang = inject(LanguageService).current;
  protected readonly fieldError = fieldError;
  protected readonly stages = PIPELINE_STAGES;
  protected readonly outcomeKeys = OUTCOME_KEYS;
  protected readonly recordLink = recordLink;

  protected readonly partnership = rxResource({
    params: () => this.id(),
    stream: ({ params }) => this.api.partnership(params),
  });

  /** The partnership, once loaded (a resource's value throws after an error). */
  private readonly loaded = computed(() =>
    this.partnership.hasValue() ? this.partnership.value() : undefined,
  );

  protected readonly notFound = computed(
    () => apiProblem(this.partnership.error()).status === 404,
  );

  /** The reader's party, if they belong to one of the organisations. */
  protected readonly myParty = computed(() => {
    const p = this.loaded();
    return (
      p?.partyDetails.find(
        (party) => party.organisation.id === p.myOrganisationId,
      ) ?? null
    );
  });

  /** The parties' contacts are shown once every party has agreed. */
  protected readonly contactsShared = computed(
    () => !!this.loaded()?.partyDetails.some((party) => party.contacts),
  );

  /** The reader's party still has to answer the introduction. */
  protected readonly mayConsent = computed(() => {
    const p = this.loaded();
    const mine = this.myParty();
    return !!p && !!mine && p.stage === 'proposed' && !mine.consentAt;
  });

  protected readonly next = computed(() => {
    const p = this.loaded();
    return p ? nextStage(p.stage) : null;
  });
  protected readonly previous = computed(() => {
    const p = this.loaded();
    return p ? previousStage(p.stage) : null;
  });
  /** Index of the current stage in the pipeline (for the stepper). */
  protected readonly stageIndex = computed(() => {
    const p = this.loaded();
    return p ? PIPELINE_STAGES.indexOf(p.stage) : -1;
  });

  // The guide's checklist

  /** The guide page of the current stage's phase, if it has one. */
  protected readonly phaseSlug = computed(() => {
    const p = this.loaded();
    return p ? (STAGE_GUIDE_PHASES[p.stage] ?? null) : null;
  });
  /** "phase-3-innovation-and-test" → 3. */
  protected readonly phaseNumber = computed(
    () => Number(/^phase-(\d+)/.exec(this.phaseSlug() ?? '')?.[1]) || null,
  );
  protected readonly guide = rxResource({
    params: () => {
      const slug = this.phaseSlug();
      return slug ? { slug, lang: this.lang() } : undefined;
    },
    stream: ({ params }) => this.guideApi.page(params.slug, params.lang),
  });
  /** The checklist for the reader's kind of organisation (none when they are no party). */
  protected readonly checklist = computed(() => {
    const mine = this.myParty();
    if (!mine || !this.guide.hasValue()) {
      return null;
    }
    const role = GUIDE_ROLE_OF_KIND[mine.organisation.kind];
    return this.guide.value().checklists.find((c) => c.role === role) ?? null;
  });

  // History, notes and tasks

  protected readonly history = computed((): HistoryLine[] => {
    const lang = this.lang();
    const stage = (code: PipelineStage | null) =>
      code ? labelOf('partnershipStage', code, lang) : '';
    return [...(this.loaded()?.history ?? [])]
      .sort((a, b) => b.at.localeCompare(a.at))
      .map((event) => {
        let key = EVENT_KEYS[event.kind];
        if (event.kind === 'consent' && event.text) {
          key = 'partnerships.history.consentDeclined';
        } else if (event.kind === 'stage' && !event.fromStage) {
          key = 'partnerships.history.stageTo';
        }
        return {
          id: event.id,
          kind: event.kind,
          key,
          params: {
            from: stage(event.fromStage),
            to: stage(event.toStage),
            organisation: event.text ?? '',
          },
          // A scale-up names the organisation invited in its sentence.
          text: event.kind === 'scale-up' ? null : event.text,
          reason: ['stage', 'override', 'consent'].includes(event.kind),
          by: event.by,
          at: event.at,
        };
      });
  });
  protected readonly notes = computed(() =>
    this.history().filter((line) => line.kind === 'note'),
  );
  /** Open tasks first, soonest due first; then the done ones. */
  protected readonly tasks = computed(() =>
    [...(this.loaded()?.tasks ?? [])].sort(
      (a, b) =>
        Number(!!a.doneAt) - Number(!!b.doneAt) ||
        (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999'),
    ),
  );
  private readonly today = isoDay(new Date());

  protected readonly consenting = signal(false);
  protected readonly consentProblem = signal<string | null>(null);
  protected readonly changingStage = signal(false);
  protected readonly stageProblem = signal<StageProblem | null>(null);
  protected readonly noteForm = this.fb.group({
    text: ['', [Validators.required, Validators.maxLength(NOTE_MAX)]],
  });
  protected readonly addingNote = signal(false);
  protected readonly noteProblem = signal<FormProblem | null>(null);
  protected readonly taskForm = this.fb.group({
    title: ['', [Validators.required, Validators.maxLength(TASK_TITLE_MAX)]],
    dueDate: this.fb.control<Date | null>(null),
  });
  protected readonly addingTask = signal(false);
  protected readonly taskProblem = signal<FormProblem | null>(null);
  /** Tasks being ticked. */
  protected readonly ticking = signal<ReadonlySet<string>>(new Set());
  protected readonly tickProblem = signal<string | null>(null);

  constructor() {
    effect(() => this.dateAdapter.setLocale(this.lang()));
  }

  protected when(iso: string): string {
    return dateTime(iso, this.lang());
  }

  /** A due date (`YYYY-MM-DD`) as the reader's language writes a day. */
  protected day(date: string): string {
    return new Intl.DateTimeFormat(this.lang(), { dateStyle: 'medium' }).format(
      new Date(`${date}T00:00:00`),
    );
  }

  protected overdue(task: PartnershipTask): boolean {
    return !task.doneAt && !!task.dueDate && task.dueDate < this.today;
  }

  // Consent

  protected acceptIntroduction(): void {
    const p = this.loaded();
    if (!p || this.consenting()) {
      return;
    }
    this.consentProblem.set(null);
    this.consenting.set(true);
    this.api.consent(p.id, { accept: true }).subscribe({
      next: (saved) => {
        this.consenting.set(false);
        this.show(saved);
      },
      error: (error: unknown) => {
        this.consenting.set(false);
        this.consentProblem.set(problemKey(apiProblem(error)));
      },
    });
  }

  protected declineIntroduction(): void {
    const p = this.loaded();
    if (!p) {
      return;
    }
    this.consentProblem.set(null);
    openTextDialog<Partnership>(this.dialog, {
      title: 'partnerships.consent.declineTitle',
      text: 'partnerships.consent.declineText',
      params: { title: p.title },
      field: 'reason',
      label: 'partnerships.consent.reason',
      confirm: 'partnerships.consent.declineConfirm',
      maxLength: REASON_MAX,
      submit: (reason) => this.api.consent(p.id, { accept: false, reason }),
    }).subscribe((saved) => saved && this.show(saved));
  }

  // Stage

  protected moveTo(stage: PipelineStage): void {
    const p = this.loaded();
    if (!p || this.changingStage()) {
      return;
    }
    this.stageProblem.set(null);
    this.changingStage.set(true);
    changeStage(this.api, this.dialog, p, stage, p.canOverride).subscribe({
      next: ({ moved, refused }) => {
        this.changingStage.set(false);
        if (moved) {
          this.show(moved);
          return;
        }
        this.showStageProblem({
          key: 'partnerships.stage.refused',
          messages: refused,
        });
      },
      error: (error: unknown) => {
        this.changingStage.set(false);
        this.showStageProblem({
          key: problemKey(apiProblem(error)),
          messages: [],
        });
      },
    });
  }

  protected close(): void {
    const p = this.loaded();
    if (!p || this.changingStage()) {
      return;
    }
    this.stageProblem.set(null);
    closePartnership(this.api, this.dialog, p).subscribe(
      (closed) => closed && this.show(closed),
    );
  }

  protected reload(): void {
    this.stageProblem.set(null);
    this.partnership.reload();
  }

  // Notes and tasks

  protected addNote(formDirective: FormGroupDirective): void {
    const p = this.loaded();
    if (!p || this.addingNote()) {
      return;
    }
    const form = this.noteForm;
    const section = this.host.querySelector<HTMLElement>('.notes__form');
    this.noteProblem.set(null);
    if (form.invalid) {
      form.markAllAsTouched();
      focusFirstProblem(section ?? this.host, this.injector);
      return;
    }
    this.addingNote.set(true);
    this.api.addNote(p.id, { text: form.getRawValue().text.trim() }).subscribe({
      next: (saved) => {
        this.addingNote.set(false);
        this.show(saved);
        formDirective.resetForm();
      },
      error: (error: unknown) => {
        this.addingNote.set(false);
        this.noteProblem.set(formProblem(form, error));
        focusFirstProblem(section ?? this.host, this.injector, () =>
          section?.querySelector<HTMLElement>('opi-form-alert'),
        );
      },
    });
  }

  protected addTask(formDirective: FormGroupDirective): void {
    const p = this.loaded();
    if (!p || this.addingTask()) {
      return;
    }
    const form = this.taskForm;
    const section = this.host.querySelector<HTMLElement>('.tasks__form');
    this.taskProblem.set(null);
    if (form.invalid) {
      form.markAllAsTouched();
      focusFirstProblem(section ?? this.host, this.injector);
      return;
    }
    const { title, dueDate } = form.getRawValue();
    this.addingTask.set(true);
    this.api
      .addTask(p.id, {
        title: title.trim(),
        dueDate: dueDate ? isoDay(dueDate) : null,
      })
      .subscribe({
        next: (saved) => {
          this.addingTask.set(false);
          this.show(saved);
          formDirective.resetForm({ title: '', dueDate: null });
        },
        error: (error: unknown) => {
          this.addingTask.set(false);
          this.taskProblem.set(formProblem(form, error));
          focusFirstProblem(section ?? this.host, this.injector, () =>
            section?.querySelector<HTMLElement>('opi-form-alert'),
          );
        },
      });
  }

  /** Ticks a task done (or open again); the partnership is then read again for its history. */
  protected setDone(task: PartnershipTask, done: boolean): void {
    if (this.ticking().has(task.id)) {
      return;
    }
    this.tickProblem.set(null);
    this.setTicking(task.id, true);
    this.api.setTaskDone(task.id, done).subscribe({
      next: (saved) => {
        this.setTicking(task.id, false);
        const p = this.loaded();
        if (p) {
          this.partnership.value.set({
            ...p,
            tasks: p.tasks.map((t) => (t.id === saved.id ? saved : t)),
          });
        }
        this.partnership.reload();
      },
      error: (error: unknown) => {
        this.setTicking(task.id, false);
        this.tickProblem.set(problemKey(apiProblem(error)));
      },
    });
  }

  private setTicking(id: string, busy: boolean): void {
    this.ticking.update((ids) => {
      const next = new Set(ids);
      if (busy) {
        next.add(id);
      } else {
        next.delete(id);
      }
      return next;
    });
  }

  protected readonly readyToScale = readyToScale;

  /** An invitation to scale up was sent: the history tells of it. */
  protected scaleUpSent(): void {
    this.partnership.reload();
  }

  /** The reader's party saved its evaluation. */
  protected evaluated(saved: Partnership): void {
    this.show(saved);
  }

  /** Shows the partnership the API answered with. */
  private show(partnership: Partnership): void {
    this.partnership.value.set(partnership);
  }

  private showStageProblem(problem: StageProblem): void {
    this.stageProblem.set(problem);
    focusAfterRender(this.injector, () =>
      this.host.querySelector<HTMLElement>('.stage__problem'),
    );
  }
}
