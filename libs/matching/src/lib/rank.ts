import { labelOf } from '@opi/taxonomy';
import { corpusStats, prepare, withDocument } from './profile';
import { listOf, MAX_REASONS, MIN_REASONS } from './reasons';
import { type PairStats, quickScore, score } from './score';
import type {
  MatchNeed,
  MatchOffering,
  MatchOrganisation,
  MatchProfile,
  MatchReason,
  Proposal,
  CorpusStats,
  RankOptions,
  ScoreResult,
} from './types';

/** Highest score first; equal scores by id, so the order never depends on the input's. */
function byScore(
  a: { score: number; id: string },
  b: { score: number; id: string },
): number {
  return b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** A ranked profile: `score` with the candidate's id. */
export interface RankedProfile extends ScoreResult {
  readonly id: string;
  readonly profile: MatchProfile;
}

/**
 * Ranks prepared candidates for a prepared profile (need → offerings, or
 * need → needs): the API's stage 2 over the candidates its SQL stage found,
 * with profiles it may have cached. Scores all, keeps the best `limit`, and
 * computes reasons only for those.
 */
export function rankProfiles(
  subject: MatchProfile,
  candidates: readonly MatchProfile[],
  options: RankOptions = {},
): RankedProfile[] {
  const stats: PairStats = options.stats
    ? statsFor(subject, options.stats)
    : corpusStats([subject, ...candidates]);
  const minScore = options.minScore ?? 0;
  const scored = candidates
    .filter((c) => !(c.kind === subject.kind && c.id === subject.id))
    .map((profile) => ({
      profile,
      id: profile.id,
      score: quickScore(subject, profile, stats),
    }))
    .filter((c) => c.score >= minScore)
    .sort(byScore)
    .slice(0, options.limit ?? candidates.length);
  return scored.map(({ profile, id }) => ({
    id,
    profile,
    ...score(subject, profile, stats),
  }));
}

/**
 * The statistics of a ranking of `subject` over a corpus of candidates
 * (`MatchIndex.stats`): the subject counts as one more document. Take one per
 * subject and keep it: the subject's vectors are cached with it.
 */
export function statsFor(
  subject: MatchProfile,
  corpus: CorpusStats,
): PairStats {
  return [withDocument(corpus, subject), corpus];
}

/**
 * `rankProfiles` for many subjects at once, candidate by candidate: for a
 * batch that reads each candidate's profile once for all the subjects it is
 * a candidate of (rather than once per subject). `offer` every candidate of
 * a subject; `best` then gives its best `limit` ids, and `explain` their
 * score and reasons: the same results as `rankProfiles` with the same
 * candidates and `stats`.
 */
export class BatchRanking {
  private readonly stats: PairStats[];
  /** Per subject, the candidates offered and their scores (two flat lists: thousands of subjects × hundreds). */
  private readonly ids: string[][];
  private readonly scores: number[][];

  constructor(
    private readonly subjects: readonly MatchProfile[],
    corpus: CorpusStats,
    private readonly limit: number,
  ) {
    this.stats = subjects.map((s) => statsFor(s, corpus));
    this.ids = subjects.map(() => []);
    this.scores = subjects.map(() => []);
  }

  /** Scores `candidate` for the subjects at `subjectIndexes`. */
  offer(candidate: MatchProfile, subjectIndexes: Iterable<number>): void {
    for (const i of subjectIndexes) {
      const subject = this.subjects[i];
      if (candidate.kind === subject.kind && candidate.id === subject.id)
        continue;
      this.ids[i].push(candidate.id);
      this.scores[i].push(quickScore(subject, candidate, this.stats[i]));
    }
  }

  /** The ids of subject `i`'s best candidates offered, best first. */
  best(i: number): string[] {
    const ids = this.ids[i];
    const scores = this.scores[i];
    return ids
      .map((id, k) => ({ id, score: scores[k] }))
      .sort(byScore)
      .slice(0, this.limit)
      .map((c) => c.id);
  }

  /** The score, reasons and features of one of subject `i`'s best candidates. */
  explain(i: number, candidate: MatchProfile): RankedProfile {
    return {
      id: candidate.id,
      profile: candidate,
      ...score(this.subjects[i], candidate, this.stats[i]),
    };
  }
}

/** Profiles of records, prepared once per record object. */
const PROFILES = new WeakMap<object, MatchProfile>();

export function profileOf(record: MatchNeed | MatchOffering): MatchProfile {
  let profile = PROFILES.get(record);
  if (!profile) {
    profile = prepare(record);
    PROFILES.set(record, profile);
  }
  return profile;
}

function profilesOf(
  options: RankOptions,
): (record: MatchNeed | MatchOffering) => MatchProfile {
  const cache = options.profiles;
  return cache ? (record) => cache.profileOf(record) : profileOf;
}

function rankRecords<T extends MatchNeed | MatchOffering>(
  subject: MatchNeed | MatchOffering,
  candidates: readonly T[],
  options: RankOptions,
): Proposal<T>[] {
  const profile = profilesOf(options);
  const byProfile = new Map<MatchProfile, T>();
  const profiles = candidates.map((c) => {
    const p = profile(c);
    byProfile.set(p, c);
    return p;
  });
  return rankProfiles(profile(subject), profiles, options).map((r) => ({
    item: byProfile.get(r.profile) as T,
    score: r.score,
    reasons: r.reasons,
    features: r.features,
  }));
}

/**
 * Partnership proposals: `offerings` ranked for `need`, best first, each
 * with a score in [0, 1], 2–5 reasons and the feature values.
 */
export function rankOfferings(
  need: MatchNeed,
  offerings: readonly MatchOffering[],
  options: RankOptions = {},
): Proposal<MatchOffering>[] {
  return rankRecords(need, offerings, options);
}

/** Similar needs: `otherNeeds` ranked by likeness to `need` (same features; `need` itself left out). */
export function rankNeeds(
  need: MatchNeed,
  otherNeeds: readonly MatchNeed[],
  options: RankOptions = {},
): Proposal<MatchNeed>[] {
  return rankRecords(need, otherNeeds, options);
}

/** An organisation that may host a test, with its needs. */
export interface TestSiteCandidate {
  readonly organisation: MatchOrganisation;
  readonly needs: readonly MatchNeed[];
}

export interface TestSiteProposal extends ScoreResult {
  readonly organisation: MatchOrganisation;
  /** The organisation's need the offering fits best, if it has any. */
  readonly need: MatchNeed | null;
}

/** Share of the test-site score that comes from the best-fitting need (the rest: the site itself). */
const TEST_SITE_NEED_SHARE = 0.8;

/**
 * Test sites for an offering: organisations (municipalities, hospitals)
 * ranked by how well their best need fits the offering (the need → offering
 * score) and by their test site (offered; its settings against the
 * offering's). Organisations that neither offer a site nor have a need that
 * offers one are left out.
 */
export function rankTestSites(
  offering: MatchOffering,
  sites: readonly TestSiteCandidate[],
  options: RankOptions = {},
): TestSiteProposal[] {
  const profile = profilesOf(options);
  const offeringProfile = profile(offering);
  const needProfiles = sites.flatMap((s) => s.needs.map(profile));
  const stats: PairStats = options.stats
    ? [options.stats, withDocument(options.stats, offeringProfile)]
    : corpusStats([offeringProfile, ...needProfiles]);
  const proposals: { id: string; proposal: TestSiteProposal; score: number }[] =
    [];
  for (const site of sites) {
    const org = site.organisation;
    const hosts =
      Boolean(org.testSite?.offered) ||
      site.needs.some((n) => n.testSiteOffered);
    if (!hosts) continue;
    let best: { need: MatchNeed; result: ScoreResult } | null = null;
    for (const need of site.needs) {
      const result = score(profile(need), offeringProfile, stats);
      if (
        !best ||
        result.score > best.result.score ||
        (result.score === best.result.score && need.id < best.need.id)
      )
        best = { need, result };
    }
    const siteSettings = org.testSite?.offered ? org.testSite.settings : [];
    const sharedSettings = siteSettings.filter((s) =>
      offering.settings.includes(s),
    );
    const siteFit = org.testSite?.offered
      ? 0.5 +
        0.5 *
          (offering.settings.length === 0
            ? 0.5
            : sharedSettings.length / offering.settings.length)
      : 0;
    const needPart = best
      ? best.result.score
      : careAreaOverlap(org.careAreas ?? [], offering.careAreas) * 0.5;
    const total =
      TEST_SITE_NEED_SHARE * needPart + (1 - TEST_SITE_NEED_SHARE) * siteFit;
    const reasons: MatchReason[] = [...(best?.result.reasons ?? [])];
    if (org.testSite?.offered && sharedSettings.length > 0) {
      const labels = sharedSettings.map((s) =>
        labelOf('setting', s, 'en').toLowerCase(),
      );
      const capacity = org.testSite.capacity;
      reasons.unshift({
        code: 'test-site-setting',
        params: { settings: sharedSettings, capacity: capacity ?? '' },
        text:
          `Offers a test site in ${listOf(labels)}` +
          (capacity ? ` (capacity ${capacity})` : ''),
      });
    }
    const proposal: TestSiteProposal = {
      organisation: org,
      need: best?.need ?? null,
      score: Math.min(1, Math.max(0, total)),
      reasons: fitReasons(reasons),
      features: best?.result.features ?? emptyFeatures(),
    };
    proposals.push({ id: org.id, proposal, score: proposal.score });
  }
  return proposals
    .filter((p) => p.score >= (options.minScore ?? 0))
    .sort(byScore)
    .slice(0, options.limit ?? proposals.length)
    .map((p) => p.proposal);
}

function careAreaOverlap(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const shared = a.filter((c) => b.includes(c)).length;
  return shared / Math.sqrt(a.length * b.length);
}

/** 2–5 reasons, one per code; a reason against (TRL below minimum) is kept. */
function fitReasons(reasons: readonly MatchReason[]): MatchReason[] {
  const seen = new Set<string>();
  const unique = reasons.filter((r) => {
    if (seen.has(r.code)) return false;
    seen.add(r.code);
    return true;
  });
  if (unique.length < MIN_REASONS && !seen.has('little-overlap')) {
    unique.push({
      code: 'little-overlap',
      params: {},
      text: 'Little in common beyond the care domain',
    });
  }
  if (unique.length < MIN_REASONS) {
    unique.push({
      code: 'no-need',
      params: {},
      text: 'The organisation has no need to compare with',
    });
  }
  const against = unique.filter((r) => r.code === 'trl-below-minimum');
  const rest = unique.filter((r) => r.code !== 'trl-below-minimum');
  return [...rest.slice(0, MAX_REASONS - against.length), ...against];
}

function emptyFeatures(): ScoreResult['features'] {
  return {
    careArea: 0,
    targetGroup: 0,
    setting: 0,
    lexical: 0,
    concept: 0,
    cognate: 0,
    text: 0,
    trl: 0,
    testSite: 0,
    region: 0,
  };
}
