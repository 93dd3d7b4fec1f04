import { lexer, type Tokens } from 'marked';

import type { GuideHeading } from './guide-page';
import { HeadingIds } from './heading-ids';
import { inlinePlainText } from './plain-text';

/** A list item found under a heading, before the next heading. */
export interface SectionListItem {
  task: boolean;
  text: string;
  markdown: string;
}

/** What the loader and validator need to know about a page's body. */
export interface MarkdownOutline {
  headings: GuideHeading[];
  /** Top-level list items under each heading, by the heading's index in `headings`. */
  listItemsByHeading: SectionListItem[][];
  /** Every link target in the body (inline, reference and autolinks), in order. */
  links: string[];
}

/** Reads headings, the lists under them and links out of a Markdown body. */
export function outlineMarkdown(markdown: string): MarkdownOutline {
  const ids = new HeadingIds();
  const headings: GuideHeading[] = [];
  const listItemsByHeading: SectionListItem[][] = [];
  const links: string[] = [];

  for (const token of lexer(markdown)) {
    collectLinks(token, links);
    if (token.type === 'heading') {
      const heading = token as Tokens.Heading;
      const text = inlinePlainText(heading.tokens).trim();
      headings.push({ id: ids.next(text), text, level: heading.depth });
      listItemsByHeading.push([]);
    } else if (token.type === 'list' && headings.length > 0) {
      const list = token as Tokens.List;
      listItemsByHeading[headings.length - 1].push(
        ...list.items.map((item) => ({
          task: item.task,
          text: inlinePlainText(
            item.tokens.filter((t) => t.type !== 'list'),
          ).trim(),
          markdown: itemMarkdown(item),
        })),
      );
    }
  }
  return { headings, listItemsByHeading, links };
}

/** The item's own text as Markdown, without the list marker, the box or nested lists. */
function itemMarkdown(item: Tokens.ListItem): string {
  return item.tokens
    .filter((token) => token.type !== 'checkbox' && token.type !== 'list')
    .map((token) => ('text' in token ? String(token.text) : ''))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function collectLinks(token: Tokens.Generic, links: string[]): void {
  if (token.type === 'link') links.push((token as Tokens.Link).href);
  const children: Tokens.Generic[] = [];
  if (token.tokens) children.push(...token.tokens);
  if (token.type === 'list')
    children.push(...(token['items'] as Tokens.ListItem[]));
  if (token.type === 'table') {
    const table = token as unknown as Tokens.Table;
    for (const cell of [...table.header, ...table.rows.flat()]) {
      children.push(...cell.tokens);
    }
  }
  for (const child of children) collectLinks(child, links);
}
