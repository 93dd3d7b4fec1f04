import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  computed,
  inject,
  signal,
} from '@angular/core';
import { HttpErrorResponse } from '@angular/common/http';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { TranslocoPipe } from '@jsverse/transloco';
import type { DatasetProblem, ImportReport } from '@opi/contracts';
import type { Subscription } from 'rxjs';
import { AuthService } from '../auth/auth.service';
import { LanguageService } from '../i18n/language.service';
import { apiProblem, problemKey } from '../shared/api-error';
import { focusAfterRender } from '../shared/focus';
import { LocalNumberPipe } from '../shared/local-number.pipe';
import { pluralKey } from '../shared/plural-key';
import { MatchingAdmin } from '../matching/matching-admin';
import { DatasetImportApiService } from './dataset-import-api.service';
import {
  type FileProblem,
  checkDatasetText,
  fileSize,
  readText,
} from './dataset-file';
import { canImport } from './import-roles';

type Collection = 'organisations' | 'needs' | 'offerings';

/** One line of the report table. */
interface ReportRow {
  key: string;
  total: number;
  created: number;
  updated: number;
  unchanged: number;
}

const COLLECTION_KEYS: Readonly<Record<Collection, string>> = {
  organisations: 'import.report.organisations',
  needs: 'import.report.needs',
  offerings: 'import.report.offerings',
};

/** What the page is doing: nothing, sending the file, or waiting for the server's answer. */
type Phase = 'idle' | 'uploading' | 'processing';

/**
 * `/import` (cluster managers and admins): checks an opi-dataset/v1 file in the browser (is it
 * JSON?), then on the server without writing anything (dry run: the report, or every problem
 * by JSON path), then imports it, with the upload's progress.
 */
@Component({
  selector: 'opi-dataset-import',
  imports: [
    MatButtonModule,
    MatProgressBarModule,
    MatTableModule,
    TranslocoPipe,
    LocalNumberPipe,
    MatchingAdmin,
  ],
  templateUrl: './dataset-import.html',
  styleUrl: './dataset-import.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DatasetImport {
  private readonly api = inject(DatasetImportApiService);
  private readonly auth = inject(AuthService);
  private readonly host: HTMLElement = inject(ElementRef).nativeElement;
  private readonly injector = inject(Injector);
  protected readonly lang = inject(LanguageService).current;

  protected readonly user = this.auth.currentUser;
  protected readonly allowed = computed(() => canImport(this.user()));

  protected readonly file = signal<File | null>(null);
  protected readonly fileSize = computed(() => {
    const file = this.file();
    return file ? fileSize(file.size, this.lang()) : '';
  });
  protected readonly reading = signal(false);
  protected readonly fileProblem = signal<FileProblem | null>(null);

  protected readonly phase = signal<Phase>('idle');
  /** Whether the request under way is a dry run. */
  protected readonly dryRun = signal(true);
  /** Upload progress in percent. */
  protected readonly progress = signal(0);
  protected readonly percent = computed(() =>
    new Intl.NumberFormat(this.lang(), { style: 'percent' }).format(
      this.progress() / 100,
    ),
  );

  protected readonly report = signal<ImportReport | null>(null);
  protected readonly problems = signal<DatasetProblem[] | null>(null);
  protected readonly requestProblem = signal<string | null>(null);

  protected readonly busy = computed(
    () => this.reading() || this.phase() !== 'idle',
  );
  /** Import once a dry run of this file found nothing wrong. */
  protected readonly canImport = computed(
    () => !this.busy() && this.report()?.dryRun === true && !!this.file(),
  );
  protected readonly reportRows = computed((): ReportRow[] => {
    const report = this.report();
    if (!report) {
      return [];
    }
    return (['organisations', 'needs', 'offerings'] as const).map((c) => ({
      key: COLLECTION_KEYS[c],
      total: report[c],
      ...report.changes[c],
    }));
  });
  protected readonly columns = [
    'collection',
    'total',
    'created',
    'updated',
    'unchanged',
  ];
  protected readonly problemsHeading = computed(() =>
    pluralKey(
      { one: 'import.problems.one', other: 'import.problems.other' },
      this.problems()?.length ?? 0,
      this.lang(),
    ),
  );
  /** For the live region: what is going on. */
  protected readonly statusKey = computed(() => {
    if (this.reading()) {
      return 'import.file.reading';
    }
    switch (this.phase()) {
      case 'uploading':
        return 'import.progress.uploading';
      case 'processing':
        return this.dryRun()
          ? 'import.progress.checking'
          : 'import.progress.importing';
      default:
        return '';
    }
  });

  private request: Subscription | null = null;

  /** A file was picked: read it and check it is JSON before anything goes to the server. */
  protected async pick(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0] ?? null;
    input.value = ''; // picking the same file again (after fixing it) is a change too
    if (!file) {
      return;
    }
    this.request?.unsubscribe();
    this.phase.set('idle');
    this.report.set(null);
    this.problems.set(null);
    this.requestProblem.set(null);
    this.fileProblem.set(null);
    this.file.set(file);
    this.reading.set(true);
    try {
      this.fileProblem.set(checkDatasetText(await readText(file)));
    } catch {
      this.fileProblem.set({ key: 'import.file.unreadable' });
    } finally {
      this.reading.set(false);
    }
  }

  /** Sends the file: a dry run (nothing written) or the import itself. */
  protected run(dryRun: boolean): void {
    const file = this.file();
    if (!file || this.fileProblem() || this.busy()) {
      return;
    }
    if (!dryRun && !this.canImport()) {
      return;
    }
    this.dryRun.set(dryRun);
    this.report.set(null);
    this.problems.set(null);
    this.requestProblem.set(null);
    this.progress.set(0);
    this.phase.set('uploading');
    this.request = this.api.import(file, dryRun).subscribe({
      next: (event) => {
        if (event.type === 'progress') {
          const percent =
            event.total > 0
              ? Math.round((100 * event.loaded) / event.total)
              : 0;
          this.progress.set(Math.min(percent, 100));
          if (event.total > 0 && event.loaded >= event.total) {
            this.phase.set('processing');
          }
        } else {
          this.phase.set('idle');
          this.report.set(event.report);
          this.focusResult();
        }
      },
      error: (error: unknown) => {
        this.phase.set('idle');
        this.failed(error);
        this.focusResult();
      },
    });
  }

  private failed(error: unknown): void {
    const problem = apiProblem(error);
    if (problem.status === 400) {
      const body =
        error instanceof HttpErrorResponse
          ? (error.error as { problems?: unknown } | null)
          : null;
      const problems = Array.isArray(body?.problems)
        ? (body.problems as DatasetProblem[])
        : problem.messages.map((message) => ({ path: '', message }));
      if (problems.length > 0) {
        this.problems.set(problems);
        return;
      }
    }
    this.requestProblem.set(
      problem.status === 413
        ? 'import.errors.tooLarge'
        : problem.status === 403
          ? 'import.notAllowed'
          : problemKey(problem),
    );
  }

  private focusResult(): void {
    focusAfterRender(this.injector, () =>
      this.host.querySelector<HTMLElement>(
        '.import__result-heading, .import__error',
      ),
    );
  }
}
