import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import type { MatchIndex, MatchProfile } from '@opi/matching';

import { MatchIndexService } from './match-index.service';
import { TagCandidates, type TaggedRecord } from './tag-candidates';

/** How many candidates stage 1 hands to the engine, and how many proposals are kept. */
export const CANDIDATES = 300;
export const STORED = 50;
/** Of the candidates, at most this many come from shared tags alone (the rest from shared words and concepts). */
const TAG_CANDIDATES = 100;
/** How many the index proposes for the word half, before drafts and unpublished records are left out. */
const WORD_LOOKUP = CANDIDATES - TAG_CANDIDATES + 40;

type Table = 'needs' | 'offerings';

/**
 * What a batch reads once for all its subjects: the matching index (not
 * refreshed for each subject), the published records of a table, and their
 * tags (each subject's tag candidates are then found in memory). Only for
 * work that is done before records change.
 */
export class CandidateMemo {
  constructor(
    readonly index: MatchIndex,
    readonly published: ReadonlySet<string>,
    readonly tags: TagCandidates,
  ) {}
}

/**
 * Stage 1 of matching: up to CANDIDATES published records of a table near a
 * subject — those sharing its most telling words and concepts, as the
 * matching index finds them (in memory; words common to more than 2% of the
 * records tell nothing and are left out), plus the newest of those sharing
 * its care areas, target groups and settings (its tags, and the care areas
 * its text speaks of in any of the five languages).
 */
@Injectable()
export class CandidateFinder {
  constructor(
    private readonly dataSource: DataSource,
    private readonly matchIndex: MatchIndexService,
  ) {}

  async of(table: Table, subject: MatchProfile, memo?: CandidateMemo): Promise<string[]> {
    const index = memo?.index ?? (await this.matchIndex.current());
    const near = index.candidates(subject, table === 'needs' ? 'need' : 'offering', WORD_LOOKUP);
    const [published, byTags] = await Promise.all([
      memo?.published ?? this.published(table, near),
      this.byTags(table, subject, memo),
    ]);
    const byWords = near.filter((id) => published.has(id)).slice(0, CANDIDATES - TAG_CANDIDATES);
    return [...new Set([...byWords, ...byTags])];
  }

  /** A memo for a batch: every published record of `table`, with its tags, newest first (as `byTags` orders them). */
  async memo(table: Table): Promise<CandidateMemo> {
    const rows: TaggedRecord[] = await this.dataSource.query(
      `SELECT id, care_areas, target_groups, settings FROM ${table}
        WHERE status = 'published' AND org_published ORDER BY created_at DESC, id DESC`,
    );
    return new CandidateMemo(
      await this.matchIndex.current(),
      new Set(rows.map((r) => r.id)),
      new TagCandidates(rows),
    );
  }

  /** Which of `ids` are published (by a published organisation). */
  private async published(table: Table, ids: readonly string[]): Promise<Set<string>> {
    const rows: Array<{ id: string }> = await this.dataSource.query(
      `SELECT id FROM ${table} WHERE id = ANY($1::uuid[]) AND status = 'published' AND org_published`,
      [ids],
    );
    return new Set(rows.map((r) => r.id));
  }

  private async byTags(table: Table, subject: MatchProfile, memo?: CandidateMemo): Promise<string[]> {
    const tagged = (vocabulary: 'targetGroup' | 'setting') =>
      [...subject.codes[vocabulary]].filter(([, code]) => code.source === 'tag').map(([id]) => id);
    const query = {
      careAreas: [...subject.codes.careArea.keys()],
      targetGroups: tagged('targetGroup'),
      settings: tagged('setting'),
    };
    if (memo) return memo.tags.of(query, TAG_CANDIDATES);
    // Newest first through idx_*_newest_tags, which carries the tags.
    const rows: Array<{ id: string }> = await this.dataSource.query(
      `SELECT r.id FROM ${table} r
        WHERE r.status = 'published' AND r.org_published
          AND r.care_areas && $1::text[]
          AND (cardinality($2::text[]) = 0 OR r.target_groups && $2::text[])
          AND (cardinality($3::text[]) = 0 OR r.settings && $3::text[])
        ORDER BY r.created_at DESC, r.id DESC LIMIT $4`,
      [query.careAreas, query.targetGroups, query.settings, TAG_CANDIDATES],
    );
    return rows.map((r) => r.id);
  }
}
