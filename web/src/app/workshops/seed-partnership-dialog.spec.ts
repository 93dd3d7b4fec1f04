import { provideHttpClient, withInterceptors } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MatAutocompleteHarness } from '@angular/material/autocomplete/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import type { Organisation, Page } from '@opi/contracts';
import { signInAs } from '../../testing/auth';
import { aMe, anOrganisationProfile } from '../../testing/factories';
import {
  errorsOf,
  fill,
  focusedLabel,
  openPage,
  text,
} from '../../testing/page';
import { aPartnership } from '../../testing/partnerships';
import { provideTranslocoTesting } from '../../testing/transloco-testing';
import {
  aWorkshopProposal,
  aWorkshopSeries,
} from '../../testing/workshop-series';
import { appRoutes } from '../app.routes';
import { authInterceptor } from '../auth/auth.interceptor';
import { ORGANISATION_SEARCH_DEBOUNCE_MS } from './seed-partnership-dialog';

type OpenPage = Awaited<ReturnType<typeof openPage>>;

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** Resolves once `done()` holds (checked every 20 ms, for at most 2 s). */
async function until(done: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !done(); i++) {
    await wait(20);
  }
}
/** Long enough for the pickers' debounce to fire. */
const pause = () => wait(ORGANISATION_SEARCH_DEBOUNCE_MS + 100);

/** `GET /api/organisations` answering these organisations. */
const pageOf = (items: Organisation[]): Page<Organisation> => ({
  items,
  total: items.length,
  page: 1,
  pageSize: 10,
});

