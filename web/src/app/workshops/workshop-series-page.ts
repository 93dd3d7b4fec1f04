import {
  CdkDrag,
  type CdkDragDrop,
  CdkDragHandle,
  CdkDropList,
  CdkDropListGroup,
} from '@angular/cdk/drag-drop';
import { DOCUMENT, NgTemplateOutlet } from '@angular/common';
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
import { rxResource, takeUntilDestroyed } from '@angular/core/rxjs-interop';
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
import { MatMenuModule } from '@angular/material/menu';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatTimepickerModule } from '@angular/material/timepicker';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  type UpdateWorkshopProposalRequest,
  WORKSHOP_HORIZONS,
  WORKSHOP_RESPONSIBLE,
  type WorkshopProposal,
  type WorkshopSeries,
  type WorkshopTopic,
  type WorkshopTopicSuggestion,
} from '@opi/contracts';
import {
  EMPTY,
  type Observable,
  concat,
  concatMap,
  defer,
  filter,
  finalize,
  from,
  ignoreElements,
  of,
  switchMap,
  tap,
} from 'rxjs';
import { AuthService } from '../auth/auth.service';
import { LanguageService } from '../i18n/language.service';
import { provideTranslocoDatepickerIntl } from '../marketplace-editing/transloco-datepicker-intl';
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
import { pluralKey } from '../shared/plural-key';
import { BROKER_ROLES } from '../partnerships/partnership-labels';
import { openSeedPartnershipDialog } from './seed-partnership-dialog';
import { REPORT_CSV_FILE, saveBlob } from './workshop-download';
import { HORIZON_KEYS, RESPONSIBLE_KEYS, STEP_KEYS } from './workshop-labels';
import { WorkshopsApiService } from './workshops-api.service';

/** Longest texts the series page's forms accept. */
export const SERIES_TITLE_MAX = 200;
export const SERIES_DESCRIPTION_MAX = 4000;
export const TOPIC_NAME_MAX = 120;
export const RECOMMENDATION_AUTHORITY_MAX = 200;
export const RECOMMENDATION_TEXT_MAX = 4000;
export const SESSION_TITLE_MAX = 200;
/** A session's place and the facilitator's name on the day. */
export const SESSION_TEXT_MAX = 200;

/** A drop list of the topic board: the proposals of one topic, or of none (`topic: null`). */
interface TopicColumn {
  topic: WorkshopTopic | null;
  proposals: WorkshopProposal[];
}

/** What a facilitator sets on a proposal from its card. */
type ProposalChange = Pick<
  UpdateWorkshopProposalRequest,
  'topicId' | 'horizon' | 'responsible'
>;

/** The recommendation editor that is open: a new one in a topic, or an existing one. */
interface RecommendationEdit {
  topicId: string;
  id: string | null;
}

const PARTICIPANT_COUNT_KEYS = {
  one: 'workshops.series.sessions.participantsOne',
  other: 'workshops.series.sessions.participantsOther',
};
const PROPOSAL_COUNT_KEYS = {
  one: 'workshops.topics.proposalsOne',
  other: 'workshops.topics.proposalsOther',
};

/**
 * `/workshops/:seriesId`: one workshop series. Everyone taking part sees its description,
 * facilitators, sessions, and the proposals clustered into topics with the recommendations drawn
 * from them. Facilitators edit the series (with the version they read: a 409 asks to reload), add
 * facilitators and sessions, and cluster the proposals: by drag and drop between the topics' lists
 * or, from the keyboard, with each card's "Move to topic" menu; they also set each proposal's
 * horizon and responsible party, manage topics (or apply a suggested one) and recommendations.
 * Cluster managers and admins seed a partnership from a proposal: an introduction of two
 * organisations, with a link to it on the card once made.
 */
