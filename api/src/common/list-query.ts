import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

import { DEFAULT_PAGE_SIZE } from '@opi/contracts';

import type { ListQueryDto } from './dto/list-query.dto';

/** Content languages whose stemmed forms a free-text query is matched against. */
export const QUERY_CONFIGS = ['simple', 'english', 'danish', 'dutch', 'french', 'swedish'];

/**
 * The tsquery for `:q`, OR-ed over the configurations of our content
 * languages, so "vandrer" finds a Danish record stemmed with `danish` and
 * "wandering" an English one.
 */
export const MULTILINGUAL_TSQUERY = `(${QUERY_CONFIGS.map(
  (cfg) => `websearch_to_tsquery('${cfg}', :q)`,
).join(' || ')})`;

export function pageOf(query: ListQueryDto): { page: number; pageSize: number; skip: number } {
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? DEFAULT_PAGE_SIZE;
  return { page, pageSize, skip: (page - 1) * pageSize };
}

/**
 * Applies the filters every collection shares. The tag filters use `@>` so
 * the GIN indexes on the text[] columns serve them.
 */
export function applyListFilters<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  alias: string,
  query: ListQueryDto,
  options: { targetGroups: boolean; settings: boolean; regionAlias?: string },
): SelectQueryBuilder<T> {
  if (query.careArea) {
    qb.andWhere(`${alias}.care_areas @> ARRAY[:careArea]::text[]`, { careArea: query.careArea });
  }
  if (query.targetGroup && options.targetGroups) {
    qb.andWhere(`${alias}.target_groups @> ARRAY[:targetGroup]::text[]`, {
      targetGroup: query.targetGroup,
    });
  }
  if (query.setting && options.settings) {
    qb.andWhere(`${alias}.settings @> ARRAY[:setting]::text[]`, { setting: query.setting });
  }
  if (query.region) {
    qb.andWhere(`${options.regionAlias ?? alias}.region = :region`, { region: query.region });
  }
  if (query.ref) {
    qb.andWhere(`${alias}.ref = :ref`, { ref: query.ref });
  }
  if (query.q?.trim()) {
    qb.andWhere(`${alias}.search @@ ${MULTILINGUAL_TSQUERY}`, { q: query.q.trim() });
    qb.orderBy(`ts_rank_cd(${alias}.search, ${MULTILINGUAL_TSQUERY})`, 'DESC');
    qb.addOrderBy(`${alias}.created_at`, 'DESC');
  } else {
    qb.orderBy(`${alias}.created_at`, 'DESC');
  }
  return qb.addOrderBy(`${alias}.id`, 'ASC');
}
