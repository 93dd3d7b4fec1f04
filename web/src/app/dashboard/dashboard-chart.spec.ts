import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { DashboardChart } from './dashboard-chart';
import { type DashboardChartOption, barOption } from './dashboard-charts';

@Component({
  imports: [DashboardChart],
  template: `<opi-dashboard-chart
    [option]="option()"
    label="Members by kind"
  />`,
})
class Host {
  readonly option = signal<DashboardChartOption>(
    barOption(['Municipality', 'Company'], [12, 30]),
  );
}

describe('DashboardChart', () => {
  beforeEach(() => {
    // jsdom lays nothing out and has no canvas: give the chart a size, and let zrender estimate
    // text widths.
    jest
      .spyOn(HTMLElement.prototype, 'clientWidth', 'get')
      .mockImplementation(() => 640);
    jest
      .spyOn(HTMLElement.prototype, 'clientHeight', 'get')
      .mockImplementation(() => 320);
    jest.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
  });

  afterEach(() => jest.restoreAllMocks());

  const texts = (host: HTMLElement) =>
    [...host.querySelectorAll('svg text')].map((t) => t.textContent ?? '');

  it('draws the option as SVG, and again when it changes', async () => {
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    const host = fixture.nativeElement as HTMLElement;

    expect(host.querySelector('[role=img]')?.getAttribute('aria-label')).toBe(
      'Members by kind',
    );
    expect(texts(host)).toEqual(
      expect.arrayContaining(['Municipality', 'Company', '12', '30']),
    );

    fixture.componentInstance.option.set(barOption(['Hospital'], [7]));
    await fixture.whenStable();

    expect(texts(host)).toEqual(expect.arrayContaining(['Hospital', '7']));
    expect(texts(host)).not.toContain('Municipality');
  });
});
