import {
  removeGuides,
  validGuideFiles,
  withFile,
  writeGuide,
  type FixtureFile,
} from '../testing/guide-fixture';
import { defaultGuideContentDir } from './default-content-dir';
import { GUIDE_LANGUAGES } from './guide-languages';
import { GUIDE_ROLES, type GuidePage } from './guide-page';
import { GuideContentError } from './guide-problem';
import { loadGuide } from './load-guide';

afterEach(removeGuides);

describe('loadGuide on a fixture', () => {
  it('lists phases in order, then topics, then templates', () => {
    const guide = loadGuide(writeGuide(validGuideFiles()));
    expect(guide.toc('en').map((entry) => [entry.kind, entry.slug])).toEqual([
      ['phase', 'phase-1-idea-and-need'],
      ['phase', 'phase-2-start-up'],
      ['phase', 'phase-3-innovation-and-test'],
      ['phase', 'phase-4-market-maturation'],
      ['phase', 'phase-5-implementation-and-scaling'],
      ['topic', 'buying-afterwards'],
      ['topic', 'sharing-results'],
      ['template', 'a-plan'],
    ]);
  });

  it('orders phases by their number, not by order or file name', () => {
    const files = validGuideFiles().map((file) =>
      file.front['kind'] === 'phase'
        ? {
            ...file,
            front: {
              ...file.front,
              order: 10 - (file.front['phase'] as number),
            },
          }
        : file,
    );
    const toc = loadGuide(writeGuide(files)).toc('en');
    expect(toc.filter((e) => e.kind === 'phase').map((e) => e.phase)).toEqual([
      1, 2, 3, 4, 5,
    ]);
  });

  it('marks English entries in another language’s table of contents as fallbacks', () => {
    const toc = loadGuide(writeGuide(validGuideFiles())).toc('da');
    expect(toc.map((e) => [e.slug, e.lang, e.fallback])).toEqual([
      ['phase-1-idea-and-need', 'da', false],
      ['phase-2-start-up', 'da', false],
      ['phase-3-innovation-and-test', 'da', false],
      ['phase-4-market-maturation', 'da', false],
      ['phase-5-implementation-and-scaling', 'da', false],
      ['buying-afterwards', 'en', true],
      ['sharing-results', 'en', true],
      ['a-plan', 'en', true],
    ]);
    expect(toc[0]).toEqual({
      slug: 'phase-1-idea-and-need',
      title: 'Phase 1 (da)',
      summary: 'What happens in phase 1.',
      kind: 'phase',
      phase: 1,
      lang: 'da',
      fallback: false,
    });
    expect(toc[5]).not.toHaveProperty('phase');
  });

  it('serves English, marked as fallback, for a language the guide does not have', () => {
    const toc = loadGuide(writeGuide(validGuideFiles())).toc('sv');
    expect(toc.every((e) => e.lang === 'en' && e.fallback)).toBe(true);
  });

  it('gives a page with its headings, checklists and related pages in the requested language', () => {
    const page = loadGuide(writeGuide(validGuideFiles())).page(
      'phase-2-start-up',
      'nl',
    ) as GuidePage;
    expect(page).toMatchObject({
      slug: 'phase-2-start-up',
      title: 'Phase 2 (nl)',
      kind: 'phase',
      phase: 2,
      lang: 'nl',
      requestedLang: 'nl',
      fallback: false,
    });
    expect(page.markdown.startsWith('## Overview')).toBe(true);
    expect(page.headings).toEqual([
      { id: 'overview', text: 'Overview', level: 2 },
      { id: 'checklist-bedrijf', text: 'Checklist: Bedrijf', level: 2 },
      {
        id: 'checklist-publieke-organisatie',
        text: 'Checklist: Publieke organisatie',
        level: 2,
      },
      {
        id: 'checklist-kennisinstelling',
        text: 'Checklist: Kennisinstelling',
        level: 2,
      },
      { id: 'pitfalls', text: 'Pitfalls', level: 2 },
    ]);
    expect(page.checklists.map((c) => c.role)).toEqual([
      'company',
      'public',
      'knowledge',
    ]);
    expect(page.checklists[0]).toEqual({
      role: 'company',
      heading: 'Checklist: Bedrijf',
      headingId: 'checklist-bedrijf',
      items: [
        {
          id: 'phase-2-start-up:company:1',
          text: 'Bedrijf task 1 (nl)',
          markdown: 'Bedrijf task 1 (nl)',
        },
        {
          id: 'phase-2-start-up:company:2',
          text: 'Bedrijf task 2 (nl)',
          markdown: 'Bedrijf task 2 (nl)',
        },
      ],
    });
    expect(page.related).toEqual([
      {
        slug: 'sharing-results',
        title: 'Sharing results',
        summary: 'Who owns what a project produces.',
        kind: 'topic',
        lang: 'en',
        fallback: true,
      },
    ]);
  });

  it('falls back to English for a page the language does not have', () => {
    const page = loadGuide(writeGuide(validGuideFiles())).page('a-plan', 'fr');
    expect(page).toMatchObject({
      slug: 'a-plan',
      lang: 'en',
      requestedLang: 'fr',
      fallback: true,
    });
  });

  it('knows no page for an unknown slug', () => {
    expect(
      loadGuide(writeGuide(validGuideFiles())).page('no-such-page', 'en'),
    ).toBeUndefined();
  });

  it('gives every page for indexing, in table-of-contents order', () => {
    const guide = loadGuide(writeGuide(validGuideFiles()));
    const pages = guide.pages('fr');
    expect(pages.map((p) => p.slug)).toEqual(
      guide.toc('fr').map((e) => e.slug),
    );
    expect(pages.filter((p) => !p.fallback).map((p) => p.lang)).toEqual(
      Array(5).fill('fr'),
    );
  });

  it('does not let a caller change what the next caller gets', () => {
    const guide = loadGuide(writeGuide(validGuideFiles()));
    const first = guide.page('phase-1-idea-and-need', 'en') as GuidePage;
    first.checklists[0].items[0].text = 'changed';
    first.headings.pop();
    const again = guide.page('phase-1-idea-and-need', 'en') as GuidePage;
    expect(again.checklists[0].items[0].text).toBe('Company task 1 (en)');
    expect(again.headings).toHaveLength(5);
  });

  describe('checklist item ids', () => {
    it('are the same in every language', () => {
      const guide = loadGuide(writeGuide(validGuideFiles()));
      const ids = (lang: string) =>
        guide
          .page('phase-3-innovation-and-test', lang)
          ?.checklists.flatMap((c) => c.items.map((i) => i.id));
      expect(ids('en')).toEqual([
        'phase-3-innovation-and-test:company:1',
        'phase-3-innovation-and-test:company:2',
        'phase-3-innovation-and-test:public:1',
        'phase-3-innovation-and-test:public:2',
        'phase-3-innovation-and-test:knowledge:1',
        'phase-3-innovation-and-test:knowledge:2',
      ]);
      for (const lang of ['da', 'nl', 'fr'])
        expect(ids(lang)).toEqual(ids('en'));
    });

    it('survive rewording of an item and reloading', () => {
      const path = 'en/phases/phase-1-idea-and-need.md';
      const before = loadGuide(writeGuide(validGuideFiles())).page(
        'phase-1-idea-and-need',
        'en',
      );
      const reworded = withFile(path, (file: FixtureFile) => ({
        ...file,
        body: file.body.replace(
          'Company task 2 (en)',
          'Write the need down **with** users',
        ),
      }));
      const after = loadGuide(writeGuide(reworded)).page(
        'phase-1-idea-and-need',
        'en',
      );
      expect(after?.checklists[0].items[1]).toEqual({
        id: before?.checklists[0].items[1].id,
        text: 'Write the need down with users',
        markdown: 'Write the need down **with** users',
      });
    });
  });

  it('refuses content that does not validate, listing the problems', () => {
    const dir = writeGuide(
      withFile('nl/phases/phase-2-start-up.md', () => undefined),
    );
    expect(() => loadGuide(dir)).toThrow(GuideContentError);
    try {
      loadGuide(dir);
    } catch (error) {
      expect((error as GuideContentError).problems).toEqual([
        {
          file: 'nl/phases/',
          message: 'phase 2 has no page in "nl" (expected phase-2-start-up.md)',
        },
      ]);
      expect((error as Error).message).toContain(
        'nl/phases/: phase 2 has no page in "nl"',
      );
    }
  });
});

