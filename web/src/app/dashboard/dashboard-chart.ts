import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  afterNextRender,
  effect,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { BarChart, LineChart } from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  TooltipComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([
  BarChart,
  LineChart,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  SVGRenderer,
]);

/**
 * One chart of the dashboard, drawn by ECharts (SVG) from `option` and redrawn when it changes.
 * The figures are also in the table that follows it; `label` names the chart for screen readers.
 */
@Component({
  selector: 'opi-dashboard-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<div
    #canvas
    class="chart"
    role="img"
    [attr.aria-label]="label()"
  ></div>`,
  styles: `
    :host {
      display: block;
    }
    .chart {
      width: 100%;
      height: 320px;
    }
  `,
})
export class DashboardChart {
  readonly option = input.required<echarts.EChartsCoreOption>();
  readonly label = input.required<string>();

  private readonly canvas =
    viewChild.required<ElementRef<HTMLElement>>('canvas');
  private readonly chart = signal<echarts.ECharts | null>(null);

  constructor() {
    const destroyRef = inject(DestroyRef);
    afterNextRender(() => {
      const element = this.canvas().nativeElement;
      const chart = echarts.init(element, null, { renderer: 'svg' });
      this.chart.set(chart);
      const resize =
        typeof ResizeObserver === 'undefined'
          ? null
          : new ResizeObserver(() => chart.resize());
      resize?.observe(element);
      destroyRef.onDestroy(() => {
        resize?.disconnect();
        chart.dispose();
      });
    });
    effect(() => {
      const chart = this.chart();
      if (chart) chart.setOption(this.option(), { notMerge: true });
    });
  }
}
