import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatCardModule } from '@angular/material/card';
import { MatChipsModule } from '@angular/material/chips';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { MarketplaceRecord } from '@opi/contracts';
import type { UiLanguage } from '@opi/taxonomy';
import { CountryNamePipe } from '../shared/country-name.pipe';
import { TaxonomyLabelPipe } from '../shared/taxonomy-label.pipe';
import type { MarketplaceCollection } from './marketplace-collection';

/**
 * A need or offering as a card whose title links to the record. A search result shows the
 * passage that matched (the API's snippet) instead of the start of the description. The title is
 * an h3, so the card sits under an h2 section heading.
 */
@Component({
  selector: 'opi-marketplace-card',
  imports: [
    MatCardModule,
    MatChipsModule,
    RouterLink,
    TranslocoPipe,
    CountryNamePipe,
    TaxonomyLabelPipe,
  ],
  templateUrl: './marketplace-card.html',
  styleUrls: ['../shared/card.scss', './marketplace-card.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MarketplaceCard {
  readonly record = input.required<MarketplaceRecord>();
  readonly collection = input.required<MarketplaceCollection>();
  /** Language for taxonomy labels and country names. */
  readonly lang = input.required<UiLanguage>();
}
