import { parseGuideHref } from './guide-links';

describe('parseGuideHref', () => {
  it.each([
    ['/guide/state-aid', { to: 'page', slug: 'state-aid' }],
    [
      '/guide/state-aid#de-minimis',
      { to: 'page', slug: 'state-aid', fragment: 'de-minimis' },
    ],
    [
      '/guide/state-aid?lang=da#x',
      { to: 'page', slug: 'state-aid', fragment: 'x' },
    ],
    [
      '/guide/phase-1#f%C3%B8r-start',
      { to: 'page', slug: 'phase-1', fragment: 'før-start' },
    ],
    ['/guide', { to: 'contents' }],
    ['/guide/', { to: 'contents' }],
    ['#pitfalls', { to: 'anchor', fragment: 'pitfalls' }],
    ['../topics/gdpr.md', { to: 'relative' }],
    ['gdpr', { to: 'relative' }],
    ['https://eur-lex.europa.eu/eli/dir/2014/24/oj', { to: 'elsewhere' }],
    ['mailto:guide@example.org', { to: 'elsewhere' }],
    ['/needs?careArea=dementia', { to: 'elsewhere' }],
    ['/guidelines', { to: 'elsewhere' }],
  ])('%s', (href, expected) => {
    expect(parseGuideHref(href)).toEqual(expected);
  });
});