describe('loadGuide on the real content', () => {
  const guide = loadGuide(defaultGuideContentDir());

  it('has the five phases in every language, each with a checklist per role', () => {
    for (const lang of GUIDE_LANGUAGES) {
      const phases = guide.toc(lang).filter((entry) => entry.kind === 'phase');
      expect(phases.map((p) => [p.phase, p.lang, p.fallback])).toEqual(
        [1, 2, 3, 4, 5].map((n) => [n, lang, false]),
      );
      for (const phase of phases) {
        const page = guide.page(phase.slug, lang) as GuidePage;
        expect(page.checklists.map((c) => c.role)).toEqual([...GUIDE_ROLES]);
        expect(page.checklists.every((c) => c.items.length >= 3)).toBe(true);
      }
    }
  });

  it('has the topics and templates of the issue', () => {
    const toc = guide.toc('en');
    expect(toc.filter((e) => e.kind === 'topic')).toHaveLength(6);
    expect(toc.filter((e) => e.kind === 'template')).toHaveLength(5);
  });

  it('falls back to English for a topic read in Dutch', () => {
    const topic = guide.toc('en').find((e) => e.kind === 'topic');
    const page = guide.page(topic?.slug ?? '', 'nl');
    expect(page).toMatchObject({
      slug: topic?.slug,
      lang: 'en',
      requestedLang: 'nl',
      fallback: true,
    });
    expect(page?.title).toBe(topic?.title);
  });

  it('titles the Dutch phase 3 in Dutch', () => {
    expect(guide.page('phase-3-innovation-and-test', 'nl')).toMatchObject({
      lang: 'nl',
      fallback: false,
    });
    expect(guide.page('phase-3-innovation-and-test', 'nl')?.title).not.toBe(
      guide.page('phase-3-innovation-and-test', 'en')?.title,
    );
  });
});
