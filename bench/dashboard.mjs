// Seeds 100,000 partnership-history rows (20,000 partnerships through the pipeline, with parties,
// interests and evaluations) and prints p50/p95 of GET /api/dashboard for typical filters.
// Run: npm run bench   — or, after `npx nx build api`: node bench/dashboard.mjs
import pg from 'pg';

import { generateDataset } from './lib/generate-dataset.mjs';
import { formatPercentiles, percentiles } from './lib/percentiles.mjs';
import { settle } from './lib/profiles.mjs';
import { ADMIN, startApi } from './lib/server.mjs';

const sizes = { organisations: 2000, needs: 20000, offerings: 20000 };
const PARTNERSHIPS = 20000;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 40);

const api = await startApi({ name: 'bench-dashboard', port: 3202 });
try {
  const dataset = generateDataset(sizes);
  const res = await fetch(`${api.base}/api/dataset/import`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...api.auth },
    body: JSON.stringify(dataset),
  });
  if (!res.ok) throw new Error(`import: HTTP ${res.status} ${(await res.text()).slice(0, 300)}`);
  // Measured once the API and the database are idle again (see `settle`).
  await settle(api);

  const started = performance.now();
  const db = new pg.Client({ connectionString: api.databaseUrl() });
  db.on('error', () => undefined);
  await db.connect();
  // Partnerships between a need's and an offering's organisations, created over two years; each
  // walks the pipeline a random number of steps (a few days to a few months per stage).
  await db.query(`
    CREATE TEMP TABLE seed AS
    SELECT gen_random_uuid() AS id, n.id AS need_id, n.organisation_id AS need_org, o.id AS offering_id, o.organisation_id AS offering_org,
           now() - (random() * interval '730 days') AS created, 1 + floor(random() * 7)::int AS steps
      FROM (SELECT id, organisation_id, row_number() OVER (ORDER BY random()) AS k FROM needs LIMIT ${PARTNERSHIPS}) n
      JOIN (SELECT id, organisation_id, row_number() OVER (ORDER BY random()) AS k FROM offerings LIMIT ${PARTNERSHIPS}) o ON o.k = n.k
     WHERE n.organisation_id <> o.organisation_id`);
  const stages = ['proposed', 'introduced', 'exploring', 'agreement', 'testing', 'evaluation', 'scaling', 'closed'];
  await db.query(`
    INSERT INTO partnerships (id, title, stage, need_id, offering_id, note, last_activity_at, created_at, outcome, close_reason, version)
    SELECT id, 'Partnership ' || left(id::text, 8), ($1::text[])[1 + steps], need_id, offering_id, 'Seeded', created, created,
           CASE WHEN steps = 7 THEN (CASE WHEN random() < 0.7 THEN 'succeeded' ELSE 'stopped' END) END,
           CASE WHEN steps = 7 THEN 'Seeded' END, 1
      FROM seed`, [stages]);
  await db.query(`
    INSERT INTO partnership_parties (partnership_id, organisation_id, consent_at)
    SELECT id, need_org, created FROM seed UNION ALL SELECT id, offering_org, created FROM seed`);
  // One event per stage entered: created + one per step (≈ 100,000 rows).
  await db.query(`
    INSERT INTO partnership_events (partnership_id, kind, at, from_stage, to_stage, text)
    SELECT s.id, CASE WHEN g = 0 THEN 'created' ELSE 'stage' END,
           s.created + (g * (3 + random() * 40)) * interval '1 day',
           CASE WHEN g = 0 THEN NULL ELSE ($1::text[])[g] END, ($1::text[])[g + 1], NULL
      FROM seed s CROSS JOIN LATERAL generate_series(0, s.steps) g`, [stages]);
  // When each stay ended: the next stage event (as the API records it).
  await db.query(`
    UPDATE partnership_events e SET left_at = x.next
      FROM (SELECT id, lead(at) OVER (PARTITION BY partnership_id ORDER BY at) AS next FROM partnership_events WHERE to_stage IS NOT NULL) x
     WHERE x.id = e.id AND x.next IS NOT NULL`);
  await db.query(`
    INSERT INTO partnership_evaluations (partnership_id, organisation_id, benefits, implemented, at)
    SELECT s.id, s.need_org,
           (SELECT array_agg(b) FROM unnest($1::text[]) b WHERE random() < 0.4), random() < 0.5, s.created + interval '200 days'
      FROM seed s WHERE s.steps = 7`,
    [['new-knowledge', 'product-validated', 'public-customer-access', 'better-quality-for-citizens', 'staff-time-saved', 'follow-up-projects']]);
  await db.query(`
    INSERT INTO interests (from_organisation_id, to_organisation_id, subject_type, subject_id, target_type, target_id, message, status, created_at)
    SELECT offering_org, need_org, 'offering', offering_id, 'need', need_id, 'Seeded interest', 'accepted', created FROM seed
    UNION ALL
    SELECT offering_org, need_org, 'offering', offering_id, 'need', need_id, 'Seeded interest', 'declined', created FROM seed WHERE random() < 0.5`);
  await db.query('VACUUM (ANALYZE) partnerships, partnership_parties, partnership_events, partnership_evaluations, interests');
  const [{ events }] = (await db.query('SELECT count(*)::int AS events FROM partnership_events')).rows;
  const [{ count }] = (await db.query('SELECT count(*)::int AS count FROM partnerships')).rows;
  await db.end();
  console.log(`dashboard: ${count} partnerships, ${events} history rows seeded in ${((performance.now() - started) / 1000).toFixed(1)} s`);

  const login = await fetch(`${api.base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(ADMIN) });
  const auth = { Authorization: `Bearer ${(await login.json()).accessToken}` };
  const regions = [...new Set(dataset.organisations.map((o) => o.region).filter(Boolean))];
  const pick = (list, i) => list[i % list.length];
  const queries = {
    'last year, no filter': () => '/api/dashboard',
    'two years': () => '/api/dashboard?from=2024-11-01',
    'care area': (i) => `/api/dashboard?careArea=${pick(['dementia', 'diabetes', 'elderly-care', 'telehealth'], i)}`,
    region: (i) => `/api/dashboard?region=${encodeURIComponent(pick(regions, i))}`,
    'care area + region + period': (i) => `/api/dashboard?careArea=dementia&region=${encodeURIComponent(pick(regions, i))}&from=2025-06-01&to=2026-06-30`,
    'CSV of the funnel': () => '/api/dashboard/funnel.csv',
  };
  for (const make of Object.values(queries)) for (let i = 0; i < 3; i++) await fetch(api.base + make(i), { headers: auth });
  const all = [];
  for (const [name, make] of Object.entries(queries)) {
    const times = [];
    for (let i = 0; i < ROUNDS; i++) {
      const t0 = performance.now();
      const r = await fetch(api.base + make(i), { headers: auth });
      await r.text();
      times.push(performance.now() - t0);
      if (!r.ok) throw new Error(`${make(i)}: HTTP ${r.status}`);
    }
    all.push(...times);
    console.log(`  ${name.padEnd(32)} ${formatPercentiles(percentiles(times))}`);
  }
  console.log(`  ${'all queries'.padEnd(32)} ${formatPercentiles(percentiles(all))}  (target p95 ≤ 100 ms)`);
} finally {
  await api.stop();
}
