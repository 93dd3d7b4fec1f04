import { provideHttpClient, withInterceptors } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatDatepickerInputHarness } from '@angular/material/datepicker/testing';
import { MatSlideToggleHarness } from '@angular/material/slide-toggle/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import type { MyMembership, Need, Offering } from '@opi/contracts';
import { signInAs } from '../../testing/auth';
import { aMe, aMembership, aNeed, anOffering } from '../../testing/factories';
import {
  aSuggestion,
  aTagSuggestions,
} from '../../testing/marketplace-editing';
import {
  errorsOf,
  fill,
  inputIn,
  navigationEnd,
  openPage,
  press,
  selectIn,
  text,
} from '../../testing/page';
import { provideTranslocoTesting } from '../../testing/transloco-testing';
import { appRoutes } from '../app.routes';
import { authInterceptor } from '../auth/auth.interceptor';
import { AuthService } from '../auth/auth.service';
import { SUGGESTION_DEBOUNCE_MS } from './record-editor';

type Page = Awaited<ReturnType<typeof openPage>>;

const aarhus = aMembership({
  organisationId: 'o-aarhus',
  name: 'Aarhus Kommune',
  kind: 'municipality',
});
const ouh = aMembership({
  organisationId: 'o-ouh',
  name: 'Odense Universitetshospital',
  kind: 'hospital',
});
const caresense = aMembership({
  organisationId: 'o-caresense',
  name: 'CareSense ApS',
  kind: 'company',
});

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** Resolves once `done()` holds (checked every 20 ms, for at most 2 s). */
async function until(done: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !done(); i++) {
    await wait(20);
  }
}
/** Long enough for the suggestion debounce to fire. */
const pause = () => wait(SUGGESTION_DEBOUNCE_MS + 100);

