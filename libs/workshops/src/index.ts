export { compareByPriority, quadrantOf, summarise } from './lib/matrix';
export { type MatrixChartLabels, matrixChartOption, pointSize } from './lib/matrix-chart';
