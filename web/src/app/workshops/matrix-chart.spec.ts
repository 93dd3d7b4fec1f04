import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { TranslocoService } from '@jsverse/transloco';
import type { MatrixPoint } from '@opi/contracts';
import { provideTranslocoTesting } from '../../testing/transloco-testing';
import { MatrixChart } from './matrix-chart';

@Component({
  imports: [MatrixChart],
  template: `<opi-matrix-chart [points]="points()" />`,
})
class Host {
  readonly points = signal<readonly MatrixPoint[]>([]);
}

function aPoint(overrides: Partial<MatrixPoint> = {}): MatrixPoint {
  return {
    proposalId: 'p1',
    title: 'One front desk',
    opportunity: { mean: 4.5, spread: 0.5, count: 2 },
    difficulty: { mean: 2, spread: 0, count: 2 },
    votes: 2,
    quadrant: 'quick-win',
    horizon: null,
    responsible: null,
    topicId: null,
    ...overrides,
  };
}

describe('MatrixChart', () => {
  const size = (name: 'clientWidth' | 'clientHeight', value: number) =>
    jest
      .spyOn(HTMLElement.prototype, name, 'get')
      .mockImplementation(() => value);

  beforeEach(() => {
    // jsdom lays nothing out and has no canvas: give the chart a size, and let zrender estimate
    // text widths. ResizeObserver is the browser's.
    size('clientWidth', 640);
    size('clientHeight', 420);
    jest.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
    globalThis.ResizeObserver ??= class {
      observe(): void {
        // nothing changes size in jsdom
      }
      unobserve(): void {
        // nothing observed
      }
      disconnect(): void {
        // nothing observed
      }
    };
    TestBed.configureTestingModule({ providers: [provideTranslocoTesting()] });
  });

  afterEach(() => jest.restoreAllMocks());

  async function draw(points: readonly MatrixPoint[]) {
    const fixture = TestBed.createComponent(Host);
    fixture.componentInstance.points.set(points);
    await fixture.whenStable();
    const host = fixture.nativeElement as HTMLElement;
    const texts = () =>
      [...host.querySelectorAll('svg text')].map((t) => t.textContent ?? '');
    return { fixture, host, texts };
  }

  it('draws each proposal as a labelled point, with the axes and quadrants named', async () => {
    const { host, texts } = await draw([
      aPoint(),
      aPoint({
        proposalId: 'p2',
        title: 'Shared test beds',
        opportunity: { mean: 2, spread: 1, count: 3 },
        difficulty: { mean: 4, spread: 0.5, count: 3 },
        votes: 3,
        quadrant: 'thankless',
      }),
    ]);

    expect(host.querySelector('svg')).not.toBeNull();
    expect(texts()).toEqual(
      expect.arrayContaining([
        'One front desk',
        'Shared test beds',
        'Opportunity / importance',
        'Difficulty / feasibility',
        'Quick wins',
        'Major projects',
        'Fill-ins',
        'Thankless tasks',
      ]),
    );
    expect(host.querySelector('[role=img]')?.getAttribute('aria-label')).toBe(
      'Opportunity/difficulty matrix with 2 proposals; the table below gives the same figures',
    );
  });

  it('draws again when the points change', async () => {
    const { fixture, texts } = await draw([aPoint()]);

    fixture.componentInstance.points.set([
      aPoint({ proposalId: 'p3', title: 'Pilot passport' }),
    ]);
    await fixture.whenStable();

    expect(texts()).toContain('Pilot passport');
    expect(texts()).not.toContain('One front desk');
  });

  it('speaks the reader’s language, also after a change of language', async () => {
    const { fixture, texts } = await draw([aPoint()]);

    TestBed.inject(TranslocoService).setActiveLang('da');
    await fixture.whenStable();

    expect(texts()).toEqual(
      expect.arrayContaining([
        'Mulighed / betydning',
        'Sværhedsgrad / gennemførlighed',
        'Lavthængende frugter',
      ]),
    );
    expect(texts()).not.toContain('Quick wins');
  });

  it('lets the chart go when it leaves the page', async () => {
    const { fixture, host } = await draw([aPoint()]);
    const chart = host.querySelector('[role=img]') as HTMLElement;

    fixture.destroy();

    expect(chart.getAttribute('_echarts_instance_')).toBeFalsy();
    expect(chart.querySelector('svg')).toBeNull();
  });
});
