// Imports a 50,000-record opi-dataset/v1 document in one request and prints the times.
// Run: npm run bench   (builds the API first)
import { generateDataset } from './lib/generate-dataset.mjs';
import { startApi } from './lib/server.mjs';

const sizes = { organisations: 2000, needs: 18000, offerings: 30000 };
const document = generateDataset(sizes);
const body = JSON.stringify(document);
const records = sizes.organisations + sizes.needs + sizes.offerings;
console.log(`dataset import: ${records} records, ${(body.length / 1024 / 1024).toFixed(1)} MB`);

const api = await startApi({ name: 'bench-import' });
try {
  for (const run of ['first import', 're-import (no changes)']) {
    const started = performance.now();
    const res = await fetch(`${api.base}/api/dataset/import`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...api.auth },
      body,
    });
    const ms = performance.now() - started;
    if (!res.ok) throw new Error(`${run}: HTTP ${res.status} ${(await res.text()).slice(0, 300)}`);
    console.log(`  ${run}: ${(ms / 1000).toFixed(2)} s (${Math.round(records / (ms / 1000))} records/s)`);
  }
  const started = performance.now();
  const exported = await (await fetch(`${api.base}/api/dataset/export`)).text();
  console.log(`  export: ${((performance.now() - started) / 1000).toFixed(2)} s, ${(exported.length / 1024 / 1024).toFixed(1)} MB`);
} finally {
  await api.stop();
}
