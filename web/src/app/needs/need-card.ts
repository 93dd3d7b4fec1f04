import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { Need } from '@opi/contracts';
import type { UiLanguage } from '@opi/taxonomy';
import { MarketplaceCard } from '../marketplace/marketplace-card';
import { NEEDS_COLLECTION } from './needs-collection';

/** One need as a card linking to it; its title is an h3, so it sits under an h2 section heading. */
@Component({
  selector: 'opi-need-card',
  imports: [MarketplaceCard],
  template: `<opi-marketplace-card
    [record]="need()"
    [collection]="collection"
    [lang]="lang()"
  />`,
  styles: ':host { display: block; height: 100%; }',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NeedCard {
  readonly need = input.required<Need>();
  /** Language for taxonomy labels and country names. */
  readonly lang = input.required<UiLanguage>();
  protected readonly collection = NEEDS_COLLECTION;
}
