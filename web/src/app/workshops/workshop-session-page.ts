import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  linkedSignal,
  signal,
} from '@angular/core';
import {
  rxResource,
  takeUntilDestroyed,
  toObservable,
} from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTabsModule } from '@angular/material/tabs';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import {
  WORKSHOP_STEPS,
  type WorkshopMatrix,
  type WorkshopSession,
  type WorkshopStep,
} from '@opi/contracts';
import {
  Subject,
  debounceTime,
  filter,
  map,
  merge,
  switchMap,
  tap,
} from 'rxjs';
import { AuthService } from '../auth/auth.service';
import { LanguageService } from '../i18n/language.service';
import { apiProblem, problemKey } from '../shared/api-error';
import { LocalDatePipe } from '../shared/local-date.pipe';
import { SessionEmpathy } from './session-empathy';
import { SessionMatrix } from './session-matrix';
import { SessionParticipants } from './session-participants';
import { SessionProposals } from './session-proposals';
import { SessionScoring } from './session-scoring';
import { WORKSHOP_EVENT_SOURCE, liveSignals } from './workshop-events';
import { SIDE_KEYS, STEP_KEYS } from './workshop-labels';
import { WorkshopsApiService } from './workshops-api.service';

/** Changes close together (a burst of scores) make one fetch. */
export const LIVE_DEBOUNCE_MS = 250;

/** The tab each step opens on (a closed session shows its matrix). */
const TAB_OF_STEP: Readonly<Record<WorkshopStep, number>> = {
  empathy: 0,
  'ideal-conditions': 1,
  prioritising: 2,
  closed: 2,
};

/** Whether the live updates are coming through. */
type LiveState = 'connecting' | 'live' | 'lost';

/**
 * `/workshops/sessions/:sessionId`: a workshop session's screen, for the facilitator (on the
 * projector) and the participants (on their phones; guests by their invitation token). The four
 * steps of the method are tabs — the session's current step opens, and follows when the
 * facilitator moves on. Everything on it is live: each change any participant makes comes as a
 * server-sent event, and the session and its matrix are fetched again.
 */
