import { aUser } from '../../test/factories/accounts.factory';
import { createTestApp, type TestApp } from '../../test/test-app';

describe('the OPI guide API', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });

  afterAll(() => t.close());

  it('gives the table of contents: five phases first, translated in Dutch, English fallbacks marked', async () => {
    const res = await t.http().get('/api/guide?lang=nl').expect(200);
    expect(res.body.lang).toBe('nl');
    const entries = res.body.entries as Array<{ slug: string; kind: string; phase?: number; lang: string; fallback: boolean; title: string }>;
    expect(entries.slice(0, 5).map((e) => e.phase)).toEqual([1, 2, 3, 4, 5]);
    expect(entries.slice(0, 5).every((e) => e.lang === 'nl' && !e.fallback)).toBe(true);
    expect(entries.find((e) => e.slug === 'phase-3-innovation-and-test')?.title).toBe('Fase 3: Innovatie en test');
    const gdpr = entries.find((e) => e.slug === 'gdpr');
    expect(gdpr).toMatchObject({ kind: 'topic', lang: 'en', fallback: true });
  });

  it('gives a page with its checklists per role, and falls back to English marking it', async () => {
    const phase = await t.http().get('/api/guide/pages/phase-3-innovation-and-test?lang=da').expect(200);
    expect(phase.body).toMatchObject({ slug: 'phase-3-innovation-and-test', lang: 'da', requestedLang: 'da', fallback: false, phase: 3 });
    expect(phase.body.checklists.map((c: { role: string }) => c.role)).toEqual(['company', 'public', 'knowledge']);
    expect(phase.body.checklists[0].items[0].id).toBe('phase-3-innovation-and-test:company:1');

    const topic = await t.http().get('/api/guide/pages/state-aid?lang=fr').expect(200);
    expect(topic.body).toMatchObject({ lang: 'en', requestedLang: 'fr', fallback: true });
    await t.http().get('/api/guide/pages/no-such-page?lang=en').expect(404);
    const badLang = await t.http().get('/api/guide?lang=xx').expect(400);
    expect(JSON.stringify(badLang.body.message)).toContain('lang');
  });

  it('offers a page as a Markdown file to download', async () => {
    const res = await t.http().get('/api/guide/pages/test-plan/download?lang=nl').expect(200);
    expect(res.headers['content-type']).toMatch(/text\/markdown/);
    expect(res.headers['content-disposition']).toBe('attachment; filename="test-plan.en.md"');
    expect(res.text).toMatch(/^# .+\n\n/);
  });

  it('searches in the reader language with stemming: a Danish inflected form finds the Danish pages', async () => {
    const res = await t.http().get('/api/guide/search').query({ q: 'udbuddet', lang: 'da' }).expect(200);
    const hits = res.body.items as Array<{ slug: string; lang: string; snippet: string }>;
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => h.lang === 'da' || h.lang === 'en')).toBe(true);
    expect(hits.some((h) => h.lang === 'da' && h.slug.startsWith('phase-'))).toBe(true);
    expect(hits[0].snippet).toMatch(/<mark>/);

    const nl = await t.http().get('/api/guide/search').query({ q: 'aanbesteding', lang: 'nl' }).expect(200);
    expect(nl.body.items.some((h: { slug: string; lang: string }) => h.lang === 'nl')).toBe(true);
  });

  it('keeps ticks per signed-in reader and project; refuses unknown items and signed-out readers', async () => {
    const reader = await aUser(t, 'public_staff');
    const item = 'phase-3-innovation-and-test:public:2';
    await t.http().put(`/api/guide/ticks/${item}`).expect(401);
    await t.http().put(`/api/guide/ticks/${item}?project=Fall%20sensors`).set(reader.auth).expect(204);
    await t.http().put(`/api/guide/ticks/${item}?project=Fall%20sensors`).set(reader.auth).expect(204);
    await t.http().put('/api/guide/ticks/phase-3-innovation-and-test:public:999').set(reader.auth).expect(404);
    const mine = await t.http().get('/api/guide/ticks?project=Fall%20sensors').set(reader.auth).expect(200);
    expect(mine.body).toEqual({ project: 'Fall sensors', itemIds: [item] });
    const other = await t.http().get('/api/guide/ticks').set(reader.auth).expect(200);
    expect(other.body.itemIds).toEqual([]);
    await t.http().delete(`/api/guide/ticks/${item}?project=Fall%20sensors`).set(reader.auth).expect(204);
    const after = await t.http().get('/api/guide/ticks?project=Fall%20sensors').set(reader.auth).expect(200);
    expect(after.body.itemIds).toEqual([]);
  });
});
