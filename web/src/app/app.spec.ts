import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { MatMenuHarness } from '@angular/material/menu/testing';
import {
  Router,
  provideRouter,
  withComponentInputBinding,
} from '@angular/router';
import { FakeApi } from '../testing/fake-api';
import { aMe, aNeed } from '../testing/factories';
import { provideTranslocoTesting } from '../testing/transloco-testing';
import { App } from './app';
import { appRoutes } from './app.routes';
import { authInterceptor } from './auth/auth.interceptor';
import { AuthService, TOKEN_STORAGE_KEY } from './auth/auth.service';
import { LANGUAGE_STORAGE_KEY } from './i18n/languages';

describe('App shell', () => {
  let api: FakeApi;

  beforeEach(() => {
    localStorage.clear();
    api = new FakeApi();
    api.needs = [aNeed({ title: 'Night-time wandering' })];
    TestBed.configureTestingModule({
      providers: [
        provideRouter(appRoutes, withComponentInputBinding()),
        provideHttpClient(withInterceptors([authInterceptor, api.interceptor])),
        provideTranslocoTesting(),
      ],
    });
  });

  async function open(url: string) {
    const fixture = TestBed.createComponent(App);
    await TestBed.inject(Router).navigateByUrl(url);
    await fixture.whenStable();
    return {
      fixture,
      shell: fixture.nativeElement as HTMLElement,
      loader: TestbedHarnessEnvironment.loader(fixture),
    };
  }

  const text = (el: Element | null | undefined) =>
    el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const focusable = (root: HTMLElement) =>
    [
      ...root.querySelectorAll<HTMLElement>(
        'a[href], button, input, select, textarea, [tabindex]',
      ),
    ].filter((el) => el.tabIndex >= 0);

  it('starts with a skip link that moves focus to the main content', async () => {
    const { shell } = await open('/');

    const skip = focusable(shell)[0];
    expect(text(skip)).toBe('Skip to main content');

    skip.click();

    expect(document.activeElement).toBe(
      shell.querySelector('main#main-content'),
    );
  });

  it('has header, navigation, main and footer landmarks', async () => {
    const { shell } = await open('/');

    expect(shell.querySelectorAll('header')).toHaveLength(1);
    expect(shell.querySelector('nav')?.getAttribute('aria-label')).toBe(
      'Main navigation',
    );
    expect(shell.querySelectorAll('main')).toHaveLength(1);
    expect(shell.querySelectorAll('footer')).toHaveLength(1);
  });

  it('links to Home, Needs, Offerings, Organisations and Guide and marks the current page', async () => {
    const { shell } = await open('/needs');

    const links = [...shell.querySelectorAll('nav a')];
    expect(links.map(text)).toEqual([
      'Home',
      'Needs',
      'Offerings',
      'Organisations',
      'Guide',
    ]);
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      '/',
      '/needs',
      '/offerings',
      '/organisations',
      '/guide',
    ]);
    expect(links.map((a) => a.getAttribute('aria-current'))).toEqual([
      null,
      'page',
      null,
      null,
      null,
    ]);
  });

  it('offers to sign in (and come back) or sign up when signed out', async () => {
    const { shell } = await open('/needs?q=falls');

    const account = [...shell.querySelectorAll('.header__account a')].map(
      (a) => [text(a), a.getAttribute('href')],
    );
    expect(account).toEqual([
      ['Sign in', '/login?returnUrl=%2Fneeds%3Fq%3Dfalls'],
      ['Sign up', '/signup'],
    ]);
  });

  it('gives a signed-in user a menu: my organisations, needs and offerings, account, sign out', async () => {
    localStorage.setItem(TOKEN_STORAGE_KEY, 'token-1');
    api.me = aMe({ name: 'Mette Hansen' });
    TestBed.inject(AuthService).init();
    const { shell, loader } = await open('/');

    const menu = await loader.getHarness(
      MatMenuHarness.with({ ancestor: 'opi-user-menu' }),
    );
    expect(await menu.getTriggerText()).toBe('Mette Hansen');
    expect(
      shell.querySelector('opi-user-menu button')?.getAttribute('aria-label'),
    ).toBe('Account menu: Mette Hansen');
    expect(text(shell.querySelector('.header__account'))).not.toContain(
      'Sign in',
    );

    await menu.open();
    expect(
      await Promise.all((await menu.getItems()).map((i) => i.getText())),
    ).toEqual([
      'My organisations',
      'My needs',
      'My offerings',
      'Account',
      'Sign out',
    ]);
    await menu.clickItem({ text: 'Sign out' });

    expect(localStorage.getItem(TOKEN_STORAGE_KEY)).toBeNull();
    expect([...shell.querySelectorAll('.header__account a')].map(text)).toEqual(
      ['Sign in', 'Sign up'],
    );
  });

  it.each(['cluster_manager', 'admin'] as const)(
    'links a %s to the dataset import from the menu',
    async (role) => {
      localStorage.setItem(TOKEN_STORAGE_KEY, 'token-1');
      api.me = aMe({ role });
      TestBed.inject(AuthService).init();
      const { loader } = await open('/');

      const menu = await loader.getHarness(
        MatMenuHarness.with({ ancestor: 'opi-user-menu' }),
      );
      await menu.open();
      const items = await menu.getItems();
      expect(await Promise.all(items.map((i) => i.getText()))).toContain(
        'Import data',
      );
      const link = await items[3].host();
      expect(await link.getAttribute('href')).toBe('/import');
    },
  );

  it.each(['/', '/needs', '/organisations', '/login', '/signup'])(
    'keeps the heading levels in order on %s',
    async (url) => {
      const { shell } = await open(url);

      const levels = [...shell.querySelectorAll('h1, h2, h3, h4, h5, h6')].map(
        (h) => Number(h.tagName[1]),
      );
      expect(levels[0]).toBe(1);
      expect(levels.filter((l) => l === 1)).toHaveLength(1);
      levels.forEach(
        (level, i) =>
          i > 0 && expect(level).toBeLessThanOrEqual(levels[i - 1] + 1),
      );
    },
  );

  it('switches the whole page to the language picked in the header', async () => {
    const { shell, loader } = await open('/needs');
    const menu = await loader.getHarness(
      MatMenuHarness.with({ ancestor: 'header' }),
    );
    expect(await menu.getTriggerText()).toBe('English');
    expect(
      shell.querySelector('header button')?.getAttribute('aria-label'),
    ).toBe('Language: English');

    await menu.open();
    const items = await menu.getItems();
    expect(await Promise.all(items.map((i) => i.getText()))).toEqual([
      'English',
      'Dansk',
      'Nederlands',
      'Français',
    ]);
    const checked = await Promise.all(
      items.map(async (i) => (await i.host()).getAttribute('aria-checked')),
    );
    expect(checked).toEqual(['true', 'false', 'false', 'false']);
    await menu.clickItem({ text: 'Dansk' });

    expect(document.documentElement.lang).toBe('da');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('da');
    expect([...shell.querySelectorAll('nav a')].map(text)).toEqual([
      'Forside',
      'Behov',
      'Løsninger',
      'Organisationer',
      'Guide',
    ]);
    expect(text(shell.querySelector('h1'))).toBe('Behov');
    expect(text(focusable(shell)[0])).toBe('Gå til hovedindhold');
    expect(
      shell.querySelector('header button')?.getAttribute('aria-label'),
    ).toBe('Sprog: Dansk');
    expect(
      shell.querySelector('header button [lang]')?.getAttribute('lang'),
    ).toBe('da');
  });

  it('shows a translated page for an unknown address', async () => {
    const { shell } = await open('/no-such-page');

    expect(text(shell.querySelector('h1'))).toBe('Page not found');
  });
});
