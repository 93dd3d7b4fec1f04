import fc from 'fast-check';
import { corpusStats, prepare } from './profile';
import { ProfileCache } from './profile-cache';
import { rankNeeds, rankOfferings, rankTestSites } from './rank';
import { MAX_REASONS, MIN_REASONS } from './reasons';
import { score } from './score';
import {
  company,
  distractors,
  need,
  offering,
  organisation,
} from './testing/factories';
import type { MatchOffering, MatchReason } from './types';

const nightWanderingDa = need({
  id: 'need-da-wandering',
  language: 'da',
  title: 'Beboere med demens går ud om natten',
  description:
    'På vores demensafsnit står flere beboere op om natten, vandrer rundt på gangene og forsøger at forlade plejehjemmet gennem yderdøren. ' +
    'Nattevagten kan ikke se alle gange. Vi ønsker en diskret løsning, der advarer personalet, når en beboer forlader sin lejlighed.',
  careAreas: ['dementia'],
  targetGroups: ['people-with-dementia'],
  settings: ['nursing-home'],
  minTrl: 6,
  testSiteOffered: true,
});

const doorSensorEn = offering({
  id: 'off-en-door-sensor',
  title: 'Door and corridor sensors against night-time wandering',
  description:
    'Discreet motion sensors at room doors and exits notice when a resident with dementia gets up at night and heads for the door, ' +
    'and alert the night staff on their phones before the person has left the unit.',
  careAreas: ['dementia', 'elderly-care'],
  targetGroups: ['people-with-dementia', 'care-staff'],
  settings: ['nursing-home'],
  trl: 7,
  seekingTestSite: true,
});

const codes = (reasons: readonly MatchReason[]) => reasons.map((r) => r.code);

