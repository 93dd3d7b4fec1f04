import { provideHttpClient, withInterceptors } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import type { PersonalDataExport } from '@opi/contracts';
import { signInAs } from '../../testing/auth';
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
import { authInterceptor } from '../auth/auth.interceptor';
import { AuthService, TOKEN_STORAGE_KEY } from '../auth/auth.service';

describe('Account (/account)', () => {
  let http: HttpTestingController;
  const me = aMe({
    id: 'u1',
    name: 'Mette Hansen',
    email: 'mette@aarhus.dk',
    role: 'public_staff',
    createdAt: '2025-03-14T09:00:00.000Z',
  });

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter(appRoutes, withComponentInputBinding()),
        provideHttpClient(withInterceptors([authInterceptor])),
        provideHttpClientTesting(),
        provideTranslocoTesting(),
        {
          provide: MATERIAL_ANIMATIONS,
          useValue: { animationsDisabled: true },
        },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    signInAs(me, http);
  });

  afterEach(() => http.verify());

  async function open() {
    const page = await openPage('/account', { settled: false });
    http.expectOne('/api/me').flush(me);
    await page.settle();
    return page;
  }

  type Page = Awaited<ReturnType<typeof open>>;

  /** The home page, where the reader lands, loads the latest needs and offerings. */
  async function landOnHome({ harness, settle }: Page) {
    harness.fixture.detectChanges();
    const empty = { items: [], total: 0, page: 1, pageSize: 4 };
    http.expectOne((r) => r.url === '/api/needs').flush(empty);
    http.expectOne((r) => r.url === '/api/offerings').flush(empty);
    await settle();
  }
  const button = ({ loader }: Page, label: string) =>
    loader.getHarness(MatButtonHarness.with({ text: label }));

  it('says who the reader is, under headings in order', async () => {
    const { page } = await open();

    expect(
      [...page.querySelectorAll('h1, h2')].map(
        (h) => `${h.tagName}: ${text(h)}`,
      ),
    ).toEqual([
      'H1: Your account',
      'H2: Your details',
      'H2: Change password',
      'H2: Your data',
      'H2: Delete your account',
    ]);
    const facts = [...page.querySelectorAll('dt')].map(
      (dt) => `${text(dt)}: ${text(dt.nextElementSibling)}`,
    );
    expect(facts).toEqual([
      'Name: Mette Hansen',
      'E-mail address: mette@aarhus.dk',
      'Role: Municipality or hospital staff',
      'Member since: Mar 14, 2025',
    ]);
  });

  it('is only for signed-in readers', async () => {
    TestBed.inject(AuthService).clear();

    const { router } = await openPage('/account');

    expect(router.url).toBe('/login?returnUrl=%2Faccount');
  });

  it('changes the password: checks it like the API, then keeps the new token', async () => {
    const page = await open();

    await fill(page.loader, 'Current password', 'old password!');
    await fill(page.loader, 'New password', 'short');
    await fill(page.loader, 'Repeat the new password', 'different');
    await (await button(page, 'Change password')).click();

    expect(await errorsOf(page.loader, 'New password')).toEqual([
      'Use at least 10 characters.',
    ]);
    expect(await errorsOf(page.loader, 'Repeat the new password')).toEqual([
      'The two passwords are not the same.',
    ]);
    http.expectNone('/api/auth/change-password');

    await fill(page.loader, 'New password', 'a much better one');
    await fill(page.loader, 'Repeat the new password', 'a much better one');
    await (await button(page, 'Change password')).click();
    const change = http.expectOne('/api/auth/change-password');
    expect(change.request.body).toEqual({
      currentPassword: 'old password!',
      newPassword: 'a much better one',
    });
    change.flush({ accessToken: 'token-2' });
    await page.settle();

    expect(localStorage.getItem(TOKEN_STORAGE_KEY)).toBe('token-2');
    expect(text(page.page.querySelector('.account__done'))).toBe(
      'Your password has been changed. Your other devices have been signed out.',
    );
    expect(await errorsOf(page.loader, 'Current password')).toEqual([]);
  });

  it('says when the current password is wrong, and stays signed in', async () => {
    const page = await open();

    await fill(page.loader, 'Current password', 'not my password');
    await fill(page.loader, 'New password', 'a much better one');
    await fill(page.loader, 'Repeat the new password', 'a much better one');
    await (await button(page, 'Change password')).click();
    http
      .expectOne('/api/auth/change-password')
      .flush(
        { statusCode: 401, message: 'Wrong password', error: 'Unauthorized' },
        { status: 401, statusText: 'Unauthorized' },
      );
    await page.settle();

    expect(await errorsOf(page.loader, 'Current password')).toEqual([
      'This is not your current password.',
    ]);
    expect(document.activeElement?.getAttribute('formcontrolname')).toBe(
      'currentPassword',
    );
    expect(TestBed.inject(AuthService).token()).toBe('token-1');
  });

  it('offers the reader’s data as a JSON file', async () => {
    const page = await open();
    const saved: Blob[] = [];
    URL.createObjectURL = jest.fn((blob: Blob) => {
      saved.push(blob);
      return 'blob:export';
    });
    URL.revokeObjectURL = jest.fn();
    let downloaded = '';
    const click = jest
      .spyOn(HTMLAnchorElement.prototype, 'click')
      .mockImplementation(function (this: HTMLAnchorElement) {
        downloaded = `${this.download} ${this.href}`;
      });
    const data: PersonalDataExport = {
      exportedAt: '2026-11-24T10:00:00.000Z',
      user: {
        id: 'u1',
        email: me.email,
        name: me.name,
        role: me.role,
        createdAt: me.createdAt,
      },
      memberships: [],
      invitationsSent: [],
      auditTrail: [],
    };

    await (await button(page, 'Download my data')).click();
    http.expectOne('/api/me/export').flush(data);

    expect(downloaded).toBe('opi-personal-data-2026-11-24.json blob:export');
    expect(saved[0].type).toBe('application/json');
    expect(JSON.parse(await readText(saved[0]))).toEqual(data);
    click.mockRestore();
  });

  it('deletes the account once the reader confirms, and signs out', async () => {
    const page = await open();

    await (await button(page, 'Delete my account')).click();
    const dialog = await page.overlay.getHarness(MatDialogHarness);
    expect(await dialog.getTitleText()).toBe('Delete your account?');
    await (
      await page.overlay.getHarness(
        MatButtonHarness.with({
          ancestor: 'mat-dialog-container',
          text: 'Delete account',
        }),
      )
    ).click();
    const arrived = navigationEnd(page.router);
    const removal = http.expectOne({ method: 'DELETE', url: '/api/me' });
    removal.flush(null, { status: 204, statusText: 'No Content' });
    await arrived;
    await landOnHome(page);

    expect(TestBed.inject(AuthService).signedIn()).toBe(false);
    expect(localStorage.getItem(TOKEN_STORAGE_KEY)).toBeNull();
    expect(page.router.url).toBe('/');
  });

  it('keeps the account when the reader cancels', async () => {
    const page = await open();

    await (await button(page, 'Delete my account')).click();
    await (
      await page.overlay.getHarness(
        MatButtonHarness.with({
          ancestor: 'mat-dialog-container',
          text: 'Cancel',
        }),
      )
    ).click();

    http.expectNone({ method: 'DELETE', url: '/api/me' });
    expect(TestBed.inject(AuthService).signedIn()).toBe(true);
  });

  it('signs out', async () => {
    const page = await open();

    await (await button(page, 'Sign out')).click();
    const arrived = navigationEnd(page.router);
    http
      .expectOne('/api/auth/logout')
      .flush(null, { status: 204, statusText: 'No Content' });
    await arrived;
    await landOnHome(page);

    expect(TestBed.inject(AuthService).signedIn()).toBe(false);
    expect(page.router.url).toBe('/');
  });
});

function readText(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob);
  });
}
