import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { NavigationEnd, Router, provideRouter } from '@angular/router';
import { TranslocoService } from '@jsverse/transloco';
import { filter, firstValueFrom } from 'rxjs';
import { provideTranslocoTesting } from '../../testing/transloco-testing';
import { LanguageService } from './language.service';
import { LANGUAGE_STORAGE_KEY } from './languages';

@Component({ template: '' })
class Blank {}

describe('LanguageService', () => {
  beforeEach(() => {
    localStorage.clear();
    document.documentElement.lang = '';
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: '**', component: Blank }]),
        provideTranslocoTesting(),
      ],
    });
  });

  afterEach(() => window.history.replaceState({}, '', '/'));

  /** Opens the portal at `url`, as the browser would, and runs the start-up. */
  async function start(
    url: string,
    remembered?: string,
  ): Promise<LanguageService> {
    window.history.replaceState({}, '', url);
    if (remembered) {
      localStorage.setItem(LANGUAGE_STORAGE_KEY, remembered);
    }
    const language = TestBed.inject(LanguageService);
    await language.init();
    await TestBed.inject(Router).navigateByUrl(url);
    return language;
  }

  const shown = (key: string) =>
    TestBed.inject(TranslocoService).translate(key);

  it('starts in English when the reader has not chosen', async () => {
    const language = await start('/');

    expect(language.current()).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    expect(shown('nav.home')).toBe('Home');
  });

  it('starts in the language remembered from an earlier visit', async () => {
    const language = await start('/', 'nl');

    expect(language.current()).toBe('nl');
    expect(document.documentElement.lang).toBe('nl');
    expect(shown('nav.home')).toBe('Start');
  });

  it('opens a page in the language of ?lang= and remembers it', async () => {
    const language = await start('/needs?lang=da', 'fr');

    expect(language.current()).toBe('da');
    expect(document.documentElement.lang).toBe('da');
    expect(shown('nav.needs')).toBe('Behov');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('da');
  });

  it('ignores a ?lang= the portal does not speak', async () => {
    const language = await start('/needs?lang=xx', 'fr');

    expect(language.current()).toBe('fr');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('fr');
  });

  it('ignores a remembered value the portal does not speak', async () => {
    const language = await start('/', 'klingon');

    expect(language.current()).toBe('en');
  });

  it('follows ?lang= on later navigations', async () => {
    const language = await start('/');

    await TestBed.inject(Router).navigateByUrl('/needs?lang=fr');

    expect(language.current()).toBe('fr');
    expect(document.documentElement.lang).toBe('fr');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('fr');
  });

  it('switches to the language the reader picks and remembers it', async () => {
    const language = await start('/needs');

    language.use('nl');

    expect(language.current()).toBe('nl');
    expect(document.documentElement.lang).toBe('nl');
    expect(shown('nav.needs')).toBe('Vraagstukken');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('nl');
    expect(TestBed.inject(Router).url).toBe('/needs');
  });

  it('keeps a ?lang= in the address in step with the pick, so a reload keeps it', async () => {
    const language = await start('/needs?lang=da&q=falls');
    const router = TestBed.inject(Router);
    const navigated = firstValueFrom(
      router.events.pipe(filter((e) => e instanceof NavigationEnd)),
    );

    language.use('fr');
    await navigated;

    expect(router.url).toBe('/needs?lang=fr&q=falls');
    expect(language.current()).toBe('fr');
  });

  it('still switches when the browser refuses storage', async () => {
    const language = await start('/');
    const setItem = jest
      .spyOn(Storage.prototype, 'setItem')
      .mockImplementation(() => {
        throw new DOMException('blocked', 'SecurityError');
      });

    expect(() => language.use('da')).not.toThrow();
    expect(language.current()).toBe('da');
    setItem.mockRestore();
  });
});
