import { labelOf } from '@opi/taxonomy';
import { conceptLabel } from './lexicon/concept-index';
import { LEXICON_PREFIX } from './profile';
import type { FeatureDetail, SharedKey } from './score';
import type {
  MatchFeatures,
  MatchProfile,
  MatchReason,
  MatchVocabulary,
} from './types';
import { WEIGHTS } from './weights';

export const MIN_REASONS = 2;
export const MAX_REASONS = 5;
/** A shared code is named in a reason only when both sides hold it at least this firmly. */
const MIN_REASON_CONFIDENCE = 0.2;
/** At most this many codes, concepts or words in one reason. */
const MAX_NAMED = 3;
/** The text feature must reach this before text overlap counts as a reason. */
const MIN_TEXT_REASON = 0.25;

function lowerFirst(label: string): string {
  // keep acronyms ("COPD")
  return label.length > 1 && label[1] === label[1].toLowerCase()
    ? label[0].toLowerCase() + label.slice(1)
    : label;
}

/** "a", "a and b", "a, b and c"; with "; " when a label has "and" itself. */
export function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  const separator = items.some((i) => i.includes(' and ')) ? '; ' : ', ';
  return `${items.slice(0, -1).join(separator)} and ${items[items.length - 1]}`;
}

function strongest(shared: readonly SharedKey[]): SharedKey[] {
  return [...shared].sort(
    (x, y) => y.contribution - x.contribution || (x.key < y.key ? -1 : 1),
  );
}

interface Candidate {
  readonly reason: MatchReason;
  /** What the feature adds to the score (negative: a reason against). */
  readonly strength: number;
}

const CODE_REASONS: Record<
  MatchVocabulary,
  { code: MatchReason['code']; weight: number; render: (l: string) => string }
> = {
  careArea: {
    code: 'shared-care-area',
    weight: WEIGHTS.careArea,
    render: (l) => `Both address ${l}`,
  },
  targetGroup: {
    code: 'shared-target-group',
    weight: WEIGHTS.targetGroup,
    render: (l) => `Both for ${l}`,
  },
  setting: {
    code: 'shared-setting',
    weight: WEIGHTS.setting,
    render: (l) => `Same setting: ${l}`,
  },
};

function codeReason(
  vocabulary: MatchVocabulary,
  a: MatchProfile,
  b: MatchProfile,
  value: number,
  shared: readonly SharedKey[],
): Candidate | undefined {
  const codes = strongest(shared)
    .map((s) => s.key)
    .filter(
      (code) =>
        (a.codes[vocabulary].get(code)?.confidence ?? 0) >=
          MIN_REASON_CONFIDENCE &&
        (b.codes[vocabulary].get(code)?.confidence ?? 0) >=
          MIN_REASON_CONFIDENCE,
    )
    .slice(0, MAX_NAMED);
  if (codes.length === 0) return undefined;
  const { code, weight, render } = CODE_REASONS[vocabulary];
  const labels = codes.map((c) => lowerFirst(labelOf(vocabulary, c, 'en')));
  const fromText = codes.filter(
    (c) =>
      a.codes[vocabulary].get(c)?.source === 'text' ||
      b.codes[vocabulary].get(c)?.source === 'text',
  );
  return {
    reason: {
      code,
      params: { codes, fromText },
      text: render(listOf(labels)),
    },
    strength: weight * value,
  };
}

function textReason(
  a: MatchProfile,
  b: MatchProfile,
  features: MatchFeatures,
  detail: FeatureDetail,
): Candidate | undefined {
  if (features.text < MIN_TEXT_REASON) return undefined;
  const concepts = strongest(detail.sharedConcepts)
    .filter((s) => s.key.startsWith(LEXICON_PREFIX))
    .map((s) => s.key.slice(LEXICON_PREFIX.length))
    .slice(0, MAX_NAMED);
  const words =
    a.language === b.language
      ? strongest(detail.sharedTerms)
          .map((s) => a.surfaces.get(s.key) ?? s.key)
          .map((w) => w.toLowerCase())
          .filter((w, i, all) => all.indexOf(w) === i)
          .slice(0, MAX_NAMED)
      : [];
  const named = concepts.length > 0 ? concepts.map(conceptLabel) : words;
  if (named.length === 0) return undefined;
  return {
    reason: {
      code: 'text-overlap',
      params: {
        concepts,
        labels: concepts.map(conceptLabel),
        words,
        similarity: Math.round(features.text * 100) / 100,
      },
      text: `Both about ${listOf(named)}`,
    },
    strength: WEIGHTS.text * features.text,
  };
}

