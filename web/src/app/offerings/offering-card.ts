import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { Offering } from '@opi/contracts';
import type { UiLanguage } from '@opi/taxonomy';
import { MarketplaceCard } from '../marketplace/marketplace-card';
import { OFFERINGS_COLLECTION } from './offerings-collection';

/** One offering as a card linking to it; its title is an h3, so it sits under an h2 section heading. */
@Component({
  selector: 'opi-offering-card',
  imports: [MarketplaceCard],
  template: `<opi-marketplace-card
    [record]="offering()"
    [collection]="collection"
    [lang]="lang()"
  />`,
  styles: ':host { display: block; height: 100%; }',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OfferingCard {
  readonly offering = input.required<Offering>();
  /** Language for taxonomy labels and country names. */
  readonly lang = input.required<UiLanguage>();
  protected readonly collection = OFFERINGS_COLLECTION;
}
