import type { MatrixPoint } from '@opi/contracts';

import { compareByPriority, quadrantOf, summarise } from './matrix';
import { matrixChartOption, pointSize } from './matrix-chart';

describe('summarise', () => {
  it('gives mean, population spread and count', () => {
    expect(summarise([2, 4, 4, 4, 5, 5, 7, 9])).toEqual({ mean: 5, spread: 2, count: 8 });
  });

  it('rounds to two decimals', () => {
    expect(summarise([1, 2, 2])).toEqual({ mean: 1.67, spread: 0.47, count: 3 });
  });

  it('has no spread for one score and zeros for none', () => {
    expect(summarise([4])).toEqual({ mean: 4, spread: 0, count: 1 });
    expect(summarise([])).toEqual({ mean: 0, spread: 0, count: 0 });
  });
});

describe('quadrantOf', () => {
  it.each([
    [5, 1, 'quick-win'],
    [5, 5, 'major-project'],
    [1, 1, 'fill-in'],
    [1, 5, 'thankless'],
  ] as const)('opportunity %d, difficulty %d → %s', (opportunity, difficulty, quadrant) => {
    expect(quadrantOf(opportunity, difficulty)).toBe(quadrant);
  });

  it('counts a mean on the midline as the higher side', () => {
    expect(quadrantOf(3, 3)).toBe('major-project');
    expect(quadrantOf(3, 2.99)).toBe('quick-win');
    expect(quadrantOf(2.99, 3)).toBe('thankless');
    expect(quadrantOf(2.99, 2.99)).toBe('fill-in');
  });
});

function point(title: string, opportunity: number, difficulty: number, votes = 3): MatrixPoint {
  const summary = (mean: number) => ({ mean, spread: 0, count: votes });
  return {
    proposalId: title,
    title,
    opportunity: summary(opportunity),
    difficulty: summary(difficulty),
    votes,
    quadrant: quadrantOf(opportunity, difficulty),
    horizon: null,
    responsible: null,
    topicId: null,
  };
}

describe('compareByPriority', () => {
  it('puts quick wins first, then major projects, fill-ins, thankless', () => {
    const points = [point('thankless', 1, 5), point('fill-in', 2, 2), point('major', 4, 4), point('quick', 4, 2)];
    expect(points.sort(compareByPriority).map((p) => p.title)).toEqual(['quick', 'major', 'fill-in', 'thankless']);
  });

  it('within a quadrant prefers more opportunity, then less difficulty, then more votes', () => {
    const points = [point('a', 4, 2, 1), point('b', 5, 2), point('c', 4, 1), point('d', 4, 2, 6)];
    expect(points.sort(compareByPriority).map((p) => p.title)).toEqual(['b', 'c', 'd', 'a']);
  });
});

describe('matrixChartOption', () => {
  const labels = {
    opportunity: 'Opportunity',
    difficulty: 'Difficulty',
    quadrants: { 'quick-win': 'Quick wins', 'major-project': 'Major projects', 'fill-in': 'Fill-ins', thankless: 'Thankless' },
    tooltip: (p: MatrixPoint) => `${p.title}: ${p.votes}`,
  };

  it('plots difficulty on x and opportunity on y, sized by votes', () => {
    const option = matrixChartOption([point('Night sensors', 4.5, 2, 4)], labels) as {
      series: Array<{ data: Array<{ value: number[]; symbolSize: number; name: string }> }>;
      xAxis: { name: string };
    };
    expect(option.xAxis.name).toBe('Difficulty');
    expect(option.series[0].data[0]).toMatchObject({ value: [2, 4.5], name: 'Night sensors', symbolSize: pointSize(4) });
  });

  it('grows points with votes, within bounds', () => {
    expect(pointSize(0)).toBe(12);
    expect(pointSize(9)).toBeGreaterThan(pointSize(1));
    expect(pointSize(10_000)).toBe(48);
  });
});
