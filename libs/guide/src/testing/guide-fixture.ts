import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** One file of a fixture content tree: its path under the content directory and its parts. */
export interface FixtureFile {
  path: string;
  front: Record<string, unknown>;
  body: string;
}

export const PHASE_SLUGS = [
  'phase-1-idea-and-need',
  'phase-2-start-up',
  'phase-3-innovation-and-test',
  'phase-4-market-maturation',
  'phase-5-implementation-and-scaling',
];

const ROLE_WORDS: Record<string, Record<string, string>> = {
  en: {
    company: 'Company',
    public: 'Public organisation',
    knowledge: 'Knowledge institution',
  },
  da: {
    company: 'Virksomhed',
    public: 'Offentlig organisation',
    knowledge: 'Vidensinstitution',
  },
  nl: {
    company: 'Bedrijf',
    public: 'Publieke organisatie',
    knowledge: 'Kennisinstelling',
  },
  fr: {
    company: 'Entreprise',
    public: 'Organisation publique',
    knowledge: 'Établissement de recherche',
  },
};

/** A valid phase page in `lang`, with two tasks per role and a link to the topic. */
export function phaseFile(
  lang: string,
  phase: number,
  itemsPerRole = 2,
): FixtureFile {
  const slug = PHASE_SLUGS[phase - 1];
  const words = ROLE_WORDS[lang];
  const checklists = {
    company: `Checklist: ${words['company']}`,
    public: `Checklist: ${words['public']}`,
    knowledge: `Checklist: ${words['knowledge']}`,
  };
  const list = (role: string) =>
    Array.from(
      { length: itemsPerRole },
      (_, n) => `- [ ] ${words[role]} task ${n + 1} (${lang})`,
    ).join('\n');
  return {
    path: `${lang}/phases/${slug}.md`,
    front: {
      slug,
      title: `Phase ${phase} (${lang})`,
      summary: `What happens in phase ${phase}.`,
      kind: 'phase',
      phase,
      order: phase,
      lang,
      related: ['sharing-results'],
      checklists,
    },
    body: [
      '## Overview',
      '',
      `Phase ${phase}. See [sharing results](/guide/sharing-results#who-owns-what) and [the plan](/guide/a-plan).`,
      '',
      `## ${checklists.company}`,
      '',
      list('company'),
      '',
      `## ${checklists.public}`,
      '',
      list('public'),
      '',
      `## ${checklists.knowledge}`,
      '',
      list('knowledge'),
      '',
      '## Pitfalls',
      '',
      'Jump back to the [overview](#overview).',
      '',
    ].join('\n'),
  };
}

/** A complete, valid guide: five phases in four languages, two topics and a template in English. */
export function validGuideFiles(): FixtureFile[] {
  const files: FixtureFile[] = [];
  for (const lang of ['en', 'da', 'nl', 'fr']) {
    for (let phase = 1; phase <= 5; phase += 1)
      files.push(phaseFile(lang, phase));
  }
  files.push(
    {
      path: 'en/topics/sharing-results.md',
      front: {
        slug: 'sharing-results',
        title: 'Sharing results',
        summary: 'Who owns what a project produces.',
        kind: 'topic',
        order: 2,
        lang: 'en',
      },
      body: '## Who owns what\n\nIt depends; agree it early (see [phase 2](/guide/phase-2-start-up)).\n',
    },
    {
      path: 'en/topics/buying-afterwards.md',
      front: {
        slug: 'buying-afterwards',
        title: 'Buying afterwards',
        summary: 'How a tested solution is bought.',
        kind: 'topic',
        order: 1,
        lang: 'en',
        related: ['a-plan'],
      },
      body: '## Procurement\n\nPlan it from the start.\n',
    },
    {
      path: 'en/templates/a-plan.md',
      front: {
        slug: 'a-plan',
        title: 'A plan',
        summary: 'A template for a plan.',
        kind: 'template',
        order: 1,
        lang: 'en',
      },
      body: '## Plan\n\n| Step | Who |\n|---|---|\n| One | [us](/guide/sharing-results) |\n',
    },
  );
  return files;
}

/** The file as written to disk: front matter (JSON values are valid YAML), then the body. */
export function toMarkdown(file: FixtureFile): string {
  const yaml = Object.entries(file.front)
    .map(([key, value]) => `${key}: ${JSON.stringify(value)}`)
    .join('\n');
  return `---\n${yaml}\n---\n\n${file.body}`;
}

const created: string[] = [];

/** Writes the files to a new temporary content directory and returns its path. */
export function writeGuide(
  files: FixtureFile[],
  extra: Record<string, string> = {},
): string {
  const dir = mkdtempSync(join(tmpdir(), 'opi-guide-'));
  created.push(dir);
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  };
  for (const file of files) write(file.path, toMarkdown(file));
  for (const [path, text] of Object.entries(extra)) write(path, text);
  return dir;
}

/** Removes the directories `writeGuide` made; call it in `afterEach`. */
export function removeGuides(): void {
  for (const dir of created.splice(0))
    rmSync(dir, { recursive: true, force: true });
}

/** The valid guide with one file changed (or removed, when `change` returns undefined). */
export function withFile(
  path: string,
  change: (file: FixtureFile) => FixtureFile | undefined,
): FixtureFile[] {
  const files = validGuideFiles();
  const index = files.findIndex((file) => file.path === path);
  if (index === -1) throw new Error(`no fixture file ${path}`);
  const changed = change(structuredClone(files[index]));
  if (changed) files[index] = changed;
  else files.splice(index, 1);
  return files;
}
