import { DOCUMENT } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { DateAdapter, provideNativeDateAdapter } from '@angular/material/core';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { ActivatedRoute, Router } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import type {
  Dashboard,
  DashboardQuery,
  DashboardTable,
  FunnelStep,
  PartnershipBenefit,
} from '@opi/contracts';
import { CARE_AREAS, type UiLanguage, labelOf } from '@opi/taxonomy';
import { AuthService } from '../auth/auth.service';
import { LanguageService } from '../i18n/language.service';
import { provideTranslocoDatepickerIntl } from '../marketplace-editing/transloco-datepicker-intl';
import { BENEFIT_KEYS } from '../partnerships/partnership-evaluation';
import { BROKER_ROLES, isoDay } from '../partnerships/partnership-labels';
import { apiProblem, problemKey } from '../shared/api-error';
import { LocalDatePipe } from '../shared/local-date.pipe';
import { LocalNumberPipe } from '../shared/local-number.pipe';
import { saveBlob } from '../workshops/workshop-download';
import { DashboardApiService } from './dashboard-api.service';
import { DashboardChart } from './dashboard-chart';
import {
  type DashboardChartOption,
  barOption,
  lineOption,
} from './dashboard-charts';

/** Translation keys of the funnel's steps. */
const FUNNEL_KEYS: Readonly<Record<FunnelStep, string>> = {
  matches: 'dashboard.funnel.matches',
  interests: 'dashboard.funnel.interests',
  partnerships: 'dashboard.funnel.partnerships',
  tests: 'dashboard.funnel.tests',
  implemented: 'dashboard.funnel.implemented',
};

const BENEFIT_ROW_KEYS: Readonly<
  Record<PartnershipBenefit | 'implemented', string>
> = { ...BENEFIT_KEYS, implemented: 'dashboard.benefits.implemented' };

/** Translation keys of the tables' names (for their CSV buttons). */
const TABLE_KEYS: Readonly<Record<DashboardTable, string>> = {
  'members-by-kind': 'dashboard.tables.membersByKind',
  'members-by-region': 'dashboard.tables.membersByRegion',
  'needs-per-month': 'dashboard.tables.needsPerMonth',
  'offerings-per-month': 'dashboard.tables.offeringsPerMonth',
  funnel: 'dashboard.tables.funnel',
  'median-days-per-stage': 'dashboard.tables.medianDaysPerStage',
  benefits: 'dashboard.tables.benefits',
};

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A figure column of a section's table. */
interface FigureColumn {
  id: string;
  /** Translation key of its header. */
  header: string;
  percent: boolean;
}

interface FigureRow {
  label: string;
  values: (number | null)[];
}

/** One chart of the dashboard with its table and CSV download(s). */
interface Section {
  id: string;
  /** Translation keys. */
  heading: string;
  labelHeader: string;
  lead: string | null;
  leadParams: Record<string, unknown>;
  columns: FigureColumn[];
  columnIds: string[];
  rows: FigureRow[];
  empty: boolean;
  option: DashboardChartOption;
  tables: { table: DashboardTable; name: string }[];
}

/**
 * `/dashboard`: the cluster's figures for a period, a care area and a region (all kept in the
 * address, so a view can be shared): members by kind and by region, needs and offerings per
 * month, the funnel from matches to implemented solutions, the median days per stage and what
 * the partnerships brought. Each chart is followed by a table of the same figures and its CSV.
 * For cluster managers and admins; anyone else is told the page is not for them.
 */
