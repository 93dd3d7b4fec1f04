import type { AddressInfo } from 'node:net';

import { SMTPServer } from 'smtp-server';

import type { Notification, NotificationSettings, OutboxMail, Page, Partnership } from '@opi/contracts';

import { anOrganisationOf, aUser, type TestUser } from '../../test/factories/accounts.factory';
import { createTestApp, type TestApp } from '../../test/test-app';
import { NotificationCenter } from './notification-center';

const companyBody = { kind: 'company' as const, testSite: undefined, population: undefined, careSettings: undefined, status: 'published' as const };
const published = { status: 'published' };

describe('notifications', () => {
  let t: TestApp;
  let center: NotificationCenter;
  let staff: TestUser;
  let colleague: TestUser;
  let entrepreneur: TestUser;
  let broker: TestUser;
  let admin: TestUser;
  let municipalityId: string;
  let companyId: string;
  let needId: string;
  let offeringId: string;

  const notifications = async (user: TestUser, query = ''): Promise<Page<Notification>> =>
    (await t.http().get(`/api/notifications${query}`).set(user.auth).expect(200)).body;
  const unread = async (user: TestUser): Promise<number> => (await t.http().get('/api/notifications/unread-count').set(user.auth).expect(200)).body.count;
  const mails = async (user: TestUser): Promise<OutboxMail[]> => (await t.http().get('/api/mail-outbox?pageSize=100').set(user.auth).expect(200)).body.items;
  const count = async (sql: string, params: unknown[] = []) => Number((await t.dataSource.query(sql, params))[0].n);

  beforeAll(async () => {
    t = await createTestApp();
    center = t.app.get(NotificationCenter);
    staff = await aUser(t, 'public_staff');
    entrepreneur = await aUser(t, 'entrepreneur');
    broker = await aUser(t, 'cluster_manager');
    admin = await aUser(t, 'admin');
    municipalityId = (await anOrganisationOf(t, staff, { status: 'published' })).id;
    companyId = (await anOrganisationOf(t, entrepreneur, companyBody)).id;
    // A second member of the municipality, who wants stage changes only by weekly mail.
    colleague = await aUser(t, 'public_staff');
    await t.dataSource.query(`INSERT INTO memberships (organisation_id, user_id, role) VALUES ($1, $2, 'member')`, [municipalityId, colleague.id]);
    needId = (
      await t.http().post('/api/needs').set(staff.auth).send({ organisationId: municipalityId, title: 'Night-time wandering', description: 'Residents with dementia leave their rooms at night.', ...published }).expect(201)
    ).body.id;
    offeringId = (
      await t.http().post('/api/offerings').set(entrepreneur.auth).send({ organisationId: companyId, title: 'Door Guard', description: 'Discreet exit alerts for people with dementia.', ...published }).expect(201)
    ).body.id;
  });

  afterAll(() => t.close());

  it('tell the receiving organisation of an interest, once, in the portal and by mail', async () => {
    await t.http()
      .post('/api/interests')
      .set(entrepreneur.auth)
      .send({ subject: { type: 'offering', id: offeringId }, target: { type: 'need', id: needId }, message: 'We would like to test Door Guard with you.' })
      .expect(201);
    // Recorded with the interest, delivered by the job.
    expect(await unread(staff)).toBe(0);
    expect(await center.deliverPending()).toEqual({ events: 1, notifications: 2, mails: 2 });
    // A second run (a retry, another instance) writes nothing.
    expect(await center.deliverPending()).toEqual({ events: 0, notifications: 0, mails: 0 });
    await t.dataSource.query('UPDATE notification_events SET processed_at = NULL');
    expect(await center.deliverPending()).toEqual({ events: 1, notifications: 0, mails: 0 });

    expect(await unread(staff)).toBe(1);
    expect((await notifications(staff)).items).toEqual([
      expect.objectContaining({ kind: 'interestReceived', params: { fromOrganisation: expect.any(String), recordTitle: 'Night-time wandering' }, link: '/partnerships', readAt: null }),
    ]);
    // The sender is not told of their own interest.
    expect(await unread(entrepreneur)).toBe(0);

    const [mail] = await mails(staff);
    expect(mail).toMatchObject({ to: staff.email, transport: 'outbox', sentAt: null, subject: expect.stringContaining('is interested in “Night-time wandering”') });
    expect(mail.text).toContain('http://portal.test/partnerships');
  });

  it('are read by their owner only', async () => {
    const [item] = (await notifications(staff)).items;
    await t.http().post(`/api/notifications/${item.id}/read`).set(entrepreneur.auth).expect(404);
    await t.http().post('/api/notifications/not-an-id/read').set(staff.auth).expect(404);
    await t.http().post(`/api/notifications/${item.id}/read`).set(staff.auth).expect(204);
    expect(await unread(staff)).toBe(0);
    expect((await notifications(staff, '?unread=true')).total).toBe(0);
    expect((await notifications(staff)).total).toBe(1);
    await t.http().get('/api/notifications?unread=maybe').set(staff.auth).expect(400);
  });

  it('follow each user’s choices, and batch digests', async () => {
    const bad = await t.http()
      .put('/api/me/notification-settings')
      .set(colleague.auth)
      .send({ language: 'da', preferences: [{ kind: 'strongMatches', inApp: true, email: 'immediate' }] })
      .expect(400);
    expect(bad.body.message.join()).toContain('preferences.email for strongMatches');
    const unknown = await t.http().put('/api/me/notification-settings').set(colleague.auth).send({ language: 'sv', preferences: [], extra: 1 }).expect(400);
    expect(unknown.body.message).toEqual(expect.arrayContaining([expect.stringContaining('language'), expect.stringContaining('extra')]));

    const saved = (
      await t.http()
        .put('/api/me/notification-settings')
        .set(colleague.auth)
        .send({ language: 'da', preferences: [{ kind: 'stageChanged', inApp: false, email: 'weekly' }, { kind: 'introductionMade', inApp: true, email: 'off' }] })
        .expect(200)
    ).body as NotificationSettings;
    expect(saved.language).toBe('da');
    expect(saved.preferences).toHaveLength(5);
    expect(saved.preferences.find((p) => p.kind === 'stageChanged')).toEqual({ kind: 'stageChanged', inApp: false, email: 'weekly' });
    expect(saved.preferences.find((p) => p.kind === 'taskDue')).toEqual({ kind: 'taskDue', inApp: true, email: 'immediate' });

    // A cluster manager introduces the two; both sides agree; the broker moves it on.
    const introduced = (
      await t.http().post('/api/partnerships').set(broker.auth).send({ organisationIds: [municipalityId, companyId], needId, offeringId, note: 'Meet each other.' }).expect(201)
    ).body as Partnership;
    await t.http().post(`/api/partnerships/${introduced.id}/consent`).set(staff.auth).send({ accept: true }).expect(200);
    const both = (await t.http().post(`/api/partnerships/${introduced.id}/consent`).set(entrepreneur.auth).send({ accept: true }).expect(200)).body as Partnership;
    await t.http().post(`/api/partnerships/${introduced.id}/stage`).set(broker.auth).send({ stage: 'exploring', version: both.version }).expect(200);
    await center.deliverPending();

    const kinds = async (user: TestUser) => (await notifications(user)).items.map((n) => n.kind).sort();
    // Nobody is told of their own action: the entrepreneur's consent moved it to introduced, the broker's move to exploring.
    expect(await kinds(broker)).toEqual(['stageChanged']);
    expect(await kinds(staff)).toEqual(['interestReceived', 'introductionMade', 'stageChanged', 'stageChanged']);
    expect(await kinds(entrepreneur)).toEqual(['introductionMade', 'stageChanged']);
    // The colleague: the introduction in the portal but not by mail; stage changes not in the portal, saved for the weekly digest.
    expect(await kinds(colleague)).toEqual(['interestReceived', 'introductionMade']);
    // Mails are written in the language chosen when they are written (the interest came before the colleague chose Danish).
    expect((await mails(colleague)).map((m) => m.subject)).toEqual([expect.stringContaining('is interested in')]);

    // Daily digests (the default for stage changes): staff, entrepreneur and broker each get one mail.
    expect(await center.sendDigests('daily', '2026-11-24')).toBe(3);
    expect(await center.sendDigests('daily', '2026-11-24')).toBe(0);
    const digest = (await mails(staff)).find((m) => m.subject.includes('daily'));
    expect(digest?.subject).toBe('Your daily OPI portal digest: 2 updates');
    expect(digest?.text).toContain('moved to the stage introduced');
    expect(digest?.text).toContain('moved to the stage exploring');

    expect(await center.sendDigests('weekly', '2026-11-24')).toBe(1);
    const weekly = (await mails(colleague)).find((m) => m.subject.includes('ugentlige'));
    expect(weekly?.subject).toBe('Dit ugentlige overblik fra OPI-portalen: 2 opdateringer');
  });

  it('report strong matches once per match, as a digest', async () => {
    await t.dataSource.query(`INSERT INTO need_matches (need_id, offering_id, rank, score, reasons) VALUES ($1, $2, 1, 0.82, '[]')`, [needId, offeringId]);
    expect(await center.noticeStrongMatches()).toBe(3); // staff, colleague, entrepreneur
    expect(await center.noticeStrongMatches()).toBe(0);
    const [matches] = (await notifications(entrepreneur)).items.filter((n) => n.kind === 'strongMatches');
    expect(matches.params).toEqual({ count: 1, matches: [{ subjectTitle: 'Door Guard', candidateTitle: 'Night-time wandering', score: 0.82, link: `/needs/${needId}` }] });
    expect((await notifications(staff)).items.find((n) => n.kind === 'strongMatches')?.params.matches?.[0].subjectTitle).toBe('Night-time wandering');
    // Never mailed one by one: the next daily digest carries it.
    expect((await mails(entrepreneur)).some((m) => m.subject.includes('strong match'))).toBe(false);
    expect(await center.sendDigests('daily', '2026-11-25')).toBeGreaterThanOrEqual(1);
    const digest = (await mails(entrepreneur)).find((m) => m.subject.startsWith('Your daily'));
    expect(digest?.text).toContain('Door Guard → Night-time wandering (82 %)');
  });

  it('remind the partnership’s people of a task due, once per due date', async () => {
    const [partnership] = (await t.http().get('/api/partnerships').set(broker.auth).expect(200)).body.items;
    await t.http().post(`/api/partnerships/${partnership.id}/tasks`).set(staff.auth).send({ title: 'Book the test ward', dueDate: '2026-11-24' }).expect(201);
    await t.http().post(`/api/partnerships/${partnership.id}/tasks`).set(staff.auth).send({ title: 'Later', dueDate: '2026-12-24' }).expect(201);
    expect(await center.noticeDueTasks('2026-11-24')).toBe(4); // staff, colleague, entrepreneur, broker
    expect(await center.noticeDueTasks('2026-11-24')).toBe(0);
    expect((await notifications(broker)).items[0]).toMatchObject({
      kind: 'taskDue',
      params: { taskTitle: 'Book the test ward', partnershipTitle: partnership.title, dueDate: '2026-11-24' },
      link: `/partnerships/${partnership.id}`,
    });
  });

  it('keep mails to their addressee, except for admins', async () => {
    expect((await mails(staff)).every((m) => m.to === staff.email)).toBe(true);
    const all = await mails(admin);
    expect(new Set(all.map((m) => m.to)).size).toBeGreaterThan(2);
    expect(await count('SELECT count(*) AS n FROM mail_outbox')).toBe(all.length);
  });
});

