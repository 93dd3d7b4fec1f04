import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { PgBoss } from 'pg-boss';

import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../app-config.token';

export const DATABASE_URL = Symbol('DATABASE_URL');

/** A job run on demand: a queue name and what it does with the data it is sent. */
export interface JobWorker<T extends object> {
  name: string;
  run(data: T): Promise<unknown>;
  /** Data to queue the job with once each time the queue starts: catch-up work (e.g. what seeding or an upgrade left). */
  atStart?: T;
  /** How long one run may take before pg-boss gives up on it (default 15 minutes). */
  expireInSeconds?: number;
}

/** A recurring job: a queue name, when it runs (cron, UTC) and what it does. */
export interface RecurringJob {
  name: string;
  cron: string;
  run(): Promise<unknown>;
}

/**
 * The background job queue: pg-boss on the application's own PostgreSQL, so
 * jobs survive restarts and no other server is needed. Modules register
 * their recurring jobs; the queue starts them once the application is up
 * (unless RUN_JOBS=false, as in the tests, which call the job code directly).
 */
@Injectable()
export class JobQueue implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(JobQueue.name);
  private readonly recurring: RecurringJob[] = [];
  private readonly workers: Array<JobWorker<object>> = [];
  private boss: PgBoss | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(DATABASE_URL) private readonly databaseUrl: string,
  ) {}

  register(job: RecurringJob): void {
    this.recurring.push(job);
  }

  registerWorker<T extends object>(worker: JobWorker<T>): void {
    this.workers.push(worker as JobWorker<object>);
  }

  /**
   * Queues a job; one with the same `singletonKey` still waiting is not
   * queued twice. Without a running queue (RUN_JOBS=false) nothing happens:
   * callers must not depend on the job for correctness.
   */
  async enqueue(name: string, data: object, singletonKey?: string): Promise<void> {
    if (!this.boss) return;
    await this.boss.send(name, data, singletonKey ? { singletonKey } : {});
  }

  /** The running pg-boss instance; null when jobs are off in this process. */
  get queue(): PgBoss | null {
    return this.boss;
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.runJobs) return;
    const boss = new PgBoss({ connectionString: this.databaseUrl, max: 3, application_name: 'opi-jobs' });
    boss.on('error', (error) => this.logger.error(`Job queue: ${error.message}`));
    await boss.start();
    for (const worker of this.workers) {
      // 'stately' with a singleton key: per record, at most one waiting and one running job.
      await boss.createQueue(worker.name, {
        policy: 'stately',
        ...(worker.expireInSeconds && { expireInSeconds: worker.expireInSeconds }),
      });
      await boss.work(worker.name, { batchSize: 1 }, async ([job]) => worker.run(job.data as object));
      if (worker.atStart) await boss.send(worker.name, worker.atStart, { singletonKey: 'start' });
    }
    for (const job of this.recurring) {
      await boss.createQueue(job.name);
      await boss.schedule(job.name, job.cron, null, { tz: 'UTC' });
      await boss.work(job.name, async () => {
        const result = await job.run();
        this.logger.log(`${job.name}: ${JSON.stringify(result)}`);
        return result;
      });
    }
    this.boss = boss;
  }

  async onModuleDestroy(): Promise<void> {
    await this.boss?.stop({ graceful: true, timeout: 10_000 });
    this.boss = null;
  }
}
