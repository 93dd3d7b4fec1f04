/** A record's tags as the candidate search reads them. */
export interface TaggedRecord {
  id: string;
  care_areas: readonly string[];
  target_groups: readonly string[];
  settings: readonly string[];
}

/** What a subject's tag candidates are looked up by: its care areas, and its tagged target groups and settings. */
export interface TagQuery {
  careAreas: readonly string[];
  targetGroups: readonly string[];
  settings: readonly string[];
}

const VOCABULARIES = ['care_areas', 'target_groups', 'settings'] as const;

/**
 * The tags of every published record of a table, newest first, held as bit sets: a batch of
 * thousands of subjects finds each one's tag candidates in memory instead of with one query per
 * subject. `of` gives what CandidateFinder's query gives: the newest records sharing a care
 * area with the subject and, when it has tagged target groups or settings, one of each of those.
 */
export class TagCandidates {
  /** Per vocabulary, the bit of each code some record has. */
  private readonly bits = VOCABULARIES.map(() => new Map<string, number>());
  /** 32-bit words per vocabulary, and where each vocabulary's words start in a record's. */
  private readonly words: number[];
  private readonly offsets: number[];
  private readonly stride: number;
  /** The records' words, one after the other. */
  private readonly masks: Uint32Array;
  private readonly ids: string[];

  /** `records`: newest first. */
  constructor(records: readonly TaggedRecord[]) {
    for (const record of records)
      VOCABULARIES.forEach((vocabulary, v) => {
        for (const code of record[vocabulary]) if (!this.bits[v].has(code)) this.bits[v].set(code, this.bits[v].size);
      });
    this.words = this.bits.map((codes) => Math.max(1, Math.ceil(codes.size / 32)));
    this.offsets = [0, this.words[0], this.words[0] + this.words[1]];
    this.stride = this.words[0] + this.words[1] + this.words[2];
    this.masks = new Uint32Array(records.length * this.stride);
    this.ids = records.map((record, r) => {
      VOCABULARIES.forEach((vocabulary, v) => this.setBits(this.masks, r * this.stride + this.offsets[v], v, record[vocabulary]));
      return record.id;
    });
  }

  /** Up to `limit` ids, newest first. */
  of(query: TagQuery, limit: number): string[] {
    const codes = [query.careAreas, query.targetGroups, query.settings];
    const wanted = new Uint32Array(this.stride);
    VOCABULARIES.forEach((_, v) => this.setBits(wanted, this.offsets[v], v, codes[v]));
    // A vocabulary the subject has no tags in does not narrow the search (care areas always do).
    const narrows = codes.map((list, v) => v === 0 || list.length > 0);
    const found: string[] = [];
    for (let r = 0; r < this.ids.length && found.length < limit; r++) {
      const base = r * this.stride;
      let fits = true;
      for (let v = 0; v < VOCABULARIES.length && fits; v++) {
        if (!narrows[v]) continue;
        fits = false;
        for (let w = this.offsets[v]; w < this.offsets[v] + this.words[v]; w++)
          if ((this.masks[base + w] & wanted[w]) !== 0) {
            fits = true;
            break;
          }
      }
      if (fits) found.push(this.ids[r]);
    }
    return found;
  }

  /** Sets the bits of `codes` (codes no record has are left out: they match nothing). */
  private setBits(target: Uint32Array, offset: number, vocabulary: number, codes: readonly string[]): void {
    for (const code of codes) {
      const bit = this.bits[vocabulary].get(code);
      if (bit !== undefined) target[offset + (bit >>> 5)] |= 1 << (bit & 31);
    }
  }
}
