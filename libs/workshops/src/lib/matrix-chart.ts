import {
  type MatrixPoint,
  WORKSHOP_SCORE_MAX,
  WORKSHOP_SCORE_MIDLINE,
  WORKSHOP_SCORE_MIN,
  type WorkshopQuadrant,
} from '@opi/contracts';

/** The words the chart shows, in the reader's language. */
export interface MatrixChartLabels {
  opportunity: string;
  difficulty: string;
  quadrants: Record<WorkshopQuadrant, string>;
  /** "{{votes}} votes"-style text is built by the caller; this is the tooltip's line per point. */
  tooltip: (point: MatrixPoint) => string;
}

/** Where each quadrant's name sits: [difficulty, opportunity] near its outer corner. */
const QUADRANT_CORNERS: Record<WorkshopQuadrant, [number, number, 'left' | 'right']> = {
  'quick-win': [WORKSHOP_SCORE_MIN + 0.1, WORKSHOP_SCORE_MAX - 0.1, 'left'],
  'major-project': [WORKSHOP_SCORE_MAX - 0.1, WORKSHOP_SCORE_MAX - 0.1, 'right'],
  'fill-in': [WORKSHOP_SCORE_MIN + 0.1, WORKSHOP_SCORE_MIN + 0.25, 'left'],
  thankless: [WORKSHOP_SCORE_MAX - 0.1, WORKSHOP_SCORE_MIN + 0.25, 'right'],
};

const QUADRANT_COLOURS: Record<WorkshopQuadrant, string> = {
  'quick-win': '#2e7d32',
  'major-project': '#1565c0',
  'fill-in': '#8d6e63',
  thankless: '#c62828',
};

/** Point diameter in pixels: grows with the number of votes, within readable bounds. */
export function pointSize(votes: number): number {
  return Math.min(48, 12 + 6 * Math.sqrt(Math.max(0, votes)));
}

/**
 * The opportunity/difficulty matrix as an ECharts option (a plain object):
 * difficulty on x, opportunity on y, both 1–5, midlines at 3 splitting the
 * quadrants, one labelled point per proposal sized by its votes. The portal
 * draws it live and puts the same chart, rendered to SVG, in the PDF report.
 */
export function matrixChartOption(points: readonly MatrixPoint[], labels: MatrixChartLabels): Record<string, unknown> {
  const axis = (name: string) => ({
    type: 'value',
    name,
    nameLocation: 'middle',
    nameGap: 28,
    min: WORKSHOP_SCORE_MIN,
    max: WORKSHOP_SCORE_MAX,
    interval: 1,
    splitLine: { show: false },
  });
  return {
    animation: false,
    grid: { left: 56, right: 24, top: 24, bottom: 48 },
    xAxis: axis(labels.difficulty),
    yAxis: axis(labels.opportunity),
    tooltip: { trigger: 'item', formatter: (p: { dataIndex: number }) => labels.tooltip(points[p.dataIndex]) },
    series: [
      {
        type: 'scatter',
        data: points.map((point) => ({
          value: [point.difficulty.mean, point.opportunity.mean],
          name: point.title,
          symbolSize: pointSize(point.votes),
          itemStyle: { color: QUADRANT_COLOURS[point.quadrant], opacity: 0.8 },
          // Near the right edge the name goes to the left of its point, inside the chart.
          ...(point.difficulty.mean >= WORKSHOP_SCORE_MAX - 1 ? { label: { position: 'left' } } : {}),
        })),
        label: {
          show: true,
          position: 'right',
          formatter: (p: { name: string }) => (p.name.length > 28 ? `${p.name.slice(0, 27)}…` : p.name),
          fontSize: 11,
          // Dark and opaque: the points are translucent, their names must stay readable (also in the PDF).
          color: '#263238',
          opacity: 1,
          width: 160,
          overflow: 'truncate',
        },
        markLine: {
          silent: true,
          symbol: 'none',
          label: { show: false },
          lineStyle: { color: '#757575', type: 'dashed' },
          data: [{ xAxis: WORKSHOP_SCORE_MIDLINE }, { yAxis: WORKSHOP_SCORE_MIDLINE }],
        },
        markPoint: {
          silent: true,
          symbol: 'rect',
          symbolSize: 1,
          itemStyle: { color: 'transparent' },
          data: (Object.keys(QUADRANT_CORNERS) as WorkshopQuadrant[]).map((quadrant) => {
            const [x, y, align] = QUADRANT_CORNERS[quadrant];
            return {
              coord: [x, y],
              label: {
                show: true,
                formatter: labels.quadrants[quadrant],
                align,
                color: QUADRANT_COLOURS[quadrant],
                fontWeight: 'bold',
                fontSize: 12,
              },
            };
          }),
        },
      },
    ],
  };
}
