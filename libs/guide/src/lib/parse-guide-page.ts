import matter from 'gray-matter';

import { frontMatterProblems, type GuideFrontMatter } from './front-matter';
import type { GuideChecklist, GuideKind } from './guide-page';
import { GUIDE_ROLES } from './guide-page';
import type { GuideProblem } from './guide-problem';
import { outlineMarkdown, type MarkdownOutline } from './markdown-outline';
import type { GuideSource } from './read-guide-sources';

/** The folder under `<lang>/` that holds each kind of page. */
export const KIND_FOLDERS: Record<GuideKind, string> = {
  phase: 'phases',
  topic: 'topics',
  template: 'templates',
};

/** A page whose front matter is valid, with its body read. */
export interface ParsedGuidePage {
  file: string;
  front: GuideFrontMatter;
  markdown: string;
  outline: MarkdownOutline;
  /** Phases: one per role, in GUIDE_ROLES order (only the roles that were found). */
  checklists: GuideChecklist[];
}

/**
 * Parses one file and checks what can be checked within it: front matter,
 * slug and language against the path, headings and checklists. Returns no
 * page when the front matter is unusable.
 */
export function parseGuidePage(source: GuideSource): {
  page?: ParsedGuidePage;
  problems: GuideProblem[];
} {
  const problems: GuideProblem[] = [];
  const report = (message: string) =>
    problems.push({ file: source.file, message });

  if (!/^\uFEFF?---\r?\n/.test(source.text)) {
    report(
      'has no front matter: start the file with a line "---", the YAML fields, then "---"',
    );
    return { problems };
  }
  let parsed: matter.GrayMatterFile<string>;
  try {
    // Options (even empty ones) keep gray-matter from caching by content.
    parsed = matter(source.text, {});
  } catch (error) {
    report(`front matter is not valid YAML: ${firstLine(error)}`);
    return { problems };
  }
  const schemaProblems = frontMatterProblems(parsed.data);
  if (schemaProblems.length > 0) {
    for (const message of schemaProblems) report(`front matter: ${message}`);
    return { problems };
  }
  const front = parsed.data as GuideFrontMatter;

  if (front.slug !== source.fileSlug) {
    report(
      `slug "${front.slug}" does not match the file name (expected ${front.slug}.md)`,
    );
  }
  if (front.lang !== source.langDir) {
    report(`lang "${front.lang}" does not match the folder ${source.langDir}/`);
  }
  const folder = KIND_FOLDERS[front.kind];
  if (source.folder !== folder || source.file.split('/').length !== 3) {
    report(
      `a page of kind "${front.kind}" belongs in ${source.langDir}/${folder}/`,
    );
  }

  const markdown = parsed.content.replace(/^\s*\n/, '');
  const outline = outlineMarkdown(markdown);
  for (const heading of outline.headings.filter((h) => h.level === 1)) {
    report(
      `has a level-1 heading "${heading.text}"; the title comes from the front matter, so start sections at ##`,
    );
  }

  const checklists: GuideChecklist[] = [];
  if (front.checklists) {
    const named = Object.values(front.checklists);
    if (new Set(named).size !== named.length) {
      report('checklists: each role needs a heading of its own');
    }
    for (const role of GUIDE_ROLES) {
      const headingText = front.checklists[role];
      const at = outline.headings
        .map((heading, index) => ({ heading, index }))
        .filter(({ heading }) => heading.text === headingText.trim());
      if (at.length === 0) {
        report(`checklists.${role}: no heading "${headingText}" in the body`);
        continue;
      }
      if (at.length > 1) {
        report(
          `checklists.${role}: the heading "${headingText}" appears ${at.length} times`,
        );
        continue;
      }
      const { heading, index } = at[0];
      const listed = outline.listItemsByHeading[index];
      if (listed.some((item) => !item.task)) {
        report(
          `checklists.${role}: every item under "${headingText}" must be a task ("- [ ] …")`,
        );
      }
      const tasks = listed.filter((item) => item.task);
      if (tasks.length === 0) {
        report(
          `checklists.${role}: no task list ("- [ ] …") under "${headingText}"`,
        );
        continue;
      }
      checklists.push({
        role,
        heading: heading.text,
        headingId: heading.id,
        items: tasks.map((item, n) => ({
          id: checklistItemId(front.slug, role, n + 1),
          text: item.text,
          markdown: item.markdown,
        })),
      });
    }
  }
  return {
    page: { file: source.file, front, markdown, outline, checklists },
    problems,
  };
}

/** `<slug>:<role>:<n>`: positional, so the same in every language. */
export function checklistItemId(slug: string, role: string, n: number): string {
  return `${slug}:${role}:${n}`;
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0];
}
