// After an import the API prepares the matching profile of every record in the background (the `match-profiles`
// job, or the API itself when jobs are off), and PostgreSQL's autovacuum then visits the tables that filled.
// Figures taken meanwhile measure that work, not the request: `settle` waits for both.
import pg from 'pg';

/** Waits until every record's profile is prepared. Returns the status and the seconds waited. */
export async function waitForProfiles(api, { timeoutMinutes = 30 } = {}) {
  const started = performance.now();
  let status;
  do {
    await new Promise((r) => setTimeout(r, 1000));
    status = await (await fetch(`${api.base}/api/admin/matches/status`, { headers: api.auth })).json();
    if (performance.now() - started > timeoutMinutes * 60_000) throw new Error(`profiles not prepared: ${JSON.stringify(status)}`);
  } while (status.needs.profiles < status.needs.records || status.offerings.profiles < status.offerings.records);
  return { status, seconds: (performance.now() - started) / 1000 };
}

/** `waitForProfiles`, then the vacuum autovacuum would run within the minute (so it does not run during the figures). */
export async function settle(api) {
  const { seconds } = await waitForProfiles(api);
  const started = performance.now();
  const db = new pg.Client({ connectionString: api.databaseUrl() });
  await db.connect();
  try {
    await db.query('VACUUM (ANALYZE)');
  } finally {
    await db.end();
  }
  return { profileSeconds: seconds, vacuumSeconds: (performance.now() - started) / 1000 };
}
