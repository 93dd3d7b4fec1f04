import { ConfigError, loadConfig, redactUrl } from './app-config';

describe('loadConfig', () => {
  it('uses the documented defaults: embedded database, demo seed on', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 3000,
      dataDir: './.data',
      databaseUrl: undefined,
      seedDemo: true,
      runJobs: true,
      adminEmail: 'admin@opi.local',
      adminPasswordIsDefault: true,
    });
  });

  it('keeps mails in the outbox unless SMTP is configured, and links them to the portal', () => {
    expect(loadConfig({})).toMatchObject({ smtpUrl: undefined, mailFrom: 'portal@opi.local', publicUrl: 'http://localhost:3000' });
    expect(loadConfig({ SMTP_URL: 'smtps://u:p@mail.example.org:465', PUBLIC_URL: 'https://opi.example.org/' })).toMatchObject({
      smtpUrl: 'smtps://u:p@mail.example.org:465',
      publicUrl: 'https://opi.example.org',
    });
  });

  it('turns the demo seed off by default for a server database', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://u:p@db:5432/opi' }).seedDemo).toBe(false);
    expect(loadConfig({ DATABASE_URL: 'postgres://u:p@db/opi', SEED_DEMO: 'true' }).seedDemo).toBe(true);
  });

  it.each([
    [{ PORT: 'abc' }, /PORT must be a whole number/],
    [{ PORT: '70000' }, /PORT must be a whole number/],
    [{ PORT: '-1' }, /PORT must be a whole number/],
    [{ DATABASE_URL: 'mysql://x@y/z' }, /DATABASE_URL must look like postgres:\/\//],
    [{ DATABASE_URL: 'not a url' }, /DATABASE_URL must look like postgres:\/\//],
    [{ SEED_DEMO: 'maybe' }, /SEED_DEMO must be true or false/],
    [{ RUN_JOBS: 'sometimes' }, /RUN_JOBS must be true or false/],
    [{ ADMIN_EMAIL: 'nobody' }, /ADMIN_EMAIL must be an e-mail address/],
    [{ ADMIN_PASSWORD: 'short' }, /ADMIN_PASSWORD must be at least 10 characters/],
    [{ SMTP_URL: 'mail.example.org:25' }, /SMTP_URL must look like smtp:\/\//],
    [{ MAIL_FROM: 'portal' }, /MAIL_FROM must be an e-mail address/],
    [{ PUBLIC_URL: 'portal.example.org' }, /PUBLIC_URL must be the portal address/],
  ])('rejects %j with a message naming the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('says each problem once', () => {
    expect(() => loadConfig({ PORT: 'abc' })).toThrow(
      /^Invalid configuration: PORT must be a whole number between 1 and 65535$/,
    );
  });

  it('lists every bad variable at once', () => {
    expect(() => loadConfig({ PORT: 'x', SEED_DEMO: 'x' })).toThrow(/PORT.*SEED_DEMO/);
  });
});

describe('redactUrl', () => {
  it('hides the password', () => {
    expect(redactUrl('postgres://opi:secret@db:5432/opi')).toBe('postgres://opi:***@db:5432/opi');
  });
});
