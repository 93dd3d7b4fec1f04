import { DOCUMENT } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  signal,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import type { MatrixPoint, ScoreSummary } from '@opi/contracts';
import { compareByPriority } from '@opi/workshops';
import { LanguageService } from '../i18n/language.service';
import { apiProblem, problemKey } from '../shared/api-error';
import { LocalDatePipe } from '../shared/local-date.pipe';
import { MatrixChart, matrixLabels, matrixSvg } from './matrix-chart';
import {
  REPORT_CSV_FILE,
  REPORT_PDF_FILE,
  saveBlob,
} from './workshop-download';
import {
  HORIZON_KEYS,
  QUADRANT_KEYS,
  RESPONSIBLE_KEYS,
  STEP_KEYS,
} from './workshop-labels';
import {
  PROPOSAL_FIELDS,
  type ProposalField,
  reportDocument,
  reportPdfLabels,
  reportTopics,
  scoreText,
} from './workshop-report-pdf';
import { WorkshopsApiService } from './workshops-api.service';

/** Width and height of the matrix drawn for the PDF (pixels of the SVG). */
export const PDF_MATRIX_SIZE = { width: 720, height: 480 } as const;

const FIELD_KEYS: Readonly<Record<ProposalField, string>> = {
  problem: 'workshops.report.fields.problem',
  proposal: 'workshops.report.fields.proposal',
  needed: 'workshops.report.fields.needed',
  beneficiaries: 'workshops.report.fields.beneficiaries',
  pains: 'workshops.report.fields.pains',
  gains: 'workshops.report.fields.gains',
};

/** pdfmake's browser build, as the bundler hands a CommonJS module to `import()`. */
type PdfMake = typeof import('pdfmake/build/pdfmake');

/**
 * `/workshops/:seriesId/report`: the series' report, made to be printed: its sessions, the
 * opportunity/difficulty matrix of the proposals (with a table of the same figures), then per
 * topic the proposals ranked and grouped by horizon, and the topic's recommendations. It prints
 * without the portal's header and buttons, and downloads as a PDF (built in the browser with
 * pdfmake, loaded on demand) or as CSV.
 */
@Component({
  selector: 'opi-workshop-report-page',
  imports: [
    MatButtonModule,
    MatProgressBarModule,
    MatTableModule,
    RouterLink,
    TranslocoPipe,
    LocalDatePipe,
    MatrixChart,
  ],
  templateUrl: './workshop-report-page.html',
  styleUrl: './workshop-report-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class WorkshopReportPage {
  /** Route parameter. */
  readonly seriesId = input.required<string>();

  private readonly api = inject(WorkshopsApiService);
  private readonly document = inject(DOCUMENT);
  private readonly transloco = inject(TranslocoService);
  protected readonly lang = inject(LanguageService).current;
  protected readonly stepKeys = STEP_KEYS;
  protected readonly horizonKeys = HORIZON_KEYS;
  protected readonly quadrantKeys = QUADRANT_KEYS;
  protected readonly responsibleKeys = RESPONSIBLE_KEYS;
  protected readonly fields = PROPOSAL_FIELDS;
  protected readonly fieldKeys = FIELD_KEYS;
  protected readonly matrixColumns = [
    'proposal',
    'opportunity',
    'difficulty',
    'votes',
    'quadrant',
  ];

  protected readonly report = rxResource({
    params: () => this.seriesId(),
    stream: ({ params }) => this.api.report(params),
  });

  protected readonly sessions = computed(() =>
    this.report.hasValue()
      ? [...this.report.value().sessions].sort((a, b) => a.number - b.number)
      : [],
  );
  /** The matrix' points, best first (the table under the chart). */
  protected readonly points = computed(() =>
    this.report.hasValue()
      ? [...this.report.value().points].sort(compareByPriority)
      : [],
  );
  protected readonly topics = computed(() =>
    this.report.hasValue() ? reportTopics(this.report.value()) : [],
  );

  protected readonly makingPdf = signal(false);
  protected readonly downloadingCsv = signal(false);
  protected readonly problem = signal<string | null>(null);

  /** The quadrant's name (a table row's point, which the table's template does not type). */
  protected quadrantKey(point: MatrixPoint): string {
    return QUADRANT_KEYS[point.quadrant];
  }

  protected score(summary: ScoreSummary): string {
    return scoreText(summary, this.lang());
  }

  protected print(): void {
    this.document.defaultView?.print();
  }

  protected downloadCsv(): void {
    if (this.downloadingCsv()) {
      return;
    }
    this.downloadingCsv.set(true);
    this.problem.set(null);
    this.api.reportCsv(this.seriesId()).subscribe({
      next: (blob) => {
        this.downloadingCsv.set(false);
        saveBlob(this.document, blob, REPORT_CSV_FILE);
      },
      error: (error: unknown) => {
        this.downloadingCsv.set(false);
        this.problem.set(problemKey(apiProblem(error)));
      },
    });
  }

  /** Builds the PDF here, in the reader's language, and offers it as `workshop-report.pdf`. */
  protected async downloadPdf(): Promise<void> {
    if (this.makingPdf() || !this.report.hasValue()) {
      return;
    }
    const report = this.report.value();
    this.makingPdf.set(true);
    this.problem.set(null);
    try {
      const pdfMake = await loadPdfMake();
      const definition = reportDocument(
        report,
        reportPdfLabels(
          (key, params) => this.transloco.translate(key, params),
          this.lang(),
          report.generatedAt,
        ),
        matrixSvg(
          report.points,
          matrixLabels(this.transloco),
          PDF_MATRIX_SIZE.width,
          PDF_MATRIX_SIZE.height,
        ),
      );
      const blob = await pdfMake.createPdf(definition).getBlob();
      saveBlob(this.document, blob, REPORT_PDF_FILE);
    } catch {
      this.problem.set('workshops.report.pdfError');
    } finally {
      this.makingPdf.set(false);
    }
  }
}

/** pdfmake and its fonts, downloaded the first time a PDF is made. */
async function loadPdfMake(): Promise<PdfMake> {
  const [pdfMakeModule, fontsModule] = await Promise.all([
    import('pdfmake/build/pdfmake'),
    import('pdfmake/build/vfs_fonts'),
  ]);
  // Both are CommonJS: the bundler puts `module.exports` on `default`.
  const pdfMake =
    (pdfMakeModule as unknown as { default?: PdfMake }).default ??
    pdfMakeModule;
  const fonts = fontsModule as unknown as {
    default?: Record<string, string>;
  };
  pdfMake.addVirtualFileSystem(
    fonts.default ?? (fontsModule as unknown as Record<string, string>),
  );
  return pdfMake;
}
