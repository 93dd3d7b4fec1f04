// Waits until the API has prepared the matching profile of every record (after an import it does so in the
// background: the `match-profiles` job, or the API itself when jobs are off). Returns the status and the seconds waited.
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