@Component({
  selector: 'opi-workshop-session-page',
  imports: [
    MatButtonModule,
    MatProgressBarModule,
    MatTabsModule,
    RouterLink,
    TranslocoPipe,
    LocalDatePipe,
    SessionEmpathy,
    SessionMatrix,
    SessionParticipants,
    SessionProposals,
    SessionScoring,
  ],
  templateUrl: './workshop-session-page.html',
  styleUrl: './workshop-session-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class WorkshopSessionPage {
  /** Route parameter. */
  readonly sessionId = input.required<string>();

  private readonly api = inject(WorkshopsApiService);
  private readonly openEvents = inject(WORKSHOP_EVENT_SOURCE);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);
  protected readonly lang = inject(LanguageService).current;
  protected readonly signedIn = inject(AuthService).signedIn;

  protected readonly sessionResource = rxResource({
    params: () => this.sessionId(),
    stream: ({ params }) => this.api.session(params),
  });
  protected readonly matrixResource = rxResource({
    params: () => this.sessionId(),
    stream: ({ params }) => this.api.matrix(params),
  });

  /** The session shown: the latest that came; a live fetch that fails keeps the last one. */
  protected readonly session = linkedSignal<
    WorkshopSession | undefined,
    WorkshopSession | undefined
  >({
    source: () =>
      this.sessionResource.hasValue()
        ? this.sessionResource.value()
        : undefined,
    computation: (value, previous) =>
      value ??
      (previous?.value?.id === this.sessionId() ? previous.value : undefined),
  });
  protected readonly matrix = linkedSignal<
    WorkshopMatrix | undefined,
    WorkshopMatrix | undefined
  >({
    source: () =>
      this.matrixResource.hasValue() ? this.matrixResource.value() : undefined,
    computation: (value, previous) =>
      value ??
      (previous?.value?.sessionId === this.sessionId()
        ? previous.value
        : undefined),
  });

  protected readonly live = signal<LiveState>('connecting');
  protected readonly movingStep = signal(false);

  protected readonly facilitator = computed(
    () => this.session()?.access.facilitator ?? false,
  );
  /** Closed sessions are read, not written (facilitators may still tidy up). */
  protected readonly readOnly = computed(
    () => this.session()?.step === 'closed' && !this.facilitator(),
  );
  /** The reader as a participant, when they take part. */
  protected readonly me = computed(() => {
    const session = this.session();
    const id = session?.access.participantId;
    return session?.participants.find((p) => p.id === id) ?? null;
  });
  protected readonly sideKeys = SIDE_KEYS;

  /** The session's step (a signal of its own: it changes less often than the session). */
  private readonly step = computed(() => this.session()?.step ?? 'empathy');
  protected readonly steps = computed(() => {
    const current = WORKSHOP_STEPS.indexOf(this.step());
    return WORKSHOP_STEPS.map((step, index) => ({
      step,
      key: STEP_KEYS[step],
      current: index === current,
      done: index < current,
    }));
  });
  protected readonly stepIndex = computed(() =>
    WORKSHOP_STEPS.indexOf(this.step()),
  );
  protected readonly nextStepKey = computed(() => {
    const next = WORKSHOP_STEPS[this.stepIndex() + 1];
    return next ? STEP_KEYS[next] : null;
  });
  protected readonly previousStepKey = computed(() => {
    const previous = WORKSHOP_STEPS[this.stepIndex() - 1];
    return previous ? STEP_KEYS[previous] : null;
  });

  /** The open tab: the current step's, again each time the step changes. */
  protected readonly selectedTab = linkedSignal(() => TAB_OF_STEP[this.step()]);

  protected readonly loadErrorKey = computed(() => {
    const status = apiProblem(this.sessionResource.error()).status;
    if (status === 404) {
      return 'workshops.session.notFound';
    }
    if (status === 401 || status === 403) {
      return 'workshops.session.noAccess';
    }
    return 'workshops.session.loadError';
  });

  /** Something changed here (a save) or elsewhere (an event): fetch again, once per burst. */
  private readonly changes = new Subject<void>();

  constructor() {
    toObservable(this.sessionId)
      .pipe(
        switchMap((id) => {
          let lost = false;
          const events = liveSignals(
            this.openEvents,
            this.api.eventsUrl(id),
          ).pipe(
            tap((signal) => {
              if (signal.kind === 'lost') {
                lost = true;
                this.live.set('lost');
              } else {
                this.live.set('live');
              }
            }),
            // After a lost connection, what was missed meanwhile is fetched.
            filter(
              (signal) =>
                (signal.kind === 'change' && signal.change.sessionId === id) ||
                (signal.kind === 'open' && lost),
            ),
            tap(() => (lost = false)),
            map(() => undefined),
          );
          this.live.set('connecting');
          return merge(events, this.changes).pipe(
            debounceTime(LIVE_DEBOUNCE_MS),
          );
        }),
        takeUntilDestroyed(),
      )
      .subscribe(() => this.refresh());
  }

  /** A child saved something: fetch the session and the matrix again (debounced with events). */
  protected changed(): void {
    this.changes.next();
  }

  /** Facilitators: one step on (+1) or back (−1). */
  protected moveStep(by: 1 | -1): void {
    const session = this.session();
    const step = WORKSHOP_STEPS[this.stepIndex() + by];
    if (!session || !step || this.movingStep()) {
      return;
    }
    this.movingStep.set(true);
    this.api.updateSession(session.id, { step }).subscribe({
      next: () => {
        this.movingStep.set(false);
        this.snackBar.open(
          this.transloco.translate('workshops.session.steps.moved', {
            step: this.transloco.translate(STEP_KEYS[step]),
          }),
          undefined,
          { duration: 4000 },
        );
        this.refresh();
      },
      error: (error: unknown) => {
        this.movingStep.set(false);
        this.snackBar.open(
          this.transloco.translate(problemKey(apiProblem(error))),
          undefined,
          { duration: 8000 },
        );
      },
    });
  }

  private refresh(): void {
    this.sessionResource.reload();
    this.matrixResource.reload();
  }
}
