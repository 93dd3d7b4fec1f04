import { provideHttpClient, withInterceptors } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatRadioGroupHarness } from '@angular/material/radio/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { aMe } from '../../testing/factories';
import {
  errorsOf,
  fill,
  navigationEnd,
  openPage,
  text,
} from '../../testing/page';
import { provideTranslocoTesting } from '../../testing/transloco-testing';
import { appRoutes } from '../app.routes';
import { authInterceptor } from './auth.interceptor';
import { AuthService } from './auth.service';

describe('Signup (/signup)', () => {
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
  });

  type Page = Awaited<ReturnType<typeof openPage>>;

  async function submit({ loader }: Page) {
    await (
      await loader.getHarness(MatButtonHarness.with({ text: 'Create account' }))
    ).click();
  }

  async function fillIn({ loader }: Page, role?: string) {
    await fill(loader, 'Your name', '  Ada Lovelace ');
    await fill(loader, 'E-mail address', 'ada@example.com');
    await fill(loader, 'Password', 'analytical engine');
    if (role) {
      await (
        await loader.getHarness(MatRadioGroupHarness)
      ).checkRadioButton({
        label: new RegExp(`^${role}`),
      });
    }
  }

  it('offers the three roles a reader can choose, each explained', async () => {
    const page = await openPage('/signup');

    expect(text(page.page.querySelector('h1'))).toBe('Create an account');
    expect(text(page.page.querySelector('legend'))).toBe(
      'How will you use the portal?',
    );
    const radios = await (
      await page.loader.getHarness(MatRadioGroupHarness)
    ).getRadioButtons();
    expect(await Promise.all(radios.map((r) => r.getLabelText()))).toEqual([
      'Entrepreneur or company',
      'Municipality or hospital staff',
      'Researcher',
    ]);
    // Each explanation describes its radio button (read after the name).
    const explanations = [
      ...page.page.querySelectorAll('mat-radio-button input'),
    ].map((input) =>
      text(
        document.getElementById(input.getAttribute('aria-describedby') ?? ''),
      ),
    );
    expect(explanations).toEqual([
      'You develop a product or service for health and care and look for municipalities and hospitals to test it with.',
      'You work for a municipality or hospital and want to post care needs, offer test sites and find solutions.',
      'You work at a university or research institute and want to evaluate or co-develop solutions.',
    ]);
  });

  it('wants a password of at least 10 characters, as the API does', async () => {
    const { loader } = await openPage('/signup');
    const password = await loader.getHarness(
      MatFormFieldHarness.with({ floatingLabelText: 'Password' }),
    );
    expect(await password.getTextHints()).toEqual(['At least 10 characters.']);

    await fill(loader, 'Password', 'short pw!');

    expect(await errorsOf(loader, 'Password')).toEqual([
      'Use at least 10 characters.',
    ]);

    await fill(loader, 'Password', 'long enough');

    expect(await errorsOf(loader, 'Password')).toEqual([]);
  });

  it('asks for a role when none is chosen, and puts the focus there', async () => {
    const page = await openPage('/signup');
    await fillIn(page);

    await submit(page);

    expect(text(page.page.querySelector('#signup-role-error'))).toBe(
      'Choose how you will use the portal.',
    );
    expect(
      page.page
        .querySelector('mat-radio-group')
        ?.getAttribute('aria-describedby'),
    ).toBe('signup-role-error');
    expect(document.activeElement?.closest('mat-radio-button')).not.toBeNull();
    http.expectNone('/api/auth/register');
  });

  it('creates the account with the chosen role and signs in', async () => {
    const page = await openPage('/signup');
    await fillIn(page, 'Researcher');

    await submit(page);
    const arrived = navigationEnd(page.router);
    const register = http.expectOne('/api/auth/register');
    expect(register.request.body).toEqual({
      name: 'Ada Lovelace',
      email: 'ada@example.com',
      password: 'analytical engine',
      role: 'researcher',
    });
    register.flush(
      { accessToken: 'token-1' },
      { status: 201, statusText: 'Created' },
    );
    http.expectOne('/api/me').flush(aMe({ name: 'Ada Lovelace' }));
    await arrived;
    page.harness.fixture.detectChanges();
    http.expectOne('/api/me').flush(aMe({ name: 'Ada Lovelace' }));
    await page.settle();

    expect(page.router.url).toBe('/my/organisations');
    expect(TestBed.inject(AuthService).signedIn()).toBe(true);
  });

  it('says when the e-mail address already has an account, under that field', async () => {
    const page = await openPage('/signup');
    await fillIn(page, 'Entrepreneur');

    await submit(page);
    http.expectOne('/api/auth/register').flush(
      {
        statusCode: 409,
        message: 'E-mail already registered',
        error: 'Conflict',
      },
      { status: 409, statusText: 'Conflict' },
    );
    await page.settle();

    expect(await errorsOf(page.loader, 'E-mail address')).toEqual([
      'An account with this e-mail address already exists. Sign in instead.',
    ]);
    expect(document.activeElement?.getAttribute('formcontrolname')).toBe(
      'email',
    );
    expect(page.page.querySelector('[role=alert]')).toBeNull();
  });

  it('shows API objections that name no field above the form', async () => {
    const page = await openPage('/signup');
    await fillIn(page, 'Entrepreneur');

    await submit(page);
    http.expectOne('/api/auth/register').flush(
      {
        statusCode: 400,
        message: ['property nickname should not exist', 'password is too weak'],
        error: 'Bad Request',
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await page.settle();

    const alert = page.page.querySelector('[role=alert]');
    expect(text(alert?.querySelector('p'))).toBe(
      'Some of the information was not accepted. Check it and try again.',
    );
    expect([...(alert?.querySelectorAll('li') ?? [])].map(text)).toEqual([
      'property nickname should not exist',
    ]);
    expect(await errorsOf(page.loader, 'Password')).toEqual([
      'Not accepted: password is too weak',
    ]);
    expect(document.activeElement?.getAttribute('formcontrolname')).toBe(
      'password',
    );
  });
});
