import { provideHttpClient, withInterceptors } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatCheckboxHarness } from '@angular/material/checkbox/testing';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatRadioGroupHarness } from '@angular/material/radio/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import type { Organisation } from '@opi/contracts';
import { signInAs } from '../../testing/auth';
import {
  aMe,
  aMembership,
  anOrganisationProfile,
} from '../../testing/factories';
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

describe('OrganisationEditor (/organisations/new, /organisations/:id/edit)', () => {
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
    signInAs(
      aMe({
        id: 'u1',
        memberships: [aMembership({ organisationId: 'o1', role: 'owner' })],
      }),
      http,
    );
  });

  type Page = Awaited<ReturnType<typeof openPage>>;

  /** The labels of the form fields and the section headings on show. */
  async function shown({ page, loader }: Page) {
    const fields = await loader.getAllHarnesses(MatFormFieldHarness);
    return {
      sections: [...page.querySelectorAll('h2')].map(text),
      fields: await Promise.all(fields.map((f) => f.getLabel())),
    };
  }

  async function chooseKind({ loader }: Page, kind: string) {
    await (
      await loader.getHarness(
        MatRadioGroupHarness.with({ selector: '[formControlName=kind]' }),
      )
    ).checkRadioButton({ label: kind });
  }

  async function click({ loader }: Page, label: string) {
    await (
      await loader.getHarness(MatButtonHarness.with({ text: label }))
    ).click();
  }

  async function pick({ loader }: Page, label: string, options: string[]) {
    const control = await selectIn(loader, label);
    await control.open();
    for (const option of options) {
      await control.clickOptions({ text: option });
    }
    await control.close();
  }

  it('asks for the kind first, then shows the fields of that kind', async () => {
    const page = await openPage('/organisations/new');

    expect(text(page.page.querySelector('h1'))).toBe('New organisation');
    expect(await shown(page)).toEqual({ sections: [], fields: [] });

    await chooseKind(page, 'Municipality');
    expect(await shown(page)).toEqual({
      sections: [
        'Basic information',
        'About the municipality',
        'Test site',
        'Visibility',
      ],
      fields: [
        'Name',
        'Country',
        'Region',
        'Description',
        'Care areas',
        'Population',
        'Care settings it runs',
      ],
    });

    await (
      await page.loader.getHarness(
        MatCheckboxHarness.with({ label: 'We offer a test site' }),
      )
    ).check();
    expect((await shown(page)).fields.slice(7)).toEqual([
      'Where tests can run',
      'Capacity',
      'Contact for tests',
      'Conditions',
    ]);

    await chooseKind(page, 'Company');
    expect(await shown(page)).toEqual({
      sections: ['Basic information', 'About the company', 'Visibility'],
      fields: [
        'Name',
        'Country',
        'Region',
        'Description',
        'Care areas',
        'City',
        'Website',
        'Size',
        'VAT or CVR number',
        'Expertise',
        'Products and services',
      ],
    });

    await chooseKind(page, 'Hospital');
    expect(await shown(page)).toEqual({
      sections: [
        'Basic information',
        'About the hospital',
        'Test site',
        'Visibility',
      ],
      fields: [
        'Name',
        'Country',
        'Region',
        'Description',
        'Care areas',
        'Beds',
        'Departments',
        // The test-site offer ticked for the municipality still holds.
        'Where tests can run',
        'Capacity',
        'Contact for tests',
        'Conditions',
      ],
    });

    await chooseKind(page, 'Knowledge institution');
    expect(await shown(page)).toEqual({
      sections: ['Basic information', 'Research and evaluation', 'Visibility'],
      fields: [
        'Name',
        'Country',
        'Region',
        'Description',
        'Care areas',
        'Research groups',
        'Expertise',
        'Evaluation services',
      ],
    });
  });

  it('asks for a kind before anything else', async () => {
    const page = await openPage('/organisations/new');

    await click(page, 'Create organisation');

    expect(text(page.page.querySelector('#editor-kind-error'))).toBe(
      'Choose the type of organisation.',
    );
    expect(document.activeElement?.closest('mat-radio-group')).not.toBeNull();
    http.expectNone('/api/organisations');
  });

  it('checks the fields as the API does, and focuses the first one in error', async () => {
    const page = await openPage('/organisations/new');
    await chooseKind(page, 'Company');

    await fill(page.loader, 'Country', 'd1');
    await fill(page.loader, 'Website', 'sundhedsteknik.dk');
    await click(page, 'Create organisation');

    expect(await errorsOf(page.loader, 'Name')).toEqual([
      'This field is required.',
    ]);
    expect(await errorsOf(page.loader, 'Country')).toEqual([
      'Use the two-letter country code, such as DK or NL.',
    ]);
    expect(await errorsOf(page.loader, 'Website')).toEqual([
      'Enter a full web address starting with https://',
    ]);
    expect(document.activeElement?.getAttribute('formcontrolname')).toBe(
      'name',
    );
    http.expectNone('/api/organisations');

    await fill(page.loader, 'VAT or CVR number', 'DK1');
    expect(await errorsOf(page.loader, 'VAT or CVR number')).toEqual([
      'Enter a VAT or CVR number such as DK12345678.',
    ]);
    await fill(
      page.loader,
      'Products and services',
      `NightWatch\n${'x'.repeat(201)}`,
    );
    expect(await errorsOf(page.loader, 'Products and services')).toEqual([
      'Keep each line to at most 200 characters.',
    ]);

    await chooseKind(page, 'Municipality');
    await fill(page.loader, 'Population', '-1');
    expect(await errorsOf(page.loader, 'Population')).toEqual([
      'Enter a whole number of 0 or more.',
    ]);
  });

  it('writes the country code in capitals and names the country', async () => {
    const page = await openPage('/organisations/new');
    await chooseKind(page, 'Municipality');

    const country = await page.loader.getHarness(
      MatFormFieldHarness.with({ floatingLabelText: 'Country' }),
    );
    const input = await (await inputIn(page.loader, 'Country')).host();
    await input.sendKeys('dk');

    expect(await input.getProperty('value')).toBe('DK');
    expect(await country.getTextHints()).toEqual(['Denmark']);
    expect(await country.getTextErrors()).toEqual([]);
  });

  it('creates a municipality with its test site and opens its page', async () => {
    const page = await openPage('/organisations/new');
    await chooseKind(page, 'Municipality');
    await fill(page.loader, 'Name', 'Aarhus Kommune');
    await fill(page.loader, 'Country', 'DK');
    await fill(page.loader, 'Region', 'Midtjylland');
    await pick(page, 'Care areas', ['Dementia']);
    await fill(page.loader, 'Population', '367000');
    await (
      await page.loader.getHarness(
        MatCheckboxHarness.with({ label: 'We offer a test site' }),
      )
    ).check();
    await pick(page, 'Where tests can run', ['Nursing home']);
    await fill(page.loader, 'Capacity', '40');
    await (
      await page.loader.getHarness(
        MatRadioGroupHarness.with({ selector: '[formControlName=status]' }),
      )
    ).checkRadioButton({ label: 'Published' });

    await click(page, 'Create organisation');
    const create = http.expectOne('/api/organisations');
    expect(create.request.method).toBe('POST');
    expect(create.request.body).toEqual({
      kind: 'municipality',
      name: 'Aarhus Kommune',
      country: 'DK',
      region: 'Midtjylland',
      description: '',
      careAreas: ['dementia'],
      status: 'published',
      population: 367000,
      careSettings: [],
      testSite: {
        offered: true,
        settings: ['nursing-home'],
        capacity: 40,
        contact: null,
        conditions: null,
      },
    });
    const arrived = navigationEnd(page.router);
    const created = anOrganisationProfile({
      id: 'o-new',
      name: 'Aarhus Kommune',
    });
    create.flush(created, { status: 201, statusText: 'Created' });
    // The new membership is loaded, so the profile shows the members and "edit".
    http.expectOne('/api/me').flush(
      aMe({
        id: 'u1',
        memberships: [aMembership({ organisationId: 'o-new', role: 'owner' })],
      }),
    );
    await arrived;

    expect(page.router.url).toBe('/organisations/o-new');
    page.harness.fixture.detectChanges();
    http.expectOne('/api/organisations/o-new').flush(created);
    page.harness.fixture.detectChanges();
    http.expectOne('/api/organisations/o-new/members').flush([]);
    await page.settle();
    expect(text(page.harness.routeNativeElement?.querySelector('h1'))).toBe(
      'Aarhus Kommune',
    );
  });

  describe('editing', () => {
    const stored = (overrides: Partial<Organisation> = {}) =>
      anOrganisationProfile({
        id: 'o1',
        kind: 'hospital',
        name: 'Odense Universitetshospital',
        country: 'DK',
        region: 'Syddanmark',
        departments: ['Geriatrics'],
        beds: 1000,
        testSite: null,
        status: 'published',
        version: 7,
        ...overrides,
      });

    async function openEditor(org: Organisation) {
      const page = await openPage('/organisations/o1/edit', { settled: false });
      http.expectOne('/api/organisations/o1').flush(org);
      await page.settle();
      return page;
    }

    it('shows the saved organisation with the fields of its kind', async () => {
      const page = await openEditor(stored());

      expect(text(page.page.querySelector('h1'))).toBe('Edit organisation');
      expect(text(page.page.querySelector('.editor__kind'))).toBe(
        'Type: Hospital',
      );
      expect(page.page.querySelector('[formControlName=kind]')).toBeNull();
      expect(await (await inputIn(page.loader, 'Name')).getValue()).toBe(
        'Odense Universitetshospital',
      );
      expect((await shown(page)).fields).toContain('Beds');
      expect((await shown(page)).fields).not.toContain('Population');
    });

    it('saves with the version it read', async () => {
      const page = await openEditor(stored());

      await fill(page.loader, 'Beds', '1100');
      await click(page, 'Save changes');
      const update = http.expectOne('/api/organisations/o1');
      expect(update.request.method).toBe('PATCH');
      expect(update.request.body).toEqual({
        name: 'Odense Universitetshospital',
        country: 'DK',
        region: 'Syddanmark',
        description: '',
        careAreas: [],
        status: 'published',
        departments: ['Geriatrics'],
        beds: 1100,
        testSite: {
          offered: false,
          settings: [],
          capacity: null,
          contact: null,
          conditions: null,
        },
        version: 7,
      });
      const arrived = navigationEnd(page.router);
      update.flush(stored({ beds: 1100, version: 8 }));
      await arrived;

      expect(page.router.url).toBe('/organisations/o1');
      page.harness.fixture.detectChanges();
      http.expectOne('/api/organisations/o1').flush(stored({ version: 8 }));
      http.match('/api/organisations/o1/members').forEach((r) => r.flush([]));
    });

    it('explains a conflict, and reloads the other version to save on top of it', async () => {
      const page = await openEditor(stored());

      await fill(page.loader, 'Beds', '1100');
      await click(page, 'Save changes');
      http.expectOne('/api/organisations/o1').flush(
        {
          statusCode: 409,
          message: 'This organisation was changed by someone else',
          error: 'Conflict',
        },
        { status: 409, statusText: 'Conflict' },
      );
      await page.settle();

      const alert = page.page.querySelector('[role=alert]');
      expect(text(alert?.querySelector('p'))).toBe(
        'Someone else changed this organisation while you were editing. Reload to see their version, then make your changes again. What you typed here will be replaced.',
      );
      expect(document.activeElement).toBe(alert);
      expect(page.router.url).toBe('/organisations/o1/edit');

      press(page.harness, 'Reload');
      http
        .expectOne('/api/organisations/o1')
        .flush(stored({ name: 'OUH', beds: 1050, version: 9 }));
      await page.settle();

      expect(page.page.querySelector('[role=alert]')).toBeNull();
      expect(await (await inputIn(page.loader, 'Beds')).getValue()).toBe(
        '1050',
      );

      await click(page, 'Save changes');
      const retry = http.expectOne('/api/organisations/o1');
      expect(retry.request.body).toMatchObject({
        name: 'OUH',
        beds: 1050,
        version: 9,
      });
      retry.flush(
        { statusCode: 403, message: 'Forbidden', error: 'Forbidden' },
        { status: 403, statusText: 'Forbidden' },
      );
      await page.settle();
      expect(text(page.page.querySelector('[role=alert] p'))).toBe(
        'You are not allowed to change this organisation. Only its members can.',
      );
    });

    it('says when the organisation does not exist', async () => {
      const page = await openPage('/organisations/o1/edit', { settled: false });
      http
        .expectOne('/api/organisations/o1')
        .flush(
          { statusCode: 404, message: 'Not found' },
          { status: 404, statusText: 'Not Found' },
        );
      await page.settle();

      expect(text(page.page.querySelector('[role=alert] p'))).toBe(
        'This organisation does not exist, or you cannot edit it.',
      );
    });
  });
});
