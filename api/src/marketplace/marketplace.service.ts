import {
  BadRequestException,
  ConflictException,
  ForbiddenException,
  NotFoundException,
} from '@nestjs/common';
import { isUUID } from 'class-validator';
import { stringify } from 'csv-stringify/sync';
import { filter } from 'rxjs';
import { type DataSource, type DeepPartial, type EntityManager, In } from 'typeorm';

import type { MarketplaceRecord as RecordDto, OrganisationKind, Page } from '@opi/contracts';

import type { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../common/auth/auth-user';
import { detectLanguage } from '../common/detect-language';
import type { RecordEvents } from '../common/record-events';
import { pageOf } from '../common/list-query';
import { Membership } from '../memberships/membership.entity';
import { Organisation } from '../organisations/organisation.entity';
import type { MarketplaceQueryDto, MyRecordsQueryDto } from './dto/marketplace-query.dto';
import type { RecordFieldsDto } from './dto/record-fields.dto';
import { type RecordView, type WithOrganisation } from './marketplace.mapper';
import { FacetCache, type FacetRow } from './facet-cache';
import {
  combineTsqueries,
  groupFacets,
  MarketplaceSearch,
  type SearchColumns,
  snippetHtml,
  type Statement,
  tsqueryStatement,
} from './marketplace-search';

/** What differs between needs and offerings; the rest of the marketplace is shared. */
export interface MarketplaceCollection<E extends WithOrganisation, D extends RecordDto> {
  entity: new () => E;
  /** Singular, for messages and the audit log: 'need' | 'offering'. */
  noun: string;
  columns: SearchColumns;
  /** Kinds of organisation that may own a record of this collection. */
  ownerKinds: OrganisationKind[];
  /** The collection's own fields, copied from a create/update body (only those present). */
  specificFields: Array<keyof E & string>;
  toDto(entity: E, view: RecordView): D;
  /** One CSV row's collection-specific cells, matching `csvColumns`. */
  csvColumns: string[];
  csvCells(dto: D): Array<string | number | boolean | null>;
}

type CreateBody = RecordFieldsDto & { organisationId: string; title: string; description: string };
type UpdateBody = RecordFieldsDto & { version: number; title?: string; description?: string };

/** How many facet-filter combinations' counts are kept. */
const FILTERED_FACETS_CACHE_SIZE = 500;
/** How many searches' tsqueries are remembered. */
const TSQUERY_CACHE_SIZE = 1000;

/** Adds an entry to a map that keeps at most `limit` of them, dropping the oldest first. */
function keepAtMost<K, V>(map: Map<K, V>, limit: number, key: K, value: V): void {
  if (map.size >= limit) map.delete(map.keys().next().value as K);
  map.set(key, value);
}

/** At most this many rows in a CSV export. */
export const CSV_EXPORT_LIMIT = 10_000;

const SHARED_FIELDS = [
  'careAreas',
  'targetGroups',
  'settings',
  'status',
  'wantedStart',
  'testPeriodMonths',
  'budgetNote',
  'contact',
  'attachments',
] as const;

/**
 * Search, read and write for one marketplace collection. Reads show
 * published records of published organisations to everyone; drafts and
 * archived records only to the owning organisation's members, cluster
 * managers and admins. Writes are for members of the owning organisation.
 */
export abstract class MarketplaceService<E extends WithOrganisation, D extends RecordDto> {
  /** Collection-wide facet counts (the unfiltered browse page), see FacetCache. */
  private readonly facetCache: FacetCache;
  /**
   * Facet counts of searches without words (facet filters only: a small set
   * of combinations, the same for every visitor), by statement; kept and
   * dropped like `facetCache`, at most FILTERED_FACETS_CACHE_SIZE of them.
   */
  private readonly filteredFacetCaches = new Map<string, FacetCache>();
  /** Words searched for → their tsquery (null: only stop words), see `tsquery`. */
  private readonly tsqueries = new Map<string, string | null>();

  protected constructor(
    protected readonly dataSource: DataSource,
    protected readonly audit: AuditService,
    protected readonly events: RecordEvents,
    protected readonly collection: MarketplaceCollection<E, D>,
  ) {
    this.facetCache = new FacetCache(
      () =>
        this.dataSource.query(
          ...new MarketplaceSearch(collection.columns, {} as MarketplaceQueryDto).facetStatement(),
        ) as Promise<FacetRow[]>,
    );
    // An organisation's kind, country, region or publication is part of its records' facets.
    events.changes.pipe(filter((change) => change.type === 'organisation')).subscribe(() => this.invalidateFacetCaches());
  }

  async search(query: MarketplaceQueryDto, user: AuthUser | undefined): Promise<Page<D>> {
    const { page, pageSize, skip } = pageOf(query);
    const search = await this.prepare(query);
    const facetGroups = search.facetGroups();
    const totalFacet = search.totalFacet;
    // The page's records load as soon as its ids are known, while the facets are still being counted.
    const [items, counted, ...facetRows] = await Promise.all([
      (this.dataSource.query(...search.ids(pageSize, skip)) as Promise<Array<{ id: string }>>).then((ids) =>
        this.load(
          ids.map((r) => r.id),
          search,
          user,
        ),
      ),
      totalFacet ? Promise.resolve(null) : this.count(search),
      ...facetGroups.map(async ({ facets, statement }) => {
        const rows = statement
          ? await (search.hasWordsOrRef ? this.facetRows(statement) : this.filteredFacetCache(statement).get())
          : await this.facetCache.get();
        return rows.filter((row) => facets.includes(row.facet));
      }),
    ]);
    // Every record has exactly one value of `totalFacet`, counted over all the conditions.
    const total = counted ?? facetRows.flat().filter((r) => r.facet === totalFacet).reduce((sum, r) => sum + r.count, 0);
    return { items, total, page, pageSize, facets: groupFacets(facetRows.flat()) };
  }

  private facetRows(statement: Statement): Promise<FacetRow[]> {
    return this.dataSource.query(...statement) as Promise<FacetRow[]>;
  }

  private filteredFacetCache(statement: Statement): FacetCache {
    const key = JSON.stringify(statement);
    let cache = this.filteredFacetCaches.get(key);
    if (!cache) {
      cache = new FacetCache(() => this.facetRows(statement));
      keepAtMost(this.filteredFacetCaches, FILTERED_FACETS_CACHE_SIZE, key, cache);
    }
    return cache;
  }

  /** Every cached facet count is stale. */
  private invalidateFacetCaches(): void {
    this.facetCache.invalidate();
    this.filteredFacetCaches.clear();
  }

  private async prepare(query: MarketplaceQueryDto): Promise<MarketplaceSearch> {
    const q = query.q?.trim();
    const tsquery = q ? await this.tsquery(q) : null;
    return new MarketplaceSearch(this.collection.columns, query, tsquery);
  }

  /**
   * The words' tsquery (see `combineTsqueries`), remembered for the most recent
   * TSQUERY_CACHE_SIZE searches: it depends only on the words and the text search
   * configurations, and saves a round trip before the search's own statements.
   */
  private async tsquery(q: string): Promise<string | null> {
    const cached = this.tsqueries.get(q);
    if (cached !== undefined) return cached;
    const tsquery = combineTsqueries(await this.dataSource.query(...tsqueryStatement(q)));
    keepAtMost(this.tsqueries, TSQUERY_CACHE_SIZE, q, tsquery);
    return tsquery;
  }

  private async count(search: MarketplaceSearch): Promise<number> {
    const [{ total }] = (await this.dataSource.query(...search.count())) as Array<{ total: number }>;
    return total;
  }

  /** The search results (up to CSV_EXPORT_LIMIT rows, in the same order) as CSV, with a BOM for spreadsheets. */
  async exportCsv(query: MarketplaceQueryDto): Promise<string> {
    const search = await this.prepare(query);
    const ids = (await this.dataSource.query(...search.ids(CSV_EXPORT_LIMIT, 0))) as Array<{ id: string }>;
    const records = await this.load(
      ids.map((r) => r.id),
      null,
      undefined,
    );
    const header = [
      'id',
      'ref',
      'title',
      'organisation',
      'organisation_kind',
      'country',
      'language',
      'care_areas',
      'target_groups',
      'settings',
      ...this.collection.csvColumns,
      'wanted_start',
      'test_period_months',
      'budget_note',
      'description',
      'created_at',
      'updated_at',
    ];
    const rows = records.map((d) => [
      d.id,
      d.ref,
      d.title,
      d.organisation.name,
      d.organisation.kind,
      d.organisation.country,
      d.language,
      d.careAreas.join('; '),
      d.targetGroups.join('; '),
      d.settings.join('; '),
      ...this.collection.csvCells(d),
      d.wantedStart,
      d.testPeriodMonths,
      d.budgetNote,
      d.description,
      d.createdAt,
      d.updatedAt,
    ]);
    return stringify([header, ...rows], { bom: true, cast: { boolean: (v) => String(v) } });
  }

  async get(id: string, user: AuthUser | undefined): Promise<D> {
    const entity = isUUID(id) ? await this.findWithOrganisation(this.dataSource.manager, id) : null;
    if (!entity || !(await this.canRead(entity, user))) {
      throw new NotFoundException(`No such ${this.collection.noun}`);
    }
    return this.collection.toDto(entity, { showContact: !!user });
  }

  /** Every record of the organisations `user` belongs to, any status, newest change first. */
  async mine(user: AuthUser, query: MyRecordsQueryDto): Promise<Page<D>> {
    const { page, pageSize, skip } = pageOf(query);
    const qb = this.dataSource.manager
      .createQueryBuilder(this.collection.entity, 'r')
      .innerJoinAndSelect('r.organisation', 'organisation')
      .where('r.organisation_id IN (SELECT organisation_id FROM memberships WHERE user_id = :userId)', {
        userId: user.id,
      });
    if (query.status) qb.andWhere('r.status = :status', { status: query.status });
    const [entities, total] = await qb
      .orderBy('r.updated_at', 'DESC')
      .addOrderBy('r.id', 'ASC')
      .skip(skip)
      .take(pageSize)
      .getManyAndCount();
    return { items: entities.map((e) => this.collection.toDto(e, { showContact: true })), total, page, pageSize };
  }

  async create(user: AuthUser, body: CreateBody): Promise<D> {
    return this.write(null, async (manager) => {
      const organisation = await manager.findOneBy(Organisation, { id: body.organisationId });
      if (!organisation) {
        throw new BadRequestException(['organisationId must be the id of one of your organisations']);
      }
      await this.assertMember(manager, user, organisation.id);
      if (!this.collection.ownerKinds.includes(organisation.kind)) {
        throw new BadRequestException([
          `organisationId: a ${this.collection.noun} belongs to a ${this.collection.ownerKinds.join(' or ').replace('_', ' ')}, not a ${organisation.kind.replace('_', ' ')}`,
        ]);
      }
      const entity = manager.getRepository(this.collection.entity).create({
        ...this.pick(body),
        organisationId: organisation.id,
        title: body.title,
        description: body.description,
        language: body.language ?? detectLanguage(`${body.title}. ${body.description}`),
        status: body.status ?? 'draft',
        ref: null,
      } as DeepPartial<E>);
      const saved = await this.save(manager, entity);
      await this.audit.record(manager, {
        userId: user.id,
        action: `${this.collection.noun}.create`,
        entityType: this.collection.noun,
        entityId: saved.id,
        after: { organisationId: organisation.id, status: saved.status },
      });
      return this.collection.toDto(Object.assign(saved, { organisation }), { showContact: true });
    });
  }

  /** Optimistic concurrency: lands only on the version the user read, else 409. Clears a stale reminder. */
  async update(user: AuthUser, id: string, body: UpdateBody): Promise<D> {
    return this.write(id, async (manager) => {
      const current = await this.findForWrite(manager, user, id);
      if (body.version !== current.version) {
        throw new ConflictException(
          `version ${body.version} is stale: the ${this.collection.noun} was changed (now version ${current.version}); reload and try again`,
        );
      }
      const textChanged =
        (body.title !== undefined && body.title !== current.title) ||
        (body.description !== undefined && body.description !== current.description);
      const before = { version: current.version, status: current.status };
      Object.assign(current, this.pick(body), {
        ...(body.title !== undefined && { title: body.title }),
        ...(body.description !== undefined && { description: body.description }),
        ...(body.language !== undefined
          ? { language: body.language }
          : textChanged && { language: detectLanguage(`${body.title ?? current.title}. ${body.description ?? current.description}`) }),
        staleReminderAt: null,
      });
      const saved = await this.save(manager, current);
      await this.audit.record(manager, {
        userId: user.id,
        action: before.status !== saved.status ? `${this.collection.noun}.status` : `${this.collection.noun}.update`,
        entityType: this.collection.noun,
        entityId: id,
        before,
        after: { version: saved.version, status: saved.status, fields: Object.keys(body).filter((k) => k !== 'version') },
      });
      return this.collection.toDto(saved, { showContact: true });
    });
  }

  async remove(user: AuthUser, id: string): Promise<void> {
    await this.write(id, async (manager) => {
      const current = await this.findForWrite(manager, user, id);
      await manager.delete(this.collection.entity, { id });
      await this.audit.record(manager, {
        userId: user.id,
        action: `${this.collection.noun}.delete`,
        entityType: this.collection.noun,
        entityId: id,
        before: { title: current.title, status: current.status, organisationId: current.organisationId },
      });
    });
  }

  /** "Still relevant": the owners confirm a stale record, which restarts its six months. */
  async confirmStillRelevant(user: AuthUser, id: string): Promise<D> {
    return this.write(id, async (manager) => {
      const current = await this.findForWrite(manager, user, id);
      current.staleReminderAt = null;
      const saved = await this.save(manager, current);
      await this.audit.record(manager, {
        userId: user.id,
        action: `${this.collection.noun}.confirm`,
        entityType: this.collection.noun,
        entityId: id,
      });
      return this.collection.toDto(saved, { showContact: true });
    });
  }

  /** For writers outside this service (dataset import, stale-record sweep): the counts changed. */
  invalidateFacets(): void {
    this.invalidateFacetCaches();
  }

  /**
   * A write to record `id` (null: a new one, whose id the result carries) in
   * one transaction; afterwards the collection-wide counts are stale and the
   * change is announced (stored matches depend on it).
   */
  private async write<T>(id: string | null, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    try {
      const result = await this.dataSource.transaction(work);
      const changed = id ?? (result as { id?: string }).id;
      if (changed) this.events.changed({ type: this.collection.noun as 'need' | 'offering', id: changed });
      return result;
    } finally {
      this.invalidateFacetCaches();
    }
  }

  /** Entities for `ids` in that order, with snippets when the search has words. */
  private async load(ids: string[], search: MarketplaceSearch | null, user: AuthUser | undefined): Promise<D[]> {
    if (ids.length === 0) return [];
    const snippetStatement = search?.snippets(ids) ?? null;
    const [entities, snippetRows] = await Promise.all([
      this.dataSource.manager.find(this.collection.entity, {
        where: { id: In(ids) } as never,
        relations: { organisation: true } as never,
      }),
      snippetStatement
        ? (this.dataSource.query(...snippetStatement) as Promise<Array<{ id: string; snippet: string }>>)
        : Promise.resolve([]),
    ]);
    const byId = new Map(entities.map((e) => [e.id, e]));
    const snippets = new Map(snippetRows.map((r) => [r.id, snippetHtml(r.snippet)]));
    return ids
      .map((id) => byId.get(id))
      .filter((e): e is E => e !== undefined)
      .map((e) => this.collection.toDto(e, { showContact: !!user, snippet: snippets.get(e.id) }));
  }

  private save(manager: EntityManager, entity: E): Promise<E> {
    return manager.getRepository(this.collection.entity).save(entity as DeepPartial<E>) as Promise<E>;
  }

  private findWithOrganisation(manager: EntityManager, id: string): Promise<E | null> {
    return manager.findOne(this.collection.entity, {
      where: { id } as never,
      relations: { organisation: true } as never,
    });
  }

  private async canRead(entity: E, user: AuthUser | undefined): Promise<boolean> {
    if (entity.status === 'published' && entity.organisation.status === 'published') return true;
    if (!user) return false;
    if (user.role === 'admin' || user.role === 'cluster_manager') return true;
    return this.dataSource.manager.existsBy(Membership, { organisationId: entity.organisationId, userId: user.id });
  }

  /** The record, locked for the transaction, if `user` is a member of its organisation: else 404/403. */
  private async findForWrite(manager: EntityManager, user: AuthUser, id: string): Promise<E> {
    const locked = isUUID(id)
      ? await manager.findOne(this.collection.entity, { where: { id } as never, lock: { mode: 'pessimistic_write' } })
      : null;
    if (!locked) throw new NotFoundException(`No such ${this.collection.noun}`);
    await this.assertMember(manager, user, locked.organisationId);
    return (await this.findWithOrganisation(manager, id))!;
  }

  private async assertMember(manager: EntityManager, user: AuthUser, organisationId: string): Promise<void> {
    if (!(await manager.existsBy(Membership, { organisationId, userId: user.id }))) {
      throw new ForbiddenException(`Only members of the owning organisation may change its ${this.collection.noun}s`);
    }
  }

  /** The shared and collection-specific fields present in a body. */
  private pick(body: RecordFieldsDto): Partial<E> {
    const picked: Record<string, unknown> = {};
    for (const field of [...SHARED_FIELDS, ...this.collection.specificFields]) {
      const value = (body as Record<string, unknown>)[field];
      if (value !== undefined) picked[field] = value;
    }
    return picked as Partial<E>;
  }
}
