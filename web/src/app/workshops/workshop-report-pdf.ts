import {
  type MatrixPoint,
  type ScoreSummary,
  WORKSHOP_HORIZONS,
  WORKSHOP_QUADRANTS,
  type WorkshopHorizon,
  type WorkshopQuadrant,
  type WorkshopRecommendation,
  type WorkshopReport,
  type WorkshopReportProposal,
  type WorkshopResponsible,
} from '@opi/contracts';
import type {
  Content,
  TDocumentDefinitions,
  TableCell,
} from 'pdfmake/interfaces';
import {
  HORIZON_KEYS,
  QUADRANT_KEYS,
  RESPONSIBLE_KEYS,
} from './workshop-labels';

/** A proposal with its place in its topic's ranking (1: best). */
export interface RankedProposal {
  rank: number;
  proposal: WorkshopReportProposal;
}

/** A topic's proposals with one horizon (`null`: none set yet). */
export interface HorizonGroup {
  horizon: WorkshopHorizon | null;
  proposals: RankedProposal[];
}

/** One topic of the report (`id` and `name` null: the proposals in no topic). */
export interface ReportTopic {
  id: string | null;
  name: string | null;
  count: number;
  horizons: HorizonGroup[];
  recommendations: WorkshopRecommendation[];
}

/** The order of the horizon groups: what to do now first, proposals without a horizon last. */
export const HORIZON_ORDER: readonly (WorkshopHorizon | null)[] = [
  ...WORKSHOP_HORIZONS,
  null,
];

/** The text fields of a proposal the report shows, in this order. */
export const PROPOSAL_FIELDS = [
  'problem',
  'proposal',
  'needed',
  'beneficiaries',
  'pains',
  'gains',
] as const;
export type ProposalField = (typeof PROPOSAL_FIELDS)[number];

/**
 * A topic's proposals (ranked best first by the API) grouped by horizon in `HORIZON_ORDER`,
 * each keeping its rank in the topic; groups without proposals are left out.
 */
export function groupByHorizon(
  proposals: readonly WorkshopReportProposal[],
): HorizonGroup[] {
  const ranked = proposals.map((proposal, i) => ({ rank: i + 1, proposal }));
  return HORIZON_ORDER.map((horizon) => ({
    horizon,
    proposals: ranked.filter((r) => (r.proposal.horizon ?? null) === horizon),
  })).filter((group) => group.proposals.length > 0);
}

/** The report's topics as the page and the PDF show them. */
export function reportTopics(report: WorkshopReport): ReportTopic[] {
  return report.topics.map((topic) => ({
    id: topic.id,
    name: topic.name,
    count: topic.proposals.length,
    horizons: groupByHorizon(topic.proposals),
    recommendations: topic.recommendations,
  }));
}

/** Every word of the PDF in the reader's language, and how numbers and dates are written. */
export interface ReportPdfLabels {
  /** Above the series' title: "Co-creation workshop report". */
  kicker: string;
  /** "Generated on {{date}}", the date written out. */
  generated: string;
  matrixHeading: string;
  legendHeading: string;
  quadrants: Record<WorkshopQuadrant, { name: string; text: string }>;
  proposalsHeading: string;
  noTopic: string;
  noProposals: string;
  horizons: Record<WorkshopHorizon | 'none', string>;
  responsible: Record<WorkshopResponsible, string>;
  notSet: string;
  notScored: string;
  columns: {
    rank: string;
    proposal: string;
    quadrant: string;
    opportunity: string;
    difficulty: string;
    responsible: string;
  };
  fields: Record<ProposalField, string>;
  session: (sessionNumber: number) => string;
  recommendationsHeading: string;
  noRecommendations: string;
  page: (page: number, pages: number) => string;
  /** A score summary: "3.4 ± 0.5". */
  score: (summary: ScoreSummary) => string;
}

type Translate = (key: string, params?: Record<string, unknown>) => string;

