import { barOption, lineOption } from './dashboard-charts';

describe('dashboard chart options', () => {
  it('draws one bar per category, labelled as told', () => {
    const option = barOption(['Matches', 'Interests'], [200, 50], {
      labels: ['200', '50 (25%)'],
    });

    expect(option.xAxis).toMatchObject({
      type: 'category',
      data: ['Matches', 'Interests'],
    });
    const [series] = option.series as {
      data: number[];
      label: { formatter: (p: { dataIndex: number }) => string };
    }[];
    expect(series.data).toEqual([200, 50]);
    expect(series.label.formatter({ dataIndex: 1 })).toBe('50 (25%)');
  });

  it('lays bars of shares on their side, up to 100', () => {
    const option = barOption(['New knowledge'], [50], {
      horizontal: true,
      max: 100,
    });

    expect(option.yAxis).toMatchObject({
      type: 'category',
      data: ['New knowledge'],
    });
    expect(option.xAxis).toMatchObject({ type: 'value', max: 100 });
  });

  it('draws a line per series over the months', () => {
    const option = lineOption(
      ['Jan 2026', 'Feb 2026'],
      [
        { name: 'Needs', values: [4, 2] },
        { name: 'Offerings', values: [0, 5] },
      ],
    );

    expect(option.series).toEqual([
      { type: 'line', name: 'Needs', data: [4, 2] },
      { type: 'line', name: 'Offerings', data: [0, 5] },
    ]);
  });
});
