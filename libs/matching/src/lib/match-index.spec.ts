import { recordsOf } from './evaluation/evaluate';
import { entryOf, MatchIndex } from './match-index';
import {
  corpusStats,
  MATCH_VOCABULARIES,
  prepare,
  termKey,
  withDocument,
} from './profile';
import { rankProfiles } from './rank';
import { entryOfStored, storeProfile } from './stored-profile';
import { need, offering } from './testing/factories';
import type { CorpusStats, MatchProfile } from './types';
import { testDataset } from './testing/datasets';

const dataset = testDataset();
const records = recordsOf(dataset);
const needs = records.needs.map(prepare);
const offerings = records.offerings.map(prepare);
const all = [...needs, ...offerings];

function indexOf(profiles: readonly MatchProfile[]): MatchIndex {
  const index = new MatchIndex();
  for (const profile of profiles) index.put(entryOf(profile));
  return index;
}

/** Every count `score` reads for these profiles, as `stats` gives them. */
function countsOf(stats: CorpusStats, profiles: readonly MatchProfile[]) {
  const counts: Record<string, number | undefined> = {
    documents: stats.documents,
  };
  for (const p of profiles) {
    counts[`lang ${p.language}`] = stats.languageDocuments.get(p.language);
    for (const term of p.terms.keys()) {
      const key = termKey(p.language, term);
      counts[`term ${key}`] = stats.termDf.get(key);
    }
    for (const key of p.concepts.keys())
      counts[`concept ${key}`] = stats.conceptDf.get(key);
    for (const key of p.cognates.keys())
      counts[`cognate ${key}`] = stats.cognateDf.get(key);
    for (const vocabulary of MATCH_VOCABULARIES)
      for (const code of p.codes[vocabulary].keys())
        counts[`code ${vocabulary}:${code}`] = stats.codeDf.get(
          `${vocabulary}:${code}`,
        );
  }
  return counts;
}

