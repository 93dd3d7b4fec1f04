import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  WORKSHOP_SCORE_MAX,
  WORKSHOP_SCORE_MIN,
  type WorkshopSession,
} from '@opi/contracts';
import { AXIS_KEYS } from './workshop-labels';
import { WorkshopsApiService } from './workshops-api.service';

type Axis = 'opportunity' | 'difficulty';

/** The reader's scores of one proposal, as far as given. */
interface Draft {
  opportunity: number | null;
  difficulty: number | null;
}

/** Where saving one proposal's scores stands. */
type ScoreState =
  | { kind: 'incomplete' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  | { kind: 'error' };

const SCORES = Array.from(
  { length: WORKSHOP_SCORE_MAX - WORKSHOP_SCORE_MIN + 1 },
  (_, i) => WORKSHOP_SCORE_MIN + i,
);

/**
 * Step 3, prioritising: each participant scores every proposal for opportunity (importance) and
 * difficulty, 1 to 5. A proposal's scores are saved as soon as both are chosen, and again on each
 * change.
 */
@Component({
  selector: 'opi-session-scoring',
  imports: [MatButtonToggleModule, TranslocoPipe],
  templateUrl: './session-scoring.html',
  styleUrl: './session-scoring.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SessionScoring {
  readonly session = input.required<WorkshopSession>();
  /** The session is closed for the reader: scores are no longer given. */
  readonly readOnly = input(false);
  readonly changed = output<void>();

  private readonly api = inject(WorkshopsApiService);

  protected readonly scores = SCORES;
  protected readonly axisKeys = AXIS_KEYS;
  protected readonly canScore = computed(
    () => this.session().access.participantId !== null && !this.readOnly(),
  );

  /** Scores chosen on this screen, by proposal (they win over the ones fetched). */
  private readonly drafts = signal<ReadonlyMap<string, Draft>>(new Map());
  private readonly states = signal<ReadonlyMap<string, ScoreState>>(new Map());

  protected readonly rows = computed(() => {
    const drafts = this.drafts();
    const states = this.states();
    return this.session().proposals.map((p) => {
      const draft = drafts.get(p.id) ?? {
        opportunity: p.myScore?.opportunity ?? null,
        difficulty: p.myScore?.difficulty ?? null,
      };
      const state: ScoreState | null =
        states.get(p.id) ?? (p.myScore ? { kind: 'saved' } : null);
      return {
        id: p.id,
        title: p.title,
        sessionNumber: p.sessionNumber,
        draft,
        state,
        ids: {
          title: `score-${p.id}-title`,
          opportunity: `score-${p.id}-opportunity`,
          difficulty: `score-${p.id}-difficulty`,
        },
      };
    });
  });

  /** A score chosen: saved at once when the other one is there too. */
  protected pick(proposalId: string, axis: Axis, value: number): void {
    const row = this.rows().find((r) => r.id === proposalId);
    if (!row) {
      return;
    }
    const draft: Draft = { ...row.draft, [axis]: value };
    this.drafts.update((map) => new Map(map).set(proposalId, draft));
    if (draft.opportunity === null || draft.difficulty === null) {
      this.setState(proposalId, { kind: 'incomplete' });
      return;
    }
    this.setState(proposalId, { kind: 'saving' });
    this.api
      .score(this.session().id, proposalId, {
        opportunity: draft.opportunity,
        difficulty: draft.difficulty,
      })
      .subscribe({
        next: () => {
          // A later choice is on its way: its answer says how things stand.
          if (this.drafts().get(proposalId) === draft) {
            this.setState(proposalId, { kind: 'saved' });
          }
          this.changed.emit();
        },
        error: () => {
          if (this.drafts().get(proposalId) === draft) {
            this.setState(proposalId, { kind: 'error' });
          }
        },
      });
  }

  private setState(proposalId: string, state: ScoreState): void {
    this.states.update((map) => new Map(map).set(proposalId, state));
  }
}
