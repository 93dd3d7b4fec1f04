import { MARKETPLACE_FACETS, type Need, type Offering, type Page } from '@opi/contracts';

import { aDataset, aNeed, anOffering, anOrganisation } from '../../test/factories/dataset.factory';
import { aUser } from '../../test/factories/accounts.factory';
import { createTestApp, type TestApp } from '../../test/test-app';
import { DatasetImportService } from '../dataset/dataset-import.service';

describe('searching needs and offerings', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
    await t.app.get(DatasetImportService).import(
      aDataset({
        organisations: [
          anOrganisation({ ref: 'org-aabenraa', name: 'Aabenraa Kommune', region: 'Region Syddanmark' }),
          anOrganisation({ ref: 'org-odense', name: 'Odense Kommune', region: 'Region Syddanmark' }),
          anOrganisation({ ref: 'org-gent', kind: 'hospital', name: 'UZ Gent', country: 'BE', region: 'Oost-Vlaanderen' }),
          anOrganisation({ ref: 'org-lyon', kind: 'hospital', name: 'Hospices Civils de Lyon', country: 'FR', region: 'Auvergne-Rhône-Alpes' }),
          anOrganisation({ ref: 'org-malmo', name: 'Malmö stad', country: 'SE', region: 'Skåne' }),
          anOrganisation({ ref: 'org-leeds', kind: 'hospital', name: 'Leeds Teaching Hospitals', country: 'GB', region: 'Yorkshire' }),
          anOrganisation({ ref: 'org-acme', kind: 'company', name: 'Acme Care' }),
          anOrganisation({ ref: 'org-uni', kind: 'knowledge_institution', name: 'Syddansk Universitet' }),
        ],
        needs: [
          aNeed('org-aabenraa', {
            ref: 'need-da',
            title: 'Beboere med demens vandrer om natten',
            description: 'Om natten forlader beboerne deres stuer på plejehjemmet, og personalet opdager det for sent.',
            language: 'da',
            minTrl: 6,
          }),
          aNeed('org-odense', {
            ref: 'need-da-2',
            title: 'Genoptræning efter hofteoperation i eget hjem',
            description: 'Borgerne træner for lidt derhjemme efter udskrivelsen <script>alert(1)</script> & mere.',
            careAreas: ['rehabilitation'],
            targetGroups: ['older-adults'],
            settings: ['home'],
            language: 'da',
            minTrl: 7,
            testSiteOffered: false,
          }),
          aNeed('org-gent', {
            ref: 'need-nl',
            title: 'Telemonitoring voor COPD-patiënten na ontslag',
            description: 'Patiënten met COPD worden vaak heropgenomen kort na hun ontslag uit de ziekenhuizen.',
            careAreas: ['copd', 'telehealth'],
            targetGroups: ['chronic-patients'],
            settings: ['home'],
            language: 'nl',
            minTrl: 7,
          }),
          aNeed('org-lyon', {
            ref: 'need-fr',
            title: 'Prévenir les chutes des patients âgés',
            description: 'Les chutes nocturnes des patients hospitalisés allongent les séjours.',
            careAreas: ['fall-prevention', 'elderly-care'],
            targetGroups: ['hospital-patients'],
            settings: ['hospital-ward'],
            language: 'fr',
            minTrl: 8,
          }),
          aNeed('org-malmo', {
            ref: 'need-sv',
            title: 'Digital tillsyn på natten i hemtjänsten',
            description: 'Hemtjänsten vill ersätta nattliga besök hos äldre med digitala tillsynsbesök via kamera.',
            careAreas: ['elderly-care', 'telehealth'],
            targetGroups: ['older-adults'],
            settings: ['home-care'],
            language: 'sv',
            minTrl: 8,
          }),
          aNeed('org-leeds', {
            ref: 'need-en',
            title: 'Patients wandering off the ward',
            description: 'Confused patients wander off wards at night; porters search for them for hours.',
            careAreas: ['dementia'],
            targetGroups: ['hospital-patients'],
            settings: ['hospital-ward'],
            language: 'en',
            minTrl: 7,
            testSiteOffered: false,
          }),
        ],
        offerings: [
          anOffering('org-acme', { ref: 'off-sensor', title: 'Bed sensor for night wandering', trl: 7 }),
          anOffering('org-uni', {
            ref: 'off-eval',
            title: 'Evaluering af velfærdsteknologi',
            description: 'Vi evaluerer velfærdsteknologi i kommuner med borgerinddragelse.',
            careAreas: ['elderly-care'],
            language: 'da',
            trl: undefined,
            seekingTestSite: false,
          }),
        ],
      }),
    );
  });

  afterAll(() => t.close());

  const needs = async (query: string) => (await t.http().get(`/api/needs?${query}`).expect(200)).body as Page<Need>;
  const refs = (page: Page<Need | Offering>) => page.items.map((i) => i.ref);

  it.each([
    ['da', 'plejehjem', 'need-da'], // "plejehjemmet" in the text
    ['da', 'vandrende beboer', 'need-da'], // "vandrer", "beboerne"
    ['nl', 'COPD ontslagen', 'need-nl'], // "ontslag"
    ['fr', 'chute nocturne', 'need-fr'], // "chutes nocturnes"
    ['sv', 'besök hemtjänst', 'need-sv'], // "besök", "hemtjänsten"
    ['en', 'wanders', 'need-en'], // "wander", "wandering"
  ])('finds the %s record by an inflected form: "%s"', async (_lang, q, ref) => {
    expect(refs(await needs(`q=${encodeURIComponent(q)}`))).toContain(ref);
  });

  it('ranks by relevance (title above description) and sorts by newest on request', async () => {
    const ranked = await needs('q=wandering');
    expect(ranked.items[0].ref).toBe('need-en');
    const newest = await needs('q=natten&sort=newest');
    const dates = newest.items.map((n) => n.createdAt);
    expect([...dates].sort().reverse()).toEqual(dates);
  });

  it('finds records by their organisation name, typos allowed', async () => {
    expect(refs(await needs('q=Aabenraa%20Komune'))).toEqual(['need-da']);
    // Sharing "Kommune" is not enough.
    expect(refs(await needs('q=Odense%20Kommune'))).toEqual(['need-da-2']);
  });

  it('answers a query of stop words or punctuation without an error', async () => {
    expect((await needs('q=the%20and')).total).toBe(0);
    expect((await needs(`q=${encodeURIComponent('"( | & !')}`)).total).toBe(0);
  });

  it('returns escaped snippets with the matches marked', async () => {
    const page = await needs('q=udskrivelsen');
    expect(page.items).toHaveLength(1);
    const snippet = page.items[0].snippet!;
    expect(snippet).toContain('<mark>udskrivelsen</mark>');
    // ts_headline drops markup; what remains is escaped.
    expect(snippet).toContain('&amp; mere');
    expect(snippet).not.toContain('<script>');
    expect((await needs('')).items[0]).not.toHaveProperty('snippet');
  });

  it('counts every facet value so that choosing it gives exactly that many results', async () => {
    const withWords = ['q=natten', 'q=patients', 'q=patients&country=FR', 'q=natten&testSite=true&careArea=elderly-care'];
    for (const base of ['', 'careArea=elderly-care', 'country=DK&testSite=true', ...withWords]) {
      const page = await needs(base);
      expect(Object.keys(page.facets!).sort()).toEqual([...MARKETPLACE_FACETS].sort());
      for (const facet of MARKETPLACE_FACETS) {
        for (const { value, count } of page.facets![facet]) {
          const params = new URLSearchParams(base);
          params.set(facet, value);
          const chosen = await needs(params.toString());
          expect({ base, facet, value, total: chosen.total }).toEqual({ base, facet, value, total: count });
        }
      }
    }
  });

  it('facets by organisation kind, country, region, TRL and test site', async () => {
    const page = await needs('');
    expect(page.facets!['organisationKind']).toEqual(
      expect.arrayContaining([{ value: 'municipality', count: 3 }, { value: 'hospital', count: 3 }]),
    );
    expect(page.facets!['country']).toContainEqual({ value: 'DK', count: 2 });
    expect(page.facets!['region']).toContainEqual({ value: 'Region Syddanmark', count: 2 });
    expect(page.facets!['trl']).toContainEqual({ value: '7', count: 3 });
    expect(page.facets!['testSite']).toEqual([{ value: 'true', count: 4 }, { value: 'false', count: 2 }]);
    expect(refs(await needs('trl=8&country=SE'))).toEqual(['need-sv']);
    const offerings = (await t.http().get('/api/offerings?organisationKind=knowledge_institution').expect(200)).body as Page<Offering>;
    expect(refs(offerings)).toEqual(['off-eval']);
  });

  it('rejects unknown filter values with 400 naming the parameter', async () => {
    for (const [query, field] of [
      ['trl=10', 'trl'],
      ['country=denmark', 'country'],
      ['organisationKind=club', 'organisationKind'],
      ['testSite=maybe', 'testSite'],
      ['sort=random', 'sort'],
    ]) {
      const res = await t.http().get(`/api/needs?${query}`).expect(400);
      expect(res.body.message.join(' ')).toContain(field);
    }
  });

  it('exports the search results as CSV', async () => {
    const res = await t.http().get('/api/needs/export.csv?country=DK').expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    expect(res.headers['content-disposition']).toContain('opi-needs.csv');
    const text = res.text;
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = text.trim().split('\n');
    expect(lines[0]).toContain('id,ref,title,organisation,organisation_kind,country');
    expect(lines).toHaveLength(3);
    expect(text).toContain('Beboere med demens vandrer om natten');
    const offerings = await t.http().get('/api/offerings/export.csv').expect(200);
    expect(offerings.text).toContain('trl,seeking_test_site,ce_class,evidence');
  });

  // Last: it changes organisations.
  it("follows its organisation's country and publication (copied onto the records)", async () => {
    const countries = async () => ((await t.http().get('/api/needs').expect(200)).body as Page<Need>).facets!.country.map((f) => f.value);
    expect(await countries()).toContain('SE');

    await t.dataSource.query("UPDATE organisations SET country = 'NO', region = 'Vestland' WHERE ref = 'org-gent'");
    expect(refs((await t.http().get('/api/needs?country=NO&region=Vestland').expect(200)).body)).toEqual(['need-nl']);

    const admin = await aUser(t, 'admin');
    const [{ id: malmo }] = await t.dataSource.query("SELECT id FROM organisations WHERE ref = 'org-malmo'");
    await t.http().post(`/api/admin/organisations/${malmo}/unpublish`).set(admin.auth).expect(204);
    expect((await t.http().get('/api/needs?country=SE').expect(200)).body.total).toBe(0);
    expect(await countries()).not.toContain('SE');
  });
});
