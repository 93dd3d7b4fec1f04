import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

import { GUIDE_LANGUAGES, isGuideLanguage } from './guide-languages';
import type { GuideProblem } from './guide-problem';

/** One Markdown file under `<contentDir>/<lang>/`, not yet parsed. */
export interface GuideSource {
  /** Path relative to the content directory, with forward slashes. */
  file: string;
  /** The language folder it sits in. */
  langDir: string;
  /** The folder below the language folder (`phases`, `topics`, `templates`), if any. */
  folder: string | undefined;
  /** The file name without `.md`. */
  fileSlug: string;
  text: string;
}

/** Reads every Markdown file in the language folders under `contentDir`, in a stable order. */
export function readGuideSources(contentDir: string): {
  found: boolean;
  sources: GuideSource[];
  problems: GuideProblem[];
} {
  const problems: GuideProblem[] = [];
  if (!existsSync(contentDir) || !statSync(contentDir).isDirectory()) {
    return {
      found: false,
      sources: [],
      problems: [
        {
          file: '.',
          message: `the content directory ${contentDir} does not exist`,
        },
      ],
    };
  }
  const sources: GuideSource[] = [];
  for (const entry of sortedEntries(contentDir)) {
    const path = join(contentDir, entry);
    if (!statSync(path).isDirectory()) {
      if (entry.endsWith('.md')) {
        problems.push({
          file: entry,
          message: `pages belong in a language folder (${GUIDE_LANGUAGES.join(', ')})`,
        });
      }
      continue;
    }
    if (!isGuideLanguage(entry)) {
      problems.push({
        file: `${entry}/`,
        message: `"${entry}" is not a guide language (${GUIDE_LANGUAGES.join(', ')})`,
      });
      continue;
    }
    for (const filePath of markdownFiles(path)) {
      const file = relative(contentDir, filePath).split(sep).join('/');
      const parts = file.split('/');
      sources.push({
        file,
        langDir: entry,
        folder: parts.length > 2 ? parts[1] : undefined,
        fileSlug: parts[parts.length - 1].replace(/\.md$/, ''),
        text: readFileSync(filePath, 'utf8'),
      });
    }
  }
  return { found: true, sources, problems };
}

function sortedEntries(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => !name.startsWith('.'))
    .sort();
}

function markdownFiles(dir: string): string[] {
  const files: string[] = [];
  for (const entry of sortedEntries(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) files.push(...markdownFiles(path));
    else if (entry.endsWith('.md')) files.push(path);
  }
  return files;
}
