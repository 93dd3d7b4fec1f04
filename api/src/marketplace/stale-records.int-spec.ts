import type { Need } from '@opi/contracts';

import { anOrganisationOf, aUser, type TestUser } from '../../test/factories/accounts.factory';
import { createTestApp, type TestApp } from '../../test/test-app';
import { JobQueue } from '../jobs/job-queue';
import { StaleRecordsService } from './stale-records.service';

describe('stale records: a reminder after six months, archived thirty days later', () => {
  let t: TestApp;
  let staff: TestUser;
  let organisationId: string;

  beforeAll(async () => {
    t = await createTestApp();
    staff = await aUser(t, 'public_staff');
    organisationId = (await anOrganisationOf(t, staff, { status: 'published' })).id;
  });

  afterAll(() => t.close());

  const publishedNeed = async (touchedDaysAgo: number): Promise<Need> => {
    const res = await t
      .http()
      .post('/api/needs')
      .set(staff.auth)
      .send({ organisationId, title: `Untouched for ${touchedDaysAgo} days`, description: 'A need nobody looks after.', status: 'published' })
      .expect(201);
    await t.dataSource.query(`UPDATE needs SET updated_at = now() - make_interval(days => $2) WHERE id = $1`, [res.body.id, touchedDaysAgo]);
    return res.body as Need;
  };
  const read = async (id: string) => (await t.http().get(`/api/needs/${id}`).set(staff.auth).expect(200)).body as Need;
  const daysFromNow = (days: number) => new Date(Date.now() + days * 86_400_000);

  it('reminds once, keeps the record published and its version, then archives it if nobody reacts', async () => {
    const old = await publishedNeed(200);
    const fresh = await publishedNeed(100);
    const sweeper = t.app.get(StaleRecordsService);

    expect(await sweeper.sweep()).toEqual({ reminded: 1, archived: 0 });
    const reminded = await read(old.id);
    expect(reminded).toMatchObject({ status: 'published', version: old.version });
    expect(reminded.staleReminderAt).not.toBeNull();
    expect((await read(fresh.id)).staleReminderAt).toBeNull();
    expect(await sweeper.sweep()).toEqual({ reminded: 0, archived: 0 });

    expect(await sweeper.sweep(daysFromNow(29))).toEqual({ reminded: 0, archived: 0 });
    const later = await sweeper.sweep(daysFromNow(31));
    expect(later.archived).toBe(1);
    expect((await read(old.id)).status).toBe('archived');
    const audit = await t.dataSource.query(`SELECT action FROM audit_log WHERE entity_id = $1 ORDER BY at`, [old.id]);
    expect(audit.map((a: { action: string }) => a.action)).toEqual(['need.create', 'need.stale-reminder', 'need.auto-archive']);
  });

  it('restarts the clock when the owners confirm the record is still relevant', async () => {
    const need = await publishedNeed(190);
    const sweeper = t.app.get(StaleRecordsService);
    await sweeper.sweep();
    expect((await read(need.id)).staleReminderAt).not.toBeNull();

    const confirmed = await t.http().post(`/api/needs/${need.id}/still-relevant`).set(staff.auth).expect(200);
    expect(confirmed.body.staleReminderAt).toBeNull();
    await sweeper.sweep(daysFromNow(40));
    expect((await read(need.id)).status).toBe('published');
    const mine = await t.http().get('/api/me/needs').set(staff.auth).expect(200);
    expect(mine.body.items.find((n: Need) => n.id === need.id).staleReminderAt).toBeNull();
  });
});

describe('the stale-record job on the queue', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ runJobs: true });
  });

  afterAll(() => t.close());

  it('is scheduled daily on pg-boss and runs the sweep when the queue delivers it', async () => {
    const boss = t.app.get(JobQueue).queue!;
    const schedules = await boss.getSchedules();
    expect(schedules).toContainEqual(expect.objectContaining({ name: 'stale-records', cron: '15 3 * * *' }));

    const id = (await boss.send('stale-records'))!;
    let job = await boss.getJobById('stale-records', id);
    for (let i = 0; i < 60 && job?.state !== 'completed'; i++) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      job = await boss.getJobById('stale-records', id);
    }
    expect(job?.state).toBe('completed');
    expect(job?.output).toEqual({ reminded: 0, archived: 0 });
  });
});
