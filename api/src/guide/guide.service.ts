import { Injectable, NotFoundException } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { type GuidePage, type GuideTocEntry, GUIDE_FALLBACK_LANGUAGE, isGuideLanguage } from '@opi/guide';

import type { AuthUser } from '../common/auth/auth-user';
import { GuideContentService } from './guide-content.service';
import { GuideTick } from './guide-tick.entity';

export interface GuideSearchHit extends GuideTocEntry {
  /** An excerpt with the matching words wrapped in <mark>. */
  snippet: string;
}

@Injectable()
export class GuideService {
  constructor(
    private readonly content: GuideContentService,
    private readonly dataSource: DataSource,
  ) {}

  toc(lang: string): { lang: string; entries: GuideTocEntry[] } {
    const language = readerLanguage(lang);
    return { lang: language, entries: this.content.guide.toc(language) };
  }

  page(slug: string, lang: string): GuidePage {
    const page = this.content.guide.page(slug, readerLanguage(lang));
    if (!page) throw new NotFoundException('No such guide page');
    return page;
  }

  /**
   * Full text in the reader's language (stemmed), plus the English pages the
   * reader's language falls back to; best matches first.
   */
  async search(q: string, lang: string): Promise<{ items: GuideSearchHit[] }> {
    const language = readerLanguage(lang);
    const toc = this.content.guide.toc(language);
    const fallbackSlugs = toc.filter((e) => e.fallback).map((e) => e.slug);
    const rows: Array<{ slug: string; lang: string; snippet: string }> = await this.dataSource.query(
      `SELECT slug, lang,
              ts_headline(opi_ts_config(lang), body, q, 'StartSel=<mark>, StopSel=</mark>, MaxFragments=2, MaxWords=24, MinWords=8') AS snippet
         FROM guide_pages, websearch_to_tsquery(opi_ts_config(lang), $1) AS q
        WHERE search @@ q
          AND (lang = $2 OR (lang = $3 AND slug = ANY($4::text[])))
        ORDER BY ts_rank_cd(search, q) DESC, slug
        LIMIT 20`,
      [q, language, GUIDE_FALLBACK_LANGUAGE, fallbackSlugs],
    );
    const bySlug = new Map(toc.map((e) => [e.slug, e]));
    return {
      items: rows
        .filter((r) => bySlug.has(r.slug))
        .map((r) => ({ ...bySlug.get(r.slug)!, snippet: escapeExceptMark(r.snippet) })),
    };
  }

  async ticks(user: AuthUser, project: string): Promise<{ project: string; itemIds: string[] }> {
    const rows = await this.dataSource
      .getRepository(GuideTick)
      .find({ where: { userId: user.id, project }, order: { tickedAt: 'ASC' } });
    return { project, itemIds: rows.map((r) => r.itemId) };
  }

  async tick(user: AuthUser, project: string, itemId: string, ticked: boolean): Promise<void> {
    if (!this.itemExists(itemId)) throw new NotFoundException('No such checklist item');
    const repo = this.dataSource.getRepository(GuideTick);
    if (ticked) {
      await repo
        .createQueryBuilder()
        .insert()
        .values({ userId: user.id, project, itemId })
        .orIgnore()
        .execute();
    } else {
      await repo.delete({ userId: user.id, project, itemId });
    }
  }

  private itemExists(itemId: string): boolean {
    const slug = itemId.split(':')[0];
    const page = this.content.guide.page(slug, GUIDE_FALLBACK_LANGUAGE);
    return !!page?.checklists.some((c) => c.items.some((i) => i.id === itemId));
  }
}

function readerLanguage(lang: string | undefined): string {
  return lang && isGuideLanguage(lang) ? lang : GUIDE_FALLBACK_LANGUAGE;
}

/** ts_headline returns the page text as is: escape it, then restore our <mark> tags. */
function escapeExceptMark(snippet: string): string {
  return snippet
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/&lt;mark&gt;/g, '<mark>')
    .replace(/&lt;\/mark&gt;/g, '</mark>');
}