/** The PDF's labels from the translation files (`workshops.report.*`) in `lang`. */
export function reportPdfLabels(
  translate: Translate,
  lang: string,
  generatedAt: string,
): ReportPdfLabels {
  const t = translate;
  const quadrantTexts: Record<WorkshopQuadrant, string> = {
    'quick-win': t('workshops.report.legend.quickWin'),
    'major-project': t('workshops.report.legend.majorProject'),
    'fill-in': t('workshops.report.legend.fillIn'),
    thankless: t('workshops.report.legend.thankless'),
  };
  const generated = new Date(generatedAt);
  return {
    kicker: t('workshops.report.kicker'),
    generated: t('workshops.report.generated', {
      date: Number.isNaN(generated.getTime())
        ? generatedAt
        : new Intl.DateTimeFormat(lang, { dateStyle: 'long' }).format(
            generated,
          ),
    }),
    matrixHeading: t('workshops.report.matrixHeading'),
    legendHeading: t('workshops.report.legendHeading'),
    quadrants: Object.fromEntries(
      WORKSHOP_QUADRANTS.map((q) => [
        q,
        { name: t(QUADRANT_KEYS[q]), text: quadrantTexts[q] },
      ]),
    ) as ReportPdfLabels['quadrants'],
    proposalsHeading: t('workshops.report.proposalsHeading'),
    noTopic: t('workshops.report.noTopic'),
    noProposals: t('workshops.report.noProposals'),
    horizons: {
      immediate: t(HORIZON_KEYS.immediate),
      'short-term': t(HORIZON_KEYS['short-term']),
      'long-term': t(HORIZON_KEYS['long-term']),
      none: t('workshops.report.noHorizon'),
    },
    responsible: {
      government: t(RESPONSIBLE_KEYS.government),
      healthcare: t(RESPONSIBLE_KEYS.healthcare),
      entrepreneurs: t(RESPONSIBLE_KEYS.entrepreneurs),
      knowledge: t(RESPONSIBLE_KEYS.knowledge),
    },
    notSet: t('workshops.report.notSet'),
    notScored: t('workshops.report.notScored'),
    columns: {
      rank: t('workshops.report.columns.rank'),
      proposal: t('workshops.report.columns.proposal'),
      quadrant: t('workshops.report.columns.quadrant'),
      opportunity: t('workshops.report.columns.opportunity'),
      difficulty: t('workshops.report.columns.difficulty'),
      responsible: t('workshops.report.columns.responsible'),
    },
    fields: {
      problem: t('workshops.report.fields.problem'),
      proposal: t('workshops.report.fields.proposal'),
      needed: t('workshops.report.fields.needed'),
      beneficiaries: t('workshops.report.fields.beneficiaries'),
      pains: t('workshops.report.fields.pains'),
      gains: t('workshops.report.fields.gains'),
    },
    session: (sessionNumber) =>
      t('workshops.report.session', { number: sessionNumber }),
    recommendationsHeading: t('workshops.report.recommendationsHeading'),
    noRecommendations: t('workshops.report.noRecommendations'),
    page: (page, pages) => t('workshops.report.page', { page, pages }),
    score: (summary) => scoreText(summary, lang),
  };
}

