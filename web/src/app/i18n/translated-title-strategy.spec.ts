import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { Router, TitleStrategy, provideRouter } from '@angular/router';
import { TranslocoService } from '@jsverse/transloco';
import { provideTranslocoTesting } from '../../testing/transloco-testing';
import { TranslatedTitleStrategy } from './translated-title-strategy';

@Component({ template: '' })
class Blank {}

describe('TranslatedTitleStrategy', () => {
  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([
          { path: 'needs', component: Blank, title: 'needs.documentTitle' },
          { path: 'untitled', component: Blank },
        ]),
        provideTranslocoTesting(),
        { provide: TitleStrategy, useClass: TranslatedTitleStrategy },
      ],
    });
  });

  it('titles the document with the page and the brand in the active language', async () => {
    await TestBed.inject(Router).navigateByUrl('/needs');

    expect(TestBed.inject(Title).getTitle()).toBe('Needs · OPI portal');
  });

  it('retitles the document when the language changes', async () => {
    await TestBed.inject(Router).navigateByUrl('/needs');

    TestBed.inject(TranslocoService).setActiveLang('fr');

    expect(TestBed.inject(Title).getTitle()).toBe('Besoins · Portail OPI');
  });

  it('uses the brand alone for a page without a title', async () => {
    await TestBed.inject(Router).navigateByUrl('/untitled');

    expect(TestBed.inject(Title).getTitle()).toBe('OPI portal');
  });
});