function trlReason(a: MatchProfile, b: MatchProfile): Candidate | undefined {
  if (a.kind === b.kind) return undefined;
  const trl = b.trl;
  const minimum = a.minTrl;
  if (trl !== null && minimum !== null) {
    return trl >= minimum
      ? {
          reason: {
            code: 'trl-meets-minimum',
            params: { trl, minTrl: minimum },
            text: `TRL ${trl} meets the minimum of ${minimum}`,
          },
          strength: WEIGHTS.trl,
        }
      : {
          reason: {
            code: 'trl-below-minimum',
            params: { trl, minTrl: minimum },
            text: `TRL ${trl} is below the minimum of ${minimum}`,
          },
          strength: -1,
        };
  }
  if (trl !== null) {
    return {
      reason: {
        code: 'trl-stated',
        params: { trl },
        text: `At TRL ${trl}; the need states no minimum`,
      },
      strength: WEIGHTS.trl * WEIGHTS.trlUnknown,
    };
  }
  if (minimum !== null) {
    return {
      reason: {
        code: 'trl-unknown',
        params: { minTrl: minimum },
        text: `TRL not stated; the need asks for at least ${minimum}`,
      },
      strength: WEIGHTS.trl * WEIGHTS.trlUnknown,
    };
  }
  return undefined;
}

/**
 * 2–5 reasons for a pair, strongest first: what the two share (codes,
 * concepts, words), TRL fit, test-site fit and place. A TRL below the minimum
 * is always among them; when little is shared, "little-overlap" says so.
 */
export function reasonsFor(
  a: MatchProfile,
  b: MatchProfile,
  features: MatchFeatures,
  detail: FeatureDetail,
): MatchReason[] {
  const candidates: Candidate[] = [];
  const push = (c: Candidate | undefined) => {
    if (c) candidates.push(c);
  };
  push(textReason(a, b, features, detail));
  push(
    codeReason(
      'careArea',
      a,
      b,
      features.careArea,
      detail.sharedCodes.careArea,
    ),
  );
  push(
    codeReason(
      'targetGroup',
      a,
      b,
      features.targetGroup,
      detail.sharedCodes.targetGroup,
    ),
  );
  push(
    codeReason('setting', a, b, features.setting, detail.sharedCodes.setting),
  );
  const trl = trlReason(a, b);
  if (features.testSite > 0) {
    push({
      reason: {
        code: 'test-site-fit',
        params: {},
        text:
          a.kind === 'need'
            ? 'The need offers a test site and the offering seeks one'
            : 'Offers a test site, and a test site is sought',
      },
      strength: WEIGHTS.testSite,
    });
  }
  const oa = a.organisation;
  const ob = b.organisation;
  if (features.region === 1 && oa.region) {
    push({
      reason: {
        code: 'same-region',
        params: { region: oa.region, country: oa.country },
        text: `Both in ${oa.region}`,
      },
      strength: WEIGHTS.region,
    });
  } else if (features.region > 0) {
    push({
      reason: {
        code: 'same-country',
        params: { country: oa.country },
        text: `Both in ${oa.country}`,
      },
      strength: WEIGHTS.region * features.region,
    });
  }

  // the strongest positive reasons, then the TRL (always said when known)
  const positive = candidates
    .filter((c) => c.strength > 0)
    .sort((x, y) => y.strength - x.strength)
    .slice(0, MAX_REASONS - (trl ? 1 : 0))
    .map((c) => c.reason);
  const reasons = trl ? [...positive, trl.reason] : positive;
  if (reasons.length < MIN_REASONS) {
    reasons.push({
      code: 'little-overlap',
      params: {},
      text: 'Little in common beyond the care domain',
    });
  }
  if (reasons.length < MIN_REASONS) {
    // nothing else to say: where the two are
    reasons.push(
      oa.country && oa.country === ob.country
        ? {
            code: 'same-country',
            params: { country: oa.country },
            text: `Both in ${oa.country}`,
          }
        : {
            code: 'different-country',
            params: { countries: [oa.country ?? '', ob.country ?? ''] },
            text: `In different countries (${oa.country || '?'}, ${ob.country || '?'})`,
          },
    );
  }
  return reasons.slice(0, MAX_REASONS);
}
