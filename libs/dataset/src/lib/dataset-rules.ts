import { isKnownCode, labelOf, type OrganisationKind } from '@opi/taxonomy';

import type { LocatedProblem } from './dataset-problem';
import { formatJsonPath } from './json-path';
import { didYouMean, withArticle } from './problem-wording';

/**
 * The rules of DATASET.md that span records: unique refs, references that
 * resolve, and who may own needs, offerings and test sites.
 *
 * Works on any JSON object, however malformed: a value of the wrong shape is
 * skipped here because the schema already reports it.
 */
export function ruleProblems(
  doc: Readonly<Record<string, unknown>>,
): LocatedProblem[] {
  return new RuleCheck(doc).run();
}

type Collection = 'organisations' | 'needs' | 'offerings';

interface RefOwner {
  collection: Collection;
  index: number;
  record: Readonly<Record<string, unknown>>;
}

const SINGULAR: Record<Collection, string> = {
  organisations: 'organisation',
  needs: 'need',
  offerings: 'offering',
};

const NEED_OWNERS: readonly string[] = [
  'municipality',
  'hospital',
] satisfies OrganisationKind[];
const OFFERING_OWNERS: readonly string[] = [
  'company',
  'knowledge_institution',
] satisfies OrganisationKind[];
const TEST_SITE_OWNERS = NEED_OWNERS;

/** Suggestions scan every ref of a collection, so only the first few unknown refs get one. */
const SUGGESTION_BUDGET = 20;

class RuleCheck {
  private readonly problems: LocatedProblem[] = [];
  private readonly owners = new Map<string, RefOwner>();
  private suggestionsLeft = SUGGESTION_BUDGET;

  constructor(private readonly doc: Readonly<Record<string, unknown>>) {}

  run(): LocatedProblem[] {
    this.collectRefs();
    this.checkOwnership(
      'needs',
      NEED_OWNERS,
      'a need must belong to a municipality or a hospital',
    );
    this.checkOwnership(
      'offerings',
      OFFERING_OWNERS,
      'an offering must belong to a company or a knowledge institution',
    );
    this.checkTestSites();
    this.checkExpectedMatches();
    return this.problems;
  }

  private collectRefs(): void {
    for (const collection of ['organisations', 'needs', 'offerings'] as const) {
      for (const [index, record] of records(this.doc[collection])) {
        const ref = record['ref'];
        if (typeof ref !== 'string') continue;
        const first = this.owners.get(ref);
        if (first) {
          this.problems.push({
            at: [collection, index, 'ref'],
            message: `ref "${ref}" is already used by ${formatJsonPath([first.collection, first.index])}`,
          });
        } else {
          this.owners.set(ref, { collection, index, record });
        }
      }
    }
  }

  private checkOwnership(
    collection: 'needs' | 'offerings',
    allowedKinds: readonly string[],
    rule: string,
  ): void {
    for (const [index, record] of records(this.doc[collection])) {
      const ref = record['organisationRef'];
      if (typeof ref !== 'string') continue;
      const owner = this.resolve(
        ref,
        'organisations',
        [collection, index, 'organisationRef'],
        `organisationRef "${ref}"`,
      );
      const kind = owner?.record['kind'];
      if (
        typeof kind === 'string' &&
        isOrganisationKind(kind) &&
        !allowedKinds.includes(kind)
      ) {
        this.problems.push({
          at: [collection, index, 'organisationRef'],
          message: `organisationRef "${ref}" is ${withArticle(kindName(kind))}; ${rule}`,
        });
      }
    }
  }

  private checkTestSites(): void {
    for (const [index, record] of records(this.doc['organisations'])) {
      const kind = record['kind'];
      if (
        record['testSite'] === undefined ||
        typeof kind !== 'string' ||
        !isOrganisationKind(kind)
      )
        continue;
      if (!TEST_SITE_OWNERS.includes(kind)) {
        this.problems.push({
          at: ['organisations', index, 'testSite'],
          message: `testSite is only for municipalities and hospitals, and this organisation is ${withArticle(kindName(kind))}`,
        });
      }
    }
  }

  private checkExpectedMatches(): void {
    const seen = new Map<string, number>();
    for (const [index, record] of records(this.doc['expectedMatches'])) {
      const needRef = record['needRef'];
      if (typeof needRef === 'string') {
        this.resolve(
          needRef,
          'needs',
          ['expectedMatches', index, 'needRef'],
          `needRef "${needRef}"`,
        );
        const first = seen.get(needRef);
        if (first === undefined) seen.set(needRef, index);
        else
          this.problems.push({
            at: ['expectedMatches', index, 'needRef'],
            message: `needRef "${needRef}" already has expected matches at ${formatJsonPath(['expectedMatches', first])}`,
          });
      }
      const relevant = record['relevant'];
      if (!isRecord(relevant)) continue;
      for (const offeringRef of Object.keys(relevant)) {
        this.resolve(
          offeringRef,
          'offerings',
          ['expectedMatches', index, 'relevant', offeringRef],
          `"${offeringRef}" in relevant`,
        );
      }
    }
  }

  /** The record `ref` names in `collection`, or undefined after reporting why not. */
  private resolve(
    ref: string,
    collection: Collection,
    at: LocatedProblem['at'],
    subject: string,
  ): RefOwner | undefined {
    const owner = this.owners.get(ref);
    if (owner?.collection === collection) return owner;
    const wanted = SINGULAR[collection];
    if (owner) {
      this.problems.push({
        at,
        message: `${subject} is the ref of ${withArticle(SINGULAR[owner.collection])}, not of ${withArticle(wanted)}`,
      });
    } else {
      this.problems.push({
        at,
        message: `${subject} does not match the ref of any ${wanted}${this.suggestRef(ref, collection)}`,
      });
    }
    return undefined;
  }

  private suggestRef(ref: string, collection: Collection): string {
    if (this.suggestionsLeft <= 0) return '';
    this.suggestionsLeft--;
    const candidates = [...this.owners]
      .filter(([, owner]) => owner.collection === collection)
      .map(([key]) => key);
    return didYouMean(ref, candidates);
  }
}

function* records(
  value: unknown,
): Generator<[number, Readonly<Record<string, unknown>>]> {
  if (!Array.isArray(value)) return;
  for (let index = 0; index < value.length; index++) {
    const item: unknown = value[index];
    if (isRecord(item)) yield [index, item];
  }
}

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function isOrganisationKind(kind: string): kind is OrganisationKind {
  return isKnownCode('organisationKind', kind);
}

function kindName(kind: OrganisationKind): string {
  return labelOf('organisationKind', kind, 'en').toLowerCase();
}
