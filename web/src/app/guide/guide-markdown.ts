import { Marked, Renderer, type Token, type Tokens } from 'marked';
import type {
  GuideChecklist,
  GuideHeading,
  GuidePage,
  GuideRole,
} from './guide.models';

/** A heading of the page body, with the id the API gave it and its inline content as HTML. */
export interface SectionHeading {
  id: string;
  level: number;
  html: string;
}

/** A checklist item with its text rendered as inline HTML (links and emphasis kept). */
export interface ChecklistItemView {
  id: string;
  text: string;
  html: string;
}

export interface ChecklistView {
  role: GuideRole;
  headingId: string;
  items: ChecklistItemView[];
}

/**
 * A piece of the page body: a heading (none before the first one), the checklist that sits
 * under it if any, and the rest of its content as HTML. The portal renders the headings and
 * the checklists itself, so headings keep their ids (Angular's sanitiser drops `id` from bound
 * HTML) and checklists become real checkboxes instead of Markdown task lists.
 */
export interface GuideSection {
  heading: SectionHeading | null;
  checklist: ChecklistView | null;
  html: string;
}

/** An entry of the page's own table of contents. */
export interface OutlineEntry {
  id: string;
  text: string;
  children: OutlineEntry[];
}

/**
 * GitHub-flavoured Markdown. Task lists outside the checklists (steps on a topic page) show
 * their boxes as characters, as `<input>` would not survive sanitising and prints poorly. Tables
 * scroll sideways on narrow screens inside a box that takes keyboard focus, so it can be
 * scrolled without a mouse.
 */
const markdown = new Marked({
  gfm: true,
  async: false,
  renderer: {
    checkbox: ({ checked }: Tokens.Checkbox) =>
      `<span class="task-box" aria-hidden="true">${checked ? '☑' : '☐'}</span> `,
    table(this: Renderer, token: Tokens.Table) {
      return `<div class="table-scroll" tabindex="0">${Renderer.prototype.table.call(this, token)}</div>\n`;
    },
  },
});

/** Inline Markdown (a heading's or an item's text) as HTML. */
export function inlineHtml(source: string): string {
  return markdown.parseInline(source) as string;
}

/**
 * Splits a page body at its top-level headings (the ones the API lists in `headings`, in the
 * same order) and renders each part. Under a checklist's heading the task list is left out:
 * the checklist takes its place.
 */
export function guideSections(
  page: Pick<GuidePage, 'markdown' | 'headings' | 'checklists'>,
): GuideSection[] {
  const sections: { section: GuideSection; tokens: Token[] }[] = [];
  let current: { section: GuideSection; tokens: Token[] } = {
    section: { heading: null, checklist: null, html: '' },
    tokens: [],
  };
  let headingIndex = 0;

  for (const token of markdown.lexer(page.markdown)) {
    if (token.type === 'heading') {
      sections.push(current);
      const heading = token as Tokens.Heading;
      const id =
        page.headings[headingIndex]?.id ?? `section-${headingIndex + 1}`;
      headingIndex += 1;
      const checklist = page.checklists.find((c) => c.headingId === id);
      current = {
        section: {
          heading: { id, level: heading.depth, html: inlineHtml(heading.text) },
          checklist: checklist ? checklistView(checklist) : null,
          html: '',
        },
        tokens: [],
      };
    } else if (current.section.checklist && isTaskList(token)) {
      continue; // rendered as checkboxes
    } else {
      current.tokens.push(token);
    }
  }
  sections.push(current);

  return sections
    .map(({ section, tokens }) => ({
      ...section,
      html: markdown.parser(tokens).trim(),
    }))
    .filter((s) => s.heading || s.html);
}

/** The page's headings of levels 2 and 3 as a two-level outline. */
export function pageOutline(headings: readonly GuideHeading[]): OutlineEntry[] {
  const outline: OutlineEntry[] = [];
  for (const heading of headings) {
    const entry = { id: heading.id, text: heading.text, children: [] };
    if (heading.level === 2) {
      outline.push(entry);
    } else if (heading.level === 3) {
      const parent = outline[outline.length - 1];
      (parent ? parent.children : outline).push(entry);
    }
  }
  return outline;
}

function checklistView(checklist: GuideChecklist): ChecklistView {
  return {
    role: checklist.role,
    headingId: checklist.headingId,
    items: checklist.items.map((item) => ({
      id: item.id,
      text: item.text,
      html: inlineHtml(item.markdown),
    })),
  };
}

function isTaskList(token: Token): boolean {
  return (
    token.type === 'list' &&
    (token as Tokens.List).items.some((item) => item.task)
  );
}
