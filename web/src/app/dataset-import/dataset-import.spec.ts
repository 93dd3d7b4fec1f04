import { HttpEventType } from '@angular/common/http';
import type {
  HttpTestingController,
  TestRequest,
} from '@angular/common/http/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import type { UserRole } from '@opi/contracts';
import { setUpImportPage } from '../../testing/import-page';
import { anImportReport } from '../../testing/marketplace-editing';
import { openPage, text } from '../../testing/page';

type Page = Awaited<ReturnType<typeof openPage>>;

const DATASET = JSON.stringify({
  format: 'opi-dataset/v1',
  organisations: [],
  needs: [],
  offerings: [],
});

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('DatasetImport (/import)', () => {
  let http: HttpTestingController;

  function setUp(role: UserRole) {
    http = setUpImportPage(role);
  }

  /** Picks a file as the reader would, and waits until the page has read it. */
  async function choose(page: Page, content: string, name = 'dataset.json') {
    const input = page.page.querySelector<HTMLInputElement>('input[type=file]');
    if (!input) {
      throw new Error('No file input');
    }
    const file = new File([content], name, { type: 'application/json' });
    Object.defineProperty(input, 'files', {
      value: [file],
      configurable: true,
    });
    input.dispatchEvent(new Event('change'));
    const status = () => {
      page.harness.fixture.detectChanges();
      return text(page.page.querySelector('[role=status]'));
    };
    expect(status()).toBe('Reading the file…');
    for (let i = 0; i < 200 && status() !== ''; i++) {
      await wait(10);
    }
    await page.settle();
  }

  async function button(page: Page, label: string) {
    return page.loader.getHarness(MatButtonHarness.with({ text: label }));
  }

  /** Clicks without waiting for the page to settle (the request stays pending). */
  function press(page: Page, label: string) {
    const found = [...page.page.querySelectorAll('button')].find(
      (b) => text(b) === label,
    );
    found?.click();
    page.harness.fixture.detectChanges();
  }

  const importRequest = (): TestRequest =>
    http.expectOne((r) => r.url === '/api/dataset/import');

  it.each<UserRole>(['entrepreneur', 'public_staff', 'researcher'])(
    'tells a %s that only cluster managers and admins import',
    async (role) => {
      setUp(role);
      const page = await openPage('/import');

      expect(text(page.page.querySelector('.import__not-allowed'))).toBe(
        'Only cluster managers and administrators can import data. Ask one of them if you have a dataset to add.',
      );
      expect(page.page.querySelector('input[type=file]')).toBeNull();
    },
  );

  describe('for a cluster manager', () => {
    beforeEach(() => setUp('cluster_manager'));

    it('refuses a file that is not JSON before anything is sent', async () => {
      const page = await openPage('/import');

      await choose(page, '{"format": "opi-dataset/v1",', 'broken.json');

      expect(text(page.page.querySelector('.import__file-name'))).toBe(
        'broken.json (28 bytes)',
      );
      expect(text(page.page.querySelector('.import__file-problem p'))).toBe(
        'This file is not valid JSON, so it cannot be imported. Nothing has been sent.',
      );
      expect(await (await button(page, 'Check (dry run)')).isDisabled()).toBe(
        true,
      );
      http.expectNone((r) => r.url === '/api/dataset/import');
    });

    it('checks the file on the server and shows what an import would do', async () => {
      const page = await openPage('/import');
      await choose(page, DATASET);
      expect(await (await button(page, 'Import')).isDisabled()).toBe(true);

      press(page, 'Check (dry run)');
      const check = importRequest();
      expect(check.request.method).toBe('POST');
      expect(check.request.params.get('dryRun')).toBe('true');
      expect(check.request.headers.get('Authorization')).toBe('Bearer token-1');
      expect(check.request.headers.get('Content-Type')).toBe(
        'application/json',
      );
      expect(check.request.reportUploadProgress).toBe(true);
      check.flush(anImportReport());
      await page.settle();

      const result = page.page.querySelector('.import__result');
      expect(text(result?.querySelector('h3'))).toBe(
        'The check found no problems',
      );
      expect(document.activeElement).toBe(result?.querySelector('h3'));
      const rows = [...(result?.querySelectorAll('tr') ?? [])].map((row) =>
        [...row.querySelectorAll('th, td')].map(text),
      );
      expect(rows).toEqual([
        ['Records', 'In the file', 'New', 'Changed', 'Unchanged'],
        ['Organisations', '3', '1', '1', '1'],
        ['Needs', '5', '5', '0', '0'],
        ['Offerings', '4', '2', '2', '0'],
      ]);
      expect(await (await button(page, 'Import')).isDisabled()).toBe(false);
    });

    it('lists every problem of a rejected file by its JSON path', async () => {
      const page = await openPage('/import');
      await choose(page, DATASET);

      press(page, 'Check (dry run)');
      importRequest().flush(
        {
          statusCode: 400,
          error: 'Bad Request',
          message: [
            '$.needs[3].minTrl: must be 1 to 9',
            '$.offerings[0].organisationRef: unknown organisation',
          ],
          problems: [
            { path: '$.needs[3].minTrl', message: 'must be 1 to 9' },
            {
              path: '$.offerings[0].organisationRef',
              message: 'unknown organisation',
            },
          ],
        },
        { status: 400, statusText: 'Bad Request' },
      );
      await page.settle();

      expect(text(page.page.querySelector('#import-problems-heading'))).toBe(
        '2 problems found',
      );
      const region = page.page.querySelector('.import__problems');
      expect(region?.getAttribute('role')).toBe('region');
      expect(region?.getAttribute('tabindex')).toBe('0');
      expect([...(region?.querySelectorAll('li') ?? [])].map(text)).toEqual([
        '$.needs[3].minTrl must be 1 to 9',
        '$.offerings[0].organisationRef unknown organisation',
      ]);
      expect(await (await button(page, 'Import')).isDisabled()).toBe(true);
    });

    it('imports after the check, with the upload’s progress, and shows the final report', async () => {
      const page = await openPage('/import');
      await choose(page, DATASET);
      press(page, 'Check (dry run)');
      importRequest().flush(anImportReport());
      await page.settle();

      press(page, 'Import');
      const upload = importRequest();
      expect(upload.request.params.get('dryRun')).toBe('false');
      upload.event({
        type: HttpEventType.UploadProgress,
        loaded: 40,
        total: 100,
      });
      page.harness.fixture.detectChanges();

      const bar = page.page.querySelector('mat-progress-bar');
      expect(bar?.getAttribute('aria-valuenow')).toBe('40');
      expect(bar?.getAttribute('aria-label')).toBe('Uploading the file');
      expect(text(page.page.querySelector('.import__progress p'))).toBe(
        'Uploaded: 40%',
      );
      expect(text(page.page.querySelector('[role=status]'))).toBe(
        'Uploading the file',
      );

      upload.event({
        type: HttpEventType.UploadProgress,
        loaded: 100,
        total: 100,
      });
      page.harness.fixture.detectChanges();
      expect(text(page.page.querySelector('.import__progress p'))).toBe(
        'Importing the records…',
      );

      upload.flush(anImportReport({ dryRun: false }));
      await page.settle();
      expect(page.page.querySelector('mat-progress-bar')).toBeNull();
      expect(text(page.page.querySelector('.import__result h3'))).toBe(
        'Import complete',
      );
    });

    it('says when the file is too large for the server', async () => {
      const page = await openPage('/import');
      await choose(page, DATASET);

      press(page, 'Check (dry run)');
      importRequest().flush(
        { statusCode: 413, message: 'Payload Too Large' },
        { status: 413, statusText: 'Payload Too Large' },
      );
      await page.settle();

      expect(text(page.page.querySelector('.import__error'))).toBe(
        'The file is too large for the server. Split it into smaller files and import them one by one.',
      );
    });
  });

  it('lets an admin import too', async () => {
    setUp('admin');
    const page = await openPage('/import');

    expect(text(page.page.querySelector('h1'))).toBe('Import a dataset');
    expect(page.page.querySelector('.import__not-allowed')).toBeNull();
    expect(await (await button(page, 'Choose a JSON file')).isDisabled()).toBe(
      false,
    );
  });
});
