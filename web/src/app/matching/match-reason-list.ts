import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ReasonLine } from './match-reasons';

/**
 * A proposal's reasons as a list: a tick for each reason for it, a minus sign (and "Against:"
 * for screen readers) for each reason against it; the engine's English words when a reason has
 * no translation.
 */
@Component({
  selector: 'opi-match-reason-list',
  imports: [TranslocoPipe],
  template: `
    <ul class="reasons" [attr.aria-label]="'matching.reasonsLabel' | transloco">
      @for (reason of reasons(); track $index) {
        <li class="reason" [class.reason--against]="reason.against">
          <svg
            class="reason__icon"
            viewBox="0 0 24 24"
            aria-hidden="true"
            focusable="false"
          >
            @if (reason.against) {
              <path
                d="M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm5 11H7v-2h10v2z"
              />
            } @else {
              <path d="M9 16.2 4.8 12l-1.4 1.4L9 19 21 7l-1.4-1.4z" />
            }
          </svg>
          <span>
            @if (reason.against) {
              <span class="cdk-visually-hidden">{{
                'matching.against' | transloco
              }}</span>
            }
            @if (reason.key) {
              {{ reason.key | transloco: reason.params }}
            } @else {
              <span lang="en">{{ reason.text }}</span>
            }
          </span>
        </li>
      }
    </ul>
  `,
  styles: `
    :host {
      display: block;
    }

    .reasons {
      margin: 0;
      padding: 0;
      list-style: none;
    }

    .reason {
      display: flex;
      gap: 0.5rem;
      align-items: flex-start;

      & + & {
        margin-top: 0.25rem;
      }
    }

    .reason__icon {
      flex: none;
      width: 1.25em;
      height: 1.25em;
      margin-top: 0.05em;
      fill: currentColor;
      color: var(--mat-sys-primary);
    }

    .reason--against,
    .reason--against .reason__icon {
      color: var(--mat-sys-error);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MatchReasonList {
  readonly reasons = input.required<readonly ReasonLine[]>();
}
