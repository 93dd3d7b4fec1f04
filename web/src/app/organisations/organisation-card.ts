import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';
import { MatCardModule } from '@angular/material/card';
import { MatChipsModule } from '@angular/material/chips';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { Organisation } from '@opi/contracts';
import type { UiLanguage } from '@opi/taxonomy';
import { CountryNamePipe } from '../shared/country-name.pipe';
import { TaxonomyLabelPipe } from '../shared/taxonomy-label.pipe';

/** One organisation as a card linking to its profile; its name is an h3 under an h2 section. */
@Component({
  selector: 'opi-organisation-card',
  imports: [
    MatCardModule,
    MatChipsModule,
    RouterLink,
    TranslocoPipe,
    TaxonomyLabelPipe,
  ],
  templateUrl: './organisation-card.html',
  styleUrls: ['../shared/card.scss', './organisation-card.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OrganisationCard {
  readonly organisation = input.required<Organisation>();
  /** Language for taxonomy labels and country names. */
  readonly lang = input.required<UiLanguage>();

  private readonly countryName = new CountryNamePipe();

  /** "Region, Country". */
  protected readonly place = computed(() => {
    const o = this.organisation();
    return [o.region, this.countryName.transform(o.country, this.lang())]
      .filter((part) => !!part)
      .join(', ');
  });
}