describe('matching scenarios', () => {
  it('a Danish need meets an English offering on the same problem', () => {
    const ranked = rankOfferings(nightWanderingDa, [
      ...distractors(),
      doorSensorEn,
    ]);
    expect(ranked[0].item.id).toBe('off-en-door-sensor');
    const text = ranked[0].reasons.find((r) => r.code === 'text-overlap');
    expect(text).toBeDefined();
    expect(text?.params['concepts']).toEqual(
      expect.arrayContaining(['wandering']),
    );
    expect(text?.text).toMatch(/^Both about .*wandering/);
    expect(ranked[0].features.concept).toBeGreaterThan(
      ranked[1].features.concept,
    );
  });

  it('gives the reasons the portal shows, with codes and params', () => {
    const [best] = rankOfferings(nightWanderingDa, [doorSensorEn]);
    expect(codes(best.reasons)).toEqual(
      expect.arrayContaining([
        'text-overlap',
        'shared-care-area',
        'trl-meets-minimum',
      ]),
    );
    expect(best.reasons.length).toBeLessThanOrEqual(MAX_REASONS);
    // with less in common, the test-site fit makes the list
    const [untagged] = rankOfferings(nightWanderingDa, [
      { ...doorSensorEn, targetGroups: [], settings: [] },
    ]);
    expect(codes(untagged.reasons)).toContain('test-site-fit');
    const careArea = best.reasons.find((r) => r.code === 'shared-care-area');
    expect(careArea?.params['codes']).toContain('dementia');
    expect(careArea?.text).toMatch(/^Both address dementia/);
    const trl = best.reasons.find((r) => r.code === 'trl-meets-minimum');
    expect(trl).toEqual({
      code: 'trl-meets-minimum',
      params: { trl: 7, minTrl: 6 },
      text: 'TRL 7 meets the minimum of 6',
    });
  });

  it('ranks an offering below the minimum TRL lower and says why', () => {
    const early = { ...doorSensorEn, id: 'off-early', trl: 4 };
    const ready = { ...doorSensorEn, id: 'off-ready', trl: 7 };
    const ranked = rankOfferings(nightWanderingDa, [early, ready]);
    expect(ranked.map((p) => p.item.id)).toEqual(['off-ready', 'off-early']);
    expect(ranked[1].score).toBeLessThan(ranked[0].score);
    const against = ranked[1].reasons.find(
      (r) => r.code === 'trl-below-minimum',
    );
    expect(against).toEqual({
      code: 'trl-below-minimum',
      params: { trl: 4, minTrl: 6 },
      text: 'TRL 4 is below the minimum of 6',
    });
  });

  it('lets the text carry a need whose tags are sparse', () => {
    const untagged = need({
      id: 'need-untagged',
      title: 'Older citizens fall at home and lie on the floor for hours',
      description:
        'Home care visits twice a day. Several older people living alone have fallen between visits and could not call for help. ' +
        'We look for fall detection that alerts without the citizen pressing a button.',
      careAreas: [],
      targetGroups: [],
      settings: [],
    });
    const fallDetection = offering({
      id: 'off-fall-detection',
      title: 'Radar fall detection for the home',
      description:
        'A wall-mounted radar detects falls and long periods of lying still, and calls the response centre automatically; nothing to wear or press.',
      careAreas: ['fall-prevention'],
      targetGroups: ['older-adults'],
      settings: ['home'],
      trl: 8,
    });
    const ranked = rankOfferings(untagged, [...distractors(), fallDetection]);
    expect(ranked[0].item.id).toBe('off-fall-detection');
    // the text evokes fall-prevention, older adults and home: tags at lower confidence
    expect(ranked[0].features.careArea).toBeGreaterThan(0);
    const profile = prepare(untagged);
    expect(profile.codes.careArea.get('fall-prevention')).toMatchObject({
      source: 'text',
    });
    expect(
      profile.codes.careArea.get('fall-prevention')?.confidence,
    ).toBeLessThan(1);
  });

  it('keeps scores in [0, 1] with 2–5 reasons for any records', () => {
    const words = [
      'dementia',
      'demens',
      'night',
      'sensor',
      'medication',
      'medicin',
      'loneliness',
      'ensomhed',
      'video',
      'app',
      'hospital',
      'ziekenhuis',
      'fall',
      'chute',
      'robot',
    ];
    const text = fc
      .array(fc.constantFrom(...words), { maxLength: 12 })
      .map((ws) => ws.join(' '));
    const trl = fc.option(fc.integer({ min: 1, max: 9 }), { nil: null });
    const careAreas = fc.subarray([
      'dementia',
      'medication',
      'telehealth',
      'fall-prevention',
    ]);
    const language = fc.constantFrom('en', 'da', 'nl', 'fr', 'sv', 'de', null);
    fc.assert(
      fc.property(
        text,
        text,
        trl,
        trl,
        careAreas,
        careAreas,
        language,
        language,
        (nt, ot, minTrl, offeringTrl, nca, oca, nl, ol) => {
          const n = need({
            title: nt,
            description: ot,
            minTrl,
            careAreas: nca,
            language: nl,
          });
          const o = offering({
            title: ot,
            description: nt,
            trl: offeringTrl,
            careAreas: oca,
            language: ol,
          });
          const [np, op] = [prepare(n), prepare(o)];
          const result = score(np, op, corpusStats([np, op]));
          expect(result.score).toBeGreaterThanOrEqual(0);
          expect(result.score).toBeLessThanOrEqual(1);
          expect(result.reasons.length).toBeGreaterThanOrEqual(MIN_REASONS);
          expect(result.reasons.length).toBeLessThanOrEqual(MAX_REASONS);
          for (const reason of result.reasons) {
            expect(reason.text.length).toBeGreaterThan(0);
          }
          if (minTrl !== null && offeringTrl !== null && offeringTrl < minTrl)
            expect(codes(result.reasons)).toContain('trl-below-minimum');
        },
      ),
      { numRuns: 150 },
    );
  });

  it('orders ties by id, whatever the input order', () => {
    const twins: MatchOffering[] = ['off-c', 'off-a', 'off-b'].map((id) => ({
      ...doorSensorEn,
      id,
    }));
    const forward = rankOfferings(nightWanderingDa, twins).map(
      (p) => p.item.id,
    );
    const backward = rankOfferings(nightWanderingDa, [...twins].reverse()).map(
      (p) => p.item.id,
    );
    expect(forward).toEqual(['off-a', 'off-b', 'off-c']);
    expect(backward).toEqual(forward);
  });

  it('keeps the best `limit` and drops what scores below `minScore`', () => {
    const all = [...distractors(), doorSensorEn];
    expect(rankOfferings(nightWanderingDa, all, { limit: 2 })).toHaveLength(2);
    const strict = rankOfferings(nightWanderingDa, all, { minScore: 0.5 });
    expect(strict.map((p) => p.item.id)).toEqual(['off-en-door-sensor']);
  });
});

describe('rankNeeds', () => {
  it('finds the need on the same problem in another language, not the need itself', () => {
    const en = need({
      id: 'need-en-exit',
      title: 'Residents with dementia leave the nursing home at night',
      description:
        'Night staff cannot watch every corridor; residents wander and try the outer doors. We want discreet alerts.',
      careAreas: ['dementia'],
      settings: ['nursing-home'],
    });
    const other = need({
      id: 'need-en-meals',
      title: 'Hospital meals arrive cold on the wards',
      description:
        'Trolleys wait at the lifts and food is cold when patients get it; we want better meal logistics.',
      careAreas: ['nutrition', 'hospital-logistics'],
      settings: ['hospital-ward'],
    });
    const ranked = rankNeeds(nightWanderingDa, [other, nightWanderingDa, en]);
    expect(ranked.map((p) => p.item.id)).toEqual([
      'need-en-exit',
      'need-en-meals',
    ]);
    expect(codes(ranked[0].reasons)).toContain('text-overlap');
    expect(codes(ranked[0].reasons)).not.toContain('test-site-fit');
  });
});

