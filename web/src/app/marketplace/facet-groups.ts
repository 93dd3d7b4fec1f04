import {
  type FacetCount,
  MARKETPLACE_FACETS,
  type MarketplaceFacet,
} from '@opi/contracts';
import { type UiLanguage, labelOf } from '@opi/taxonomy';
import { CountryNamePipe } from '../shared/country-name.pipe';
import { pluralKey } from '../shared/plural-key';
import type { MarketplaceKeys } from './marketplace-collection';
import type { ActiveFacet } from './marketplace-query';

/** One value of a facet as the sidebar shows it. */
export interface FacetOption {
  value: string;
  /** The value in the reader's language ("Dementia", "Denmark", "TRL 7"). */
  label: string;
  count: number;
  selected: boolean;
  /** Translation key of the button's name, "Dementia, 12 results" (by the count's plural). */
  nameKey: string;
}

/** A facet with its values, most frequent first as the API sends them. */
export interface FacetGroup {
  facet: MarketplaceFacet;
  headingKey: string;
  options: FacetOption[];
}

/** What labelling facet values needs: the language, a translator and the collection's keys. */
export interface FacetLabelling {
  lang: UiLanguage;
  translate: (key: string, params?: Record<string, unknown>) => string;
  keys: MarketplaceKeys;
}

const countryName = new CountryNamePipe();

/** Translation key of a facet's heading; TRL and test site read differently for needs and offerings. */
export function facetHeadingKey(
  facet: MarketplaceFacet,
  keys: MarketplaceKeys,
): string {
  switch (facet) {
    case 'careArea':
      return 'marketplace.facets.careArea';
    case 'targetGroup':
      return 'marketplace.facets.targetGroup';
    case 'setting':
      return 'marketplace.facets.setting';
    case 'trl':
      return keys.trl;
    case 'country':
      return 'marketplace.facets.country';
    case 'region':
      return 'marketplace.facets.region';
    case 'organisationKind':
      return 'marketplace.facets.organisationKind';
    case 'testSite':
      return keys.testSite;
  }
}

/** A facet value in the reader's language. */
export function facetValueLabel(
  facet: MarketplaceFacet,
  value: string,
  { lang, translate, keys }: FacetLabelling,
): string {
  switch (facet) {
    case 'careArea':
    case 'targetGroup':
    case 'setting':
    case 'organisationKind':
      return labelOf(facet, value, lang);
    case 'trl':
      return translate('marketplace.trlLevel', { level: value });
    case 'country':
      return countryName.transform(value, lang);
    case 'testSite':
      return translate(
        value === 'true' ? keys.testSiteFacetTrue : keys.testSiteFacetFalse,
      );
    case 'region':
      return value;
  }
}

/**
 * The sidebar's groups, in the order of MARKETPLACE_FACETS: values nothing matches are left out
 * unless chosen, and a chosen value the API did not list is added, so it can be cleared.
 */
export function facetGroups(
  facets: Partial<Record<string, FacetCount[]>>,
  active: readonly ActiveFacet[],
  labelling: FacetLabelling,
): FacetGroup[] {
  return MARKETPLACE_FACETS.flatMap((facet) => {
    const chosen = active.find((a) => a.facet === facet)?.value;
    const counts = (facets[facet] ?? []).filter(
      (c) => c.count > 0 || c.value === chosen,
    );
    if (chosen !== undefined && !counts.some((c) => c.value === chosen)) {
      counts.unshift({ value: chosen, count: 0 });
    }
    if (counts.length === 0) {
      return [];
    }
    return [
      {
        facet,
        headingKey: facetHeadingKey(facet, labelling.keys),
        options: counts.map(({ value, count }) => ({
          value,
          label: facetValueLabel(facet, value, labelling),
          count,
          selected: value === chosen,
          nameKey: pluralKey(
            {
              one: 'marketplace.facets.optionOne',
              other: 'marketplace.facets.optionOther',
            },
            count,
            labelling.lang,
          ),
        })),
      },
    ];
  });
}
