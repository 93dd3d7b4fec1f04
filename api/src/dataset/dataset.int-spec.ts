import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { OpiDataset } from '@opi/dataset';

import { aUser, type TestUser } from '../../test/factories/accounts.factory';
import { aDataset, aNeed, anOrganisation } from '../../test/factories/dataset.factory';
import { createTestApp, type TestApp } from '../../test/test-app';

const matchingDev = JSON.parse(
  readFileSync(join(process.cwd(), 'libs/dataset/testdata/matching-dev.json'), 'utf8'),
) as OpiDataset;

describe('dataset import and export', () => {
  let t: TestApp;
  let manager: TestUser;

  const counts = async () => {
    const [row] = await t.dataSource.query(`SELECT
      (SELECT count(*)::int FROM organisations) AS organisations,
      (SELECT count(*)::int FROM needs) AS needs,
      (SELECT count(*)::int FROM offerings) AS offerings`);
    return row;
  };
  const fingerprint = async () =>
    (await t.dataSource.query(`SELECT md5(string_agg(x::text, '|' ORDER BY x.id)) AS h FROM (
        SELECT id, ref, version, updated_at FROM organisations UNION ALL
        SELECT id, ref, version, updated_at FROM needs UNION ALL
        SELECT id, ref, version, updated_at FROM offerings) x`))[0].h;

  beforeAll(async () => {
    t = await createTestApp();
    manager = await aUser(t, 'cluster_manager');
  });

  afterAll(() => t.close());

  it('reports what an import would do on a dry run, and writes nothing', async () => {
    const res = await t.http().post('/api/dataset/import?dryRun=true').set(manager.auth).send(matchingDev).expect(200);
    expect(res.body).toEqual({
      dryRun: true,
      organisations: 31,
      needs: 30,
      offerings: 70,
      changes: {
        organisations: { created: 31, updated: 0, unchanged: 0 },
        needs: { created: 30, updated: 0, unchanged: 0 },
        offerings: { created: 70, updated: 0, unchanged: 0 },
      },
    });
    expect(await counts()).toEqual({ organisations: 0, needs: 0, offerings: 0 });
    expect(await t.dataSource.query(`SELECT 1 FROM audit_log WHERE action = 'dataset.import'`)).toHaveLength(0);
    await t.http().post('/api/dataset/import?dryRun=perhaps').set(manager.auth).send(matchingDev).expect(400);
  });

  it('imports matching-dev.json for a cluster manager, and a second import changes nothing', async () => {
    const res = await t.http().post('/api/dataset/import').set(manager.auth).send(matchingDev).expect(200);
    expect(res.body).toMatchObject({ dryRun: false, organisations: 31, needs: 30, offerings: 70 });
    expect(res.body.changes.needs).toEqual({ created: 30, updated: 0, unchanged: 0 });
    expect(await counts()).toEqual({ organisations: 31, needs: 30, offerings: 70 });

    const before = await fingerprint();
    const again = await t.http().post('/api/dataset/import').set(manager.auth).send(matchingDev).expect(200);
    expect(again.body.changes).toEqual({
      organisations: { created: 0, updated: 0, unchanged: 31 },
      needs: { created: 0, updated: 0, unchanged: 30 },
      offerings: { created: 0, updated: 0, unchanged: 70 },
    });
    expect(await counts()).toEqual({ organisations: 31, needs: 30, offerings: 70 });
    expect(await fingerprint()).toBe(before);

    const edited = { ...matchingDev, needs: matchingDev.needs.map((n, i) => (i === 0 ? { ...n, title: `${n.title} (revised)` } : n)) };
    const dry = await t.http().post('/api/dataset/import?dryRun=true').set(manager.auth).send(edited).expect(200);
    expect(dry.body.changes.needs).toEqual({ created: 0, updated: 1, unchanged: 29 });
    expect(await fingerprint()).toBe(before);

    const byRef = await t.http().get('/api/needs?ref=need-vestby-night-wandering').expect(200);
    expect(byRef.body.items).toHaveLength(1);
    expect(byRef.body.items[0].ref).toBe('need-vestby-night-wandering');
  });

  it('rejects a broken document whole, listing every problem by its path, writing nothing', async () => {
    const before = await counts();
    const broken = {
      ...matchingDev,
      needs: [
        { ...matchingDev.needs[0], ref: 'need-new-one', minTrl: 12 },
        { ...matchingDev.needs[1], ref: 'need-new-two', organisationRef: 'org-does-not-exist' },
      ],
      offerings: [{ ...matchingDev.offerings[0], ref: 'off-new', careAreas: ['astrology'] }],
    };
    const res = await t.http().post('/api/dataset/import').set(manager.auth).send(broken).expect(400);
    const paths = (res.body.problems as Array<{ path: string }>).map((p) => p.path);
    expect(paths).toEqual(expect.arrayContaining(['$.needs[0].minTrl', '$.needs[1].organisationRef']));
    expect(paths.some((p) => p.startsWith('$.offerings[0].careAreas'))).toBe(true);
    expect(res.body.message.length).toBe(res.body.problems.length);
    expect(await counts()).toEqual(before);
  });

  it('lets only admins and cluster managers import', async () => {
    const entrepreneur = await aUser(t, 'entrepreneur');
    await t.http().post('/api/dataset/import').set(entrepreneur.auth).send(aDataset()).expect(403);
    await t.http().post('/api/dataset/import').send(aDataset()).expect(401);
  });

  it('detects the language of a record that does not give one', async () => {
    await t.http().post('/api/dataset/import').set(manager.auth).send(
      aDataset({
        organisations: [anOrganisation({ ref: 'org-lang-test' })],
        needs: [
          {
            ...aNeed('org-lang-test', { ref: 'need-no-language' }),
            language: undefined,
            title: 'Beboere der falder om natten',
            description: 'Om natten falder beboerne på plejecentret, og personalet opdager det først på næste runde.',
          },
        ],
      }),
    ).expect(200);
    const res = await t.http().get('/api/needs?ref=need-no-language').expect(200);
    expect(res.body.items[0].language).toBe('da');
  });

  it('exports what is published; the export imports into an empty database as the same data', async () => {
    const exported = (await t.http().get('/api/dataset/export').expect(200)).body as OpiDataset;
    expect(exported.format).toBe('opi-dataset/v1');
    expect(exported.needs.length).toBe((await counts()).needs);

    const fresh = await createTestApp();
    try {
      const admin = await aUser(fresh, 'admin');
      await fresh.http().post('/api/dataset/import').set(admin.auth).send(exported).expect(200);
      const again = (await fresh.http().get('/api/dataset/export').expect(200)).body as OpiDataset;
      expect(again).toEqual(exported);
    } finally {
      await fresh.close();
    }
  });
});
