import type { WorkshopReport } from '@opi/contracts';
import type { Content, TableCell } from 'pdfmake/interfaces';
import { TRANSLATIONS } from '../../testing/transloco-testing';
import {
  aMatrixPoint,
  aRecommendation,
  aReportProposal,
  aWorkshopReport,
} from '../../testing/workshop-series';
import {
  groupByHorizon,
  reportDocument,
  reportPdfLabels,
  scoreText,
} from './workshop-report-pdf';

type Tree = { [key: string]: string | Tree };

/** Transloco's `translate` over the real translation files, without Angular. */
function translator(lang: keyof typeof TRANSLATIONS) {
  return (key: string, params: Record<string, unknown> = {}) => {
    const text = key
      .split('.')
      .reduce<
        string | Tree | undefined
      >((node, part) => (typeof node === 'object' ? node[part] : undefined), TRANSLATIONS[lang] as Tree);
    if (typeof text !== 'string') {
      throw new Error(`Missing translation key: ${key}`);
    }
    return text.replace(/{{\s*(\w+)\s*}}/g, (_, name: string) =>
      String(params[name]),
    );
  };
}

const SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" width="720" height="480"></svg>';

function dementiaReport(): WorkshopReport {
  const sensors = aReportProposal({
    id: 'a',
    title: 'Night-time sensors',
    horizon: 'immediate',
    responsible: 'healthcare',
    needed: 'Wi-Fi in every room',
    point: aMatrixPoint({
      proposalId: 'a',
      quadrant: 'quick-win',
      opportunity: { mean: 4.5, spread: 0.5, count: 4 },
      difficulty: { mean: 2, spread: 0.25, count: 4 },
    }),
  });
  const record = aReportProposal({
    id: 'b',
    title: 'One care record',
    horizon: null,
    sessionNumber: 2,
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
  return aWorkshopReport({
    series: {
      id: 's1',
      title: 'Dementia care in Aarhus',
      description: 'Entrepreneurs and care homes on night-time wandering.',
    },
    points: [sensors.point!],
    topics: [
      {
        id: 't1',
        name: 'Safety at night',
        proposals: [sensors, record, calls],
        recommendations: [
          aRecommendation({
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

/** The words of a pdfmake node, in reading order. */
function words(node: Content | TableCell | undefined): string {
  if (node === undefined || node === null) {
    return '';
  }
  if (typeof node === 'string' || typeof node === 'number') {
    return String(node);
  }
  if (Array.isArray(node)) {
    return node.map((n) => words(n as Content)).join(' ');
  }
  const n = node as Record<string, unknown>;
  if ('text' in n) {
    // Runs of one paragraph follow each other without a space.
    const text = n['text'] as Content;
    return Array.isArray(text)
      ? text.map((run) => words(run as Content)).join('')
      : words(text);
  }
  if ('stack' in n) return words(n['stack'] as Content);
  if ('ul' in n) return words(n['ul'] as Content);
  if ('table' in n) {
    return (n['table'] as { body: TableCell[][] }).body
      .map((row) => words(row as Content))
      .join(' ');
  }
  return '';
}

describe('reportDocument', () => {
  const labels = reportPdfLabels(
    translator('en'),
    'en',
    '2026-04-02T12:00:00.000Z',
  );
  const document = reportDocument(dementiaReport(), labels, SVG);
  const content = document.content as Content[];

  it('opens with the title and the date, then the matrix as SVG, all on page one', () => {
    expect(content[0]).toEqual({
      text: 'Dementia care in Aarhus',
      style: 'title',
    });
    expect(words(content[1])).toBe(
      'Co-creation workshop report · Generated on April 2, 2026',
    );
    expect(content[2]).toEqual(
      expect.objectContaining({ svg: SVG, width: 500 }),
    );
    const firstBreak = content.findIndex(
      (c) => (c as { pageBreak?: string }).pageBreak === 'before',
    );
    expect(firstBreak).toBeGreaterThan(2);
    expect(words(content.slice(0, firstBreak))).toContain(
      'Quick wins Important and easy: do these first.',
    );
  });

  it('has a table per topic with the proposals ranked and grouped by horizon', () => {
    const safety = content.findIndex((c) => words(c) === 'Safety at night');
    const table = content[safety + 1] as { table: { body: TableCell[][] } };
    const rows = table.table.body.map((row) =>
      row.map((cell) => words(cell as Content)),
    );

    expect(rows[0]).toEqual([
      '#',
      'Proposal',
      'Quadrant',
      'Opportunity',
      'Difficulty',
      'Responsible',
    ]);
    expect(
      rows.slice(1).map((row) => row.slice(0, 1).concat(row[2] ?? '')),
    ).toEqual([
      ['Immediate', ''],
      ['1', 'Quick wins'],
      ['3', 'Not scored'],
      ['No horizon set', ''],
      ['2', 'Not scored'],
    ]);
    expect(rows[2][1]).toContain('Night-time sensors Session 1');
    expect(rows[2][1]).toContain('What is needed: Wi-Fi in every room');
    expect(rows[2].slice(3)).toEqual([
      '4.5 ± 0.5',
      '2.0 ± 0.3',
      'Healthcare sector',
    ]);
    expect(words(content[safety + 2])).toBe('No topic');
  });

  it('ends with the recommendations and whom they are addressed to', () => {
    const heading = content.findIndex((c) => words(c) === 'Recommendations');
    expect((content[heading] as { pageBreak?: string }).pageBreak).toBe(
      'before',
    );
    expect(content.slice(heading + 1).map(words)).toEqual([
      'Safety at night',
      'Region Midtjylland: Fund sensors in every care home.',
    ]);
  });

  it('writes every word in the reader’s language', () => {
    const danish = reportDocument(
      dementiaReport(),
      reportPdfLabels(translator('da'), 'da', '2026-04-02T12:00:00.000Z'),
      SVG,
    );
    const text = words(danish.content as Content);

    expect(text).toContain('Rapport fra samskabelsesworkshops');
    expect(text).toContain('Intet tema');
    expect(text).toContain('Ingen tidshorisont angivet');
    expect(text).toContain('4,5 ± 0,5');
    const footer = danish.footer as (page: number, pages: number) => Content;
    expect(words(footer(1, 3))).toBe('Side 1 af 3');
  });
});

describe('groupByHorizon', () => {
  it('keeps the ranking and orders immediate, short term, long term, then none', () => {
    const groups = groupByHorizon([
      aReportProposal({ title: 'A', horizon: 'long-term' }),
      aReportProposal({ title: 'B', horizon: null }),
      aReportProposal({ title: 'C', horizon: 'immediate' }),
      aReportProposal({ title: 'D', horizon: 'long-term' }),
    ]);

    expect(
      groups.map((g) => [
        g.horizon,
        g.proposals.map((r) => `${r.rank} ${r.proposal.title}`),
      ]),
    ).toEqual([
      ['immediate', ['3 C']],
      ['long-term', ['1 A', '4 D']],
      [null, ['2 B']],
    ]);
  });
});

describe('scoreText', () => {
  it('writes mean ± spread with the language’s decimal mark', () => {
    expect(scoreText({ mean: 3.25, spread: 1, count: 4 }, 'en')).toBe(
      '3.3 ± 1.0',
    );
    expect(scoreText({ mean: 3.25, spread: 1, count: 4 }, 'fr')).toBe(
      '3,3 ± 1,0',
    );
  });
});
