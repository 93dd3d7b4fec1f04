import type { Need, Page } from '@opi/contracts';

import { aDataset, aNeed, anOffering, anOrganisation } from '../../test/factories/dataset.factory';
import { createTestApp, type TestApp } from '../../test/test-app';
import { DatasetImportService } from '../dataset/dataset-import.service';

describe('GET /api/needs', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
    const aabenraa = anOrganisation({ ref: 'org-aabenraa', name: 'Aabenraa Kommune', region: 'Region Syddanmark' });
    const gent = anOrganisation({ ref: 'org-gent', kind: 'hospital', name: 'UZ Gent', country: 'BE', region: 'Oost-Vlaanderen' });
    const company = anOrganisation({ ref: 'org-acme', kind: 'company', name: 'Acme Care' });
    await t.app.get(DatasetImportService).import(
      aDataset({
        organisations: [aabenraa, gent, company],
        needs: [
          aNeed('org-aabenraa', {
            ref: 'need-night',
            title: 'Beboere med demens vandrer om natten',
            description: 'Om natten vandrer beboerne rundt på plejecentret, og personalet opdager det for sent.',
            language: 'da',
          }),
          aNeed('org-gent', {
            ref: 'need-copd',
            title: 'Telemonitoring voor COPD-patiënten na ontslag',
            description: 'Patiënten met COPD worden vaak heropgenomen kort na ontslag uit het ziekenhuis.',
            careAreas: ['copd', 'telehealth'],
            targetGroups: ['chronic-patients'],
            settings: ['home'],
            language: 'nl',
          }),
        ],
        offerings: [anOffering('org-acme')],
      }),
    );
  });

  afterAll(() => t.close());

  it('lists published needs with their organisation, in the list envelope', async () => {
    const res = await t.http().get('/api/needs').expect(200);
    const body = res.body as Page<Need>;
    expect(body).toMatchObject({ total: 2, page: 1, pageSize: 20 });
    expect(body.items.map((n) => n.ref).sort()).toEqual(['need-copd', 'need-night']);
    const night = body.items.find((n) => n.ref === 'need-night')!;
    expect(night.organisation).toMatchObject({ name: 'Aabenraa Kommune', kind: 'municipality', country: 'DK' });
    expect(night).not.toHaveProperty('search');
  });

  it('filters by ref, care area, target group, setting and region', async () => {
    const byRef = await t.http().get('/api/needs?ref=need-copd').expect(200);
    expect(byRef.body.items.map((n: Need) => n.ref)).toEqual(['need-copd']);
    const byArea = await t.http().get('/api/needs?careArea=telehealth').expect(200);
    expect(byArea.body.total).toBe(1);
    const byGroup = await t.http().get('/api/needs?targetGroup=people-with-dementia').expect(200);
    expect(byGroup.body.items.map((n: Need) => n.ref)).toEqual(['need-night']);
    const bySetting = await t.http().get('/api/needs?setting=home').expect(200);
    expect(bySetting.body.items.map((n: Need) => n.ref)).toEqual(['need-copd']);
    const byRegion = await t.http().get('/api/needs?region=Oost-Vlaanderen').expect(200);
    expect(byRegion.body.items.map((n: Need) => n.ref)).toEqual(['need-copd']);
  });

  it('finds a Danish need by another inflected form and a Dutch one by its words', async () => {
    const da = await t.http().get('/api/needs').query({ q: 'vandre' }).expect(200);
    expect(da.body.items.map((n: Need) => n.ref)).toEqual(['need-night']);
    const nl = await t.http().get('/api/needs').query({ q: 'ziekenhuis' }).expect(200);
    expect(nl.body.items.map((n: Need) => n.ref)).toEqual(['need-copd']);
  });

  it('pages', async () => {
    const first = await t.http().get('/api/needs?pageSize=1&page=1').expect(200);
    const second = await t.http().get('/api/needs?pageSize=1&page=2').expect(200);
    expect(first.body.total).toBe(2);
    expect(first.body.items).toHaveLength(1);
    expect(second.body.items[0].id).not.toBe(first.body.items[0].id);
  });

  it.each([
    ['pageSize=1000', 'pageSize'],
    ['page=0', 'page'],
    ['page=abc', 'page'],
    ['careArea=astrology', 'careArea'],
    ['unknown=1', 'unknown'],
  ])('rejects ?%s with a 400 naming %s', async (query, field) => {
    const res = await t.http().get(`/api/needs?${query}`).expect(400);
    expect(res.body.statusCode).toBe(400);
    expect(JSON.stringify(res.body.message)).toContain(field);
  });
});
