import { provideHttpClient, withInterceptors } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import type { WorkshopReport } from '@opi/contracts';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { signInAs } from '../../testing/auth';
import { aMe } from '../../testing/factories';
import { openPage, press, text } from '../../testing/page';
import { provideTranslocoTesting } from '../../testing/transloco-testing';
import {
  StubMatrixChart,
  aMatrixPoint,
  aRecommendation,
  aReportProposal,
  aWorkshopReport,
  aWorkshopSession,
} from '../../testing/workshop-series';
import { appRoutes } from '../app.routes';
import { authInterceptor } from '../auth/auth.interceptor';
import { MatrixChart } from './matrix-chart';
import { WorkshopReportPage } from './workshop-report-page';

/** pdfmake's browser build stands in here: it keeps the documents it was asked to make. */
const mockPdfMake = {
  documents: [] as TDocumentDefinitions[],
  fonts: [] as Record<string, string>[],
  addVirtualFileSystem(vfs: Record<string, string>) {
    this.fonts.push(vfs);
  },
  createPdf(definition: TDocumentDefinitions) {
    this.documents.push(definition);
    return {
      getBlob: () =>
        Promise.resolve(new Blob(['%PDF-1.7'], { type: 'application/pdf' })),
    };
  },
};
jest.mock('pdfmake/build/pdfmake', () => ({
  __esModule: true,
  default: mockPdfMake,
}));
jest.mock('pdfmake/build/vfs_fonts', () => ({
  __esModule: true,
  default: { 'Roboto-Regular.ttf': 'AAEAAA==' },
}));

