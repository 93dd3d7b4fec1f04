import { rmSync } from 'node:fs';

// eslint-disable-next-line @nx/enforce-module-boundaries
import type { RunningPostgres } from '../../libs/embedded-postgres/src';

export default async function globalTeardown(): Promise<void> {
  const state = (globalThis as { __OPI_TEST_PG__?: { server: RunningPostgres; dataDir: string } })
    .__OPI_TEST_PG__;
  if (!state) return;
  await state.server.stop();
  rmSync(state.dataDir, { recursive: true, force: true });
}
