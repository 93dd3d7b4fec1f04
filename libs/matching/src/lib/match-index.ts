import { idf, MATCH_VOCABULARIES, termKey } from './profile';
import type {
  CorpusStats,
  Frequencies,
  MatchProfile,
  MatchVocabulary,
} from './types';

type Kind = 'need' | 'offering';

/** What the index keeps of a profile: its kind, language and the keys of its vectors. */
export interface IndexEntry {
  readonly id: string;
  readonly kind: Kind;
  readonly language: string;
  /** Stems, in the entry's language. */
  readonly terms: Iterable<string>;
  readonly concepts: Iterable<string>;
  readonly cognates: Iterable<string>;
  readonly codes: Readonly<Record<MatchVocabulary, Iterable<string>>>;
}

/** The index entry of a prepared profile. */
export function entryOf(profile: MatchProfile): IndexEntry {
  const codes = {} as Record<MatchVocabulary, Iterable<string>>;
  for (const vocabulary of MATCH_VOCABULARIES)
    codes[vocabulary] = profile.codes[vocabulary].keys();
  return {
    id: profile.id,
    kind: profile.kind,
    language: profile.language,
    terms: profile.terms.keys(),
    concepts: profile.concepts.keys(),
    cognates: profile.cognates.keys(),
    codes,
  };
}

export interface CandidateOptions {
  /** The subject's most telling words and concepts looked up (default 16). */
  readonly maxKeys?: number;
  /**
   * Words and concepts in more than this share of all documents (and more
   * than 100 of them) tell nothing and are skipped (default 0.02).
   */
  readonly maxShare?: number;
}

/** The kinds of keys, each with its own dictionary (key ids are shared). */
type KeyKind = 'term' | 'concept' | 'cognate' | 'code';
const LIVE: Record<Kind, number> = { need: 1, offering: 2 };
const kindOf = (live: number): Kind =>
  live === LIVE.need ? 'need' : 'offering';

/** Slots of one key: a growing list, with slots of removed entries left in until `compact`. */
interface Postings {
  slots: Int32Array;
  length: number;
}

/**
 * Every need's and offering's profile, reduced to the keys of its vectors:
 * the corpus statistics the engine's IDF weights come from (`stats`, per
 * kind: a need's offerings are weighed by the offerings' corpus), and an
 * inverted index of words and concepts that finds a subject's candidates
 * (`candidates`) without reading any text. Kept in memory (a few KB per
 * profile) and current with `put` and `remove`.
 */
export class MatchIndex {
  private readonly keyIds: Record<KeyKind, Map<string, number>> = {
    term: new Map(),
    concept: new Map(),
    cognate: new Map(),
    code: new Map(),
  };
  private keyCount = 0;
  /** Document frequencies by key id, per kind. */
  private readonly df: Record<Kind, Int32Array> = {
    need: new Int32Array(1024),
    offering: new Int32Array(1024),
  };
  private readonly postings: Array<Postings | undefined> = [];
  private readonly slotOf = new Map<string, number>();
  private ids: string[] = [];
  /** Per slot: 1 for a live need, 2 for a live offering, 0 once removed (what `candidates` reads, in one typed array). */
  private live = new Uint8Array(1024);
  private languages: string[] = [];
  /** Key ids of each slot's entry; null once removed. */
  private keysOf: Array<Int32Array | null> = [];
  private readonly languageCounts: Record<Kind, Map<string, number>> = {
    need: new Map(),
    offering: new Map(),
  };
  private readonly kindCounts = new Map<Kind, number>();
  private removed = 0;
  /** Scores of one `candidates` call, by slot (zeroed again after each). */
  private scores = new Float64Array(0);

  /** Entries in the index. */
  get size(): number {
    return this.slotOf.size;
  }

  /** Entries of one kind. */
  count(kind: Kind): number {
    return this.kindCounts.get(kind) ?? 0;
  }

  /** Adds an entry, or replaces the one with its id. */
  put(entry: IndexEntry): void {
    this.remove(entry.id);
    const slot = this.ids.length;
    const keys: number[] = [];
    const add = (keyKind: KeyKind, key: string, searchable = false) => {
      const id = this.keyId(keyKind, key); // may grow the df arrays
      keys.push(id);
      this.df[entry.kind][id]++;
      if (searchable) append(this.postingsOf(id), slot);
    };
    for (const stem of entry.terms)
      add('term', termKey(entry.language, stem), true);
    for (const concept of entry.concepts) add('concept', concept, true);
    for (const cognate of entry.cognates) add('cognate', cognate);
    for (const vocabulary of MATCH_VOCABULARIES)
      for (const code of entry.codes[vocabulary])
        add('code', `${vocabulary}:${code}`);
    this.ids.push(entry.id);
    this.markLive(slot, entry.kind);
    this.languages.push(entry.language);
    this.keysOf.push(Int32Array.from(keys));
    this.slotOf.set(entry.id, slot);
    increment(this.languageCounts[entry.kind], entry.language, 1);
    increment(this.kindCounts, entry.kind, 1);
  }

  /** Removes the entry with this id; false when there was none. */
  remove(id: string): boolean {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return false;
    const kind = kindOf(this.live[slot]);
    for (const key of this.keysOf[slot] ?? []) this.df[kind][key]--;
    increment(this.languageCounts[kind], this.languages[slot], -1);
    increment(this.kindCounts, kind, -1);
    this.keysOf[slot] = null;
    this.live[slot] = 0;
    this.slotOf.delete(id);
    this.removed++;
    if (this.removed > 1000 && this.removed > this.slotOf.size / 4)
      this.compact();
    return true;
  }