@Component({
  selector: 'opi-dashboard-page',
  imports: [
    MatButtonModule,
    MatDatepickerModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    MatTableModule,
    ReactiveFormsModule,
    TranslocoPipe,
    LocalDatePipe,
    LocalNumberPipe,
    DashboardChart,
  ],
  providers: [provideNativeDateAdapter(), provideTranslocoDatepickerIntl()],
  templateUrl: './dashboard-page.html',
  styleUrl: './dashboard-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DashboardPage {
  /** Query parameters, bound by the router. */
  readonly from = input<string>();
  readonly to = input<string>();
  readonly careArea = input<string>();
  readonly region = input<string>();

  private readonly api = inject(DashboardApiService);
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly document = inject(DOCUMENT);
  private readonly transloco = inject(TranslocoService);
  private readonly dateAdapter = inject<DateAdapter<Date>>(DateAdapter);
  private readonly translation = toSignal(this.transloco.selectTranslation());
  protected readonly lang = inject(LanguageService).current;
  protected readonly percent: Intl.NumberFormatOptions = {
    style: 'percent',
    maximumFractionDigits: 0,
  };

  /** Waiting for `/api/me` to say who the reader is. */
  protected readonly userLoading = computed(() => !this.auth.currentUser());
  protected readonly allowed = computed(() => {
    const role = this.auth.currentUser()?.role;
    return !!role && BROKER_ROLES.includes(role);
  });

  /** The query the address asks for (malformed values left out). */
  protected readonly query = computed((): DashboardQuery => {
    const from = this.from();
    const to = this.to();
    const careArea = this.careArea();
    return {
      from: from && DAY.test(from) ? from : undefined,
      to: to && DAY.test(to) ? to : undefined,
      careArea:
        careArea && (CARE_AREAS as readonly string[]).includes(careArea)
          ? careArea
          : undefined,
      region: this.region()?.trim() || undefined,
    };
  });

  protected readonly dashboard = rxResource({
    params: () => (this.allowed() ? this.query() : undefined),
    stream: ({ params }) => this.api.dashboard(params),
  });

  protected readonly forbidden = computed(
    () =>
      (!this.userLoading() && !this.allowed()) ||
      apiProblem(this.dashboard.error()).status === 403,
  );

  protected readonly filters = inject(NonNullableFormBuilder).group({
    from: [null as Date | null],
    to: [null as Date | null],
    careArea: [''],
    region: [''],
  });

  protected readonly careAreaOptions = computed(() => {
    const lang = this.lang();
    return CARE_AREAS.map((code) => ({
      code,
      label: labelOf('careArea', code, lang),
    })).sort((a, b) => a.label.localeCompare(b.label, lang));
  });

  protected readonly sections = computed((): Section[] => {
    this.translation();
    const lang = this.lang();
    const d = this.dashboard.hasValue() ? this.dashboard.value() : undefined;
    return d ? this.sectionsOf(d, lang) : [];
  });

  protected readonly downloading = signal<DashboardTable | null>(null);
  protected readonly downloadProblem = signal<string | null>(null);

  constructor() {
    effect(() => this.dateAdapter.setLocale(this.lang()));
    // The filters show what the address says (also after back/forward).
    effect(() => {
      const { from, to, careArea, region } = this.query();
      untracked(() =>
        this.filters.reset({
          from: from ? dayToDate(from) : null,
          to: to ? dayToDate(to) : null,
          careArea: careArea ?? '',
          region: region ?? '',
        }),
      );
    });
  }

  protected apply(): void {
    const { from, to, careArea, region } = this.filters.getRawValue();
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: {
        from: from ? isoDay(from) : null,
        to: to ? isoDay(to) : null,
        careArea: careArea || null,
        region: region.trim() || null,
      },
      queryParamsHandling: 'merge',
    });
  }

  protected clear(): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { from: null, to: null, careArea: null, region: null },
      queryParamsHandling: 'merge',
    });
  }

  /** Offers one of the tables as `<table>.csv`, for the query on show. */
  protected download(table: DashboardTable): void {
    if (this.downloading()) {
      return;
    }
    this.downloading.set(table);
    this.downloadProblem.set(null);
    this.api.csv(table, this.query()).subscribe({
      next: (blob) => {
        this.downloading.set(null);
        saveBlob(this.document, blob, `${table}.csv`);
      },
      error: (error: unknown) => {
        this.downloading.set(null);
        this.downloadProblem.set(problemKey(apiProblem(error)));
      },
    });
  }

  private sectionsOf(d: Dashboard, lang: UiLanguage): Section[] {
    const t = (key: string, params?: Record<string, unknown>) =>
      this.transloco.translate(key, params);
    const number = (value: number) => new Intl.NumberFormat(lang).format(value);
    const share = (value: number) =>
      new Intl.NumberFormat(lang, this.percent).format(value);
    const table = (id: DashboardTable) => ({
      table: id,
      name: t(TABLE_KEYS[id]),
    });
    const count = (header: string): FigureColumn => ({
      id: 'count',
      header,
      percent: false,
    });
    const section = (
      s: Omit<Section, 'columnIds' | 'empty' | 'lead' | 'leadParams'> &
        Partial<Pick<Section, 'lead' | 'leadParams'>>,
    ): Section => ({
      lead: null,
      leadParams: {},
      ...s,
      columnIds: ['label', ...s.columns.map((c) => c.id)],
      empty: !s.rows.some((row) => row.values.some((v) => !!v)),
    });

    const kinds = d.membersByKind.map((c) => ({
      label: labelOf('organisationKind', c.key, lang),
      values: [c.count],
    }));
    const regions = d.membersByRegion.map((c) => ({
      label: c.key || t('dashboard.membersByRegion.none'),
      values: [c.count],
    }));

    const months = [
      ...new Set([
        ...d.needsPerMonth.map((c) => c.key),
        ...d.offeringsPerMonth.map((c) => c.key),
      ]),
    ].sort();
    const countIn = (list: Dashboard['needsPerMonth'], key: string) =>
      list.find((c) => c.key === key)?.count ?? 0;
    const monthRows = months.map((key) => ({
      label: monthLabel(key, lang),
      values: [
        countIn(d.needsPerMonth, key),
        countIn(d.offeringsPerMonth, key),
      ],
    }));

    const funnel = d.funnel.map((row) => ({
      label: t(FUNNEL_KEYS[row.step]),
      values: [row.count, row.conversion],
    }));
    const stages = d.medianDaysPerStage.map((row) => ({
      label: labelOf('partnershipStage', row.stage, lang),
      values: [row.medianDays, row.count],
    }));
    const benefits = d.benefits.map((row) => ({
      label: t(BENEFIT_ROW_KEYS[row.benefit]),
      values: [row.share, row.count],
    }));

    const labels = (rows: FigureRow[]) => rows.map((r) => r.label);
    const firsts = (rows: FigureRow[]) => rows.map((r) => r.values[0] ?? 0);

    return [
      section({
        id: 'members-by-kind',
        heading: 'dashboard.membersByKind.heading',
        labelHeader: 'dashboard.columns.kind',
        columns: [count('dashboard.columns.organisations')],
        rows: kinds,
        option: barOption(labels(kinds), firsts(kinds)),
        tables: [table('members-by-kind')],
      }),
      section({
        id: 'members-by-region',
        heading: 'dashboard.membersByRegion.heading',
        labelHeader: 'dashboard.columns.region',
        columns: [count('dashboard.columns.organisations')],
        rows: regions,
        option: barOption(labels(regions), firsts(regions)),
        tables: [table('members-by-region')],
      }),
      section({
        id: 'per-month',
        heading: 'dashboard.perMonth.heading',
        labelHeader: 'dashboard.columns.month',
        columns: [
          { id: 'needs', header: 'dashboard.columns.needs', percent: false },
          {
            id: 'offerings',
            header: 'dashboard.columns.offerings',
            percent: false,
          },
        ],
        rows: monthRows,
        option: lineOption(labels(monthRows), [
          {
            name: t('dashboard.columns.needs'),
            values: monthRows.map((r) => r.values[0] ?? 0),
          },
          {
            name: t('dashboard.columns.offerings'),
            values: monthRows.map((r) => r.values[1] ?? 0),
          },
        ]),
        tables: [table('needs-per-month'), table('offerings-per-month')],
      }),
      section({
        id: 'funnel',
        heading: 'dashboard.funnel.heading',
        lead: 'dashboard.funnel.lead',
        labelHeader: 'dashboard.columns.step',
        columns: [
          count('dashboard.columns.count'),
          {
            id: 'conversion',
            header: 'dashboard.columns.conversion',
            percent: true,
          },
        ],
        rows: funnel,
        option: barOption(labels(funnel), firsts(funnel), {
          labels: d.funnel.map((row) =>
            row.conversion === null
              ? number(row.count)
              : `${number(row.count)} (${share(row.conversion)})`,
          ),
        }),
        tables: [table('funnel')],
      }),
      section({
        id: 'median-days',
        heading: 'dashboard.medianDays.heading',
        lead: 'dashboard.medianDays.lead',
        labelHeader: 'dashboard.columns.stage',
        columns: [
          {
            id: 'median-days',
            header: 'dashboard.columns.medianDays',
            percent: false,
          },
          {
            id: 'partnerships',
            header: 'dashboard.columns.partnerships',
            percent: false,
          },
        ],
        rows: stages,
        option: barOption(labels(stages), firsts(stages)),
        tables: [table('median-days-per-stage')],
      }),
      section({
        id: 'benefits',
        heading: 'dashboard.benefits.heading',
        lead: 'dashboard.benefits.lead',
        leadParams: { count: number(d.evaluations) },
        labelHeader: 'dashboard.columns.benefit',
        columns: [
          { id: 'share', header: 'dashboard.columns.share', percent: true },
          count('dashboard.columns.evaluations'),
        ],
        rows: benefits,
        option: barOption(
          labels(benefits),
          d.benefits.map((row) => Math.round(row.share * 1000) / 10),
          {
            horizontal: true,
            max: 100,
            labels: d.benefits.map((row) => share(row.share)),
            axisLabel: (value) => share(value / 100),
          },
        ),
        tables: [table('benefits')],
      }),
    ];
  }
}

/** `2026-03-14` as a local date (for the date pickers). */
function dayToDate(day: string): Date {
  const [year, month, date] = day.split('-').map(Number);
  return new Date(year, month - 1, date);
}

/** `2026-03` → "Mar 2026" in the reader's language. */
function monthLabel(key: string, lang: string): string {
  const [year, month] = key.split('-').map(Number);
  return year && month
    ? new Intl.DateTimeFormat(lang, { month: 'short', year: 'numeric' }).format(
        new Date(year, month - 1, 1),
      )
    : key;
}
