import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { Offering } from '@opi/contracts';
import type { UiLanguage } from '@opi/taxonomy';
import { CE_CLASS_KEYS, EVIDENCE_KIND_KEYS } from './offering-labels';

/** An offering's own part of its page (`/offerings/:id`): CE marking and the evidence behind it. */
@Component({
  selector: 'opi-offering-details',
  imports: [TranslocoPipe],
  templateUrl: './offering-details.html',
  styleUrl: './offering-details.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OfferingDetails {
  readonly record = input.required<Offering>();
  /** The page's language (labels here come from the translation files). */
  readonly lang = input<UiLanguage>();
  protected readonly ceClassKeys = CE_CLASS_KEYS;
  protected readonly evidenceKindKeys = EVIDENCE_KIND_KEYS;
}
