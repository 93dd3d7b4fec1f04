import type { HttpTestingController } from '@angular/common/http/testing';
import type { MatchingStatus, UserRole } from '@opi/contracts';
import { setUpImportPage } from '../../testing/import-page';
import { openPage, text } from '../../testing/page';

const STATUS: MatchingStatus = {
  needs: { records: 20000, profiles: 19500, results: 1200 },
  offerings: { records: 100000, profiles: 100000, results: 0 },
};

describe('MatchingAdmin (on /import, for admins)', () => {
  let http: HttpTestingController;

  function setUp(role: UserRole) {
    http = setUpImportPage(role);
  }

  const statusRequest = () =>
    http.expectOne((r) => r.url === '/api/admin/matches/status');
  const rows = (page: Awaited<ReturnType<typeof openPage>>) =>
    [...page.page.querySelectorAll('.matching-admin__table tbody tr')].map(
      (tr) => [...tr.querySelectorAll('th, td')].map((cell) => text(cell)),
    );
  const outcome = (page: Awaited<ReturnType<typeof openPage>>) =>
    text(page.page.querySelector('.matching-admin__outcome'));

  it('is not shown to a cluster manager, who imports but does not run matching', async () => {
    setUp('cluster_manager');
    const page = await openPage('/import');

    expect(page.page.querySelector('opi-matching-admin')).toBeNull();
    http.expectNone((r) => r.url === '/api/admin/matches/status');
  });

  describe('for an admin', () => {
    beforeEach(() => setUp('admin'));

    it('shows how many records have a prepared profile and stored proposals', async () => {
      const page = await openPage('/import');
      statusRequest().flush(STATUS);
      await page.settle();

      expect(text(page.page.querySelector('#matching-admin-heading'))).toBe(
        'Matching',
      );
      expect(rows(page)).toEqual([
        ['Needs', '20,000', '19,500', '1,200'],
        ['Offerings', '100,000', '100,000', '0'],
      ]);
    });

    it('recomputes all, says what was queued, and shows the status again', async () => {
      const page = await openPage('/import');
      statusRequest().flush(STATUS);
      await page.settle();

      const recompute = [...page.page.querySelectorAll('button')].find(
        (b) => text(b) === 'Recompute all',
      )!;
      recompute.click();
      page.harness.fixture.detectChanges();
      expect(recompute.disabled).toBe(true);
      const request = http.expectOne('/api/admin/matches/recompute');
      expect(request.request.method).toBe('POST');
      request.flush({ needs: 20000, offerings: 100000, queued: true });
      statusRequest().flush({
        ...STATUS,
        needs: { ...STATUS.needs, results: 0 },
      });
      await page.settle();

      expect(outcome(page)).toBe(
        '20,000 needs and 100,000 offerings are queued for recomputation.',
      );
      expect(rows(page)[0]).toEqual(['Needs', '20,000', '19,500', '0']);
      expect(recompute.disabled).toBe(false);
    });

    it('says so when this server runs no background jobs', async () => {
      const page = await openPage('/import');
      statusRequest().flush(STATUS);
      await page.settle();

      [...page.page.querySelectorAll('button')]
        .find((b) => text(b) === 'Recompute all')!
        .click();
      http
        .expectOne('/api/admin/matches/recompute')
        .flush({ needs: 3, offerings: 5, queued: false });
      statusRequest().flush(STATUS);
      await page.settle();

      expect(outcome(page)).toContain(
        'Stored proposals dropped for 3 needs and 5 offerings. This server runs no background jobs',
      );
    });

    it('tells what went wrong when the status cannot be read, and reads it again on Refresh', async () => {
      const page = await openPage('/import');
      statusRequest().flush(
        { message: 'Boom' },
        { status: 500, statusText: 'Server Error' },
      );
      await page.settle();
      expect(
        text(page.page.querySelector('.matching-admin [role=alert]')),
      ).not.toBe('');

      [...page.page.querySelectorAll('button')]
        .find((b) => text(b) === 'Refresh')!
        .click();
      statusRequest().flush(STATUS);
      await page.settle();

      expect(
        page.page.querySelector('.matching-admin [role=alert]'),
      ).toBeNull();
      expect(rows(page)).toHaveLength(2);
    });
  });
});
