// Seeds 100,000 needs + offerings and prints search latency (p50/p95/p99) for typical queries with facets.
// Run: npm run bench   (builds the API first) — or, after a build: node bench/search.mjs
import { generateDataset } from './lib/generate-dataset.mjs';
import { formatPercentiles, percentiles } from './lib/percentiles.mjs';
import { settle } from './lib/profiles.mjs';
import { startApi } from './lib/server.mjs';

const sizes = { organisations: 4000, needs: 40000, offerings: 60000 };
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 60);

const api = await startApi({ name: 'bench-search' });
try {
  const dataset = generateDataset(sizes);
  // Two requests keep each body under the API's 50 MB limit; the organisations go in both (unchanged the second time).
  const started = performance.now();
  for (const part of [{ needs: dataset.needs, offerings: [] }, { needs: [], offerings: dataset.offerings }]) {
    const res = await fetch(`${api.base}/api/dataset/import`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...api.auth },
      body: JSON.stringify({ ...dataset, ...part }),
    });
    if (!res.ok) throw new Error(`import: HTTP ${res.status} ${(await res.text()).slice(0, 300)}`);
  }
  const seeded = (performance.now() - started) / 1000;
  console.log(`search: ${sizes.needs} needs + ${sizes.offerings} offerings (${sizes.organisations} organisations) seeded in ${seeded.toFixed(1)} s`);
  // Measured once the API and the database are idle again (see `settle`).
  const { profileSeconds, vacuumSeconds } = await settle(api);
  console.log(
    `  settled: matching profiles prepared in ${profileSeconds.toFixed(1)} s, then vacuumed in ${vacuumSeconds.toFixed(1)} s (the figures below are taken after)`,
  );

  const publicNames = dataset.organisations.filter((o) => o.kind === 'municipality' || o.kind === 'hospital').map((o) => o.name);
  const typo = (name) => name.slice(0, 3) + name.slice(4); // one letter dropped

  // Typical queries a visitor makes: words in each language, often with a facet or two.
  const pick = (list, i) => list[i % list.length];
  const queries = {
    'browse needs, no words (facets over all)': () => '/api/needs',
    'browse offerings page 3, newest': () => '/api/offerings?page=3&sort=newest',
    'one word, da': (i) => `/api/needs?q=${pick(['demens', 'hjemmepleje', 'genoptræning', 'ensomhed', 'vagtplan'], i)}`,
    'two words, en': (i) => `/api/offerings?q=${encodeURIComponent(pick(['night sensor', 'fall alarm', 'video visit', 'heart failure', 'discharge planning'], i))}`,
    'word + care area, nl': (i) => `/api/needs?q=${pick(['dementie', 'thuiszorg', 'eenzaamheid'], i)}&careArea=${pick(['dementia', 'elderly-care', 'telehealth'], i)}`,
    'word + country + TRL, fr': (i) => `/api/offerings?q=${pick(['chute', 'télésanté', 'solitude'], i)}&country=${pick(['FR', 'BE', 'DK'], i)}&trl=${1 + (i % 9)}`,
    'word + test site, sv': (i) => `/api/needs?q=${pick(['hemtjänst', 'demens', 'läkemedel'], i)}&testSite=true`,
    'three facets, no words': (i) => `/api/needs?careArea=${pick(['diabetes', 'copd', 'dementia'], i)}&setting=${pick(['home', 'nursing-home'], i)}&organisationKind=municipality`,
    'organisation name with a typo': (i) => `/api/needs?q=${encodeURIComponent(typo(publicNames[(i * 37) % publicNames.length]))}`,
  };

  // Warm-up: caches, JIT, plans.
  for (const make of Object.values(queries)) for (let i = 0; i < 5; i++) await fetch(api.base + make(i));

  const all = [];
  for (const [name, make] of Object.entries(queries)) {
    const times = [];
    let total = 0;
    for (let i = 0; i < ROUNDS; i++) {
      const t0 = performance.now();
      const res = await fetch(api.base + make(i));
      const body = await res.json();
      times.push(performance.now() - t0);
      if (!res.ok) throw new Error(`${make(i)}: HTTP ${res.status} ${JSON.stringify(body).slice(0, 200)}`);
      total += body.total;
    }
    all.push(...times);
    console.log(`  ${name.padEnd(42)} ${formatPercentiles(percentiles(times))}  avg hits ${Math.round(total / ROUNDS)}`);
  }
  console.log(`  ${'all queries'.padEnd(42)} ${formatPercentiles(percentiles(all))}  (target p95 ≤ 30 ms)`);
} finally {
  await api.stop();
}
