import { existsSync } from 'node:fs';
import { join } from 'node:path';

import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';

import {
  defaultGuideContentDir,
  type Guide,
  GUIDE_LANGUAGES,
  GuideContentError,
  loadGuide,
  markdownToPlainText,
} from '@opi/guide';

import { GuidePageIndex } from './guide-page-index.entity';

/** Where the build copies the content (dist/api/guide), else the source tree (dev and tests). */
export function guideContentDir(): string {
  // __dirname exists in the CommonJS bundle, not when the sources run as ES modules (tests).
  const built = typeof __dirname === 'string' ? join(__dirname, 'guide') : undefined;
  return built && existsSync(built) ? built : defaultGuideContentDir();
}

/**
 * Loads (and so validates) the Markdown guide once, refuses invalid content, and
 * rebuilds the search index in PostgreSQL (one replica at a time).
 */
@Injectable()
export class GuideContentService implements OnModuleInit {
  private readonly logger = new Logger(GuideContentService.name);
  private loaded?: Guide;

  constructor(private readonly dataSource: DataSource) {}

  get guide(): Guide {
    if (!this.loaded) throw new Error('The guide is not loaded yet');
    return this.loaded;
  }

  async onModuleInit(): Promise<void> {
    const dir = guideContentDir();
    try {
      this.loaded = loadGuide(dir); // reads and validates every page once
    } catch (error) {
      if (!(error instanceof GuideContentError)) throw error;
      throw new Error(
        `The guide content in ${dir} is invalid: ${error.problems.map((p) => `${p.file}: ${p.message}`).join('; ')}`,
      );
    }
    await this.reindex();
  }

  private async reindex(): Promise<void> {
    const rows = GUIDE_LANGUAGES.flatMap((lang) =>
      this.guide
        .pages(lang)
        .filter((page) => !page.fallback)
        .map((page) => ({
          slug: page.slug,
          lang: page.lang,
          title: page.title,
          summary: page.summary,
          kind: page.kind,
          phase: page.phase ?? null,
          body: markdownToPlainText(page.markdown),
        })),
    );
    await this.dataSource.transaction(async (manager) => {
      await manager.query("SELECT pg_advisory_xact_lock(hashtext('opi:guide-index'))");
      await manager.query('DELETE FROM guide_pages');
      await manager.getRepository(GuidePageIndex).insert(rows);
    });
    this.logger.log(`Indexed ${rows.length} guide pages`);
  }
}
