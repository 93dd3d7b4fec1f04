import type { BarSeriesOption, LineSeriesOption } from 'echarts/charts';
import type {
  GridComponentOption,
  LegendComponentOption,
  TooltipComponentOption,
} from 'echarts/components';
import type { ComposeOption } from 'echarts/core';

/** The options the dashboard's charts are drawn from. */
export type DashboardChartOption = ComposeOption<
  | BarSeriesOption
  | LineSeriesOption
  | GridComponentOption
  | LegendComponentOption
  | TooltipComponentOption
>;

export interface BarOptions {
  /** Bars from left to right (or, horizontal, top to bottom). */
  horizontal?: boolean;
  /** The label over each bar (default: its value). */
  labels?: readonly string[];
  /** The value axis' upper end (100 for shares in %). */
  max?: number;
  /** How the value axis writes its figures. */
  axisLabel?: (value: number) => string;
}

/** One bar per category. */
export function barOption(
  categories: readonly string[],
  values: readonly number[],
  { horizontal = false, labels, max, axisLabel }: BarOptions = {},
): DashboardChartOption {
  const category = {
    type: 'category' as const,
    data: [...categories],
    inverse: horizontal,
    axisLabel: {
      interval: 0,
      width: horizontal ? 160 : 96,
      overflow: 'truncate' as const,
    },
  };
  const value = {
    type: 'value' as const,
    max,
    minInterval: 1,
    axisLabel: axisLabel ? { formatter: axisLabel } : {},
  };
  return {
    grid: { left: 8, right: 32, top: 24, bottom: 8 },
    tooltip: { trigger: 'axis' },
    xAxis: horizontal ? value : category,
    yAxis: horizontal ? category : value,
    series: [
      {
        type: 'bar',
        data: [...values],
        label: {
          show: true,
          position: horizontal ? 'right' : 'top',
          formatter: labels
            ? ({ dataIndex }) => labels[dataIndex] ?? ''
            : undefined,
        },
      },
    ],
  };
}

/** Lines over the same categories (months), with a legend. */
export function lineOption(
  categories: readonly string[],
  series: readonly { name: string; values: readonly number[] }[],
): DashboardChartOption {
  return {
    grid: { left: 8, right: 24, top: 40, bottom: 8 },
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    xAxis: { type: 'category', data: [...categories] },
    yAxis: { type: 'value', minInterval: 1 },
    series: series.map((s) => ({
      type: 'line' as const,
      name: s.name,
      data: [...s.values],
    })),
  };
}
