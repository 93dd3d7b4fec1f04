import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { createTestApp, type TestApp } from '../test/test-app';

describe('the application shell', () => {
  let t: TestApp;
  let webDist: string;

  beforeAll(async () => {
    webDist = mkdtempSync(join(tmpdir(), 'opi-web-'));
    writeFileSync(join(webDist, 'index.html'), '<!doctype html><title>OPI</title><opi-root></opi-root>');
    writeFileSync(join(webDist, 'main.js'), 'console.log(1)');
    t = await createTestApp({ webDist });
  });

  afterAll(async () => {
    await t.close();
    rmSync(webDist, { recursive: true, force: true });
  });

  it('serves the portal at / and its files', async () => {
    const home = await t.http().get('/').expect(200);
    expect(home.text).toContain('<opi-root>');
    await t.http().get('/main.js').expect(200);
  });

  it('falls back to index.html for client-side routes, keeping their query', async () => {
    const res = await t.http().get('/needs?q=dementia').expect(200);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.text).toContain('<opi-root>');
  });

  it('keeps JSON 404s for unknown API paths and missing files', async () => {
    const api = await t.http().get('/api/nothing-here').expect(404);
    expect(api.body).toMatchObject({ statusCode: 404 });
    await t.http().get('/missing.js').expect(404);
  });

  it('publishes the OpenAPI document', async () => {
    const res = await t.http().get('/api/docs-json').expect(200);
    expect(Object.keys(res.body.paths)).toEqual(
      expect.arrayContaining(['/api/needs', '/api/offerings', '/api/organisations', '/api/health']),
    );
    await t.http().get('/api/docs').expect(200);
  });

  it('sends security headers', async () => {
    const res = await t.http().get('/api/health');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });
});
