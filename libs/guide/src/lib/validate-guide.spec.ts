import {
  phaseFile,
  removeGuides,
  validGuideFiles,
  withFile,
  writeGuide,
  type FixtureFile,
} from '../testing/guide-fixture';
import { defaultGuideContentDir } from './default-content-dir';
import { validateGuide } from './validate-guide';

afterEach(removeGuides);

const PHASE_1_EN = 'en/phases/phase-1-idea-and-need.md';
const PHASE_3_NL = 'nl/phases/phase-3-innovation-and-test.md';
const TOPIC = 'en/topics/sharing-results.md';

/** A copy of `front` without the named fields. */
function without(front: Record<string, unknown>, ...fields: string[]) {
  return Object.fromEntries(
    Object.entries(front).filter(([key]) => !fields.includes(key)),
  );
}

function problemsOf(files: FixtureFile[], extra?: Record<string, string>) {
  return validateGuide(writeGuide(files, extra));
}

describe('validateGuide on the real content (the content test)', () => {
  it('finds no problem', () => {
    expect(validateGuide(defaultGuideContentDir())).toEqual([]);
  });
});

describe('validateGuide', () => {
  it('accepts the valid fixture', () => {
    expect(problemsOf(validGuideFiles())).toEqual([]);
  });

  it('reports a content directory that does not exist', () => {
    expect(validateGuide('/no/such/guide/content')).toEqual([
      { file: '.', message: expect.stringContaining('does not exist') },
    ]);
  });

  describe('front matter', () => {
    it('reports missing and malformed fields, each by name', () => {
      const problems = problemsOf(
        withFile(TOPIC, (file) => ({
          ...file,
          front: {
            ...without(file.front, 'summary'),
            kind: 'chapter',
            colour: 'red',
          },
        })),
      );
      expect(problems.map((p) => p.message)).toEqual(
        expect.arrayContaining([
          'front matter: the front matter needs "summary"',
          'front matter: "kind" must be one of phase, topic, template (got "chapter")',
          'front matter: the front matter has an unknown field "colour"',
        ]),
      );
      expect(
        problems.every(
          (p) => p.file === TOPIC || p.message.includes('sharing-results'),
        ),
      ).toBe(true);
    });

    it('wants a kebab-case slug and a one-sentence summary', () => {
      const problems = problemsOf(
        withFile(TOPIC, (file) => ({
          ...file,
          front: {
            ...file.front,
            slug: 'Sharing_Results',
            summary: 'No full stop',
          },
        })),
      );
      expect(problems).toEqual(
        expect.arrayContaining([
          {
            file: TOPIC,
            message: expect.stringMatching(
              /^front matter: "slug" must be kebab-case/,
            ),
          },
          {
            file: TOPIC,
            message: expect.stringMatching(
              /^front matter: "summary" must be one sentence/,
            ),
          },
        ]),
      );
    });

    it('wants phase and checklists on phases, and phase only on phases', () => {
      const phaseWithout = problemsOf(
        withFile(PHASE_1_EN, (file) => ({
          ...file,
          front: without(file.front, 'checklists', 'phase'),
        })),
      ).filter((p) => p.file === PHASE_1_EN);
      expect(phaseWithout.map((p) => p.message)).toEqual([
        'front matter: a page of kind "phase" needs "phase"',
        'front matter: a page of kind "phase" needs "checklists"',
      ]);

      const topicWithPhase = problemsOf(
        withFile(TOPIC, (file) => ({
          ...file,
          front: { ...file.front, phase: 2 },
        })),
      );
      expect(topicWithPhase).toContainEqual({
        file: TOPIC,
        message: 'front matter: "phase" is only for pages of kind "phase"',
      });
    });

    it('wants all three roles in checklists', () => {
      const problems = problemsOf(
        withFile(PHASE_1_EN, (file) => ({
          ...file,
          front: {
            ...file.front,
            checklists: { company: 'Checklist: Company' },
          },
        })),
      );
      expect(problems).toEqual(
        expect.arrayContaining([
          {
            file: PHASE_1_EN,
            message: 'front matter: "checklists" needs "public"',
          },
          {
            file: PHASE_1_EN,
            message: 'front matter: "checklists" needs "knowledge"',
          },
        ]),
      );
    });

    it('reports YAML that does not parse and a file without front matter', () => {
      const problems = problemsOf(validGuideFiles(), {
        'en/topics/broken.md': '---\ntitle: [unclosed\n---\n\nBody\n',
        'en/topics/bare.md': '## Just a body\n',
      });
      expect(problems).toEqual([
        {
          file: 'en/topics/bare.md',
          message: expect.stringMatching(/^has no front matter/),
        },
        {
          file: 'en/topics/broken.md',
          message: expect.stringMatching(/^front matter is not valid YAML/),
        },
      ]);
    });
  });

  describe('where a file lives', () => {
    it('wants the slug to match the file name', () => {
      const problems = problemsOf(
        withFile(TOPIC, (file) => ({ ...file, path: 'en/topics/results.md' })),
      );
      expect(problems).toContainEqual({
        file: 'en/topics/results.md',
        message:
          'slug "sharing-results" does not match the file name (expected sharing-results.md)',
      });
    });

    it('wants lang to match the language folder and the kind to match the folder', () => {
      const problems = problemsOf(
        withFile(TOPIC, (file) => ({
          ...file,
          path: 'da/templates/sharing-results.md',
        })),
      );
      expect(problems).toEqual(
        expect.arrayContaining([
          {
            file: 'da/templates/sharing-results.md',
            message: 'lang "en" does not match the folder da/',
          },
          {
            file: 'da/templates/sharing-results.md',
            message: 'a page of kind "topic" belongs in da/topics/',
          },
        ]),
      );
    });

    it('reports folders that are not guide languages', () => {
      expect(problemsOf(validGuideFiles(), { 'sv/topics/x.md': '' })).toEqual([
        {
          file: 'sv/',
          message: '"sv" is not a guide language (en, da, nl, fr)',
        },
      ]);
    });
  });

  it('reports a slug used twice in one language, naming the first file', () => {
    const files = validGuideFiles();
    const copy = structuredClone(
      files.find((f) => f.path === TOPIC) as FixtureFile,
    );
    copy.path = 'en/templates/sharing-results.md';
    copy.front['kind'] = 'template';
    // Files are read in path order, so templates/ comes before topics/.
    expect(problemsOf([...files, copy])).toEqual([
      {
        file: TOPIC,
        message:
          'duplicate slug "sharing-results": en/templates/sharing-results.md already uses it',
      },
    ]);
  });

  it('wants pages directly in the folder of their kind', () => {
    const problems = problemsOf(
      withFile(TOPIC, (file) => ({
        ...file,
        path: 'en/topics/more/sharing-results.md',
      })),
    );
    expect(problems).toEqual([
      {
        file: 'en/topics/more/sharing-results.md',
        message: 'a page of kind "topic" belongs in en/topics/',
      },
    ]);
  });

  it('allows the same slug in different languages', () => {
    const topic = validGuideFiles().find(
      (f) => f.path === TOPIC,
    ) as FixtureFile;
    const danish = {
      ...topic,
      path: 'da/topics/sharing-results.md',
      front: { ...topic.front, lang: 'da' },
    };
    expect(problemsOf([...validGuideFiles(), danish])).toEqual([]);
  });

  describe('links', () => {
    it('reports a link to a slug that does not exist', () => {
      const problems = problemsOf(
        withFile(TOPIC, (file) => ({
          ...file,
          body: `${file.body}\nSee [the myths](/guide/procurement-myths).\n`,
        })),
      );
      expect(problems).toEqual([
        {
          file: TOPIC,
          message:
            'link "/guide/procurement-myths": there is no page "procurement-myths"',
        },
      ]);
    });

    it('finds links in lists, tables and reference definitions', () => {
      const problems = problemsOf(
        withFile(TOPIC, (file) => ({
          ...file,
          body: `${file.body}\n- [x](/guide/gone-1)\n\n| a |\n|---|\n| [y](/guide/gone-2) |\n\n[z][ref]\n\n[ref]: /guide/gone-3\n`,
        })),
      );
      expect(problems.map((p) => p.message)).toEqual([
        'link "/guide/gone-1": there is no page "gone-1"',
        'link "/guide/gone-2": there is no page "gone-2"',
        'link "/guide/gone-3": there is no page "gone-3"',
      ]);
    });

    it('reports an anchor that the target page does not have', () => {
      const problems = problemsOf(
        withFile(TOPIC, (file) => ({
          ...file,
          body: `${file.body}\n[a](/guide/phase-1-idea-and-need#nowhere) and [b](#here)\n`,
        })),
      );
      expect(problems.map((p) => p.message)).toEqual([
        'link "/guide/phase-1-idea-and-need#nowhere": en/phases/phase-1-idea-and-need.md has no heading with the anchor "nowhere"',
        'link "#here": this page has no heading with the anchor "here"',
      ]);
    });

    it('wants /guide/<slug> instead of relative paths', () => {
      const problems = problemsOf(
        withFile(TOPIC, (file) => ({
          ...file,
          body: `${file.body}\n[a](../templates/a-plan.md)\n`,
        })),
      );
      expect(problems).toEqual([
        {
          file: TOPIC,
          message:
            'link "../templates/a-plan.md": write links between pages as /guide/<slug>',
        },
      ]);
    });

    it('lets a translation link to an English-only page (the reader gets the fallback)', () => {
      // Every fixture phase in da, nl and fr links to the English-only topic.
      expect(problemsOf(validGuideFiles())).toEqual([]);
    });

    it('reports related slugs that do not resolve', () => {
      const problems = problemsOf(
        withFile(TOPIC, (file) => ({
          ...file,
          front: {
            ...file.front,
            related: ['sharing-results', 'nothing-here'],
          },
        })),
      );
      expect(problems.map((p) => p.message)).toEqual([
        'related: the page lists itself',
        'related: there is no page "nothing-here"',
      ]);
    });
  });

  describe('checklists', () => {
    it('reports a role whose checklist heading is missing', () => {
      const problems = problemsOf(
        withFile(PHASE_1_EN, (file) => ({
          ...file,
          body: file.body.replace(
            '## Checklist: Knowledge institution',
            '## Researchers',
          ),
        })),
      );
      expect(problems).toEqual([
        {
          file: PHASE_1_EN,
          message:
            'checklists.knowledge: no heading "Checklist: Knowledge institution" in the body',
        },
      ]);
    });

    it('checks the translations too, role by role', () => {
      const problems = problemsOf(
        withFile(PHASE_3_NL, (file) => ({
          ...file,
          body: file.body.replace(
            /- \[ \] Publieke organisatie task \d \(nl\)\n?/g,
            '',
          ),
        })),
      );
      expect(problems).toEqual([
        {
          file: PHASE_3_NL,
          message:
            'checklists.public: no task list ("- [ ] …") under "Checklist: Publieke organisatie"',
        },
      ]);
    });

    it('wants every item under a checklist heading to be a task', () => {
      const problems = problemsOf(
        withFile(PHASE_1_EN, (file) => ({
          ...file,
          body: file.body.replace(
            '- [ ] Company task 2 (en)',
            '- Company task 2 (en)',
          ),
        })),
      );
      expect(problems.map((p) => p.message)).toContain(
        'checklists.company: every item under "Checklist: Company" must be a task ("- [ ] …")',
      );
    });

    it('wants a translation to have as many items per role as the English page', () => {
      const files = validGuideFiles().map((file) =>
        file.path === 'fr/phases/phase-2-start-up.md'
          ? phaseFile('fr', 2, 3)
          : file,
      );
      expect(problemsOf(files)).toEqual([
        {
          file: 'fr/phases/phase-2-start-up.md',
          message: expect.stringMatching(
            /^checklists\.company: 3 item\(s\) where en\/phases\/phase-2-start-up\.md has 2/,
          ),
        },
        {
          file: 'fr/phases/phase-2-start-up.md',
          message: expect.stringMatching(/^checklists\.public/),
        },
        {
          file: 'fr/phases/phase-2-start-up.md',
          message: expect.stringMatching(/^checklists\.knowledge/),
        },
      ]);
    });

    it('rejects two roles sharing one heading', () => {
      const problems = problemsOf(
        withFile(PHASE_1_EN, (file) => ({
          ...file,
          front: {
            ...file.front,
            checklists: {
              company: 'Pitfalls',
              public: 'Pitfalls',
              knowledge: 'Pitfalls',
            },
          },
        })),
      );
      expect(problems.map((p) => p.message)).toContain(
        'checklists: each role needs a heading of its own',
      );
    });
  });

  describe('phases and translations', () => {
    it('reports a phase missing in a language', () => {
      const problems = problemsOf(
        withFile('fr/phases/phase-4-market-maturation.md', () => undefined),
      );
      expect(problems).toEqual([
        {
          file: 'fr/phases/',
          message:
            'phase 4 has no page in "fr" (expected phase-4-market-maturation.md)',
        },
      ]);
    });

    it('reports two pages for one phase', () => {
      const problems = problemsOf(
        withFile('da/phases/phase-2-start-up.md', (file) => ({
          ...file,
          front: { ...file.front, phase: 1 },
        })),
      );
      expect(problems.map((p) => p.message)).toEqual(
        expect.arrayContaining([
          'phase 1 already has a page in "da": da/phases/phase-1-idea-and-need.md',
          'phase 2 has no page in "da" (expected phase-2-start-up.md)',
          'kind and phase must match the English page en/phases/phase-2-start-up.md',
        ]),
      );
    });

    it('reports a translation without an English page', () => {
      const problems = problemsOf(validGuideFiles(), {
        'nl/topics/alleen-nederlands.md':
          '---\nslug: alleen-nederlands\ntitle: Alleen\nsummary: Alleen in het Nederlands.\nkind: topic\norder: 1\nlang: nl\n---\n\n## Tekst\n',
      });
      expect(problems).toEqual([
        {
          file: 'nl/topics/alleen-nederlands.md',
          message:
            'has no English page with the slug "alleen-nederlands"; every page is written in English first',
        },
      ]);
    });
  });

  it('reports a level-1 heading in the body', () => {
    const problems = problemsOf(
      withFile(TOPIC, (file) => ({
        ...file,
        body: `# Sharing results\n\n${file.body}`,
      })),
    );
    expect(problems).toEqual([
      {
        file: TOPIC,
        message:
          'has a level-1 heading "Sharing results"; the title comes from the front matter, so start sections at ##',
      },
    ]);
  });
});
