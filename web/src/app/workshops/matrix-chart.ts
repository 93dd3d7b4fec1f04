import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  afterNextRender,
  computed,
  effect,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import type { MatrixPoint } from '@opi/contracts';
import { type MatrixChartLabels, matrixChartOption } from '@opi/workshops';
import { ScatterChart } from 'echarts/charts';
import {
  GridComponent,
  MarkLineComponent,
  MarkPointComponent,
  TooltipComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { AXIS_KEYS, QUADRANT_KEYS } from './workshop-labels';

echarts.use([
  ScatterChart,
  GridComponent,
  MarkLineComponent,
  MarkPointComponent,
  TooltipComponent,
  SVGRenderer,
]);

/** The chart's words in the active language. */
export function matrixLabels(transloco: TranslocoService): MatrixChartLabels {
  const t = (key: string, params?: Record<string, unknown>) =>
    transloco.translate(key, params);
  return {
    opportunity: t(AXIS_KEYS.opportunity),
    difficulty: t(AXIS_KEYS.difficulty),
    quadrants: {
      'quick-win': t(QUADRANT_KEYS['quick-win']),
      'major-project': t(QUADRANT_KEYS['major-project']),
      'fill-in': t(QUADRANT_KEYS['fill-in']),
      thankless: t(QUADRANT_KEYS.thankless),
    },
    tooltip: (p) =>
      t('workshops.matrix.tooltip', {
        title: p.title,
        opportunity: p.opportunity.mean,
        difficulty: p.difficulty.mean,
        votes: p.votes,
      }),
  };
}

/**
 * The matrix as an SVG string (for the PDF report), drawn by ECharts'
 * server-side renderer in the browser, without touching the page.
 */
export function matrixSvg(
  points: readonly MatrixPoint[],
  labels: MatrixChartLabels,
  width = 720,
  height = 480,
): string {
  const chart = echarts.init(null, null, {
    renderer: 'svg',
    ssr: true,
    width,
    height,
  });
  try {
    chart.setOption(matrixChartOption(points, labels));
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

/**
 * The opportunity/difficulty matrix: one point per proposal, sized by votes,
 * in its quadrant. Redrawn whenever the points or the language change. A
 * table with the same figures follows for screen readers and print.
 */
@Component({
  selector: 'opi-matrix-chart',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div
      #canvas
      class="chart"
      role="img"
      [attr.aria-label]="'workshops.matrix.chartLabel' | transloco: { count: points().length }"
      data-testid="matrix-chart"
    ></div>
  `,
  styles: `
    :host {
      display: block;
    }
    .chart {
      width: 100%;
      height: 420px;
    }
  `,
})
export class MatrixChart {
  readonly points = input.required<readonly MatrixPoint[]>();

  private readonly transloco = inject(TranslocoService);
  private readonly canvas = viewChild.required<ElementRef<HTMLElement>>('canvas');
  private readonly chart = signal<echarts.ECharts | null>(null);
  private readonly language = signal(this.transloco.getActiveLang());
  private readonly option = computed(() => {
    this.language();
    return matrixChartOption(this.points(), matrixLabels(this.transloco));
  });

  constructor() {
    const destroyRef = inject(DestroyRef);
    const languageChanges = this.transloco.langChanges$.subscribe((lang) =>
      this.language.set(lang),
    );
    afterNextRender(() => {
      const element = this.canvas().nativeElement;
      const chart = echarts.init(element, null, { renderer: 'svg' });
      this.chart.set(chart);
      const resize = new ResizeObserver(() => chart.resize());
      resize.observe(element);
      destroyRef.onDestroy(() => {
        resize.disconnect();
        chart.dispose();
      });
    });
    destroyRef.onDestroy(() => languageChanges.unsubscribe());
    effect(() => {
      const chart = this.chart();
      if (chart) chart.setOption(this.option(), { notMerge: true });
    });
  }
}
