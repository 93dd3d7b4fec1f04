import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';

/** Any address the portal does not know. */
@Component({
  selector: 'opi-not-found',
  imports: [MatButtonModule, RouterLink, TranslocoPipe],
  template: `
    <div class="opi-page">
      <h1 class="opi-page__title">{{ 'notFound.heading' | transloco }}</h1>
      <p class="opi-page__lead">{{ 'notFound.text' | transloco }}</p>
      <a mat-flat-button routerLink="/">{{ 'notFound.home' | transloco }}</a>
    </div>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NotFound {}
