import type { TagSuggestions } from '@opi/contracts';

import { createTestApp, type TestApp } from '../../test/test-app';

describe('POST /api/taxonomy/suggestions', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });

  afterAll(() => t.close());

  const codes = (s: TagSuggestions) => ({
    careAreas: s.careAreas.map((c) => c.code),
    targetGroups: s.targetGroups.map((c) => c.code),
    settings: s.settings.map((c) => c.code),
  });

  it('reads a Danish need, language detected, and says which words point to each tag', async () => {
    const res = await t
      .http()
      .post('/api/taxonomy/suggestions')
      .send({ text: 'Beboere med demens vandrer om natten på plejehjemmet, og nattevagterne opdager det for sent.' })
      .expect(200);
    const body = res.body as TagSuggestions;
    expect(body.language).toBe('da');
    expect(codes(body).careAreas).toContain('dementia');
    expect(codes(body).settings).toContain('nursing-home');
    const dementia = body.careAreas.find((c) => c.code === 'dementia')!;
    expect(dementia.matched.map((w) => w.toLowerCase())).toContain('demens');
    expect(dementia.score).toBeGreaterThan(0);
    expect(dementia.score).toBeLessThanOrEqual(1);
  });

  it('reads Dutch and French when told the language', async () => {
    const nl = await t.http().post('/api/taxonomy/suggestions').send({ text: 'Thuiszorg voor ouderen met COPD: telemonitoring na ontslag uit het ziekenhuis.', language: 'nl' }).expect(200);
    expect(codes(nl.body).careAreas).toEqual(expect.arrayContaining(['copd']));
    const fr = await t.http().post('/api/taxonomy/suggestions').send({ text: 'Prévenir les chutes des personnes âgées à domicile grâce à un capteur.', language: 'fr' }).expect(200);
    expect(codes(fr.body).careAreas).toContain('fall-prevention');
  });

  it('suggests nothing for text about nothing in particular', async () => {
    const res = await t.http().post('/api/taxonomy/suggestions').send({ text: 'Hello, we would like to talk.' }).expect(200);
    expect(codes(res.body)).toEqual({ careAreas: [], targetGroups: [], settings: [] });
  });

  it('rejects bad input naming the field', async () => {
    const tooLong = await t.http().post('/api/taxonomy/suggestions').send({ text: 'x'.repeat(20_001) }).expect(400);
    expect(tooLong.body.message.join(' ')).toContain('text');
    const language = await t.http().post('/api/taxonomy/suggestions').send({ text: 'demens', language: 'xx' }).expect(400);
    expect(language.body.message.join(' ')).toContain('language');
    await t.http().post('/api/taxonomy/suggestions').send({}).expect(400);
  });
});
