import type { Offering } from '@opi/contracts';

import { aDataset, anOffering, anOrganisation } from '../../test/factories/dataset.factory';
import { createTestApp, type TestApp } from '../../test/test-app';
import { DatasetImportService } from '../dataset/dataset-import.service';

describe('GET /api/offerings and /api/organisations', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
    await t.app.get(DatasetImportService).import(
      aDataset({
        organisations: [
          anOrganisation({ ref: 'org-acme', kind: 'company', name: 'Acme Care', country: 'NL', region: 'Utrecht' }),
          anOrganisation({ ref: 'org-lab', kind: 'knowledge_institution', name: 'Welfare Tech Lab', country: 'SE' }),
        ],
        offerings: [
          anOffering('org-acme', { ref: 'off-mat', title: 'Sensormat die valpartijen meldt', language: 'nl', trl: 8 }),
          anOffering('org-lab', { ref: 'off-eval', title: 'Evaluation of welfare technology pilots', trl: 9, careAreas: ['elderly-care'] }),
        ],
      }),
    );
  });

  afterAll(() => t.close());

  it('lists offerings with their own fields', async () => {
    const res = await t.http().get('/api/offerings?ref=off-mat').expect(200);
    expect(res.body.total).toBe(1);
    const mat = res.body.items[0] as Offering;
    expect(mat).toMatchObject({ ref: 'off-mat', trl: 8, seekingTestSite: true, language: 'nl' });
    expect(mat.organisation).toMatchObject({ name: 'Acme Care', kind: 'company' });
  });

  it('finds a Dutch offering by an inflected form', async () => {
    // "valpartij" (singular) finds "valpartijen" through Dutch stemming.
    const res = await t.http().get('/api/offerings').query({ q: 'valpartij' }).expect(200);
    expect(res.body.items.map((o: Offering) => o.ref)).toEqual(['off-mat']);
  });

  it('lists organisations, filterable by kind and country', async () => {
    const all = await t.http().get('/api/organisations').expect(200);
    expect(all.body.total).toBe(2);
    const labs = await t.http().get('/api/organisations?kind=knowledge_institution').expect(200);
    expect(labs.body.items.map((o: { name: string }) => o.name)).toEqual(['Welfare Tech Lab']);
    const nl = await t.http().get('/api/organisations?country=NL').expect(200);
    expect(nl.body.items.map((o: { name: string }) => o.name)).toEqual(['Acme Care']);
    const bad = await t.http().get('/api/organisations?country=nl&kind=shop').expect(400);
    expect(JSON.stringify(bad.body.message)).toMatch(/country.*kind|kind.*country/);
  });
});
