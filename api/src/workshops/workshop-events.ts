import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { Client } from 'pg';
import { filter, type Observable, Subject } from 'rxjs';
import { DataSource, type EntityManager } from 'typeorm';

import type { WorkshopChange } from '@opi/contracts';

const CHANNEL = 'workshop_changes';

/**
 * Live updates for workshop screens, through PostgreSQL's LISTEN/NOTIFY:
 * a change is announced inside the writing transaction (so a rolled-back
 * write announces nothing) and reaches every API process, whichever one
 * holds the facilitator's event stream. One listening connection per
 * process, opened when the first screen subscribes.
 */
@Injectable()
export class WorkshopEvents implements OnModuleDestroy {
  private readonly logger = new Logger(WorkshopEvents.name);
  private readonly changes = new Subject<WorkshopChange>();
  private listener: Promise<Client> | null = null;

  constructor(private readonly dataSource: DataSource) {}

  /** Announces a change of `sessionId`'s data (delivered when `manager`'s transaction commits). */
  async announce(manager: EntityManager, sessionId: string, what: WorkshopChange['what']): Promise<void> {
    const change: WorkshopChange = { sessionId, what, at: new Date().toISOString() };
    await manager.query('SELECT pg_notify($1, $2)', [CHANNEL, JSON.stringify(change)]);
  }

  /** Changes of one session, as they are committed. */
  of(sessionId: string): Observable<WorkshopChange> {
    void this.listen();
    return this.changes.pipe(filter((change) => change.sessionId === sessionId));
  }

  private listen(): Promise<Client> {
    this.listener ??= (async () => {
      const url = (this.dataSource.options as { url: string }).url;
      const client = new Client({ connectionString: url, application_name: 'opi-api-workshop-events' });
      client.on('notification', (message) => {
        if (message.channel !== CHANNEL || !message.payload) return;
        try {
          this.changes.next(JSON.parse(message.payload) as WorkshopChange);
        } catch {
          this.logger.warn(`Ignored a malformed workshop change: ${message.payload.slice(0, 100)}`);
        }
      });
      client.on('error', (error) => {
        this.logger.error(`Workshop change listener failed: ${error.message}`);
        this.listener = null;
      });
      await client.connect();
      await client.query(`LISTEN ${CHANNEL}`);
      return client;
    })();
    return this.listener;
  }

  async onModuleDestroy(): Promise<void> {
    this.changes.complete();
    const listener = this.listener;
    this.listener = null;
    if (listener) await (await listener).end().catch(() => undefined);
  }
}