describe('rankTestSites', () => {
  it('proposes organisations whose needs fit and who host tests, with their best need', () => {
    const host = organisation({
      id: 'org-host',
      testSite: { offered: true, settings: ['nursing-home'], capacity: 30 },
    });
    const otherHost = organisation({
      id: 'org-other',
      testSite: { offered: true, settings: ['school'], capacity: 200 },
    });
    const notHosting = organisation({ id: 'org-no-site' });
    const schoolNeed = need({
      id: 'need-school',
      title: 'Pupils skip school because of anxiety',
      description: 'Teachers notice absence too late.',
      careAreas: ['mental-health'],
      settings: ['school'],
      organisation: otherHost,
    });
    const proposals = rankTestSites(doorSensorEn, [
      { organisation: otherHost, needs: [schoolNeed] },
      {
        organisation: host,
        needs: [{ ...nightWanderingDa, organisation: host }],
      },
      {
        organisation: notHosting,
        needs: [
          {
            ...nightWanderingDa,
            id: 'need-x',
            testSiteOffered: false,
            organisation: notHosting,
          },
        ],
      },
    ]);
    expect(proposals.map((p) => p.organisation.id)).toEqual([
      'org-host',
      'org-other',
    ]);
    expect(proposals[0].need?.id).toBe('need-da-wandering');
    expect(proposals[0].reasons[0]).toEqual({
      code: 'test-site-setting',
      params: { settings: ['nursing-home'], capacity: 30 },
      text: 'Offers a test site in nursing home (capacity 30)',
    });
    for (const p of proposals) {
      expect(p.reasons.length).toBeGreaterThanOrEqual(MIN_REASONS);
      expect(p.reasons.length).toBeLessThanOrEqual(MAX_REASONS);
      expect(p.score).toBeGreaterThanOrEqual(0);
      expect(p.score).toBeLessThanOrEqual(1);
    }
  });

  it('uses the organisation itself when it has no need', () => {
    const site = organisation({
      id: 'org-site-only',
      careAreas: ['dementia'],
      testSite: { offered: true, settings: ['nursing-home'], capacity: 12 },
    });
    const [proposal] = rankTestSites(doorSensorEn, [
      { organisation: site, needs: [] },
    ]);
    expect(proposal.need).toBeNull();
    expect(proposal.score).toBeGreaterThan(0);
    expect(codes(proposal.reasons)).toContain('test-site-setting');
    expect(proposal.reasons.length).toBeGreaterThanOrEqual(MIN_REASONS);
  });
});

describe('prepare', () => {
  it('reads Danish compounds into concepts and keeps stems per language', () => {
    const profile = prepare(nightWanderingDa);
    expect(profile.language).toBe('da');
    expect([...profile.concepts.keys()]).toEqual(
      expect.arrayContaining([
        'lex:dementia',
        'lex:wandering',
        'lex:night',
        'lex:door-exit',
      ]),
    );
    expect(profile.minTrl).toBe(6);
    expect(profile.testSite).toBe(true);
  });

  it('detects the language when none is given', () => {
    const profile = prepare({ ...nightWanderingDa, language: null });
    expect(profile.language).toBe('da');
  });

  it('is deterministic', () => {
    const a = prepare(doorSensorEn);
    const b = prepare({ ...doorSensorEn });
    expect([...a.terms]).toEqual([...b.terms]);
    expect([...a.concepts]).toEqual([...b.concepts]);
  });
});

describe('region', () => {
  it('gives a small bonus to the same region, less to the same country', () => {
    const local = {
      ...doorSensorEn,
      id: 'off-local',
      organisation: company({
        country: 'DK',
        region: 'Region of Southern Denmark',
      }),
    };
    const national = {
      ...doorSensorEn,
      id: 'off-national',
      organisation: company({ country: 'DK', region: 'Capital Region' }),
    };
    const abroad = { ...doorSensorEn, id: 'off-abroad' };
    const ranked = rankOfferings(nightWanderingDa, [abroad, national, local]);
    expect(ranked.map((p) => p.item.id)).toEqual([
      'off-local',
      'off-national',
      'off-abroad',
    ]);
    expect(codes(ranked[0].reasons)).toContain('same-region');
  });
});

describe('ProfileCache', () => {
  it('prepares a record again only when what matching reads of it changes', () => {
    const cache = new ProfileCache(2);
    const first = cache.profileOf({ ...doorSensorEn });
    expect(cache.profileOf({ ...doorSensorEn })).toBe(first);
    const edited = cache.profileOf({ ...doorSensorEn, trl: 8 });
    expect(edited).not.toBe(first);
    expect(edited.trl).toBe(8);
    cache.profileOf({ ...nightWanderingDa });
    expect(cache.size).toBe(2);
    const ranked = rankOfferings(nightWanderingDa, [doorSensorEn], {
      profiles: cache,
    });
    expect(ranked[0].item.id).toBe('off-en-door-sensor');
  });
});
