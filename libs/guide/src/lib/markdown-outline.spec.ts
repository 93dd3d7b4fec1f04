import { outlineMarkdown } from './markdown-outline';

describe('outlineMarkdown', () => {
  const outline = outlineMarkdown(
    [
      '## Before *you* start',
      '',
      'Read [the guide](/guide).',
      '',
      '### Checklist',
      '',
      '- [ ] Agree on [IP](/guide/intellectual-property#background)',
      '- [x] Sign the **agreement**',
      '  - [ ] a nested list is not part of the item',
      '- not a task',
      '',
      '## Before you start',
      '',
      '> Quote with [a link](https://example.org)',
    ].join('\n'),
  );

  it('reads headings as plain text with unique ids', () => {
    expect(outline.headings).toEqual([
      { id: 'before-you-start', text: 'Before you start', level: 2 },
      { id: 'checklist', text: 'Checklist', level: 3 },
      { id: 'before-you-start-1', text: 'Before you start', level: 2 },
    ]);
  });

  it('collects the top-level list items under each heading', () => {
    expect(outline.listItemsByHeading[0]).toEqual([]);
    expect(outline.listItemsByHeading[1]).toEqual([
      {
        task: true,
        text: 'Agree on IP',
        markdown: 'Agree on [IP](/guide/intellectual-property#background)',
      },
      {
        task: true,
        text: 'Sign the agreement',
        markdown: 'Sign the **agreement**',
      },
      { task: false, text: 'not a task', markdown: 'not a task' },
    ]);
  });

  it('collects every link target', () => {
    expect(outline.links).toEqual([
      '/guide',
      '/guide/intellectual-property#background',
      'https://example.org',
    ]);
  });
});