describe('MatchIndex', () => {
  it('counts the documents of each kind as corpusStats does', () => {
    const index = indexOf(all);
    expect(index.size).toBe(all.length);
    expect(index.count('need')).toBe(needs.length);
    expect(countsOf(index.stats('offering'), all)).toEqual(
      countsOf(corpusStats(offerings), all),
    );
    expect(countsOf(index.stats('need'), all)).toEqual(
      countsOf(corpusStats(needs), all),
    );
  });

  it('counts a ranking subject as one more document (withDocument)', () => {
    for (const subject of needs.slice(0, 5))
      expect(
        countsOf(
          withDocument(indexOf(offerings).stats('offering'), subject),
          all,
        ),
      ).toEqual(countsOf(corpusStats([subject, ...offerings]), all));
  });

  it('ranks exactly as the same statistics computed from the profiles', () => {
    const index = indexOf(all);
    for (const subject of needs.slice(0, 10)) {
      const fromIndex = rankProfiles(subject, offerings, {
        stats: index.stats('offering'),
        limit: 10,
      });
      const computed = rankProfiles(subject, offerings, {
        stats: corpusStats(offerings),
        limit: 10,
      });
      expect(fromIndex).toEqual(computed);
    }
  });

  it('keeps the counts current when entries are replaced and removed', () => {
    const index = indexOf(all);
    const changed = prepare({
      ...records.offerings[0],
      title: 'Medication robot',
      description:
        'Dispenses pills at home, reminds the citizen and alerts a nurse.',
    });
    index.put(entryOf(changed));
    for (const p of offerings.slice(1, 6))
      expect(index.remove(p.id)).toBe(true);
    expect(index.remove('no-such-record')).toBe(false);
    const now = [...needs, changed, ...offerings.slice(6)];
    expect(index.size).toBe(now.length);
    expect(countsOf(index.stats('offering'), all)).toEqual(
      countsOf(corpusStats(now.filter((p) => p.kind === 'offering')), all),
    );
  });

  it('gives statistics that stay current as the index grows', () => {
    const index = indexOf(all);
    const stats = index.stats('offering');
    // Enough new words to make the index grow its counts.
    const words = Array.from({ length: 5000 }, (_, i) => `zorblax${i}`);
    index.put({
      id: 'off-many-words',
      kind: 'offering',
      language: 'en',
      terms: words,
      concepts: [],
      cognates: [],
      codes: { careArea: [], targetGroup: [], setting: [] },
    });
    expect(stats.documents).toBe(offerings.length + 1);
    expect(stats.termDf.get(termKey('en', words[4999]))).toBe(1);
    expect(countsOf(stats, all)).toEqual(
      countsOf(index.stats('offering'), all),
    );
  });

  it('takes entries from stored profiles as from prepared ones', () => {
    const fromStored = new MatchIndex();
    for (const p of all) fromStored.put(entryOfStored(p.id, storeProfile(p)));
    for (const kind of ['need', 'offering'] as const)
      expect(countsOf(fromStored.stats(kind), all)).toEqual(
        countsOf(indexOf(all).stats(kind), all),
      );
  });

  describe('candidates', () => {
    const index = indexOf(all);

    it('are of the kind asked for, never the subject itself, best first', () => {
      for (const subject of needs) {
        const offeringIds = index.candidates(subject, 'offering', 20);
        expect(
          offeringIds.every((id) => offerings.some((o) => o.id === id)),
        ).toBe(true);
        const needIds = index.candidates(subject, 'need', 20);
        expect(needIds).not.toContain(subject.id);
        expect(needIds.every((id) => needs.some((n) => n.id === id))).toBe(
          true,
        );
      }
    });

    it('find most of the offerings judged relevant among the first 20 of 70', () => {
      let relevant = 0;
      let found = 0;
      for (const subject of needs) {
        const judged = records.judgements.get(subject.id);
        if (!judged) continue;
        const ids = new Set(index.candidates(subject, 'offering', 20));
        for (const [id, grade] of Object.entries(judged)) {
          if (grade <= 0) continue;
          relevant++;
          if (ids.has(id)) found++;
        }
      }
      expect(relevant).toBeGreaterThan(30);
      expect(found / relevant).toBeGreaterThan(0.85);
    });

    it('reach across languages through concepts', () => {
      const danish = prepare(
        need({
          id: 'need-da',
          language: 'da',
          title: 'Borgere med demens går om natten',
          description:
            'Vi søger en løsning, der varsler personalet, når en borger med demens forlader boligen om natten.',
        }),
      );
      const english = prepare(
        offering({
          id: 'off-en',
          title: 'Night-time wandering alarm for people with dementia',
          description:
            'A door sensor alerts night staff when a resident with dementia leaves the flat.',
        }),
      );
      const local = indexOf([danish, english, ...offerings]);
      expect(local.candidates(danish, 'offering', 10)).toContain('off-en');
    });

    it('do not depend on the order entries were added in, nor on removals', () => {
      const reversed = indexOf([...all].reverse());
      for (const subject of needs.slice(0, 10))
        expect(reversed.candidates(subject, 'offering', 15)).toEqual(
          index.candidates(subject, 'offering', 15),
        );
      // Enough removals to compact the index (slots numbered again).
      const churned = indexOf(all);
      for (let i = 0; i < 1500; i++) {
        const temporary = prepare(
          offering({ id: `temp-${i}`, title: `Temporary ${i}` }),
        );
        churned.put(entryOf(temporary));
        churned.remove(temporary.id);
      }
      for (const subject of needs.slice(0, 10))
        expect(churned.candidates(subject, 'offering', 15)).toEqual(
          index.candidates(subject, 'offering', 15),
        );
      expect(countsOf(churned.stats('offering'), all)).toEqual(
        countsOf(index.stats('offering'), all),
      );
    });
  });
});
