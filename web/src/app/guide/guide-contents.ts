import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { ActivatedRoute, Router } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { LanguageService } from '../i18n/language.service';
import { pluralKey } from '../shared/plural-key';
import { GuideApiService } from './guide-api.service';
import { GuideEntry } from './guide-entry';
import { MIN_SEARCH_LENGTH, type GuideTocEntry } from './guide.models';

/** A group of the table of contents. */
interface TocGroup {
  id: string;
  heading: string;
  entries: GuideTocEntry[];
  ordered: boolean;
}

/**
 * `/guide?q=`: the OPI guide's front page: a search across the guide (the query lives in the
 * address) and the table of contents: the five phases in order, then topics and templates.
 */
@Component({
  selector: 'opi-guide-contents',
  imports: [
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    TranslocoPipe,
    GuideEntry,
  ],
  templateUrl: './guide-contents.html',
  styleUrl: './guide-contents.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class GuideContents {
  /** Query parameters, bound by the router. */
  readonly q = input<string>();
  /** `?lang=`, kept on the links to pages so a shared address keeps its language. */
  readonly lang = input<string>();

  private readonly api = inject(GuideApiService);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  protected readonly language = inject(LanguageService).current;

  protected readonly query = computed(() => this.q()?.trim() ?? '');
  protected readonly tooShort = computed(
    () => this.query().length > 0 && this.query().length < MIN_SEARCH_LENGTH,
  );
  protected readonly linkParams = computed(() => {
    const lang = this.lang();
    return lang ? { lang } : {};
  });

  protected readonly toc = rxResource({
    params: () => this.language(),
    stream: ({ params }) => this.api.toc(params),
  });

  protected readonly results = rxResource({
    params: () =>
      this.query().length >= MIN_SEARCH_LENGTH
        ? { q: this.query(), lang: this.language() }
        : undefined,
    stream: ({ params }) => this.api.search(params.q, params.lang),
  });

  protected readonly groups = computed((): TocGroup[] => {
    if (!this.toc.hasValue()) {
      return [];
    }
    const entries = this.toc.value().entries;
    const of = (kind: GuideTocEntry['kind']) =>
      entries.filter((e) => e.kind === kind);
    return [
      {
        id: 'guide-phases',
        heading: 'guide.toc.phases',
        entries: of('phase').sort((a, b) => (a.phase ?? 0) - (b.phase ?? 0)),
        ordered: true,
      },
      {
        id: 'guide-topics',
        heading: 'guide.toc.topics',
        entries: of('topic'),
        ordered: false,
      },
      {
        id: 'guide-templates',
        heading: 'guide.toc.templates',
        entries: of('template'),
        ordered: false,
      },
    ].filter((group) => group.entries.length > 0);
  });

  /** What the search is doing, for the status line (read out by screen readers). */
  protected readonly searchStatus = computed(() => {
    if (this.tooShort()) {
      return { key: 'guide.search.tooShort', params: {} };
    }
    if (this.results.isLoading()) {
      return { key: 'guide.search.loading', params: {} };
    }
    if (!this.results.hasValue()) {
      return null;
    }
    const count = this.results.value().items.length;
    return {
      key: pluralKey(
        { one: 'guide.search.countOne', other: 'guide.search.countOther' },
        count,
        this.language(),
      ),
      params: { count },
    };
  });

  protected search(event: Event, text: string): void {
    event.preventDefault();
    this.navigate(text.trim() || null);
  }

  protected clear(): void {
    this.navigate(null);
  }

  private navigate(q: string | null): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { q },
      queryParamsHandling: 'merge',
    });
  }
}
