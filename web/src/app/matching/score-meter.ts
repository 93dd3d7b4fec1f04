import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';

/** A proposal's score as a bar and a percentage, announced as a meter ("Match 82%"). */
@Component({
  selector: 'opi-score-meter',
  imports: [TranslocoPipe],
  template: `
    <div
      class="meter"
      role="meter"
      aria-valuemin="0"
      aria-valuemax="100"
      [attr.aria-valuenow]="percent()"
      [attr.aria-valuetext]="percentText()"
      [attr.aria-label]="
        'matching.score' | transloco: { percent: percentText() }
      "
    >
      <span class="meter__bar"
        ><span class="meter__fill" [style.width.%]="percent()"></span
      ></span>
      <span>{{ percentText() }}</span>
    </div>
  `,
  styles: `
    .meter {
      display: flex;
      gap: 0.5rem;
      align-items: center;
      font: var(--mat-sys-title-small);
    }

    .meter__bar {
      display: block;
      width: 8rem;
      height: 0.5rem;
      border-radius: var(--mat-sys-corner-full);
      background: var(--mat-sys-surface-container-highest);
      outline: 1px solid var(--mat-sys-outline);
      overflow: hidden;
    }

    .meter__fill {
      display: block;
      height: 100%;
      background: var(--mat-sys-primary);
    }

    @media (forced-colors: active) {
      .meter__fill {
        background: CanvasText;
      }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ScoreMeter {
  /** Whole percent, 0–100. */
  readonly percent = input.required<number>();
  /** The percentage as the reader's language writes it ("82%", "82 %"). */
  readonly percentText = input.required<string>();
}
