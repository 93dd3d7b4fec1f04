import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { FormProblem } from './api-error';

/**
 * What went wrong with a form, announced as an alert. It can take focus (`tabindex=-1`), so a
 * page moves focus here when no single field explains the problem.
 */
@Component({
  selector: 'opi-form-alert',
  imports: [TranslocoPipe],
  template: `
    <p>{{ problem().key | transloco: problem().params }}</p>
    @if (problem().details.length) {
      <ul class="form-alert__details">
        @for (detail of problem().details; track $index) {
          <li>{{ detail }}</li>
        }
      </ul>
    }
  `,
  styles: `
    :host {
      display: block;
      margin-bottom: 1rem;
    }

    .form-alert__details {
      margin: 0;
      padding-left: 1.25rem;
    }
  `,
  host: {
    role: 'alert',
    tabindex: '-1',
    class: 'opi-state opi-state--error',
  },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FormAlert {
  readonly problem = input.required<FormProblem>();
}
