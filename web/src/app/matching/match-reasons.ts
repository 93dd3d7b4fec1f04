import type { MatchReason } from '@opi/contracts';
import { type UiLanguage, type Vocabulary, labelOf } from '@opi/taxonomy';
import { CountryNamePipe } from '../shared/country-name.pipe';

/** Reasons that speak against a proposal: shown with their own icon and "Against:". */
export const AGAINST_CODES: ReadonlySet<string> = new Set([
  'trl-below-minimum',
  'different-country',
  'little-overlap',
]);

/**
 * Translation keys of the reasons the matching engine gives (libs/matching `reasons.ts`,
 * `rank.ts`), by code. A code not listed here is shown in the engine's English words.
 */
const KEYS = {
  sharedCareArea: 'matching.reasons.sharedCareArea',
  sharedTargetGroup: 'matching.reasons.sharedTargetGroup',
  sharedSetting: 'matching.reasons.sharedSetting',
  textOverlap: 'matching.reasons.textOverlap',
  trlMeetsMinimum: 'matching.reasons.trlMeetsMinimum',
  trlBelowMinimum: 'matching.reasons.trlBelowMinimum',
  trlStated: 'matching.reasons.trlStated',
  trlUnknown: 'matching.reasons.trlUnknown',
  testSiteFit: 'matching.reasons.testSiteFit',
  testSiteSetting: 'matching.reasons.testSiteSetting',
  testSiteSettingCapacity: 'matching.reasons.testSiteSettingCapacity',
  sameRegion: 'matching.reasons.sameRegion',
  sameCountry: 'matching.reasons.sameCountry',
  differentCountry: 'matching.reasons.differentCountry',
  differentCountries: 'matching.reasons.differentCountries',
  littleOverlap: 'matching.reasons.littleOverlap',
  noNeed: 'matching.reasons.noNeed',
} as const;

/** Reasons that name shared taxonomy codes, and the vocabulary the codes come from. */
const SHARED_CODES: Readonly<
  Record<string, { vocabulary: Vocabulary; key: string }>
> = {
  'shared-care-area': { vocabulary: 'careArea', key: KEYS.sharedCareArea },
  'shared-target-group': {
    vocabulary: 'targetGroup',
    key: KEYS.sharedTargetGroup,
  },
  'shared-setting': { vocabulary: 'setting', key: KEYS.sharedSetting },
};

/** Reasons whose wording needs nothing from their parameters. */
const PLAIN: Readonly<Record<string, string>> = {
  'test-site-fit': KEYS.testSiteFit,
  'little-overlap': KEYS.littleOverlap,
  'no-need': KEYS.noNeed,
};

/**
 * A reason ready to show: a translation key with its parameters already worded in the reader's
 * language (taxonomy labels, country names, lists, numbers), or, when the code is unknown or its
 * parameters are not what they should be, `key: null` and the engine's English `text`.
 */
export interface ReasonLine {
  key: string | null;
  params: Record<string, string>;
  /** The engine's own (English) wording. */
  text: string;
  /** The reason speaks against the proposal. */
  against: boolean;
}

/** Words a reason in `lang`. */
export function reasonLine(reason: MatchReason, lang: UiLanguage): ReasonLine {
  const params = reason.params ?? {};
  const against = AGAINST_CODES.has(reason.code);
  const line = (key: string | null, values: Record<string, string> = {}) => ({
    key,
    params: values,
    text: reason.text,
    against,
  });
  const fallback = line(null);
  const number = (name: string) => {
    const value = Number(params[name]);
    return params[name] === '' ||
      params[name] === undefined ||
      !Number.isFinite(value)
      ? null
      : new Intl.NumberFormat(lang).format(value);
  };

  const shared = SHARED_CODES[reason.code];
  if (shared) {
    const codes = strings(params['codes']);
    return codes.length
      ? line(shared.key, {
          list: listIn(
            lang,
            codes.map((code) =>
              lowerFirst(labelOf(shared.vocabulary, code, lang)),
            ),
          ),
        })
      : fallback;
  }
  if (PLAIN[reason.code]) {
    return line(PLAIN[reason.code]);
  }

  switch (reason.code) {
    case 'text-overlap': {
      const labels = strings(params['labels']);
      const named = labels.length ? labels : strings(params['words']);
      return named.length
        ? line(KEYS.textOverlap, { list: listIn(lang, named) })
        : fallback;
    }
    case 'trl-meets-minimum':
    case 'trl-below-minimum': {
      const trl = number('trl');
      const minTrl = number('minTrl');
      return trl !== null && minTrl !== null
        ? line(
            reason.code === 'trl-meets-minimum'
              ? KEYS.trlMeetsMinimum
              : KEYS.trlBelowMinimum,
            { trl, minTrl },
          )
        : fallback;
    }
    case 'trl-stated': {
      const trl = number('trl');
      return trl !== null ? line(KEYS.trlStated, { trl }) : fallback;
    }
    case 'trl-unknown': {
      const minTrl = number('minTrl');
      return minTrl !== null ? line(KEYS.trlUnknown, { minTrl }) : fallback;
    }
    case 'test-site-setting': {
      const settings = strings(params['settings']);
      if (!settings.length) {
        return fallback;
      }
      const list = listIn(
        lang,
        settings.map((code) => lowerFirst(labelOf('setting', code, lang))),
      );
      const capacity = number('capacity');
      return capacity !== null
        ? line(KEYS.testSiteSettingCapacity, { list, capacity })
        : line(KEYS.testSiteSetting, { list });
    }
    case 'same-region': {
      const region = params['region'];
      return typeof region === 'string' && region.trim()
        ? line(KEYS.sameRegion, { region })
        : fallback;
    }
    case 'same-country': {
      const country = params['country'];
      return typeof country === 'string' && country.trim()
        ? line(KEYS.sameCountry, { country: countryName(country, lang) })
        : fallback;
    }
    case 'different-country': {
      const countries = strings(params['countries']);
      return countries.length
        ? line(KEYS.differentCountries, {
            list: listIn(
              lang,
              countries.map((c) => countryName(c, lang)),
            ),
          })
        : line(KEYS.differentCountry);
    }
    default:
      return fallback;
  }
}

/** The non-empty strings of a list parameter. */
function strings(value: unknown): string[] {
  return Array.isArray(value)
    ? value.filter((v): v is string => typeof v === 'string' && v.trim() !== '')
    : [];
}

/** `Intl.ListFormat` (ES2021: the workspace's `lib` stops at ES2020, every browser we support has it). */
interface ListFormat {
  format(items: readonly string[]): string;
}
const ListFormat = (
  Intl as unknown as {
    ListFormat: new (
      lang: string,
      options: { type: 'conjunction' | 'disjunction' | 'unit' },
    ) => ListFormat;
  }
).ListFormat;

/** "a, b and c" in the reader's language ("a, b og c", "a, b en c", "a, b et c"). */
function listIn(lang: UiLanguage, items: readonly string[]): string {
  return new ListFormat(lang, { type: 'conjunction' }).format(items);
}

/** A label in the middle of a sentence: "Dementia" → "dementia", but "COPD" stays. */
function lowerFirst(label: string): string {
  return label.length > 1 && label[1] === label[1].toLowerCase()
    ? label[0].toLowerCase() + label.slice(1)
    : label;
}

const countryNames = new CountryNamePipe();

function countryName(code: string, lang: UiLanguage): string {
  return countryNames.transform(code, lang);
}