describe('WorkshopReportPage (/workshops/:seriesId/report)', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    localStorage.clear();
    mockPdfMake.documents = [];
    mockPdfMake.fonts = [];
    TestBed.configureTestingModule({
      providers: [
        provideRouter(appRoutes, withComponentInputBinding()),
        provideHttpClient(withInterceptors([authInterceptor])),
        provideHttpClientTesting(),
        provideTranslocoTesting(),
      ],
    });
    // ECharts draws nothing in jsdom: a stand-in lists the points it was given.
    TestBed.overrideComponent(WorkshopReportPage, {
      remove: { imports: [MatrixChart] },
      add: { imports: [StubMatrixChart] },
    });
    http = TestBed.inject(HttpTestingController);
    signInAs(aMe(), http);
  });

  const sensors = aReportProposal({
    id: 'a',
    title: 'Night-time sensors',
    problem: 'Residents leave the building at night.',
    proposal: 'Sensors on the doors that call the night staff.',
    needed: 'Wi-Fi in every room',
    beneficiaries: 'Residents and night staff',
    pains: 'Searching the area at night',
    gains: 'Calm nights',
    horizon: 'immediate',
    responsible: 'healthcare',
    point: aMatrixPoint({
      proposalId: 'a',
      title: 'Night-time sensors',
      quadrant: 'quick-win',
      opportunity: { mean: 4.5, spread: 0.5, count: 4 },
      difficulty: { mean: 2, spread: 0.71, count: 4 },
      votes: 4,
    }),
  });
  const record = aReportProposal({
    id: 'b',
    title: 'One care record',
    sessionNumber: 2,
    horizon: null,
    point: aMatrixPoint({
      proposalId: 'b',
      title: 'One care record',
      quadrant: 'major-project',
      opportunity: { mean: 4, spread: 1, count: 3 },
      difficulty: { mean: 4.2, spread: 0.4, count: 3 },
      votes: 3,
    }),
  });
  const calls = aReportProposal({
    id: 'c',
    title: 'Video calls with relatives',
    horizon: 'immediate',
  });
  const school = aReportProposal({
    id: 'd',
    title: 'Dementia school for relatives',
    horizon: 'long-term',
  });

  function dementia(): WorkshopReport {
    return aWorkshopReport({
      series: {
        id: 's1',
        title: 'Dementia care in Aarhus',
        description: 'Entrepreneurs and care homes on night-time wandering.',
      },
      sessions: [
        aWorkshopSession({
          id: 'se2',
          number: 2,
          title: 'Prioritising',
          startsAt: '2026-03-19T13:00:00.000Z',
          online: true,
          place: null,
          step: 'closed',
        }),
        aWorkshopSession({
          id: 'se1',
          number: 1,
          title: 'Getting to know each other',
          startsAt: '2026-03-12T09:00:00.000Z',
          place: 'Aarhus City Hall',
          step: 'closed',
        }),
      ],
      // The API's order; the page shows the best first.
      points: [record.point!, sensors.point!],
      topics: [
        {
          id: 't1',
          name: 'Safety at night',
          proposals: [sensors, record, calls],
          recommendations: [
            aRecommendation({
              id: 'r1',
              topicId: 't1',
              authority: 'Region Midtjylland',
              text: 'Fund sensors in every care home.',
            }),
          ],
        },
        { id: null, name: null, proposals: [school], recommendations: [] },
      ],
      generatedAt: '2026-04-02T12:00:00.000Z',
    });
  }

  async function open(report: WorkshopReport = dementia()) {
    const page = await openPage('/workshops/s1/report', { settled: false });
    http
      .expectOne({ method: 'GET', url: '/api/workshops/s1/report' })
      .flush(report);
    await page.settle();
    return page;
  }

  it('shows the series and its sessions', async () => {
    const { page } = await open();

    expect(text(page.querySelector('h1'))).toBe('Dementia care in Aarhus');
    expect(text(page.querySelector('.report__description'))).toBe(
      'Entrepreneurs and care homes on night-time wandering.',
    );
    expect(text(page.querySelector('.report__generated'))).toBe(
      'Generated on Apr 2, 2026',
    );
    expect(
      [...page.querySelectorAll('.report__sessions li')].map((li) => [
        text(li.querySelector('.report__session-name')),
        text(li.querySelector('.report__session-facts')),
      ]),
    ).toEqual([
      [
        'Session 1: Getting to know each other',
        'Mar 12, 2026 · Aarhus City Hall · Closed',
      ],
      ['Session 2: Prioritising', 'Mar 19, 2026 · Online · Closed'],
    ]);
    expect(page.querySelector('.report__back a')?.getAttribute('href')).toBe(
      '/workshops/s1',
    );
  });

  it('draws the matrix and gives its figures in a table, best first', async () => {
    const { page } = await open();

    expect([...page.querySelectorAll('.stub-matrix li')].map(text)).toEqual([
      'Night-time sensors',
      'One care record',
    ]);
    const table = page.querySelector('table');
    expect(text(table?.querySelector('caption'))).toBe(
      'The matrix in figures: mean score ± spread, from 1 to 5',
    );
    expect([...(table?.querySelectorAll('thead th') ?? [])].map(text)).toEqual([
      'Proposal',
      'Opportunity',
      'Difficulty',
      'Votes',
      'Quadrant',
    ]);
    expect(
      [...(table?.querySelectorAll('tbody tr') ?? [])].map((row) =>
        [...row.querySelectorAll('th, td')].map(text),
      ),
    ).toEqual([
      ['Night-time sensors', '4.5 ± 0.5', '2.0 ± 0.7', '4', 'Quick wins'],
      ['One care record', '4.0 ± 1.0', '4.2 ± 0.4', '3', 'Major projects'],
    ]);
  });

  it('groups each topic’s ranked proposals by horizon, with its recommendations', async () => {
    const { page } = await open();

    const topics = [...page.querySelectorAll('.report-topic')].map((topic) => ({
      name: text(topic.querySelector('h3')),
      horizons: [...topic.querySelectorAll('.report-horizon')].map((group) => [
        text(group.querySelector('h4')),
        [...group.querySelectorAll('.report-proposal')].map(
          (li) =>
            `${li.getAttribute('value')}. ${text(li.querySelector('h5'))}`,
        ),
      ]),
      recommendations: [
        ...topic.querySelectorAll('.report-recommendations li'),
      ].map(text),
    }));
    expect(topics).toEqual([
      {
        name: 'Safety at night',
        horizons: [
          [
            'Immediate',
            ['1. Night-time sensors', '3. Video calls with relatives'],
          ],
          ['No horizon set', ['2. One care record']],
        ],
        recommendations: [
          'To Region Midtjylland Fund sensors in every care home.',
        ],
      },
      {
        name: 'No topic',
        horizons: [['Long term', ['1. Dementia school for relatives']]],
        recommendations: [],
      },
    ]);
  });

  it('shows what each proposal says, who is responsible and its quadrant', async () => {
    const { page } = await open();

    const proposal = page.querySelector('[data-proposal="a"]');
    expect(text(proposal?.querySelector('.report-proposal__meta'))).toBe(
      'Session 1 · Quick wins',
    );
    const facts = [...(proposal?.querySelectorAll('dt') ?? [])].map((dt) => [
      text(dt),
      text(dt.nextElementSibling),
    ]);
    expect(facts).toEqual([
      ['Problem', 'Residents leave the building at night.'],
      ['Proposal', 'Sensors on the doors that call the night staff.'],
      ['What is needed', 'Wi-Fi in every room'],
      ['Who benefits', 'Residents and night staff'],
      ['Pains today', 'Searching the area at night'],
      ['Gains expected', 'Calm nights'],
      ['Responsible', 'Healthcare sector'],
    ]);
    expect(
      text(page.querySelector('[data-proposal="c"] .report-proposal__meta')),
    ).toBe('Session 1 · Not scored');
  });

  it('prints the page', async () => {
    const print = jest
      .spyOn(window, 'print')
      .mockImplementation(() => undefined);
    const page = await open();

    press(page.harness, 'Print');

    expect(print).toHaveBeenCalledTimes(1);
    print.mockRestore();
  });

  it('makes the PDF in the browser, matrix first, and offers it as workshop-report.pdf', async () => {
    const page = await open();
    const saved: Blob[] = [];
    URL.createObjectURL = jest.fn((blob: Blob) => {
      saved.push(blob);
      return 'blob:report';
    });
    URL.revokeObjectURL = jest.fn();
    // jsdom has no canvas: ECharts then estimates the width of its labels.
    const canvas = jest
      .spyOn(HTMLCanvasElement.prototype, 'getContext')
      .mockReturnValue(null);
    let downloaded = '';
    const click = jest
      .spyOn(HTMLAnchorElement.prototype, 'click')
      .mockImplementation(function (this: HTMLAnchorElement) {
        downloaded = `${this.download} ${this.href}`;
      });

    press(page.harness, 'Download PDF');
    // pdfmake loads and builds the file asynchronously.
    for (let tries = 0; downloaded === '' && tries < 100; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }

    expect(downloaded).toBe('workshop-report.pdf blob:report');
    expect(saved[0].type).toBe('application/pdf');
    expect(mockPdfMake.fonts).toEqual([{ 'Roboto-Regular.ttf': 'AAEAAA==' }]);
    const content = mockPdfMake.documents[0].content as Content[];
    expect(content[0]).toEqual({
      text: 'Dementia care in Aarhus',
      style: 'title',
    });
    // The matrix, drawn by ECharts as SVG, with the quadrants' names in the reader's language.
    const svg = (content[2] as { svg: string }).svg;
    expect(svg).toMatch(/^<svg/);
    expect(svg).toContain('Quick wins');
    click.mockRestore();
    canvas.mockRestore();
  });

  it('offers the proposals as CSV', async () => {
    const page = await open();
    URL.createObjectURL = jest.fn(() => 'blob:csv');
    URL.revokeObjectURL = jest.fn();
    let downloaded = '';
    const click = jest
      .spyOn(HTMLAnchorElement.prototype, 'click')
      .mockImplementation(function (this: HTMLAnchorElement) {
        downloaded = `${this.download} ${this.href}`;
      });

    press(page.harness, 'CSV');
    http
      .expectOne({ method: 'GET', url: '/api/workshops/s1/report.csv' })
      .flush(new Blob(['title;quadrant\n'], { type: 'text/csv' }));

    expect(downloaded).toBe('workshop-report.csv blob:csv');
    click.mockRestore();
  });

  it('says so when the report cannot be loaded', async () => {
    const page = await openPage('/workshops/s1/report', { settled: false });
    http
      .expectOne({ method: 'GET', url: '/api/workshops/s1/report' })
      .flush(null, { status: 403, statusText: 'Forbidden' });
    await page.settle();

    expect(text(page.page.querySelector('[role=alert] p'))).toBe(
      'The report could not be loaded.',
    );
  });
});
