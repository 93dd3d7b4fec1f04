/*
 * The guide API's shapes, as the portal reads them. They mirror `libs/guide/src/lib/guide-page.ts`
 * and the API's search hit; `@opi/guide` is an API-side library, so the portal keeps its own copy.
 */

/** One of the five phases, a topic across phases, or a template. */
export type GuideKind = 'phase' | 'topic' | 'template';

/** The roles a phase has a checklist for. */
export type GuideRole = 'company' | 'public' | 'knowledge';

/** A heading in a page's body; `id` is its anchor, unique within the page. */
export interface GuideHeading {
  id: string;
  text: string;
  level: number;
}

/** One task of a checklist; `id` (`<slug>:<role>:<n>`) is the same in every language. */
export interface GuideChecklistItem {
  id: string;
  text: string;
  markdown: string;
}

export interface GuideChecklist {
  role: GuideRole;
  /** The heading the checklist sits under, in the page's language. */
  heading: string;
  /** The anchor of that heading (one of the page's `headings`). */
  headingId: string;
  items: GuideChecklistItem[];
}

/** One line of the table of contents, or a related page. */
export interface GuideTocEntry {
  slug: string;
  title: string;
  summary: string;
  kind: GuideKind;
  /** 1–5, for phases only. */
  phase?: number;
  /** The language the entry is written in. */
  lang: string;
  /** True when this is the English page because the reader's language has none. */
  fallback: boolean;
}

/** `GET /api/guide?lang=` */
export interface GuideToc {
  lang: string;
  entries: GuideTocEntry[];
}

/** `GET /api/guide/pages/:slug?lang=`: a page in the requested language or its English fallback. */
export interface GuidePage extends GuideTocEntry {
  /** The language that was asked for; `lang` differs from it when `fallback` is true. */
  requestedLang: string;
  /** The body below the title (it has no level-1 heading). */
  markdown: string;
  headings: GuideHeading[];
  /** For phases, one checklist per role in the order company, public, knowledge. */
  checklists: GuideChecklist[];
  related: GuideTocEntry[];
}

/** A search result: an entry with an excerpt whose matching words are wrapped in `<mark>`. */
export interface GuideSearchHit extends GuideTocEntry {
  /** HTML: the page text escaped, with `<mark>` around the matches. */
  snippet: string;
}

/** `GET /api/guide/search?q=&lang=` */
export interface GuideSearchResult {
  items: GuideSearchHit[];
}

/** `GET /api/guide/ticks?project=`: the signed-in reader's ticked items in one project. */
export interface GuideTicks {
  project: string;
  itemIds: string[];
}

/** The project ticks belong to when the reader names none. */
export const DEFAULT_PROJECT = 'default';

/** What the API accepts as a project name. */
export const PROJECT_PATTERN = /^[\p{L}\p{N} _.-]{1,80}$/u;

/** The shortest search the API accepts. */
export const MIN_SEARCH_LENGTH = 2;
