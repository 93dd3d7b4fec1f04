import { guideSections, inlineHtml, pageOutline } from './guide-markdown';
import type { GuideChecklist, GuideHeading } from './guide.models';

const markdown = `## Overview

Read the [test plan](/guide/test-plan) and the [checklists](#checklists).

## Checklists

### Checklist for companies

- [ ] Show **sketches** to users.
- [ ] Agree on support.

A note under the list.

### Steps

- [ ] Not a checklist: a plain task list.

## Overview
`;

const headings: GuideHeading[] = [
  { id: 'overview', text: 'Overview', level: 2 },
  { id: 'checklists', text: 'Checklists', level: 2 },
  { id: 'checklist-for-companies', text: 'Checklist for companies', level: 3 },
  { id: 'steps', text: 'Steps', level: 3 },
  { id: 'overview-1', text: 'Overview', level: 2 },
];

const checklists: GuideChecklist[] = [
  {
    role: 'company',
    heading: 'Checklist for companies',
    headingId: 'checklist-for-companies',
    items: [
      {
        id: 'phase-3:company:1',
        text: 'Show sketches to users.',
        markdown: 'Show **sketches** to users.',
      },
      {
        id: 'phase-3:company:2',
        text: 'Agree on support.',
        markdown: 'Agree on support.',
      },
    ],
  },
];

describe('guideSections', () => {
  const sections = guideSections({ markdown, headings, checklists });

  it('gives each heading the id the API lists for it, in order', () => {
    expect(sections.map((s) => s.heading?.id)).toEqual([
      'overview',
      'checklists',
      'checklist-for-companies',
      'steps',
      'overview-1',
    ]);
    expect(sections.map((s) => s.heading?.level)).toEqual([2, 2, 3, 3, 2]);
  });

  it('renders the body under each heading, links included', () => {
    expect(sections[0].html).toBe(
      '<p>Read the <a href="/guide/test-plan">test plan</a> and the <a href="#checklists">checklists</a>.</p>',
    );
  });

  it('puts the checklist in place of its task list and keeps the rest of the section', () => {
    const section = sections[2];
    expect(section.checklist).toEqual({
      role: 'company',
      headingId: 'checklist-for-companies',
      items: [
        {
          id: 'phase-3:company:1',
          text: 'Show sketches to users.',
          html: 'Show <strong>sketches</strong> to users.',
        },
        {
          id: 'phase-3:company:2',
          text: 'Agree on support.',
          html: 'Agree on support.',
        },
      ],
    });
    expect(section.html).toBe('<p>A note under the list.</p>');
  });

  it('shows other task lists with boxes drawn as characters', () => {
    expect(sections[3].checklist).toBeNull();
    expect(sections[3].html).toContain(
      '<span class="task-box" aria-hidden="true">☐</span> Not a checklist',
    );
  });

  it('keeps text before the first heading as a section of its own', () => {
    const [first] = guideSections({
      markdown: 'Intro text.\n\n## Next\n',
      headings: [{ id: 'next', text: 'Next', level: 2 }],
      checklists: [],
    });
    expect(first).toEqual({
      heading: null,
      checklist: null,
      html: '<p>Intro text.</p>',
    });
  });
});

describe('inlineHtml', () => {
  it('renders inline Markdown without a paragraph', () => {
    expect(inlineHtml('See [GDPR](/guide/gdpr) *first*')).toBe(
      'See <a href="/guide/gdpr">GDPR</a> <em>first</em>',
    );
  });
});

describe('pageOutline', () => {
  it('nests level-3 headings under the level-2 heading before them', () => {
    expect(pageOutline(headings)).toEqual([
      { id: 'overview', text: 'Overview', children: [] },
      {
        id: 'checklists',
        text: 'Checklists',
        children: [
          {
            id: 'checklist-for-companies',
            text: 'Checklist for companies',
            children: [],
          },
          { id: 'steps', text: 'Steps', children: [] },
        ],
      },
      { id: 'overview-1', text: 'Overview', children: [] },
    ]);
  });
});

describe('tables', () => {
  it('sit in a box that scrolls sideways and takes keyboard focus', () => {
    const [section] = guideSections({
      markdown: '| What | When |\n| ---- | ---- |\n| Baseline | Before |\n',
      headings: [],
      checklists: [],
    });
    expect(section.html).toMatch(
      /^<div class="table-scroll" tabindex="0"><table>[\s\S]*<td>Baseline<\/td>[\s\S]*<\/table>\s*<\/div>$/,
    );
  });
});
