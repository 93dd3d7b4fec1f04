import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { signInAs } from '../../testing/auth';
import { aMe } from '../../testing/factories';
import { text } from '../../testing/page';
import { provideTranslocoTesting } from '../../testing/transloco-testing';
import { AuthService } from '../auth/auth.service';
import { Header } from './header';

describe('Header navigation', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideTranslocoTesting(),
      ],
    });
  });

  async function render() {
    const fixture = TestBed.createComponent(Header);
    await fixture.whenStable();
    return fixture;
  }

  const links = (root: HTMLElement) =>
    [...root.querySelectorAll('nav a')].map((a) => [
      text(a),
      a.getAttribute('href'),
    ]);

  it('links signed-in users to their workshops', async () => {
    signInAs(aMe(), TestBed.inject(HttpTestingController));

    const fixture = await render();

    expect(links(fixture.nativeElement).at(-1)).toEqual([
      'Workshops',
      '/workshops',
    ]);
  });

  it('has no workshops link for visitors, and drops it on signing out', async () => {
    signInAs(aMe(), TestBed.inject(HttpTestingController));
    const fixture = await render();

    TestBed.inject(AuthService).clear();
    await fixture.whenStable();

    expect(links(fixture.nativeElement).map(([label]) => label)).toEqual([
      'Home',
      'Needs',
      'Offerings',
      'Organisations',
      'Guide',
    ]);
  });

  it.each(['cluster_manager', 'admin'] as const)(
    'links a %s to the dashboard',
    async (role) => {
      signInAs(aMe({ role }), TestBed.inject(HttpTestingController));

      const fixture = await render();

      expect(links(fixture.nativeElement).slice(-3)).toEqual([
        ['Partnerships', '/partnerships'],
        ['Workshops', '/workshops'],
        ['Dashboard', '/dashboard'],
      ]);
    },
  );

  it.each(['public_staff', 'entrepreneur', 'researcher'] as const)(
    'has no dashboard link for a %s',
    async (role) => {
      signInAs(aMe({ role }), TestBed.inject(HttpTestingController));

      const fixture = await render();

      expect(
        links(fixture.nativeElement).map(([, href]) => href),
      ).not.toContain('/dashboard');
    },
  );
});
