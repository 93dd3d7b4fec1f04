import {
  ChangeDetectionStrategy,
  Component,
  ViewEncapsulation,
  input,
} from '@angular/core';

/**
 * Rendered Markdown of a guide page. The HTML is bound through `[innerHTML]`, so Angular
 * sanitises it; the styles are not encapsulated (the rendered elements carry no component
 * attributes) and apply only inside `.guide-prose`.
 */
@Component({
  selector: 'opi-guide-prose',
  template: '',
  styleUrl: './guide-prose.scss',
  host: { class: 'guide-prose', '[innerHTML]': 'html()' },
  encapsulation: ViewEncapsulation.None,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class GuideProse {
  readonly html = input.required<string>();
}