describe('SeedPartnershipDialog (from a proposal of /workshops/:seriesId)', () => {
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
    signInAs(aMe({ role: 'cluster_manager' }), http);
  });

  const aarhus = anOrganisationProfile({
    id: 'o1',
    name: 'Aarhus Kommune',
    kind: 'municipality',
    country: 'DK',
  });
  const aarhusUniversity = anOrganisationProfile({
    id: 'o2',
    name: 'Aarhus University',
    kind: 'knowledge_institution',
    country: 'DK',
  });
  const nightWatch = anOrganisationProfile({
    id: 'o3',
    name: 'NightWatch Sensors',
    kind: 'company',
    country: 'NL',
  });

  /** The series page of a cluster manager who does not facilitate it, with the dialog open on p1. */
  async function openDialog() {
    const page = await openPage('/workshops/s1', { settled: false });
    http
      .expectOne({ method: 'GET', url: '/api/workshops/s1' })
      .flush(aWorkshopSeries({ id: 's1', facilitator: false }));
    http
      .expectOne({ method: 'GET', url: '/api/workshops/s1/proposals' })
      .flush([
        aWorkshopProposal({ id: 'p1', title: 'Night-time sensors' }),
        aWorkshopProposal({ id: 'p2', title: 'One care record' }),
      ]);
    await page.settle();
    await (
      await page.loader.getHarness(
        MatButtonHarness.with({
          text: 'Seed a partnership',
          ancestor: '[data-proposal="p1"]',
        }),
      )
    ).click();
    const dialog = await page.overlay.getHarness(MatDialogHarness);
    const [first, second] = await page.overlay.getAllHarnesses(
      MatAutocompleteHarness,
    );
    return { ...page, dialog, first, second };
  }

  /** Types `query` into the picker, answers the search with `found` and returns what it offers. */
  async function search(
    page: OpenPage,
    picker: MatAutocompleteHarness,
    query: string,
    found: Organisation[],
  ): Promise<string[]> {
    await picker.enterText(query);
    return answer(page, picker, query, found);
  }

  /** Waits for the picker's search for `query`, answers it with `found`, returns what it offers. */
  async function answer(
    page: OpenPage,
    picker: MatAutocompleteHarness,
    query: string,
    found: Organisation[],
  ): Promise<string[]> {
    await pause();
    http
      .expectOne(
        (r) =>
          r.method === 'GET' &&
          r.url === '/api/organisations' &&
          r.params.get('q') === query &&
          r.params.get('pageSize') === '10',
      )
      .flush(pageOf(found));
    await page.settle();
    const options = await picker.getOptions();
    return (await Promise.all(options.map((o) => o.getText()))).map((t) =>
      t.replace(/\s+/g, ' ').trim(),
    );
  }

  /** Clicks the dialog's button natively: a harness click would wait for the request it sends. */
  function pressInDialog(page: OpenPage, label: string): void {
    const button = [
      ...document.querySelectorAll<HTMLButtonElement>(
        'mat-dialog-container button',
      ),
    ].find((b) => text(b) === label);
    if (!button) {
      throw new Error(`No button "${label}" in the dialog`);
    }
    button.click();
    page.harness.fixture.detectChanges();
  }

  it('finds the two organisations as one types, sends them with the note and links to the partnership', async () => {
    const page = await openDialog();
    expect(await page.dialog.getTitleText()).toBe('Seed a partnership');
    expect(text(document.querySelector('.seed__lead'))).toBe(
      'Introduce two organisations to each other about “Night-time sensors”. The proposal’s text is added to the partnership’s note.',
    );
    expect(text(document.querySelector('.seed__consent'))).toBe(
      'Both organisations must agree to the introduction before their contacts are shared.',
    );

    // Nothing is searched while one types, then once for the text typed.
    await page.first.enterText('aarhus');
    http.expectNone((r) => r.url === '/api/organisations');
    expect(
      await answer(page, page.first, 'aarhus', [aarhus, aarhusUniversity]),
    ).toEqual([
      'Aarhus Kommune Municipality · Denmark',
      'Aarhus University Knowledge institution · Denmark',
    ]);
    await page.first.selectOption({ text: /Aarhus Kommune/ });
    expect(await page.first.getValue()).toBe('Aarhus Kommune');

    expect(await search(page, page.second, 'night', [nightWatch])).toEqual([
      'NightWatch Sensors Company · Netherlands',
    ]);
    await page.second.selectOption({ text: /NightWatch/ });
    await fill(
      page.overlay,
      'Note (optional)',
      '  Both work on night-time wandering.  ',
    );

    pressInDialog(page, 'Seed the partnership');
    const seed = http.expectOne({
      method: 'POST',
      url: '/api/workshop-proposals/p1/partnership',
    });
    expect(seed.request.body).toEqual({
      organisationIds: ['o1', 'o3'],
      note: 'Both work on night-time wandering.',
    });
    seed.flush(aPartnership({ id: 'pa1' }));
    // The dialog answers once its closing animation is over.
    await until(() => !document.querySelector('mat-dialog-container'));
    await page.settle();

    const card = page.page.querySelector('[data-proposal="p1"]');
    const link = card?.querySelector('.proposal__seeded a');
    expect(text(card?.querySelector('.proposal__seeded'))).toBe(
      'Partnership seeded. Open the partnership',
    );
    expect(link?.getAttribute('href')).toBe('/partnerships/pa1');
    expect(focusedLabel()).toBe(
      'Open the partnership seeded from “Night-time sensors”',
    );
    expect(text(page.page.querySelector('.topics__status'))).toBe(
      'Partnership seeded from “Night-time sensors”. Both organisations are asked to agree.',
    );
    expect(
      page.page.querySelector('[data-proposal="p2"] .proposal__seeded'),
    ).toBeNull();
  });

  it('refuses the same organisation twice, and text not chosen from the list', async () => {
    const page = await openDialog();
    await search(page, page.first, 'aarhus', [aarhus, aarhusUniversity]);
    await page.first.selectOption({ text: /Aarhus Kommune/ });
    await search(page, page.second, 'aarhus', [aarhus, aarhusUniversity]);
    await page.second.selectOption({ text: /Aarhus Kommune/ });

    expect(await errorsOf(page.overlay, 'Second organisation')).toEqual([
      'Choose an organisation other than the first.',
    ]);
    pressInDialog(page, 'Seed the partnership');
    http.expectNone('/api/workshop-proposals/p1/partnership');
    await page.settle();
    expect(focusedLabel()).toBe('Second organisation');

    // Typed but not chosen: still not an organisation.
    await page.second.clear();
    await search(page, page.second, 'Aarhus Uni', [aarhusUniversity]);
    pressInDialog(page, 'Seed the partnership');
    await page.settle();
    expect(await errorsOf(page.overlay, 'Second organisation')).toEqual([
      'Choose an organisation from the list.',
    ]);
    http.expectNone('/api/workshop-proposals/p1/partnership');

    await page.second.selectOption({ text: /Aarhus University/ });
    expect(await errorsOf(page.overlay, 'Second organisation')).toEqual([]);
  });

  it('says when no published organisation matches', async () => {
    const page = await openDialog();
    expect(await search(page, page.first, 'zzz', [])).toEqual([
      'No published organisation matches “zzz”.',
    ]);
  });

  it('shows what the API refused: on the note, above the form, and a 403', async () => {
    const page = await openDialog();
    await search(page, page.first, 'aarhus', [aarhus]);
    await page.first.selectOption({ text: /Aarhus Kommune/ });
    await search(page, page.second, 'night', [nightWatch]);
    await page.second.selectOption({ text: /NightWatch/ });
    await fill(page.overlay, 'Note (optional)', 'Meet.');

    pressInDialog(page, 'Seed the partnership');
    http.expectOne('/api/workshop-proposals/p1/partnership').flush(
      {
        statusCode: 400,
        message: [
          'note must be shorter',
          'organisationIds must name two published organisations',
        ],
        error: 'Bad Request',
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await page.settle();
    expect(await errorsOf(page.overlay, 'Note (optional)')).toEqual([
      'Not accepted: note must be shorter',
    ]);
    const alert = document.querySelector('opi-form-alert');
    expect(text(alert?.querySelector('p'))).toBe(
      'Some of the information was not accepted. Check it and try again.',
    );
    expect([...(alert?.querySelectorAll('li') ?? [])].map(text)).toEqual([
      'organisationIds must name two published organisations',
    ]);
    expect(document.querySelector('mat-dialog-container')).not.toBeNull();

    await fill(page.overlay, 'Note (optional)', 'Meet soon.');
    pressInDialog(page, 'Seed the partnership');
    http
      .expectOne('/api/workshop-proposals/p1/partnership')
      .flush(
        { statusCode: 403, message: 'Forbidden resource', error: 'Forbidden' },
        { status: 403, statusText: 'Forbidden' },
      );
    await page.settle();
    expect(text(document.querySelector('opi-form-alert'))).toBe(
      'Only cluster managers and administrators can seed a partnership.',
    );
    expect(focusedLabel()).toBe(
      'Only cluster managers and administrators can seed a partnership.',
    );
  });
});
