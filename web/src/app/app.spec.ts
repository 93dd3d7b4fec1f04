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
import { aNeed } from '../testing/factories';
import { provideTranslocoTesting } from '../testing/transloco-testing';
import { App } from './app';
import { appRoutes } from './app.routes';
import { LANGUAGE_STORAGE_KEY } from './i18n/languages';

describe('App shell', () => {
  beforeEach(() => {
    localStorage.clear();
    const api = new FakeApi();
    api.needs = [aNeed({ title: 'Night-time wandering' })];
    TestBed.configureTestingModule({
      providers: [
        provideRouter(appRoutes, withComponentInputBinding()),
        provideHttpClient(withInterceptors([api.interceptor])),
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

  it('links to Home and Needs and marks the current page', async () => {
    const { shell } = await open('/needs');

    const links = [...shell.querySelectorAll('nav a')];
    expect(links.map(text)).toEqual(['Home', 'Needs']);
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['/', '/needs']);
    expect(links.map((a) => a.getAttribute('aria-current'))).toEqual([
      null,
      'page',
    ]);
  });

  it.each(['/', '/needs'])(
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
