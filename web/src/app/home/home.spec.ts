import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { provideRouter } from '@angular/router';
import { TranslocoService } from '@jsverse/transloco';
import { FakeApi } from '../../testing/fake-api';
import { aNeed, anOffering, anOrganisation } from '../../testing/factories';
import { provideTranslocoTesting } from '../../testing/transloco-testing';
import { Home, LATEST_COUNT } from './home';

describe('Home (/)', () => {
  let api: FakeApi;

  beforeEach(() => {
    api = new FakeApi();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideHttpClient(withInterceptors([api.interceptor])),
        provideTranslocoTesting(),
      ],
    });
  });

  async function open() {
    const fixture = TestBed.createComponent(Home);
    await fixture.whenStable();
    const page = fixture.nativeElement as HTMLElement;
    return { fixture, page, loader: TestbedHarnessEnvironment.loader(fixture) };
  }

  const text = (el: Element | null | undefined) =>
    el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const section = (page: HTMLElement, heading: string) =>
    [...page.querySelectorAll('section')].find(
      (s) => text(s.querySelector('h2')) === heading,
    ) ?? null;

  it('explains OPI and who it is for', async () => {
    const { page } = await open();

    expect(text(page.querySelector('h1'))).toBe(
      'Find partners to improve health and care together',
    );
    expect(text(section(page, 'What is OPI?'))).toContain(
      'public-private innovation',
    );
    expect(
      [...(section(page, 'Who is it for?')?.querySelectorAll('h3') ?? [])].map(
        text,
      ),
    ).toEqual([
      'Municipalities and hospitals',
      'Companies',
      'Knowledge institutions',
      'Cluster managers',
    ]);
    expect(page.querySelector('a[href="/needs"]')).not.toBeNull();
  });

  it('shows the latest needs and offerings from the API', async () => {
    api.needs = [
      aNeed({
        title: 'Night-time wandering',
        organisation: anOrganisation({ name: 'Aarhus Kommune' }),
      }),
      aNeed({ title: 'Medication reminders' }),
    ];
    api.offerings = [
      anOffering({
        title: 'GPS sole',
        careAreas: ['dementia'],
        trl: 8,
        seekingTestSite: true,
      }),
    ];

    const { page } = await open();

    expect(api.lastQuery('/api/needs')).toEqual({
      page: '1',
      pageSize: String(LATEST_COUNT),
    });
    expect(api.lastQuery('/api/offerings')).toEqual({
      page: '1',
      pageSize: String(LATEST_COUNT),
    });
    const needs = section(page, 'Latest needs');
    expect(
      [...(needs?.querySelectorAll('opi-need-card h3') ?? [])].map(text),
    ).toEqual(['Night-time wandering', 'Medication reminders']);
    expect(text(needs)).toContain('Aarhus Kommune');
    expect(text(needs?.querySelector('a[href="/needs"]'))).toBe(
      'See all needs',
    );
    const offerings = section(page, 'Latest offerings');
    expect(text(offerings?.querySelector('opi-offering-card h3'))).toBe(
      'GPS sole',
    );
    expect(text(offerings)).toContain('Dementia');
    expect(text(offerings)).toContain('TRL 8 –');
    expect(text(offerings)).toContain('Looking for one');
  });

  it('says when nothing is published yet', async () => {
    const { page } = await open();

    expect(text(section(page, 'Latest needs'))).toContain(
      'No needs have been published yet.',
    );
    expect(text(section(page, 'Latest offerings'))).toContain(
      'No offerings have been published yet.',
    );
  });

  it('keeps the rest of the page when one list fails, and lets the reader retry', async () => {
    api.needs = [aNeed({ title: 'Night-time wandering' })];
    api.offerings = [anOffering({ title: 'GPS sole' })];
    api.failing = '/api/offerings';
    const { page, loader } = await open();

    expect(text(section(page, 'Latest needs'))).toContain(
      'Night-time wandering',
    );
    expect(
      text(section(page, 'Latest offerings')?.querySelector('[role=alert]')),
    ).toContain('The latest offerings could not be loaded.');

    api.failing = false;
    await (
      await loader.getHarness(MatButtonHarness.with({ text: 'Try again' }))
    ).click();

    expect(text(section(page, 'Latest offerings'))).toContain('GPS sole');
  });

  it('speaks the reader’s language', async () => {
    TestBed.inject(TranslocoService).setActiveLang('nl');

    const { page } = await open();

    expect(text(page.querySelector('h1'))).toBe(
      'Vind partners en maak de zorg samen beter',
    );
    expect(section(page, 'Voor wie is het portaal?')).not.toBeNull();
  });
});
