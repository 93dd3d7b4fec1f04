import { SLUG_PATTERN } from './front-matter';
import { GUIDE_FALLBACK_LANGUAGE, GUIDE_LANGUAGES } from './guide-languages';
import { parseGuideHref } from './guide-links';
import { GUIDE_ROLES } from './guide-page';
import type { GuideProblem } from './guide-problem';
import { parseGuidePage, type ParsedGuidePage } from './parse-guide-page';
import { readGuideSources } from './read-guide-sources';

/** Pages by language, then by slug (the first file wins when a slug repeats). */
export type PagesByLanguage = Map<string, Map<string, ParsedGuidePage>>;

/**
 * Checks the guide's content under `contentDir` and lists every problem, in
 * file order; an empty list means the content is valid. See README.md for the
 * rules.
 */
export function validateGuide(contentDir: string): GuideProblem[] {
  return checkGuide(contentDir).problems;
}

/** Reads, parses and checks the content; the loader uses the pages when there are no problems. */
export function checkGuide(contentDir: string): {
  pages: PagesByLanguage;
  problems: GuideProblem[];
} {
  const { found, sources, problems } = readGuideSources(contentDir);
  const pages: PagesByLanguage = new Map(
    GUIDE_LANGUAGES.map((lang) => [lang, new Map()]),
  );
  if (!found) return { pages, problems };

  for (const source of sources) {
    const parsed = parseGuidePage(source);
    problems.push(...parsed.problems);
    if (!parsed.page) continue;
    const bySlug = pages.get(source.langDir);
    const first = bySlug?.get(parsed.page.front.slug);
    if (first) {
      problems.push({
        file: source.file,
        message: `duplicate slug "${parsed.page.front.slug}": ${first.file} already uses it`,
      });
    } else {
      bySlug?.set(parsed.page.front.slug, parsed.page);
    }
  }

  problems.push(...phaseCoverageProblems(pages));
  for (const bySlug of pages.values()) {
    for (const page of bySlug.values()) {
      problems.push(...translationProblems(page, pages));
      problems.push(...linkProblems(page, pages));
    }
  }
  return { pages, problems: sortByFile(problems) };
}

/** Every language has each of the five phases exactly once. */
function phaseCoverageProblems(pages: PagesByLanguage): GuideProblem[] {
  const problems: GuideProblem[] = [];
  const english =
    pages.get(GUIDE_FALLBACK_LANGUAGE) ?? new Map<string, ParsedGuidePage>();
  for (const lang of GUIDE_LANGUAGES) {
    const phases = [...(pages.get(lang)?.values() ?? [])].filter(
      (page) => page.front.kind === 'phase',
    );
    for (let phase = 1; phase <= 5; phase += 1) {
      const found = phases.filter((page) => page.front.phase === phase);
      if (found.length === 0) {
        const model = [...english.values()].find(
          (page) => page.front.phase === phase,
        );
        problems.push({
          file: `${lang}/phases/`,
          message: `phase ${phase} has no page in "${lang}"${model ? ` (expected ${model.front.slug}.md)` : ''}`,
        });
      }
      for (const extra of found.slice(1)) {
        problems.push({
          file: extra.file,
          message: `phase ${phase} already has a page in "${lang}": ${found[0].file}`,
        });
      }
    }
  }
  return problems;
}

/** A translation matches its English page: same kind, same phase, as many checklist items. */
function translationProblems(
  page: ParsedGuidePage,
  pages: PagesByLanguage,
): GuideProblem[] {
  if (page.front.lang === GUIDE_FALLBACK_LANGUAGE) return [];
  const report = (message: string) => [{ file: page.file, message }];
  const original = pages.get(GUIDE_FALLBACK_LANGUAGE)?.get(page.front.slug);
  if (!original) {
    return report(
      `has no English page with the slug "${page.front.slug}"; every page is written in English first`,
    );
  }
  if (
    original.front.kind !== page.front.kind ||
    original.front.phase !== page.front.phase
  ) {
    return report(
      `kind and phase must match the English page ${original.file}`,
    );
  }
  const problems: GuideProblem[] = [];
  for (const role of GUIDE_ROLES) {
    const mine = page.checklists.find((c) => c.role === role);
    const theirs = original.checklists.find((c) => c.role === role);
    if (mine && theirs && mine.items.length !== theirs.items.length) {
      problems.push({
        file: page.file,
        message:
          `checklists.${role}: ${mine.items.length} item(s) where ${original.file} has ` +
          `${theirs.items.length}; translate item for item, so that ticks keep their ids`,
      });
    }
  }
  return problems;
}

/** Links and `related` slugs resolve to a page in the same language or in English. */
function linkProblems(
  page: ParsedGuidePage,
  pages: PagesByLanguage,
): GuideProblem[] {
  const problems: GuideProblem[] = [];
  const report = (message: string) =>
    problems.push({ file: page.file, message });
  const find = (slug: string) =>
    pages.get(page.front.lang)?.get(slug) ??
    pages.get(GUIDE_FALLBACK_LANGUAGE)?.get(slug);

  for (const href of page.outline.links) {
    const target = parseGuideHref(href);
    if (target.to === 'relative') {
      report(`link "${href}": write links between pages as /guide/<slug>`);
    } else if (target.to === 'anchor') {
      if (!page.outline.headings.some((h) => h.id === target.fragment)) {
        report(
          `link "${href}": this page has no heading with the anchor "${target.fragment}"`,
        );
      }
    } else if (target.to === 'page') {
      const linked = new RegExp(SLUG_PATTERN).test(target.slug)
        ? find(target.slug)
        : undefined;
      if (!linked) {
        report(`link "${href}": there is no page "${target.slug}"`);
      } else if (
        target.fragment !== undefined &&
        !linked.outline.headings.some((h) => h.id === target.fragment)
      ) {
        report(
          `link "${href}": ${linked.file} has no heading with the anchor "${target.fragment}"`,
        );
      }
    }
  }
  for (const slug of page.front.related ?? []) {
    if (slug === page.front.slug) report(`related: the page lists itself`);
    else if (!find(slug)) report(`related: there is no page "${slug}"`);
  }
  return problems;
}

function sortByFile(problems: GuideProblem[]): GuideProblem[] {
  return problems
    .map((problem, position) => ({ problem, position }))
    .sort(
      (a, b) =>
        (a.problem.file < b.problem.file
          ? -1
          : a.problem.file > b.problem.file
            ? 1
            : 0) || a.position - b.position,
    )
    .map(({ problem }) => problem);
}