@Component({
  selector: 'opi-workshop-series-page',
  imports: [
    CdkDrag,
    CdkDragHandle,
    CdkDropList,
    CdkDropListGroup,
    MatButtonModule,
    MatCheckboxModule,
    MatDatepickerModule,
    MatFormFieldModule,
    MatInputModule,
    MatMenuModule,
    MatProgressBarModule,
    MatSelectModule,
    MatTimepickerModule,
    NgTemplateOutlet,
    ReactiveFormsModule,
    RouterLink,
    TranslocoPipe,
    FormAlert,
    LocalDatePipe,
  ],
  providers: [provideNativeDateAdapter(), provideTranslocoDatepickerIntl()],
  templateUrl: './workshop-series-page.html',
  styleUrl: './workshop-series-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class WorkshopSeriesPage {
  /** Route parameter. */
  readonly seriesId = input.required<string>();

  private readonly api = inject(WorkshopsApiService);
  private readonly auth = inject(AuthService);
  private readonly dialog = inject(MatDialog);
  private readonly document = inject(DOCUMENT);
  private readonly host: HTMLElement = inject(ElementRef).nativeElement;
  private readonly injector = inject(Injector);
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly dateAdapter = inject<DateAdapter<Date>>(DateAdapter);
  protected readonly lang = inject(LanguageService).current;
  protected readonly fieldError = fieldError;
  protected readonly stepKeys = STEP_KEYS;
  protected readonly horizonKeys = HORIZON_KEYS;
  protected readonly responsibleKeys = RESPONSIBLE_KEYS;
  protected readonly horizons = WORKSHOP_HORIZONS;
  protected readonly responsibleParties = WORKSHOP_RESPONSIBLE;

  protected readonly series = rxResource({
    params: () => this.seriesId(),
    stream: ({ params }) => this.api.series(params),
  });
  protected readonly proposals = rxResource({
    params: () => this.seriesId(),
    stream: ({ params }) => this.api.proposals(params),
  });

  protected readonly facilitator = computed(
    () => this.series.hasValue() && this.series.value().facilitator,
  );
  /** The signed-in user's role allows seeding a partnership from a proposal. */
  protected readonly canSeed = computed(() => {
    const role = this.auth.currentUser()?.role;
    return !!role && BROKER_ROLES.includes(role);
  });
  /** Partnerships seeded from the proposals since the page opened: the partnership's id by proposal. */
  protected readonly seeded = signal<ReadonlyMap<string, string>>(new Map());
  protected readonly sessions = computed(() =>
    this.series.hasValue()
      ? [...this.series.value().sessions].sort((a, b) => a.number - b.number)
      : [],
  );
  protected readonly topics = computed(() =>
    this.series.hasValue()
      ? [...this.series.value().topics].sort((a, b) => a.position - b.position)
      : [],
  );
  /** The board: proposals in no topic (or in one that is gone) first, then each topic's. */
  protected readonly columns = computed((): TopicColumn[] => {
    const proposals = this.proposals.hasValue()
      ? [...this.proposals.value()].sort(
          (a, b) =>
            a.sessionNumber - b.sessionNumber ||
            a.createdAt.localeCompare(b.createdAt),
        )
      : [];
    const topics = this.topics();
    const known = new Set(topics.map((t) => t.id));
    return [
      {
        topic: null,
        proposals: proposals.filter((p) => !p.topicId || !known.has(p.topicId)),
      },
      ...topics.map((topic) => ({
        topic,
        proposals: proposals.filter((p) => p.topicId === topic.id),
      })),
    ];
  });

  /** What was last done on the board, for screen readers (a translation key and parameters). */
  protected readonly announcement = signal<{
    key: string;
    params: Record<string, unknown>;
  } | null>(null);

  // The series' title and description

  protected readonly editingSeries = signal(false);
  protected readonly savingSeries = signal(false);
  protected readonly seriesConflict = signal(false);
  protected readonly seriesProblem = signal<FormProblem | null>(null);
  protected readonly seriesForm = this.fb.group({
    title: ['', [Validators.required, Validators.maxLength(SERIES_TITLE_MAX)]],
    description: ['', Validators.maxLength(SERIES_DESCRIPTION_MAX)],
  });

  // Facilitators

  protected readonly facilitatorForm = this.fb.group({
    email: ['', [Validators.required, Validators.email]],
  });
  protected readonly addingFacilitator = signal(false);
  protected readonly facilitatorProblem = signal<FormProblem | null>(null);

  // Sessions

  protected readonly sessionForm = this.fb.group({
    title: ['', [Validators.required, Validators.maxLength(SESSION_TITLE_MAX)]],
    date: this.fb.control<Date | null>(null, Validators.required),
    time: this.fb.control<Date | null>(null, Validators.required),
    online: [false],
    place: ['', [Validators.required, Validators.maxLength(SESSION_TEXT_MAX)]],
    facilitatorName: ['', Validators.maxLength(SESSION_TEXT_MAX)],
  });
  protected readonly creatingSession = signal(false);
  protected readonly sessionProblem = signal<FormProblem | null>(null);

  // Topics and proposals

  /** Proposals being saved (their controls wait). */
  protected readonly savingProposals = signal<ReadonlySet<string>>(new Set());
  protected readonly boardProblem = signal<string | null>(null);
  protected readonly topicForm = this.fb.group({
    name: ['', [Validators.required, Validators.maxLength(TOPIC_NAME_MAX)]],
  });
  protected readonly creatingTopic = signal(false);
  protected readonly topicProblem = signal<FormProblem | null>(null);
  /** The topic being renamed. */
  protected readonly renaming = signal<string | null>(null);
  protected readonly renameForm = this.fb.group({
    name: ['', [Validators.required, Validators.maxLength(TOPIC_NAME_MAX)]],
  });
  protected readonly renameProblem = signal<FormProblem | null>(null);

  protected readonly suggestions = signal<WorkshopTopicSuggestion[] | null>(
    null,
  );
  protected readonly loadingSuggestions = signal(false);
  protected readonly suggestionProblem = signal<string | null>(null);
  /** The suggestion being applied. */
  protected readonly applying = signal<WorkshopTopicSuggestion | null>(null);

  // Recommendations

  protected readonly recommendationEdit = signal<RecommendationEdit | null>(
    null,
  );
  protected readonly recommendationForm = this.fb.group({
    authority: [
      '',
      [Validators.required, Validators.maxLength(RECOMMENDATION_AUTHORITY_MAX)],
    ],
    text: [
      '',
      [Validators.required, Validators.maxLength(RECOMMENDATION_TEXT_MAX)],
    ],
  });
  protected readonly savingRecommendation = signal(false);
  protected readonly recommendationProblem = signal<FormProblem | null>(null);

  protected readonly downloading = signal(false);
  protected readonly downloadProblem = signal<string | null>(null);

  constructor() {
    effect(() => this.dateAdapter.setLocale(this.lang()));
    const place = this.sessionForm.controls.place;
    this.sessionForm.controls.online.valueChanges
      .pipe(takeUntilDestroyed())
      .subscribe((online) => (online ? place.disable() : place.enable()));
  }

  protected participantCountKey(count: number): string {
    return pluralKey(PARTICIPANT_COUNT_KEYS, count, this.lang());
  }

  protected proposalCountKey(count: number): string {
    return pluralKey(PROPOSAL_COUNT_KEYS, count, this.lang());
  }

  /** "14:30", "2:30 PM", … in the page's language. */
  protected timeOf(iso: string): string {
    const date = new Date(iso);
    return Number.isNaN(date.getTime())
      ? ''
      : new Intl.DateTimeFormat(this.lang(), { timeStyle: 'short' }).format(
          date,
        );
  }

  protected dropListId(column: TopicColumn): string {
    return `workshop-topic-${column.topic?.id ?? 'none'}`;
  }

  protected isSaving(proposal: WorkshopProposal): boolean {
    return this.savingProposals().has(proposal.id);
  }

  // The series

  protected editSeries(): void {
    if (!this.series.hasValue()) {
      return;
    }
    const { title, description } = this.series.value();
    this.seriesForm.reset({ title, description });
    this.seriesProblem.set(null);
    this.seriesConflict.set(false);
    this.editingSeries.set(true);
    focusAfterRender(this.injector, () =>
      this.host.querySelector<HTMLElement>('.series__edit input'),
    );
  }

  protected cancelSeriesEdit(): void {
    this.editingSeries.set(false);
    this.focusEditButton();
  }

  protected saveSeries(): void {
    const current = this.series.hasValue() ? this.series.value() : null;
    if (!current || this.savingSeries()) {
      return;
    }
    const form = this.seriesForm;
    const section = this.host.querySelector<HTMLElement>('.series__edit');
    this.seriesProblem.set(null);
    if (form.invalid) {
      form.markAllAsTouched();
      focusFirstProblem(section ?? this.host, this.injector);
      return;
    }
    const { title, description } = form.getRawValue();
    this.savingSeries.set(true);
    this.api
      .updateSeries(current.id, {
        version: current.version,
        title: title.trim(),
        description: description.trim(),
      })
      .subscribe({
        next: (saved) => {
          this.savingSeries.set(false);
          this.series.value.set(saved);
          this.editingSeries.set(false);
          this.focusEditButton();
        },
        error: (error: unknown) => {
          this.savingSeries.set(false);
          if (apiProblem(error).status === 409) {
            this.editingSeries.set(false);
            this.seriesConflict.set(true);
            focusAfterRender(this.injector, () =>
              this.host.querySelector<HTMLElement>('.series__conflict'),
            );
            return;
          }
          this.seriesProblem.set(formProblem(form, error));
          focusFirstProblem(section ?? this.host, this.injector, () =>
            section?.querySelector<HTMLElement>('opi-form-alert'),
          );
        },
      });
  }

  protected reloadSeries(): void {
    this.seriesConflict.set(false);
    this.series.reload();
  }

  protected addFacilitator(formDirective: FormGroupDirective): void {
    const current = this.series.hasValue() ? this.series.value() : null;
    if (!current || this.addingFacilitator()) {
      return;
    }
    const form = this.facilitatorForm;
    const section = this.host.querySelector<HTMLElement>(
      '.series__facilitator-form',
    );
    this.facilitatorProblem.set(null);
    if (form.invalid) {
      form.markAllAsTouched();
      focusFirstProblem(section ?? this.host, this.injector);
      return;
    }
    this.addingFacilitator.set(true);
    this.api
      .addFacilitator(current.id, form.getRawValue().email.trim())
      .subscribe({
        next: (saved) => {
          this.addingFacilitator.set(false);
          this.series.value.set(saved);
          formDirective.resetForm();
        },
        error: (error: unknown) => {
          this.addingFacilitator.set(false);
          this.facilitatorProblem.set(
            formProblem(form, error, {
              404: 'workshops.series.facilitators.notFound',
              409: 'workshops.series.facilitators.already',
            }),
          );
          focusFirstProblem(section ?? this.host, this.injector, () =>
            section?.querySelector<HTMLElement>('opi-form-alert'),
          );
        },
      });
  }

  protected createSession(formDirective: FormGroupDirective): void {
    const current = this.series.hasValue() ? this.series.value() : null;
    if (!current || this.creatingSession()) {
      return;
    }
    const form = this.sessionForm;
    const section = this.host.querySelector<HTMLElement>('.sessions__form');
    this.sessionProblem.set(null);
    if (form.invalid) {
      form.markAllAsTouched();
      focusFirstProblem(section ?? this.host, this.injector);
      return;
    }
    const { title, date, time, online, place, facilitatorName } =
      form.getRawValue();
    if (!date || !time) {
      return;
    }
    const startsAt = new Date(
      date.getFullYear(),
      date.getMonth(),
      date.getDate(),
      time.getHours(),
      time.getMinutes(),
    );
    this.creatingSession.set(true);
    this.api
      .createSession(current.id, {
        title: title.trim(),
        startsAt: startsAt.toISOString(),
        online,
        place: online ? null : place.trim(),
        facilitatorName: facilitatorName.trim() || null,
      })
      .subscribe({
        next: (created) => {
          this.creatingSession.set(false);
          this.changeSeries((s) => ({
            ...s,
            sessions: [...s.sessions, created],
            sessionCount: s.sessionCount + 1,
          }));
          formDirective.resetForm({ online: false });
          this.announce('workshops.series.sessions.created', {
            title: created.title,
          });
        },
        error: (error: unknown) => {
          this.creatingSession.set(false);
          this.sessionProblem.set(formProblem(form, error));
          focusFirstProblem(section ?? this.host, this.injector, () =>
            section?.querySelector<HTMLElement>('opi-form-alert'),
          );
        },
      });
  }

  // Proposals on the board

  protected dropped(
    event: CdkDragDrop<string | null, string | null, WorkshopProposal>,
  ): void {
    if (event.previousContainer === event.container) {
      return;
    }
    this.move(event.item.data, event.container.data);
  }

  /** Puts the proposal in the topic (`null`: in none); the "Move to topic" menu does the same. */
  protected move(proposal: WorkshopProposal, topicId: string | null): void {
    const current = this.proposalById(proposal.id) ?? proposal;
    if ((current.topicId ?? null) === topicId) {
      return;
    }
    const name = this.topics().find((t) => t.id === topicId)?.name ?? null;
    this.saveProposal(current, { topicId }, () => {
      this.announce(
        name ? 'workshops.topics.moved' : 'workshops.topics.movedOut',
        { title: current.title, topic: name },
      );
      // The card stands in another list now, the menu's trigger with it: keep the focus on it.
      focusAfterRender(this.injector, () =>
        this.dataElement('proposal', current.id)?.querySelector<HTMLElement>(
          '.proposal__move',
        ),
      );
    });
  }

  protected setHorizon(
    proposal: WorkshopProposal,
    horizon: WorkshopProposal['horizon'],
  ): void {
    this.saveProposal(proposal, { horizon });
  }

  protected setResponsible(
    proposal: WorkshopProposal,
    responsible: WorkshopProposal['responsible'],
  ): void {
    this.saveProposal(proposal, { responsible });
  }

  /**
   * Shows the change at once and saves it with the version the page holds; the saved proposal
   * (and its new version) replaces it. On failure the card goes back to where it was; after a
   * 409 the proposals are loaded again.
   */
  private saveProposal(
    proposal: WorkshopProposal,
    change: ProposalChange,
    done?: () => void,
  ): void {
    const current = this.proposalById(proposal.id) ?? proposal;
    if (this.isSaving(current)) {
      return;
    }
    this.boardProblem.set(null);
    this.replaceProposal({ ...current, ...change });
    this.setSaving(current.id, true);
    this.api
      .updateProposal(current.id, { version: current.version, ...change })
      .subscribe({
        next: (saved) => {
          this.setSaving(current.id, false);
          this.replaceProposal(saved);
          done?.();
        },
        error: (error: unknown) => {
          this.setSaving(current.id, false);
          this.replaceProposal(current);
          this.showBoardProblem(error);
        },
      });
  }

  private proposalById(id: string): WorkshopProposal | undefined {
    return this.proposals.hasValue()
      ? this.proposals.value().find((p) => p.id === id)
      : undefined;
  }

  private replaceProposal(proposal: WorkshopProposal): void {
    if (this.proposals.hasValue()) {
      this.proposals.value.update((list) =>
        list.map((p) => (p.id === proposal.id ? proposal : p)),
      );
    }
  }

  private setSaving(id: string, saving: boolean): void {
    this.savingProposals.update((ids) => {
      const next = new Set(ids);
      if (saving) {
        next.add(id);
      } else {
        next.delete(id);
      }
      return next;
    });
  }

  private showBoardProblem(error: unknown): void {
    const problem = apiProblem(error);
    this.boardProblem.set(
      problem.status === 409
        ? 'workshops.topics.conflict'
        : problemKey(problem),
    );
    if (problem.status === 409) {
      this.proposals.reload();
    }
  }

  /** Opens the dialog that seeds a partnership from the proposal; its card then links to it. */
  protected seedPartnership(proposal: WorkshopProposal): void {
    openSeedPartnershipDialog(this.dialog, {
      proposal: { id: proposal.id, title: proposal.title },
    }).subscribe((partnership) => {
      if (!partnership) {
        return;
      }
      this.seeded.update((ids) =>
        new Map(ids).set(proposal.id, partnership.id),
      );
      this.announce('workshops.seedPartnership.seeded', {
        title: proposal.title,
      });
      focusAfterRender(this.injector, () =>
        this.dataElement('proposal', proposal.id)?.querySelector<HTMLElement>(
          '.proposal__seeded a',
        ),
      );
    });
  }

  // Topics

  protected createTopic(formDirective: FormGroupDirective): void {
    const current = this.series.hasValue() ? this.series.value() : null;
    if (!current || this.creatingTopic()) {
      return;
    }
    const form = this.topicForm;
    const section = this.host.querySelector<HTMLElement>('.topics__new');
    this.topicProblem.set(null);
    if (form.invalid) {
      form.markAllAsTouched();
      focusFirstProblem(section ?? this.host, this.injector);
      return;
    }
    this.creatingTopic.set(true);
    this.api
      .createTopic(current.id, { name: form.getRawValue().name.trim() })
      .subscribe({
        next: (topic) => {
          this.creatingTopic.set(false);
          this.addTopic(topic);
          formDirective.resetForm();
          this.announce('workshops.topics.created', { name: topic.name });
        },
        error: (error: unknown) => {
          this.creatingTopic.set(false);
          this.topicProblem.set(formProblem(form, error));
          focusFirstProblem(section ?? this.host, this.injector, () =>
            section?.querySelector<HTMLElement>('opi-form-alert'),
          );
        },
      });
  }

  protected startRename(topic: WorkshopTopic): void {
    this.renameForm.reset({ name: topic.name });
    this.renameProblem.set(null);
    this.renaming.set(topic.id);
    focusAfterRender(this.injector, () =>
      this.topicElement(topic.id)?.querySelector<HTMLElement>(
        '.topic__rename input',
      ),
    );
  }

  protected cancelRename(topic: WorkshopTopic): void {
    this.renaming.set(null);
    this.focusTopicAction(topic.id, '.topic__rename-button');
  }

  protected rename(topic: WorkshopTopic): void {
    const form = this.renameForm;
    const section =
      this.topicElement(topic.id)?.querySelector<HTMLElement>(
        '.topic__rename',
      ) ?? this.host;
    this.renameProblem.set(null);
    if (form.invalid) {
      form.markAllAsTouched();
      focusFirstProblem(section, this.injector);
      return;
    }
    const name = form.getRawValue().name.trim();
    this.api.updateTopic(topic.id, { name }).subscribe({
      next: (saved) => {
        this.renaming.set(null);
        this.replaceTopic({ ...topic, ...saved });
        this.focusTopicAction(topic.id, '.topic__rename-button');
      },
      error: (error: unknown) => {
        this.renameProblem.set(formProblem(form, error));
        focusFirstProblem(section, this.injector, () =>
          section.querySelector<HTMLElement>('opi-form-alert'),
        );
      },
    });
  }

  protected deleteTopic(topic: WorkshopTopic): void {
    this.boardProblem.set(null);
    confirmWith(this.dialog, {
      title: 'workshops.topics.deleteTitle',
      text: 'workshops.topics.deleteText',
      confirm: 'workshops.topics.deleteConfirm',
      params: { name: topic.name },
    })
      .pipe(
        filter((confirmed) => confirmed),
        switchMap(() => this.api.deleteTopic(topic.id)),
      )
      .subscribe({
        next: () => {
          this.changeSeries((s) => ({
            ...s,
            topics: s.topics.filter((t) => t.id !== topic.id),
          }));
          // Its proposals are in no topic now, with new versions: fetch them again.
          this.proposals.reload();
          this.announce('workshops.topics.deleted', { name: topic.name });
        },
        error: (error: unknown) => this.showBoardProblem(error),
      });
  }

  protected loadSuggestions(): void {
    const current = this.series.hasValue() ? this.series.value() : null;
    if (!current || this.loadingSuggestions()) {
      return;
    }
    this.loadingSuggestions.set(true);
    this.suggestionProblem.set(null);
    this.api.topicSuggestions(current.id).subscribe({
      next: (suggestions) => {
        this.loadingSuggestions.set(false);
        this.suggestions.set(suggestions);
        focusAfterRender(this.injector, () =>
          this.host.querySelector<HTMLElement>('#workshop-suggestions'),
        );
      },
      error: (error: unknown) => {
        this.loadingSuggestions.set(false);
        this.suggestionProblem.set(problemKey(apiProblem(error)));
      },
    });
  }

  protected closeSuggestions(): void {
    this.suggestions.set(null);
    focusAfterRender(this.injector, () =>
      this.host.querySelector<HTMLElement>('.topics__suggest'),
    );
  }

  /** The titles of a suggestion's proposals (those the page knows). */
  protected suggestedTitles(suggestion: WorkshopTopicSuggestion): string[] {
    return suggestion.proposalIds
      .map((id) => this.proposalById(id)?.title)
      .filter((title): title is string => !!title);
  }

  /** Creates the suggested topic, then moves its proposals into it one after the other. */
  protected applySuggestion(suggestion: WorkshopTopicSuggestion): void {
    const current = this.series.hasValue() ? this.series.value() : null;
    if (!current || this.applying()) {
      return;
    }
    this.applying.set(suggestion);
    this.suggestionProblem.set(null);
    this.boardProblem.set(null);
    let moved = 0;
    this.api
      .createTopic(current.id, { name: suggestion.name })
      .pipe(
        tap((topic) => this.addTopic(topic)),
        switchMap((topic) =>
          concat(
            from(suggestion.proposalIds).pipe(
              // One after the other, each with the version the page holds when its turn comes.
              concatMap((id) => defer(() => this.moveInto(id, topic.id))),
              tap(() => moved++),
              ignoreElements(),
            ),
            of(topic),
          ),
        ),
      )
      .subscribe({
        next: (topic) => {
          this.applying.set(null);
          this.suggestions.update(
            (list) => list?.filter((s) => s !== suggestion) ?? null,
          );
          this.announce('workshops.topics.suggestionApplied', {
            name: topic.name,
            count: moved,
          });
        },
        error: (error: unknown) => {
          this.applying.set(null);
          this.showBoardProblem(error);
        },
      });
  }

  /** Saves the proposal into the topic; nothing to do when it is unknown or there already. */
  private moveInto(
    proposalId: string,
    topicId: string,
  ): Observable<WorkshopProposal> {
    const proposal = this.proposalById(proposalId);
    if (!proposal || proposal.topicId === topicId) {
      return EMPTY;
    }
    this.setSaving(proposal.id, true);
    return this.api
      .updateProposal(proposal.id, { version: proposal.version, topicId })
      .pipe(
        tap((saved) => this.replaceProposal(saved)),
        finalize(() => this.setSaving(proposal.id, false)),
      );
  }

  private addTopic(topic: WorkshopTopic): void {
    this.changeSeries((s) => ({
      ...s,
      topics: [
        ...s.topics,
        { ...topic, recommendations: topic.recommendations ?? [] },
      ],
    }));
  }

  private replaceTopic(topic: WorkshopTopic): void {
    this.changeSeries((s) => ({
      ...s,
      topics: s.topics.map((t) => (t.id === topic.id ? topic : t)),
    }));
  }

  private topicElement(topicId: string): HTMLElement | undefined {
    return this.dataElement('topic', topicId);
  }

  /** The element of the page with `data-<name>="<value>"`. */
  private dataElement(name: string, value: string): HTMLElement | undefined {
    return [...this.host.querySelectorAll<HTMLElement>(`[data-${name}]`)].find(
      (el) => el.dataset[name] === value,
    );
  }

  private focusTopicAction(topicId: string, selector: string): void {
    focusAfterRender(this.injector, () =>
      this.topicElement(topicId)?.querySelector<HTMLElement>(selector),
    );
  }

  // Recommendations

  protected isEditingRecommendation(
    topicId: string,
    id: string | null,
  ): boolean {
    const edit = this.recommendationEdit();
    return !!edit && edit.topicId === topicId && edit.id === id;
  }

  protected editRecommendation(
    topic: WorkshopTopic,
    recommendation: WorkshopTopic['recommendations'][number] | null,
  ): void {
    this.recommendationForm.reset({
      authority: recommendation?.authority ?? '',
      text: recommendation?.text ?? '',
    });
    this.recommendationProblem.set(null);
    this.recommendationEdit.set({
      topicId: topic.id,
      id: recommendation?.id ?? null,
    });
    focusAfterRender(this.injector, () =>
      this.topicElement(topic.id)?.querySelector<HTMLElement>(
        '.recommendation__form input',
      ),
    );
  }

  protected cancelRecommendation(topic: WorkshopTopic): void {
    this.recommendationEdit.set(null);
    this.focusTopicAction(topic.id, '.topic__add-recommendation');
  }

  protected saveRecommendation(topic: WorkshopTopic): void {
    const edit = this.recommendationEdit();
    if (!edit || this.savingRecommendation()) {
      return;
    }
    const form = this.recommendationForm;
    const section =
      this.topicElement(topic.id)?.querySelector<HTMLElement>(
        '.recommendation__form',
      ) ?? this.host;
    this.recommendationProblem.set(null);
    if (form.invalid) {
      form.markAllAsTouched();
      focusFirstProblem(section, this.injector);
      return;
    }
    const { authority, text } = form.getRawValue();
    const body = { authority: authority.trim(), text: text.trim() };
    const request =
      edit.id === null
        ? this.api.addRecommendation(topic.id, body)
        : this.api.updateRecommendation(edit.id, body);
    this.savingRecommendation.set(true);
    request.subscribe({
      next: (saved) => {
        this.savingRecommendation.set(false);
        this.recommendationEdit.set(null);
        this.updateRecommendations(topic.id, (list) =>
          edit.id === null
            ? [...list, saved]
            : list.map((r) => (r.id === saved.id ? saved : r)),
        );
        this.focusTopicAction(topic.id, '.topic__add-recommendation');
      },
      error: (error: unknown) => {
        this.savingRecommendation.set(false);
        this.recommendationProblem.set(formProblem(form, error));
        focusFirstProblem(section, this.injector, () =>
          section.querySelector<HTMLElement>('opi-form-alert'),
        );
      },
    });
  }

  protected deleteRecommendation(
    topic: WorkshopTopic,
    recommendation: WorkshopTopic['recommendations'][number],
  ): void {
    this.boardProblem.set(null);
    confirmWith(this.dialog, {
      title: 'workshops.topics.recommendations.deleteTitle',
      text: 'workshops.topics.recommendations.deleteText',
      confirm: 'workshops.topics.recommendations.deleteConfirm',
      params: { authority: recommendation.authority },
    })
      .pipe(
        filter((confirmed) => confirmed),
        switchMap(() => this.api.deleteRecommendation(recommendation.id)),
      )
      .subscribe({
        next: () => {
          this.updateRecommendations(topic.id, (list) =>
            list.filter((r) => r.id !== recommendation.id),
          );
          this.focusTopicAction(topic.id, '.topic__add-recommendation');
        },
        error: (error: unknown) => this.showBoardProblem(error),
      });
  }

  private updateRecommendations(
    topicId: string,
    change: (
      list: WorkshopTopic['recommendations'],
    ) => WorkshopTopic['recommendations'],
  ): void {
    this.changeSeries((s) => ({
      ...s,
      topics: s.topics.map((t) =>
        t.id === topicId
          ? { ...t, recommendations: change(t.recommendations ?? []) }
          : t,
      ),
    }));
  }

  // Downloads

  protected downloadCsv(): void {
    if (this.downloading()) {
      return;
    }
    this.downloading.set(true);
    this.downloadProblem.set(null);
    this.api.reportCsv(this.seriesId()).subscribe({
      next: (blob) => {
        this.downloading.set(false);
        saveBlob(this.document, blob, REPORT_CSV_FILE);
      },
      error: (error: unknown) => {
        this.downloading.set(false);
        this.downloadProblem.set(problemKey(apiProblem(error)));
      },
    });
  }

  /** Changes the series the page holds (after a save the API answered). */
  private changeSeries(
    change: (series: WorkshopSeries) => WorkshopSeries,
  ): void {
    if (this.series.hasValue()) {
      this.series.value.set(change(this.series.value()));
    }
  }

  private announce(key: string, params: Record<string, unknown>): void {
    this.announcement.set({ key, params });
  }

  private focusEditButton(): void {
    focusAfterRender(this.injector, () =>
      this.host.querySelector<HTMLElement>('.series__edit-button'),
    );
  }
}
