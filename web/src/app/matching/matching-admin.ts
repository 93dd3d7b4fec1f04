import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslocoPipe } from '@jsverse/transloco';
import type { MatchingStatus, RecomputeAllResult } from '@opi/contracts';
import { LanguageService } from '../i18n/language.service';
import { apiProblem, problemKey } from '../shared/api-error';
import { LocalNumberPipe } from '../shared/local-number.pipe';
import { MatchingApiService } from './matching-api.service';

/** What the last "recompute all" did, or why it failed. */
type Outcome =
  | { kind: 'queued'; result: RecomputeAllResult }
  | { kind: 'failed'; key: string };

/**
 * For admins (on `/import`): how far matching's background work is — records whose profile is
 * prepared, needs and offerings with stored results — and "recompute all" (after the engine's
 * weights change): every stored result is dropped and queued; a need read before its job runs
 * is computed on the spot.
 */
@Component({
  selector: 'opi-matching-admin',
  imports: [
    MatButtonModule,
    MatProgressBarModule,
    TranslocoPipe,
    LocalNumberPipe,
  ],
  templateUrl: './matching-admin.html',
  styleUrl: './matching-admin.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MatchingAdmin {
  private readonly api = inject(MatchingApiService);
  private readonly destroyRef = inject(DestroyRef);
  protected readonly lang = inject(LanguageService).current;

  protected readonly status = signal<MatchingStatus | null>(null);
  protected readonly loading = signal(false);
  protected readonly statusError = signal<string | null>(null);
  protected readonly recomputing = signal(false);
  protected readonly outcome = signal<Outcome | null>(null);

  protected readonly rows = [
    { kind: 'needs', label: 'matching.admin.needs' },
    { kind: 'offerings', label: 'matching.admin.offerings' },
  ] as const;

  constructor() {
    this.refresh();
  }

  protected refresh(): void {
    this.loading.set(true);
    this.api
      .status()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (status) => {
          this.status.set(status);
          this.statusError.set(null);
          this.loading.set(false);
        },
        error: (error: unknown) => {
          this.statusError.set(problemKey(apiProblem(error)));
          this.loading.set(false);
        },
      });
  }

  protected queuedKey(result: RecomputeAllResult): string {
    return result.queued ? 'matching.admin.queued' : 'matching.admin.notQueued';
  }

  /** The counts of a "recompute all", written in the page's language. */
  protected counts(result: RecomputeAllResult): Record<string, string> {
    const format = new Intl.NumberFormat(this.lang());
    return {
      needs: format.format(result.needs),
      offerings: format.format(result.offerings),
    };
  }

  protected recomputeAll(): void {
    this.recomputing.set(true);
    this.outcome.set(null);
    this.api
      .recomputeAll()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (result) => {
          this.outcome.set({ kind: 'queued', result });
          this.recomputing.set(false);
          this.refresh();
        },
        error: (error: unknown) => {
          this.outcome.set({
            kind: 'failed',
            key: problemKey(apiProblem(error)),
          });
          this.recomputing.set(false);
        },
      });
  }
}