describe('RecordEditor (/needs/new, /offerings/:id/edit, …)', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter(appRoutes, withComponentInputBinding()),
        provideHttpClient(withInterceptors([authInterceptor])),
        provideHttpClientTesting(),
        provideTranslocoTesting(),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    signInAs(aMe({ id: 'u1', memberships: [aarhus, caresense] }), http);
  });

  /** Opens a new-record page; the editor loads the reader's organisations. */
  async function openNew(url: string, memberships: MyMembership[]) {
    const page = await openPage(url, { settled: false });
    http.expectOne('/api/me').flush(aMe({ id: 'u1', memberships }));
    await page.settle();
    return page;
  }

  async function openEditor(url: string, record: Need | Offering) {
    const page = await openPage(url, { settled: false });
    http
      .expectOne(url.replace(/\/edit$/, '').replace(/^/, '/api'))
      .flush(record);
    await page.settle();
    return page;
  }

  async function click({ loader }: Page, label: string) {
    await (
      await loader.getHarness(MatButtonHarness.with({ text: label }))
    ).click();
  }

  async function pick(
    { loader }: Page,
    label: string,
    options: (string | RegExp)[],
  ) {
    const select = await selectIn(loader, label);
    await select.open();
    for (const option of options) {
      await select.clickOptions({ text: option });
    }
    await select.close();
  }

  /** The suggestion buttons on show, as a reader sees them. */
  const suggestionButtons = ({ page }: Page) =>
    [...page.querySelectorAll('.suggestions__tag')].map(text);

  describe('a new need', () => {
    it('offers only the municipalities and hospitals of the reader, and preselects the only one', async () => {
      const page = await openNew('/needs/new', [aarhus, caresense]);

      expect(text(page.page.querySelector('h1'))).toBe('New need');
      const organisation = await selectIn(page.loader, 'Organisation');
      expect(await organisation.getValueText()).toBe('Aarhus Kommune');
      await organisation.open();
      expect(
        await Promise.all(
          (await organisation.getOptions()).map((o) => o.getText()),
        ),
      ).toEqual(['Aarhus Kommune']);
    });

    it('preselects the organisation named in the address', async () => {
      const page = await openNew('/needs/new?organisation=o-ouh', [
        aarhus,
        ouh,
      ]);

      expect(
        await (await selectIn(page.loader, 'Organisation')).getValueText(),
      ).toBe('Odense Universitetshospital');
    });

    it('explains what to do without a municipality or hospital', async () => {
      const page = await openNew('/needs/new', [caresense]);

      expect(text(page.page.querySelector('.editor__no-organisation p'))).toBe(
        'Needs are posted by municipalities and hospitals, and you are not a member of one yet. Create your organisation, or ask a colleague to invite you to theirs.',
      );
      const link = page.page.querySelector('.editor__no-organisation a');
      expect(text(link)).toBe('Create an organisation');
      expect(link?.getAttribute('href')).toBe('/organisations/new');
      expect(page.page.querySelector('form')).toBeNull();
    });

    it('checks the fields as the API does before sending anything', async () => {
      const page = await openNew('/needs/new', [aarhus]);

      await fill(page.loader, 'E-mail', 'mette@aarhus');
      await click(page, 'Add attachment');
      const row = await page.loader.getChildLoader('#editor-attachment-0');
      await fill(row, 'Document title', 'Specification');
      await fill(row, 'Web address', 'aarhus.dk/spec.pdf');
      await click(page, 'Publish');

      expect(await errorsOf(page.loader, 'Title')).toEqual([
        'This field is required.',
      ]);
      expect(await errorsOf(page.loader, 'Description')).toEqual([
        'This field is required.',
      ]);
      expect(await errorsOf(page.loader, 'E-mail')).toEqual([
        'Enter an e-mail address such as name@example.com.',
      ]);
      expect(await errorsOf(page.loader, 'Name')).toEqual([
        'This field is required.',
      ]);
      expect(await errorsOf(row, 'Web address')).toEqual([
        'Enter a full web address starting with https://',
      ]);
      expect(document.activeElement?.getAttribute('formcontrolname')).toBe(
        'title',
      );
      http.expectNone('/api/needs');
    });

    it('publishes a need with every field and opens its page', async () => {
      const page = await openNew('/needs/new', [aarhus]);

      await fill(page.loader, 'Title', 'Night-time wandering in nursing homes');
      await fill(
        page.loader,
        'Description',
        'Residents with dementia leave the building at night.',
      );
      await pick(page, 'Care areas', ['Dementia']);
      await pick(page, 'Lowest maturity you can test', [/^TRL 6 /]);
      await (
        await page.loader.getHarness(
          MatSlideToggleHarness.with({ label: 'We offer a test site' }),
        )
      ).check();
      await (
        await page.loader.getHarness(MatDatepickerInputHarness)
      ).setValue('3/1/2026');
      await fill(page.loader, 'Test period in months', '6');
      await fill(page.loader, 'Budget or funding', 'Welfare technology fund');
      await fill(page.loader, 'Name', 'Mette Hansen');
      await fill(page.loader, 'E-mail', 'mette@aarhus.dk');
      await click(page, 'Add attachment');
      const row = await page.loader.getChildLoader('#editor-attachment-0');
      await fill(row, 'Document title', 'Specification');
      await fill(row, 'Web address', 'https://aarhus.dk/spec.pdf');

      await click(page, 'Publish');
      const create = http.expectOne({ method: 'POST', url: '/api/needs' });
      expect(create.request.body).toEqual({
        organisationId: 'o-aarhus',
        title: 'Night-time wandering in nursing homes',
        description: 'Residents with dementia leave the building at night.',
        careAreas: ['dementia'],
        targetGroups: [],
        settings: [],
        wantedStart: '2026-03-01',
        testPeriodMonths: 6,
        budgetNote: 'Welfare technology fund',
        contact: {
          name: 'Mette Hansen',
          email: 'mette@aarhus.dk',
          phone: null,
        },
        attachments: [
          { title: 'Specification', url: 'https://aarhus.dk/spec.pdf' },
        ],
        minTrl: 6,
        testSiteOffered: true,
        status: 'published',
      });

      const arrived = navigationEnd(page.router);
      create.flush(aNeed({ id: 'n-new' }), {
        status: 201,
        statusText: 'Created',
      });
      await arrived;
      expect(page.router.url).toBe('/needs/n-new');
    });

    it('saves a draft in the language chosen', async () => {
      const page = await openNew('/needs/new', [aarhus]);
      await fill(page.loader, 'Title', 'Natlig uro');
      await fill(page.loader, 'Description', 'Beboere går ud om natten.');
      await pick(page, 'Language of the text', ['Danish']);

      await click(page, 'Save as draft');

      expect(
        http.expectOne({ method: 'POST', url: '/api/needs' }).request.body,
      ).toMatchObject({ language: 'da', status: 'draft' });
    });
  });

  describe('a new offering', () => {
    it('has the offering’s own fields and sends its evidence', async () => {
      const page = await openNew('/offerings/new', [aarhus, caresense]);

      expect(text(page.page.querySelector('h1'))).toBe('New offering');
      expect(
        await (await selectIn(page.loader, 'Organisation')).getValueText(),
      ).toBe('CareSense ApS');
      await fill(page.loader, 'Title', 'Bed sensor');
      await fill(
        page.loader,
        'Description',
        'Detects when a resident gets up.',
      );
      await pick(page, 'Maturity (TRL)', [/^TRL 7 /]);
      await pick(page, 'CE marking', ['Class IIa']);
      await (
        await page.loader.getHarness(
          MatSlideToggleHarness.with({
            label: 'We are looking for a test site',
          }),
        )
      ).check();
      await click(page, 'Add evidence');
      const evidence = await page.loader.getChildLoader('#editor-evidence-0');
      await pick({ ...page, loader: evidence }, 'Kind', ['Pilot']);
      await fill(evidence, 'What it is', 'Pilot in Aarhus');
      await click(page, 'Add evidence');
      await (
        await page.loader.getHarness(
          MatButtonHarness.with({
            selector: '[aria-label="Remove evidence 2"]',
          }),
        )
      ).click();
      expect(page.page.querySelectorAll('.editor__row--evidence')).toHaveLength(
        1,
      );

      await click(page, 'Save as draft');

      expect(
        http.expectOne({ method: 'POST', url: '/api/offerings' }).request.body,
      ).toEqual({
        organisationId: 'o-caresense',
        title: 'Bed sensor',
        description: 'Detects when a resident gets up.',
        careAreas: [],
        targetGroups: [],
        settings: [],
        wantedStart: null,
        testPeriodMonths: null,
        budgetNote: null,
        contact: null,
        attachments: [],
        trl: 7,
        seekingTestSite: true,
        ceClass: 'IIa',
        evidence: [{ kind: 'pilot', title: 'Pilot in Aarhus', url: null }],
        status: 'draft',
      });
    });
  });

  describe('editing', () => {
    const stored = (overrides: Partial<Need> = {}) =>
      aNeed({
        id: 'n1',
        organisation: {
          id: 'o-aarhus',
          name: 'Aarhus Kommune',
          kind: 'municipality',
          country: 'DK',
        },
        title: 'Night-time wandering',
        description: 'Residents leave at night.',
        careAreas: ['dementia'],
        minTrl: 5,
        status: 'draft',
        version: 7,
        ...overrides,
      });

    it('loads the need and saves it with the version it read', async () => {
      const page = await openEditor('/needs/n1/edit', stored());

      expect(text(page.page.querySelector('h1'))).toBe('Edit need');
      expect(text(page.page.querySelector('.editor__organisation'))).toBe(
        'Organisation: Aarhus Kommune',
      );
      expect(text(page.page.querySelector('opi-record-status'))).toBe('Draft');
      expect(await (await inputIn(page.loader, 'Title')).getValue()).toBe(
        'Night-time wandering',
      );

      await fill(page.loader, 'Title', 'Night-time wandering at home');
      await click(page, 'Save changes');
      const update = http.expectOne({ method: 'PATCH', url: '/api/needs/n1' });
      expect(update.request.body).toEqual({
        title: 'Night-time wandering at home',
        description: 'Residents leave at night.',
        careAreas: ['dementia'],
        targetGroups: [],
        settings: [],
        language: 'en',
        wantedStart: null,
        testPeriodMonths: null,
        budgetNote: null,
        contact: null,
        attachments: [],
        minTrl: 5,
        testSiteOffered: false,
        version: 7,
      });
      const arrived = navigationEnd(page.router);
      update.flush(stored({ version: 8 }));
      await arrived;
      expect(page.router.url).toBe('/needs/n1');
    });

    it('publishes a draft with what is in the form', async () => {
      const page = await openEditor('/needs/n1/edit', stored());

      await click(page, 'Publish');

      expect(
        http.expectOne({ method: 'PATCH', url: '/api/needs/n1' }).request.body,
      ).toMatchObject({ status: 'published', version: 7 });
    });

    it('shows the API’s objections next to the fields they name', async () => {
      const page = await openEditor(
        '/needs/n1/edit',
        stored({
          attachments: [{ title: 'Spec', url: 'https://aarhus.dk/spec.pdf' }],
        }),
      );

      await click(page, 'Save changes');
      http.expectOne({ method: 'PATCH', url: '/api/needs/n1' }).flush(
        {
          statusCode: 400,
          message: [
            'title must be shorter than or equal to 200 characters',
            'attachments.0.url must be a URL address',
            'something else went wrong',
          ],
          error: 'Bad Request',
        },
        { status: 400, statusText: 'Bad Request' },
      );
      await page.settle();

      expect(await errorsOf(page.loader, 'Title')).toEqual([
        'Not accepted: title must be shorter than or equal to 200 characters',
      ]);
      const row = await page.loader.getChildLoader('#editor-attachment-0');
      expect(await errorsOf(row, 'Web address')).toEqual([
        'Not accepted: attachments.0.url must be a URL address',
      ]);
      expect(text(page.page.querySelector('opi-form-alert li'))).toBe(
        'something else went wrong',
      );
    });

    it('explains a conflict and reloads the other version', async () => {
      const page = await openEditor('/needs/n1/edit', stored());

      await click(page, 'Save changes');
      http
        .expectOne({ method: 'PATCH', url: '/api/needs/n1' })
        .flush(
          { statusCode: 409, message: 'Stale version', error: 'Conflict' },
          { status: 409, statusText: 'Conflict' },
        );
      await page.settle();

      const alert = page.page.querySelector('.editor__conflict');
      expect(text(alert?.querySelector('p'))).toBe(
        'Someone else changed this need while you were editing. Reload to see their version, then make your changes again. What you typed here will be replaced.',
      );
      expect(document.activeElement).toBe(alert);

      press(page.harness, 'Reload');
      http
        .expectOne('/api/needs/n1')
        .flush(stored({ title: 'Wandering at night', version: 9 }));
      await page.settle();
      expect(page.page.querySelector('.editor__conflict')).toBeNull();

      await click(page, 'Save changes');
      expect(
        http.expectOne({ method: 'PATCH', url: '/api/needs/n1' }).request.body,
      ).toMatchObject({ title: 'Wandering at night', version: 9 });
    });

    it('archives a published need, keeping what is typed', async () => {
      const page = await openEditor(
        '/needs/n1/edit',
        stored({ status: 'published' }),
      );

      await click(page, 'Archive');
      const archive = http.expectOne({ method: 'PATCH', url: '/api/needs/n1' });
      expect(archive.request.body).toEqual({ status: 'archived', version: 7 });
      archive.flush(stored({ status: 'archived', version: 8 }));
      await page.settle();

      expect(text(page.page.querySelector('opi-record-status'))).toBe(
        'Archived',
      );
      await click(page, 'Republish');
      expect(
        http.expectOne({ method: 'PATCH', url: '/api/needs/n1' }).request.body,
      ).toMatchObject({ status: 'published', version: 8 });
    });

    it('deletes the need once the reader confirms', async () => {
      const page = await openEditor('/needs/n1/edit', stored());

      await click(page, 'Delete');
      const dialog = await page.overlay.getHarness(
        MatButtonHarness.with({
          text: 'Delete',
          ancestor: 'mat-dialog-container',
        }),
      );
      expect(text(document.querySelector('mat-dialog-container h2'))).toBe(
        'Delete this need?',
      );
      await dialog.click();
      // The dialog answers once its closing animation is over.
      await until(() => !document.querySelector('mat-dialog-container'));

      const remove = http.expectOne({ method: 'DELETE', url: '/api/needs/n1' });
      const arrived = navigationEnd(page.router);
      remove.flush(null, { status: 204, statusText: 'No Content' });
      await arrived;
      expect(page.router.url).toBe('/my/needs');
    });

    it('edits an offering at /offerings/:id/edit', async () => {
      const page = await openEditor(
        '/offerings/f1/edit',
        anOffering({
          id: 'f1',
          title: 'Bed sensor',
          evidence: [{ kind: 'study', title: 'RCT', url: 'https://x.dk/rct' }],
          version: 2,
        }),
      );

      expect(text(page.page.querySelector('h1'))).toBe('Edit offering');
      await click(page, 'Save changes');
      expect(
        http.expectOne({ method: 'PATCH', url: '/api/offerings/f1' }).request
          .body,
      ).toMatchObject({
        evidence: [{ kind: 'study', title: 'RCT', url: 'https://x.dk/rct' }],
        version: 2,
      });
    });
  });

  describe('tag suggestions', () => {
    const suggestions = () => http.match('/api/taxonomy/suggestions');

    it('asks once the writer pauses and the text is long enough', async () => {
      const page = await openNew('/needs/new', [aarhus]);

      await fill(page.loader, 'Title', 'Night wandering');
      await pause();
      expect(suggestions()).toEqual([]); // under 30 characters

      // Two edits in quick succession: one request, for the latest text.
      const description = page.page.querySelector('textarea');
      for (const value of [
        'Residents with dementia',
        'Residents with dementia leave the nursing home at night.',
      ]) {
        if (description) {
          description.value = value;
          description.dispatchEvent(new Event('input'));
        }
      }
      expect(suggestions()).toEqual([]); // still typing

      await pause();
      const [request, ...more] = suggestions();
      expect(more).toEqual([]);
      expect(request.request.method).toBe('POST');
      expect(request.request.body).toEqual({
        text: 'Night wandering\nResidents with dementia leave the nursing home at night.',
      });
    });

    it('offers the suggested tags not chosen yet, and adds one on click', async () => {
      const page = await openNew('/needs/new', [aarhus]);
      await pick(page, 'Care areas', ['Dementia']);
      await fill(
        page.loader,
        'Description',
        'Residents with dementia wander out of the nursing home at night.',
      );
      await pause();
      http.expectOne('/api/taxonomy/suggestions').flush(
        aTagSuggestions({
          careAreas: [
            aSuggestion('dementia', ['dementia']),
            aSuggestion('fall-prevention', ['wander']),
          ],
          settings: [aSuggestion('nursing-home', ['nursing home'])],
        }),
      );
      await page.settle();

      const group = page.page.querySelector('[role=group]');
      expect(text(group?.querySelector('h3'))).toBe('Suggested tags');
      expect(group?.getAttribute('aria-labelledby')).toBe(
        'tag-suggestions-heading',
      );
      // Dementia is chosen already: not suggested again.
      expect(suggestionButtons(page)).toEqual([
        'Fall prevention +',
        'Nursing home +',
      ]);
      expect(
        page.page
          .querySelector('.suggestions__tag')
          ?.getAttribute('aria-label'),
      ).toBe('Add Fall prevention (matched: wander)');
      expect(
        text(page.page.querySelector('opi-suggested-tags [aria-live=polite]')),
      ).toBe('2 tags suggested from your text.');

      await click(page, 'Fall prevention +');

      expect(
        await (await selectIn(page.loader, 'Care areas')).getValueText(),
      ).toBe('Dementia, Fall prevention');
      expect(suggestionButtons(page)).toEqual(['Nursing home +']);
      expect(text(document.activeElement)).toBe('Nursing home +');

      await click(page, 'Add all suggestions');
      expect(
        await (await selectIn(page.loader, 'Care settings')).getValueText(),
      ).toBe('Nursing home');
      expect(page.page.querySelector('[role=group]')).toBeNull();
    });
  });

  it('is only for signed-in readers', async () => {
    TestBed.inject(AuthService).clear();

    const page = await openPage('/offerings/new');

    expect(page.router.url).toBe('/login?returnUrl=%2Fofferings%2Fnew');
  });
});