  /**
   * The document frequencies of the entries of `kind`, for `rankProfiles`
   * over candidates of that kind: a view of the counts as they are when read.
   * Take one per ranking (the engine caches each profile's weighted vectors
   * per stats object).
   */
  stats(kind: Kind): CorpusStats {
    const frequencies = (keyKind: KeyKind): Frequencies => ({
      get: (key) => {
        const id = this.keyIds[keyKind].get(key);
        // this.df[kind] itself, not a copy: `put` may have grown it since
        return id === undefined ? undefined : this.df[kind][id] || undefined;
      },
    });
    const counts = this.kindCounts;
    return {
      get documents() {
        return counts.get(kind) ?? 0;
      },
      languageDocuments: this.languageCounts[kind],
      termDf: frequencies('term'),
      conceptDf: frequencies('concept'),
      cognateDf: frequencies('cognate'),
      codeDf: frequencies('code'),
    };
  }

  /**
   * Up to `limit` ids of entries of `kind` near `subject`, best first: those
   * sharing its most telling words (in its language) and concepts (in any),
   * each shared key counting its IDF among the entries of `kind` times its
   * weight in the subject. Words and concepts common to more than `maxShare`
   * of those entries are not looked up: they would make nearly every one a
   * candidate. Ties go by id, so the result does not depend on the order of `put`s.
   */
  candidates(
    subject: MatchProfile,
    kind: Kind,
    limit: number,
    options: CandidateOptions = {},
  ): string[] {
    const documents = this.count(kind);
    const df = this.df[kind];
    const maxDf = Math.max(100, (options.maxShare ?? 0.02) * documents);
    const query: Array<{ key: string; id: number; weight: number }> = [];
    const consider = (keyKind: KeyKind, key: string, weight: number) => {
      const id = this.keyIds[keyKind].get(key);
      if (id === undefined) return;
      const n = df[id];
      if (n === 0 || n > maxDf) return;
      query.push({
        key: `${keyKind} ${key}`,
        id,
        weight: weight * idf(n, documents),
      });
    };
    for (const [stem, weight] of subject.terms)
      consider('term', termKey(subject.language, stem), weight);
    for (const [concept, weight] of subject.concepts)
      consider('concept', concept, weight);
    query.sort(
      (a, b) =>
        b.weight - a.weight || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
    );

    if (this.scores.length < this.ids.length)
      this.scores = new Float64Array(this.ids.length * 2);
    const scores = this.scores;
    const live = this.live;
    const wanted = LIVE[kind];
    const touched: number[] = [];
    for (const { id, weight } of query.slice(0, options.maxKeys ?? 16)) {
      const list = this.postings[id];
      if (!list) continue;
      for (let i = 0; i < list.length; i++) {
        const slot = list.slots[i];
        if (live[slot] !== wanted) continue;
        if (kind === subject.kind && this.ids[slot] === subject.id) continue;
        if (scores[slot] === 0) touched.push(slot);
        scores[slot] += weight;
      }
    }
    // Only those that can make the first `limit` are sorted in full.
    let threshold = -Infinity;
    if (touched.length > limit && limit > 0) {
      const values = Float64Array.from(touched, (slot) => scores[slot]).sort();
      threshold = values[values.length - limit];
    }
    const ranked = touched
      .filter((slot) => scores[slot] >= threshold)
      .map((slot) => ({ id: this.ids[slot], score: scores[slot] }))
      .sort(
        (a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
      );
    for (const slot of touched) scores[slot] = 0;
    return ranked.slice(0, limit).map((r) => r.id);
  }

  private keyId(keyKind: KeyKind, key: string): number {
    let id = this.keyIds[keyKind].get(key);
    if (id === undefined) {
      id = this.keyCount++;
      this.keyIds[keyKind].set(key, id);
      for (const kind of ['need', 'offering'] as const) {
        const df = this.df[kind];
        if (id >= df.length) {
          const grown = new Int32Array(df.length * 2);
          grown.set(df);
          this.df[kind] = grown;
        }
      }
    }
    return id;
  }

  private markLive(slot: number, kind: Kind): void {
    if (slot >= this.live.length) {
      const grown = new Uint8Array(this.live.length * 2);
      grown.set(this.live);
      this.live = grown;
    }
    this.live[slot] = LIVE[kind];
  }

  /** The slots of a word or concept (words and concepts are what `candidates` looks up). */
  private postingsOf(id: number): Postings {
    let list = this.postings[id];
    if (!list) {
      list = { slots: new Int32Array(4), length: 0 };
      this.postings[id] = list;
    }
    return list;
  }

  /** Drops the slots of removed entries (numbering the rest again). */
  private compact(): void {
    const entries = [...this.slotOf.entries()].sort((a, b) => a[1] - b[1]);
    const { ids, live, languages, keysOf } = this;
    this.live = new Uint8Array(this.live.length);
    this.ids = [];
    this.languages = [];
    this.keysOf = [];
    this.slotOf.clear();
    for (const list of this.postings) if (list) list.length = 0;
    for (const [id, old] of entries) {
      const slot = this.ids.length;
      this.slotOf.set(id, slot);
      this.ids.push(ids[old]);
      this.markLive(slot, kindOf(live[old]));
      this.languages.push(languages[old]);
      this.keysOf.push(keysOf[old]);
      for (const key of keysOf[old] ?? []) {
        const list = this.postings[key];
        if (list) append(list, slot);
      }
    }
    this.removed = 0;
  }
}

function increment<K>(map: Map<K, number>, key: K, by: number): void {
  const value = (map.get(key) ?? 0) + by;
  if (value === 0) map.delete(key);
  else map.set(key, value);
}

function append(list: Postings, slot: number): void {
  if (list.length === list.slots.length) {
    const grown = new Int32Array(list.slots.length * 2);
    grown.set(list.slots);
    list.slots = grown;
  }
  list.slots[list.length++] = slot;
}
