import { GUIDE_FALLBACK_LANGUAGE } from './guide-languages';
import type { GuideKind, GuidePage, GuideTocEntry } from './guide-page';
import { GuideContentError } from './guide-problem';
import type { ParsedGuidePage } from './parse-guide-page';
import { checkGuide, type PagesByLanguage } from './validate-guide';

/** The guide's content, read and validated once, served in any language. */
export interface Guide {
  /**
   * The table of contents in `lang`: phases 1–5, then topics, then templates,
   * each group by its `order`. Every English page has an entry; where `lang`
   * has no page of its own the entry is the English one with `fallback: true`.
   */
  toc(lang: string): GuideTocEntry[];
  /** One page in `lang`, or its English fallback; undefined for an unknown slug. */
  page(slug: string, lang: string): GuidePage | undefined;
  /**
   * Every page as `page(slug, lang)` returns it, in table-of-contents order;
   * for indexing (skip those with `fallback: true` to index only pages
   * written in `lang`).
   */
  pages(lang: string): GuidePage[];
}

/**
 * Reads and validates every page under `contentDir` (`<lang>/<folder>/<slug>.md`).
 * Throws a `GuideContentError` listing every problem when the content is not
 * valid, so a broken guide is never served.
 */
export function loadGuide(contentDir: string): Guide {
  const { pages, problems } = checkGuide(contentDir);
  if (problems.length > 0) throw new GuideContentError(problems);
  return new LoadedGuide(pages);
}

const KIND_RANK: Record<GuideKind, number> = {
  phase: 0,
  topic: 1,
  template: 2,
};

class LoadedGuide implements Guide {
  /** English slugs in table-of-contents order. */
  private readonly slugs: readonly string[];

  constructor(private readonly byLanguage: PagesByLanguage) {
    const english = [
      ...(byLanguage.get(GUIDE_FALLBACK_LANGUAGE)?.values() ?? []),
    ];
    this.slugs = english
      .sort(
        (a, b) =>
          KIND_RANK[a.front.kind] - KIND_RANK[b.front.kind] ||
          (a.front.phase ?? 0) - (b.front.phase ?? 0) ||
          a.front.order - b.front.order ||
          a.front.slug.localeCompare(b.front.slug),
      )
      .map((page) => page.front.slug);
  }

  toc(lang: string): GuideTocEntry[] {
    return this.slugs.map((slug) => this.entry(this.resolve(slug, lang), lang));
  }

  page(slug: string, lang: string): GuidePage | undefined {
    if (!this.byLanguage.get(GUIDE_FALLBACK_LANGUAGE)?.has(slug))
      return undefined;
    const parsed = this.resolve(slug, lang);
    return {
      ...this.entry(parsed, lang),
      requestedLang: lang,
      markdown: parsed.markdown,
      headings: parsed.outline.headings.map((heading) => ({ ...heading })),
      checklists: parsed.checklists.map((checklist) => ({
        ...checklist,
        items: checklist.items.map((item) => ({ ...item })),
      })),
      related: (parsed.front.related ?? [])
        .filter((related) =>
          this.byLanguage.get(GUIDE_FALLBACK_LANGUAGE)?.has(related),
        )
        .map((related) => this.entry(this.resolve(related, lang), lang)),
    };
  }

  pages(lang: string): GuidePage[] {
    return this.slugs.map((slug) => this.page(slug, lang) as GuidePage);
  }

  /** The page in `lang` if there is one, else the English page (which always exists). */
  private resolve(slug: string, lang: string): ParsedGuidePage {
    return (this.byLanguage.get(lang)?.get(slug) ??
      this.byLanguage
        .get(GUIDE_FALLBACK_LANGUAGE)
        ?.get(slug)) as ParsedGuidePage;
  }

  private entry(page: ParsedGuidePage, requestedLang: string): GuideTocEntry {
    const { slug, title, summary, kind, phase, lang } = page.front;
    return {
      slug,
      title,
      summary,
      kind,
      ...(phase === undefined ? {} : { phase }),
      lang,
      fallback: lang !== requestedLang,
    };
  }
}
