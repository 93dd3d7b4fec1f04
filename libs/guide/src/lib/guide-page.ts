/** What a page is: one of the five phases, a topic across phases, or a template. */
export const GUIDE_KINDS = ['phase', 'topic', 'template'] as const;
export type GuideKind = (typeof GUIDE_KINDS)[number];

/**
 * The roles a phase has a checklist for: a company, a public organisation
 * (municipality, region, hospital) and a knowledge institution.
 */
export const GUIDE_ROLES = ['company', 'public', 'knowledge'] as const;
export type GuideRole = (typeof GUIDE_ROLES)[number];

/** A heading in a page's body; `id` is its anchor, unique within the page. */
export interface GuideHeading {
  id: string;
  text: string;
  level: number;
}

/**
 * One task in a role's checklist. `id` is `<slug>:<role>:<n>` (n counts from 1)
 * and is the same in every language, so a tick stored against it survives a
 * change of language. `text` is plain text; `markdown` keeps inline formatting
 * and links.
 */
export interface GuideChecklistItem {
  id: string;
  text: string;
  markdown: string;
}

export interface GuideChecklist {
  role: GuideRole;
  /** The heading the checklist sits under, as written in the page's language. */
  heading: string;
  /** The anchor of that heading (a `GuideHeading` id). */
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
  /** True when the entry is the English page because the requested language has none. */
  fallback: boolean;
}

/** A page as the portal shows it, in the requested language or its English fallback. */
export interface GuidePage extends GuideTocEntry {
  /** The language that was asked for; `lang` differs from it when `fallback` is true. */
  requestedLang: string;
  /** The body after the front matter; it starts below the title (no level-1 heading). */
  markdown: string;
  headings: GuideHeading[];
  /** For phases, one checklist per role in the order company, public, knowledge. */
  checklists: GuideChecklist[];
  /** The pages named in `related`, resolved in the requested language like the table of contents. */
  related: GuideTocEntry[];
}