/** "3.4 ± 0.5" with the language's decimal mark. */
export function scoreText(summary: ScoreSummary, lang: string): string {
  const number = new Intl.NumberFormat(lang, {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
  return `${number.format(summary.mean)} ± ${number.format(summary.spread)}`;
}

const COLUMN_COUNT = 6;

/** Colours of the quadrants' marks in the legend (those of the chart). */
const QUADRANT_COLOURS: Record<WorkshopQuadrant, string> = {
  'quick-win': '#2e7d32',
  'major-project': '#1565c0',
  'fill-in': '#8d6e63',
  thankless: '#c62828',
};

/**
 * The report as a pdfmake document definition, built without pdfmake: page one has the series'
 * title, the date and the opportunity/difficulty matrix (`matrixSvg`, drawn by ECharts) with the
 * quadrants' legend; then a table per topic with its proposals ranked and grouped by horizon;
 * then the recommendations, by topic, with the authority each one is addressed to.
 */
export function reportDocument(
  report: WorkshopReport,
  labels: ReportPdfLabels,
  matrixSvg: string,
): TDocumentDefinitions {
  const topics = reportTopics(report);
  return {
    info: { title: `${labels.kicker}: ${report.series.title}` },
    pageSize: 'A4',
    pageMargins: [40, 48, 40, 56],
    footer: (page: number, pages: number) => ({
      text: labels.page(page, pages),
      style: 'footer',
    }),
    content: [
      { text: report.series.title, style: 'title' },
      { text: `${labels.kicker} · ${labels.generated}`, style: 'subtitle' },
      { svg: matrixSvg, width: 500, alignment: 'center' },
      { text: labels.legendHeading, style: 'legendHeading' },
      legend(labels),
      ...(report.series.description
        ? [{ text: report.series.description, style: 'description' }]
        : []),
      {
        text: labels.proposalsHeading,
        style: 'h1',
        pageBreak: 'before',
      },
      ...(topics.length === 0
        ? [{ text: labels.noProposals, style: 'muted' }]
        : topics.flatMap((topic) => topicTable(topic, labels))),
      {
        text: labels.recommendationsHeading,
        style: 'h1',
        pageBreak: 'before',
      },
      ...recommendations(topics, labels),
    ],
    styles: {
      title: { fontSize: 22, bold: true, margin: [0, 0, 0, 4] },
      subtitle: { fontSize: 11, color: '#555555', margin: [0, 0, 0, 16] },
      description: { fontSize: 10, margin: [0, 12, 0, 0] },
      legendHeading: { fontSize: 12, bold: true, margin: [0, 12, 0, 6] },
      h1: { fontSize: 16, bold: true, margin: [0, 0, 0, 10] },
      h2: { fontSize: 13, bold: true, margin: [0, 14, 0, 6] },
      tableHeader: { bold: true, fontSize: 9, fillColor: '#e0e0e0' },
      group: { bold: true, fillColor: '#f2f2f2' },
      muted: { color: '#555555' },
      footer: { fontSize: 8, color: '#555555', alignment: 'center' },
    },
    defaultStyle: { font: 'Roboto', fontSize: 9, lineHeight: 1.15 },
  };
}

function legend(labels: ReportPdfLabels): Content {
  return {
    table: {
      widths: [10, 90, '*'],
      body: WORKSHOP_QUADRANTS.map((q): TableCell[] => [
        { text: '', fillColor: QUADRANT_COLOURS[q] },
        { text: labels.quadrants[q].name, bold: true },
        { text: labels.quadrants[q].text },
      ]),
    },
    layout: 'noBorders',
  };
}

function topicTable(topic: ReportTopic, labels: ReportPdfLabels): Content[] {
  const header: TableCell[] = [
    labels.columns.rank,
    labels.columns.proposal,
    labels.columns.quadrant,
    labels.columns.opportunity,
    labels.columns.difficulty,
    labels.columns.responsible,
  ].map((text) => ({ text, style: 'tableHeader' }));
  const rows = topic.horizons.flatMap((group): TableCell[][] => [
    [
      {
        text: labels.horizons[group.horizon ?? 'none'],
        style: 'group',
        colSpan: COLUMN_COUNT,
      },
      ...Array.from({ length: COLUMN_COUNT - 1 }, () => ({})),
    ],
    ...group.proposals.map((ranked) => proposalRow(ranked, labels)),
  ]);
  return [
    { text: topic.name ?? labels.noTopic, style: 'h2' },
    rows.length === 0
      ? { text: labels.noProposals, style: 'muted' }
      : {
          table: {
            headerRows: 1,
            widths: [16, '*', 64, 52, 52, 64],
            body: [header, ...rows],
          },
          layout: 'lightHorizontalLines',
        },
  ];
}

function proposalRow(
  { rank, proposal }: RankedProposal,
  labels: ReportPdfLabels,
): TableCell[] {
  const point: MatrixPoint | null = proposal.point;
  return [
    { text: String(rank) },
    {
      stack: [
        { text: proposal.title, bold: true },
        { text: labels.session(proposal.sessionNumber), style: 'muted' },
        ...PROPOSAL_FIELDS.filter((field) => proposal[field]?.trim()).map(
          (field): Content => ({
            text: [
              { text: `${labels.fields[field]}: `, bold: true },
              proposal[field],
            ],
            margin: [0, 2, 0, 0],
          }),
        ),
      ],
    },
    { text: point ? labels.quadrants[point.quadrant].name : labels.notScored },
    { text: point ? labels.score(point.opportunity) : '–' },
    { text: point ? labels.score(point.difficulty) : '–' },
    {
      text: proposal.responsible
        ? labels.responsible[proposal.responsible]
        : labels.notSet,
    },
  ];
}

function recommendations(
  topics: readonly ReportTopic[],
  labels: ReportPdfLabels,
): Content[] {
  const withRecommendations = topics.filter(
    (t) => t.recommendations.length > 0,
  );
  if (withRecommendations.length === 0) {
    return [{ text: labels.noRecommendations, style: 'muted' }];
  }
  return withRecommendations.flatMap((topic): Content[] => [
    { text: topic.name ?? labels.noTopic, style: 'h2' },
    {
      ul: topic.recommendations.map((r) => ({
        text: [{ text: `${r.authority}: `, bold: true }, r.text],
        margin: [0, 0, 0, 4],
      })),
    },
  ]);
}
