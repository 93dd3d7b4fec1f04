import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';

/** Site footer. */
@Component({
  selector: 'opi-footer',
  imports: [TranslocoPipe],
  template: `
    <footer class="footer">
      <div class="footer__inner">
        <p class="footer__about">{{ 'footer.about' | transloco }}</p>
      </div>
    </footer>
  `,
  styles: `
    .footer {
      margin-top: 3rem;
      background: var(--mat-sys-surface-container-high);
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-medium);
    }

    .footer__inner {
      max-width: 72rem;
      margin: 0 auto;
      padding: 1.5rem 1.25rem;
    }

    .footer__about {
      margin: 0;
      max-width: 70ch;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Footer {}
