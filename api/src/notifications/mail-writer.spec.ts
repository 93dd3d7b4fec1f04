import { MAIL_LANGUAGES } from '@opi/contracts';

import { MAIL_MESSAGES } from './mail-messages';
import { MailWriter } from './mail-writer';

describe('the e-mails', () => {
  const writer = new MailWriter('https://portal.example.org');

  it('have every message in every language', () => {
    const keys = Object.keys(MAIL_MESSAGES.en).sort();
    for (const language of MAIL_LANGUAGES) {
      expect(Object.keys(MAIL_MESSAGES[language]).sort()).toEqual(keys);
      for (const key of keys) expect(MAIL_MESSAGES[language][key].trim()).not.toBe('');
    }
  });

  it('write one notification in the recipient’s language, with a link into the portal', () => {
    const item = { kind: 'stageChanged' as const, params: { partnershipTitle: 'Door Guard × Lindholt', stage: 'testing' as const }, link: '/partnerships/p1' };
    const en = writer.single('en', 'Emma', item);
    expect(en.subject).toBe('“Door Guard × Lindholt” moved to testing');
    expect(en.text).toContain('Hello Emma,');
    expect(en.text).toContain('https://portal.example.org/partnerships/p1');
    expect(en.text).toContain('https://portal.example.org/notifications');

    const da = writer.single('da', 'Emma', item);
    expect(da.subject).toBe('“Door Guard × Lindholt” er flyttet til test');
    expect(writer.single('fr', 'Emma', item).text).toContain('Bonjour Emma');
  });

  it('batch a digest, counting its items in the subject', () => {
    const items = [
      { kind: 'interestReceived' as const, params: { fromOrganisation: 'Nattevagt', recordTitle: 'Night wandering' }, link: '/partnerships?tab=interests' },
      {
        kind: 'strongMatches' as const,
        params: { count: 1, matches: [{ subjectTitle: 'Night wandering', candidateTitle: 'Door Guard', score: 0.83, link: '/needs/n1' }] },
        link: '/needs/n1',
      },
    ];
    const mail = writer.digest('en', 'Emma', 'daily', items);
    expect(mail.subject).toBe('Your daily OPI portal digest: 2 updates');
    expect(mail.text).toContain('• Nattevagt is interested in “Night wandering”');
    expect(mail.text).toContain('found 1 new strong match for');
    expect(mail.text).toContain('Night wandering → Door Guard (83 %): https://portal.example.org/needs/n1');
    expect(writer.digest('nl', 'Emma', 'weekly', items.slice(0, 1)).subject).toBe('Uw wekelijkse overzicht van het OPI-portaal: 1 update');
  });
});
