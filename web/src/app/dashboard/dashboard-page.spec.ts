import { provideHttpClient, withInterceptors } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import type { Dashboard } from '@opi/contracts';
import { signInAs } from '../../testing/auth';
import { aMe } from '../../testing/factories';
import { fill, navigationEnd, openPage, press, text } from '../../testing/page';
import { provideTranslocoTesting } from '../../testing/transloco-testing';
import { appRoutes } from '../app.routes';
import { authInterceptor } from '../auth/auth.interceptor';
import { DashboardChart } from './dashboard-chart';
import { DashboardPage } from './dashboard-page';

/** ECharts draws nothing in jsdom: a stand-in shows the chart's label. */
@Component({
  selector: 'opi-dashboard-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<div
    class="stub-chart"
    role="img"
    [attr.aria-label]="label()"
  ></div>`,
})
class StubDashboardChart {
  readonly option = input.required<unknown>();
  readonly label = input.required<string>();
}

/** The dashboard of a quiet first quarter: a few members, one evaluation. */
function aDashboard(overrides: Partial<Dashboard> = {}): Dashboard {
  return {
    query: { from: '2026-01-01', to: '2026-03-31' },
    membersByKind: [
      { key: 'municipality', count: 12 },
      { key: 'company', count: 1500 },
    ],
    membersByRegion: [
      { key: 'Midtjylland', count: 9 },
      { key: '', count: 3 },
    ],
    needsPerMonth: [
      { key: '2026-01', count: 4 },
      { key: '2026-02', count: 2 },
    ],
    offeringsPerMonth: [{ key: '2026-02', count: 5 }],
    funnel: [
      { step: 'matches', count: 200, conversion: null },
      { step: 'interests', count: 50, conversion: 0.25 },
      { step: 'partnerships', count: 10, conversion: 0.2 },
      { step: 'tests', count: 4, conversion: 0.4 },
      { step: 'implemented', count: 1, conversion: 0.25 },
    ],
    medianDaysPerStage: [
      { stage: 'exploring', medianDays: 21, count: 6 },
      { stage: 'testing', medianDays: 95, count: 2 },
    ],
    benefits: [
      { benefit: 'new-knowledge', share: 0.5, count: 2 },
      { benefit: 'implemented', share: 0.25, count: 1 },
    ],
    evaluations: 4,
    ...overrides,
  };
}

describe('DashboardPage (/dashboard)', () => {
  let http: HttpTestingController;

  function setUp(role: 'cluster_manager' | 'admin' | 'public_staff') {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter(appRoutes, withComponentInputBinding()),
        provideHttpClient(withInterceptors([authInterceptor])),
        provideHttpClientTesting(),
        provideTranslocoTesting(),
      ],
    });
    TestBed.overrideComponent(DashboardPage, {
      remove: { imports: [DashboardChart] },
      add: { imports: [StubDashboardChart] },
    });
    http = TestBed.inject(HttpTestingController);
    signInAs(aMe({ role }), http);
  }

  afterEach(() => http.verify());

  const QUERY =
    '/dashboard?from=2026-01-01&to=2026-03-31&careArea=dementia&region=Midtjylland';

  async function open(url = QUERY, dashboard = aDashboard()) {
    const opened = await openPage(url, { settled: false });
    const request = http.expectOne(
      (r) => r.method === 'GET' && r.url === '/api/dashboard',
    );
    const params = request.request.params;
    const query = Object.fromEntries(
      params.keys().map((key) => [key, params.get(key)]),
    );
    request.flush(dashboard);
    await opened.settle();
    return { ...opened, query };
  }

  const section = (page: HTMLElement, id: string) =>
    page.querySelector<HTMLElement>(`[data-section="${id}"]`);

  /** A section's table as rows of cell texts, the header first. */
  const table = (page: HTMLElement, id: string) =>
    [...(section(page, id)?.querySelectorAll('table tr') ?? [])].map((tr) =>
      [...tr.querySelectorAll('th, td')].map(text),
    );

  it('asks for the figures of the query in the address and shows them as tables', async () => {
    setUp('cluster_manager');

    const { page, query } = await open();

    expect(query).toEqual({
      from: '2026-01-01',
      to: '2026-03-31',
      careArea: 'dementia',
      region: 'Midtjylland',
    });
    expect(text(page.querySelector('.dashboard__period'))).toBe(
      'Figures from Jan 1, 2026 to Mar 31, 2026',
    );
    expect(table(page, 'members-by-kind')).toEqual([
      ['Kind', 'Organisations'],
      ['Municipality', '12'],
      ['Company', '1,500'],
    ]);
    expect(table(page, 'members-by-region')).toEqual([
      ['Region', 'Organisations'],
      ['Midtjylland', '9'],
      ['No region given', '3'],
    ]);
    expect(table(page, 'per-month')).toEqual([
      ['Month', 'Needs', 'Offerings'],
      ['Jan 2026', '4', '0'],
      ['Feb 2026', '2', '5'],
    ]);
    expect(table(page, 'funnel')).toEqual([
      ['Step', 'Number', 'Conversion'],
      ['Matches', '200', '–'],
      ['Interest shown', '50', '25%'],
      ['Partnerships', '10', '20%'],
      ['Tests', '4', '40%'],
      ['Implemented solutions', '1', '25%'],
    ]);
    expect(table(page, 'median-days')).toEqual([
      ['Stage', 'Median days', 'Partnerships'],
      ['Exploring', '21', '6'],
      ['Testing', '95', '2'],
    ]);
    expect(table(page, 'benefits')).toEqual([
      ['Benefit', 'Share', 'Evaluations'],
      ['New knowledge', '50%', '2'],
      ['The solution was implemented', '25%', '1'],
    ]);
    expect(
      section(page, 'benefits')
        ?.querySelector('.stub-chart')
        ?.getAttribute('aria-label'),
    ).toBe(
      'Chart: What the partnerships brought. The same figures are in the table below.',
    );
  });

  it('keeps the filters in the address', async () => {
    setUp('admin');
    const opened = await open('/dashboard');
    expect(opened.query).toEqual({});

    await fill(opened.loader, 'Region', 'Syddanmark');
    const navigated = navigationEnd(opened.router);
    press(opened.harness, 'Show');
    await navigated;
    opened.harness.fixture.detectChanges();

    expect(opened.router.url).toBe('/dashboard?region=Syddanmark');
    const again = http.expectOne(
      (r) => r.method === 'GET' && r.url === '/api/dashboard',
    );
    expect(again.request.params.get('region')).toBe('Syddanmark');
    again.flush(aDashboard());
    await opened.settle();
  });

  it('downloads a table as CSV for the same query', async () => {
    setUp('cluster_manager');
    const { page, harness } = await open();
    URL.createObjectURL = jest.fn(() => 'blob:csv');
    URL.revokeObjectURL = jest.fn();
    let downloaded = '';
    const click = jest
      .spyOn(HTMLAnchorElement.prototype, 'click')
      .mockImplementation(function (this: HTMLAnchorElement) {
        downloaded = `${this.download} ${this.href}`;
      });

    const button = section(page, 'funnel')?.querySelector<HTMLButtonElement>(
      '.figures__csv',
    );
    expect(button?.getAttribute('aria-label')).toBe('Download “Funnel” as CSV');
    button?.click();
    harness.fixture.detectChanges();
    const request = http.expectOne(
      (r) => r.method === 'GET' && r.url === '/api/dashboard/funnel.csv',
    );
    expect(request.request.params.toString()).toBe(
      'from=2026-01-01&to=2026-03-31&careArea=dementia&region=Midtjylland',
    );
    expect(request.request.responseType).toBe('blob');
    request.flush(new Blob(['step,count\n'], { type: 'text/csv' }));

    expect(downloaded).toBe('funnel.csv blob:csv');
    click.mockRestore();
  });

  it('offers the needs and the offerings per month as two CSV files', async () => {
    setUp('cluster_manager');
    const { page } = await open();

    expect(
      [
        ...(section(page, 'per-month')?.querySelectorAll('.figures__csv') ??
          []),
      ].map((b) => [text(b), b.getAttribute('data-table')]),
    ).toEqual([
      ['CSV: Needs per month', 'needs-per-month'],
      ['CSV: Offerings per month', 'offerings-per-month'],
    ]);
  });

  it('says so when there are no figures', async () => {
    setUp('cluster_manager');
    const { page } = await open(
      QUERY,
      aDashboard({
        membersByKind: [],
        benefits: [{ benefit: 'new-knowledge', share: 0, count: 0 }],
        evaluations: 0,
      }),
    );

    expect(
      text(section(page, 'members-by-kind')?.querySelector('.figures__empty')),
    ).toBe('No figures for this period and these filters.');
    expect(section(page, 'members-by-kind')?.querySelector('table')).toBeNull();
    expect(section(page, 'benefits')?.querySelector('.stub-chart')).toBeNull();
    expect(section(page, 'funnel')?.querySelector('table')).not.toBeNull();
  });

  it('tells other readers that the dashboard is for cluster managers, without asking the API', async () => {
    setUp('public_staff');

    const { page } = await openPage('/dashboard');

    http.expectNone('/api/dashboard');
    expect(text(page.querySelector('[role=alert]'))).toBe(
      'The dashboard is only for cluster managers and administrators.',
    );
    expect(page.querySelector('form')).toBeNull();
  });
});