describe('notifications by SMTP', () => {
  let t: TestApp;
  let server: SMTPServer;
  const received: string[] = [];

  beforeAll(async () => {
    server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, _session, callback) {
        let data = '';
        stream.on('data', (chunk: Buffer) => (data += chunk.toString()));
        stream.on('end', () => {
          received.push(data);
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.server.address() as AddressInfo;
    t = await createTestApp({ smtpUrl: `smtp://127.0.0.1:${port}?ignoreTLS=true`, mailFrom: 'portal@opi.test' });
  });

  afterAll(async () => {
    await t.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('sends the mails through the configured server', async () => {
    const staff = await aUser(t, 'public_staff');
    const entrepreneur = await aUser(t, 'entrepreneur');
    const municipalityId = (await anOrganisationOf(t, staff, { status: 'published' })).id;
    const companyId = (await anOrganisationOf(t, entrepreneur, companyBody)).id;
    const needId = (await t.http().post('/api/needs').set(staff.auth).send({ organisationId: municipalityId, title: 'Falls at home', description: 'Older people fall at home at night.', ...published }).expect(201)).body.id;
    const offeringId = (await t.http().post('/api/offerings').set(entrepreneur.auth).send({ organisationId: companyId, title: 'Fall Sensor', description: 'Detects falls.', ...published }).expect(201)).body.id;
    await t.http().post('/api/interests').set(entrepreneur.auth).send({ subject: { type: 'offering', id: offeringId }, target: { type: 'need', id: needId }, message: 'Shall we test it?' }).expect(201);

    await t.app.get(NotificationCenter).deliverPending();
    expect(received).toHaveLength(1);
    expect(received[0]).toContain(`To: ${staff.email}`);
    expect(received[0]).toContain('From: portal@opi.test');
    const [row] = await t.dataSource.query('SELECT transport, sent_at, attempts FROM mail_outbox');
    expect(row).toMatchObject({ transport: 'smtp', attempts: 1 });
    expect(row.sent_at).not.toBeNull();
  });
});
