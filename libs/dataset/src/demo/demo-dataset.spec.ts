import type { OrganisationKind } from '@opi/taxonomy';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { validateDataset } from '../lib/validate-dataset';
import { DEMO_DATASET } from './demo-dataset';

describe('DEMO_DATASET', () => {
  const { organisations, needs, offerings } = DEMO_DATASET;

  it('is a valid opi-dataset/v1 document', () => {
    const result = validateDataset(DEMO_DATASET);
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it('survives a JSON round trip unchanged, as an export would write it', () => {
    const copy: unknown = JSON.parse(JSON.stringify(DEMO_DATASET));
    expect(copy).toEqual(DEMO_DATASET);
    expect(validateDataset(copy).ok).toBe(true);
  });

  it('has at least 14 organisations, 26 needs and 42 offerings', () => {
    expect(organisations.length).toBeGreaterThanOrEqual(14);
    expect(needs.length).toBeGreaterThanOrEqual(26);
    expect(offerings.length).toBeGreaterThanOrEqual(42);
  });

  it('covers DK, BE, FR, NL and SE', () => {
    expect(new Set(organisations.map((o) => o.country))).toEqual(
      new Set(['DK', 'BE', 'FR', 'NL', 'SE']),
    );
  });

  it('has every kind of organisation, and public and private ones in several countries', () => {
    const countriesOf = (kinds: OrganisationKind[]) =>
      new Set(
        organisations
          .filter((o) => kinds.includes(o.kind))
          .map((o) => o.country),
      );
    expect(new Set(organisations.map((o) => o.kind))).toEqual(
      new Set(['municipality', 'hospital', 'company', 'knowledge_institution']),
    );
    expect(countriesOf(['municipality', 'hospital']).size).toBe(5);
    expect(countriesOf(['company', 'knowledge_institution']).size).toBe(5);
  });

  it('writes about a third of the texts in da, nl, fr or sv, the rest in English', () => {
    const texts = [...needs, ...offerings];
    const languages = texts.map((t) => t.language);
    const share = languages.filter((l) => l !== 'en').length / texts.length;
    expect(share).toBeGreaterThan(0.25);
    expect(share).toBeLessThan(0.45);
    expect(new Set(languages)).toEqual(new Set(['en', 'da', 'nl', 'fr', 'sv']));
  });

  it('gives every text a title and a description of two to four sentences', () => {
    const sentenceCount = (text: string) =>
      text.split(/[.!?](?:\s|$)/).filter((s) => s.trim() !== '').length;
    const outOfRange = [...needs, ...offerings]
      .filter(
        (t) =>
          t.title.trim() === '' ||
          sentenceCount(t.description) < 2 ||
          sentenceCount(t.description) > 4,
      )
      .map((t) => t.ref);
    expect(outOfRange).toEqual([]);
  });

  it('varies TRL and test-site flags, and has test sites on several public organisations', () => {
    expect(new Set(offerings.map((o) => o.trl)).size).toBeGreaterThanOrEqual(6);
    expect(new Set(needs.map((n) => n.minTrl)).size).toBeGreaterThanOrEqual(3);
    expect(new Set(needs.map((n) => n.testSiteOffered))).toEqual(
      new Set([true, false]),
    );
    expect(new Set(offerings.map((o) => o.seekingTestSite))).toEqual(
      new Set([true, false]),
    );
    expect(
      organisations.filter((o) => o.testSite?.offered).length,
    ).toBeGreaterThanOrEqual(5);
  });

  it('uses demo- refs and gives every public organisation at least one need', () => {
    const badRefs = [
      ...organisations.filter((o) => !o.ref.startsWith('demo-org-')),
      ...needs.filter((n) => !n.ref.startsWith('demo-need-')),
      ...offerings.filter((o) => !o.ref.startsWith('demo-off-')),
    ].map((r) => r.ref);
    expect(badRefs).toEqual([]);
    const withoutNeeds = organisations
      .filter((o) => o.kind === 'municipality' || o.kind === 'hospital')
      .filter((o) => !needs.some((n) => n.organisationRef === o.ref))
      .map((o) => o.ref);
    expect(withoutNeeds).toEqual([]);
  });

  it('is written for the demo, not copied from the evaluation sets', () => {
    const evaluationTexts = new Set(
      ['matching-dev.json', 'matching-dev-hard.json'].flatMap((file) => {
        const set = JSON.parse(
          readFileSync(join(__dirname, '../../testdata', file), 'utf8'),
        ) as {
          organisations: { name: string; description: string }[];
          needs: { title: string; description: string }[];
          offerings: { title: string; description: string }[];
        };
        return [
          ...set.organisations.flatMap((o) => [o.name, o.description]),
          ...[...set.needs, ...set.offerings].flatMap((t) => [
            t.title,
            t.description,
          ]),
        ];
      }),
    );
    const copied = [
      ...organisations.flatMap((o) => [o.name, o.description]),
      ...[...needs, ...offerings].flatMap((t) => [t.title, t.description]),
    ].filter((text) => evaluationTexts.has(text));
    expect(copied).toEqual([]);
  });
});
